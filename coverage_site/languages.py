"""Languages at their own addresses: Indonesian at the site's plain URLs
(``/wilayah/73/``), English under ``/en/`` (``/en/wilayah/73/``).

The language of a request is read from its path alone (not from a cookie
or the browser's Accept-Language), so a page's address says which language
it is in, a shared link opens in the language it was shared in, and a
cached page is the same for every visitor of that address.

The admin (``/admin/``) and the open-data API (``/api/v1/``) sit outside the
language prefix: they have one address each, in Indonesian.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods


def split_language(path: str, codes, default: str) -> tuple[str, str]:
    """The language a path is in and the path without its prefix.

    >>> split_language("/en/wilayah/73/", ["id", "en"], "id")
    ('en', '/wilayah/73/')
    >>> split_language("/en", ["id", "en"], "id")
    ('en', '/')
    >>> split_language("/wilayah/73/", ["id", "en"], "id")
    ('id', '/wilayah/73/')
    >>> split_language("/english/", ["id", "en"], "id")
    ('id', '/english/')
    """
    head, _slash, rest = path.lstrip("/").partition("/")
    if head in codes and head != default:
        return head, "/" + rest
    return default, path


def path_in_language(path: str, language: str, codes, default: str) -> str:
    """The same path in ``language``: the default language has no prefix,
    the others their code. A query string is kept.

    >>> path_in_language("/wilayah/73/?level=province", "en", ["id", "en"], "id")
    '/en/wilayah/73/?level=province'
    >>> path_in_language("/en/wilayah/73/", "id", ["id", "en"], "id")
    '/wilayah/73/'
    >>> path_in_language("/en/", "en", ["id", "en"], "id")
    '/en/'
    """
    _current, bare = split_language(path, codes, default)
    if language == default or language not in codes:
        return bare
    return f"/{language}{bare}"


def codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_of_path(path: str) -> str:
    """The language a request for ``path`` is answered in."""
    return split_language(path, codes(), settings.LANGUAGE_CODE)[0]


def translated_path(path: str, language: str) -> str:
    return path_in_language(path, language, codes(), settings.LANGUAGE_CODE)


@csrf_exempt  # it only redirects: no cookie, no session, nothing stored
@require_http_methods(["GET", "POST"])
def set_language(request):
    """The old switch (``/i18n/setlang/``, a form with ``language`` and
    ``next``): a redirect to the ``next`` page (else the page the visitor
    came from, else the home page) at its address in that language."""
    data = request.POST if request.method == "POST" else request.GET
    language = data.get("language", "")
    if language not in codes():
        language = settings.LANGUAGE_CODE
    target = data.get("next") or request.headers.get("Referer") or "/"
    allowed = {request.get_host()}
    if not url_has_allowed_host_and_scheme(target, allowed, require_https=request.is_secure()):
        target = "/"
    # Only the path and query, whatever host a referer named.
    parts = urlsplit(target)
    target = (parts.path if parts.path.startswith("/") else "/") + (
        f"?{parts.query}" if parts.query else ""
    )
    return HttpResponseRedirect(translated_path(target, language))
