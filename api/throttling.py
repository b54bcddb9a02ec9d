from rest_framework.throttling import AnonRateThrottle

from coverage_site.middleware import request_client_address


class AnonAddressThrottle(AnonRateThrottle):
    """DRF's anonymous rate limit, counted per real client address: behind a
    listed proxy (DJANGO_TRUSTED_PROXIES) the address is read from
    X-Forwarded-For as the login lockout reads it, so clients do not share
    the proxy's budget and cannot forge one of their own."""

    def get_ident(self, request):
        return request_client_address(request)
