"""Request-wide middleware: the language of the address, the security
headers, NUL refusal and the client address."""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils import translation

from coverage_site.clientip import client_address
from coverage_site.languages import language_of_path


class URLLanguageMiddleware:
    """The page's language is the one its address names: Indonesian at the
    plain URLs, English under ``/en/`` (coverage_site/languages.py). The
    browser's Accept-Language and any language cookie are ignored: many
    officials' phones are set to English, the product speaks Indonesian
    first (DESIGN.md), and a page's address alone decides what it shows,
    so a cached page is the same for everyone who asks for that address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_of_path(request.path_info)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class ContentSecurityPolicyMiddleware:
    """Sends ``settings.CSP_POLICY`` as the Content-Security-Policy and
    ``settings.PERMISSIONS_POLICY`` as the Permissions-Policy of every
    response (pages, the admin, static files, errors). A response that
    already carries a header keeps its own."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.CSP_POLICY
        self.permissions = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Content-Security-Policy", self.policy)
        if self.permissions:
            response.headers.setdefault("Permissions-Policy", self.permissions)
        return response


def _has_nul(request) -> bool:
    if "\x00" in request.path:
        return True
    for key, values in request.GET.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            return True
    return any("\x00" in key or "\x00" in value for key, value in request.COOKIES.items())


class RejectNulMiddleware:
    """A NUL character in the path, the query string or a cookie is a 400
    (Bad Request) before any view or session reads the database: PostgreSQL
    refuses NUL in text, which would otherwise be a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            raise BadRequest("NUL character in the request")
        return self.get_response(request)


def request_client_address(request) -> str:
    """The client's address (django-axes' AXES_CLIENT_IP_CALLABLE): the
    connection's, or behind a proxy in DJANGO_TRUSTED_PROXIES the one that
    proxy put in X-Forwarded-For (coverage_site/clientip.py)."""
    return client_address(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        settings.TRUSTED_PROXY_NETWORKS,
    )
