"""Language choice: Indonesian unless the user picked another language with
the switch. The browser's Accept-Language is deliberately ignored: many
officials' phones are set to English, and the product speaks Indonesian
first (DESIGN.md)."""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils import translation
from django.utils.cache import patch_vary_headers

from coverage_site.clientip import client_address


class ChosenLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.available = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        if language not in self.available:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
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
