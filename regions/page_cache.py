"""Whole pages in the cache: ``PageCacheMiddleware`` (named in the settings
as ``regions.cache.PageCacheMiddleware``; regions/cache.py holds the keys,
the versions and the single-flight rules it uses)."""

from __future__ import annotations

import gzip
import hashlib
import io
import logging
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers

from . import cache as shared

logger = logging.getLogger(__name__)

# Headers the view sets that a cached copy keeps; the outer middleware add
# theirs (Vary, Content-Language, X-Frame-Options...) on every request.
KEPT_HEADERS = ("Content-Type", "Content-Disposition")
# Set on the copy of a request that rebuilds a page after a stale one was
# served (PageCacheMiddleware): the key to store it under.
REBUILD = "cakupan.page_rebuild"


EVERYONE = "everyone"
ANONYMOUS = "anonymous"
# A view's attribute: a function of the request that picks the visitors
# who get a page of their own (awards.visitors.private_page). It is asked,
# for visitors with a session only, before the cache is read; everyone
# else gets the page stored for everyone, which the view builds without
# reading the session.
PRIVATE_VISITOR = "cakupan_private_visitor"


@dataclass(frozen=True)
class CachedPage:
    """A rendered page that holds nothing of the visitor it was built for,
    gzip-compressed once when stored and sent as stored. ``audience``:
    EVERYONE when building it read no session (the same page for anyone),
    ANONYMOUS when it read one but its visitor had none (the same page for
    every visitor without a session, e.g. pages that show more to a panel
    member)."""

    body: bytes  # gzip
    headers: dict[str, str]
    audience: str = EVERYONE

    @classmethod
    def from_content(cls, content: bytes, headers: dict[str, str], audience: str) -> CachedPage:
        return cls(gzip.compress(content, compresslevel=6, mtime=0), dict(headers), audience)

    def plain(self) -> bytes:
        return gzip.decompress(self.body)

    def serves(self, request) -> bool:
        return self.audience == EVERYONE or not _has_session(request)


def _has_session(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def audience(request, response) -> str | None:
    """Who may be sent this response as it is: EVERYONE, ANONYMOUS (the
    visitors without a session), or None when it may hold something of its
    visitor: it used a CSRF token, set a cookie, is private, or read the
    session of a visitor who has one."""
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return None
    cache_control = response.get("Cache-Control", "")
    if response.cookies or "private" in cache_control or "no-store" in cache_control:
        return None
    session = getattr(request, "session", None)
    read_session = bool(session is not None and getattr(session, "accessed", False))
    if read_session or "cookie" in response.get("Vary", "").lower():
        return None if _has_session(request) else ANONYMOUS
    return EVERYONE


class PageCacheMiddleware:
    """Serve the dashboard's pages from the cache (place it last).

    A page is stored once when nothing in it can belong to its visitor: a
    GET answered 200, not streamed, whose rendering used no CSRF token and
    set no cookie (the public pages: their language switch is links). One
    that read no session (so no user) is stored for everyone: officials
    who are logged in get it too (a public page is the same for everyone:
    drafts and unverified records are never on it). One that read the
    session of a visitor without one (a page that shows more to some
    users, e.g. an award's panel) is stored for the visitors without a
    session only. A view that shows more to a few users names them
    (``PRIVATE_VISITOR``, the award pages: their panel and organisers): they
    get a page built for them alone, and everyone else, logged in or not,
    the page stored for everyone. Anything else is simply not stored;
    nothing is cut out of or spliced into a stored page. A request carrying
    a flash message (the ``messages`` cookie) gets a fresh page.

    The key holds the host and the full path with its query string (the
    language is the path's: ``/en/...``), the active language, the day
    (progress verdicts depend on it) and the versions: a region's page its
    region's, the other pages the lists' (see regions/cache.py's docstring).
    Pages are kept gzip-compressed and sent so to clients that accept it,
    decompressed to the others.

    After a write, the first request for a page whose version changed
    takes the page's rebuild lock; when a page built before the write
    exists, that request (and every other meanwhile) is answered with it at
    once, and the page is rebuilt after the response has gone out (its
    ``close()``), on a copy of the request without cookies (stale while
    revalidate). At most ``CAKUPAN_PAGE_REBUILDS`` such rebuilds run at
    once across the processes that share the cache; a request that finds
    them all taken gets the last page and leaves the rebuild to a later
    one, so that after an edit the rebuilds of many pages do not hold every
    worker while visitors wait. With no earlier page, the first request
    builds it and the others wait for nothing: they build their own,
    unstored copy.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
            key = getattr(request, "_cakupan_page_key", None)
            if key is not None:
                self._store(key, request, response)
                if getattr(request, "_cakupan_session_read", False):
                    request.session.accessed = True  # for SessionMiddleware's Vary
            return response
        finally:
            lock = getattr(request, "_cakupan_page_lock", None)
            if lock is not None and not getattr(request, "_cakupan_page_lock_kept", False):
                shared._cache().delete(lock)

    def process_view(self, request, view_func, view_args, view_kwargs):
        rebuild = request.META.get(REBUILD)
        if rebuild is not None:
            # The copy of a request that was answered with the last page.
            request._cakupan_page_key, request._cakupan_page_last, lock = rebuild
            request._cakupan_page_lock = lock
            self._watch_session(request)
            request._cakupan_stale_before = shared.stale_served()
            return None
        if not self._eligible(request):
            return None
        private = getattr(view_func, PRIVATE_VISITOR, None)
        if private is not None and _has_session(request) and private(request):
            return None  # a page built for this visitor alone, never stored
        base, key = self._keys(request)
        cache = shared._cache()
        page = cache.get(key)
        if page is not None and not page.serves(request):
            return None  # an official's own page: built, not stored
        if page is None:
            lock = f"{base}:building"
            if not cache.add(lock, 1, timeout=shared.BUILD_LOCK_SECONDS):
                # Another request is rebuilding it: the last page, if any.
                page = cache.get(f"{base}:last")
                if page is None or not page.serves(request):
                    return None
            else:
                page = cache.get(f"{base}:last") if request.method == "GET" else None
                if page is None or not page.serves(request):
                    request._cakupan_page_lock = lock
                    request._cakupan_page_key = key
                    request._cakupan_page_last = f"{base}:last"
                    self._watch_session(request)
                    request._cakupan_stale_before = shared.stale_served()
                    return None
                slot = shared.rebuild_slot()
                if slot is None:
                    # As many rebuilds run as the settings allow: the last page,
                    # and the rebuild left to a later request
                    cache.delete(lock)
                    return self._respond(request, page)
                request._cakupan_page_lock = lock
                request._cakupan_page_lock_kept = True
                response = self._respond(request, page)
                response._resource_closers.append(
                    lambda: self._rebuild(request, (key, f"{base}:last", lock), slot)
                )
                return response
        return self._respond(request, page)

    @staticmethod
    def _watch_session(request) -> None:
        """Whether the page reads the session is asked of the view alone:
        a middleware before it that looked at the session (to redirect
        some other address) put nothing of it in this page."""
        session = getattr(request, "session", None)
        if session is not None:
            request._cakupan_session_read = session.accessed
            session.accessed = False

    @staticmethod
    def _keys(request) -> tuple[str, str]:
        match = request.resolver_match
        scope = (
            shared.region_scope(match.kwargs.get("code", ""))
            if match.url_name == "region_detail"
            else shared.LISTS
        )
        base = ":".join(
            [
                "cakupan-page",
                shared.release(),
                translation.get_language() or settings.LANGUAGE_CODE,
                timezone.localdate().isoformat(),
                hashlib.sha256(
                    f"{request.get_host()}{request.get_full_path()}".encode()
                ).hexdigest(),
            ]
        )
        return base, f"{base}:{shared.versions(scope)}"

    @staticmethod
    def _respond(request, page: CachedPage) -> HttpResponse:
        if shared.ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
            response = HttpResponse(page.body, headers=page.headers)
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(page.plain(), headers=page.headers)
        response["Content-Length"] = str(len(response.content))
        vary = ("Accept-Encoding",) if page.audience == EVERYONE else ("Accept-Encoding", "Cookie")
        patch_vary_headers(response, vary)
        return response

    @staticmethod
    def _rebuild(request, rebuild: tuple[str, str, str], slot: str) -> None:
        """Build the page again (after a stale copy was sent) through the
        whole handler, as a visitor without cookies, and store it; then give
        its rebuild slot back."""
        from django.core.handlers.wsgi import WSGIRequest

        environ = {
            name: value
            for name, value in request.environ.items()
            if name not in ("HTTP_COOKIE", "wsgi.input", "CONTENT_LENGTH")
        }
        environ.update({"wsgi.input": io.BytesIO(b""), "CONTENT_LENGTH": "0", REBUILD: rebuild})
        try:
            response = _handler().get_response(WSGIRequest(environ))
            response.close()
        except Exception:  # the next request tries again; never the visitor's problem
            shared._cache().delete(rebuild[2])
            logger.exception("rebuilding %s failed", request.get_full_path())
        finally:
            shared.release_slot(slot)

    @staticmethod
    def _eligible(request) -> bool:
        match = request.resolver_match
        return (
            shared.pages_enabled()
            and request.method in ("GET", "HEAD")
            and match is not None
            and match.namespace in getattr(settings, "CAKUPAN_PAGE_CACHE_NAMESPACES", ())
            and "messages" not in request.COOKIES
            and not shared.writes_pending()
        )

    @staticmethod
    def _store(key: str, request, response) -> None:
        if (
            request.method != "GET"
            or response.status_code != 200
            or response.streaming
            or response.has_header("Content-Encoding")
            or shared.writes_pending()
            # built from a value another request is rebuilding: not kept
            # under the new versions
            or shared.stale_served()
            != getattr(request, "_cakupan_stale_before", shared.stale_served())
        ):
            return
        who = audience(request, response)
        if who is None:
            return
        headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
        page = CachedPage.from_content(response.content, headers, who)
        shared._cache().set_many(
            {key: page, request._cakupan_page_last: page}, timeout=shared._timeout()
        )


_HANDLER = None


def _handler():
    """The request handler that rebuilds pages after a stale one was sent:
    made once per process (its middleware chain, WhiteNoise's index of the
    static files: most of a second), in gunicorn's master before the
    workers fork (regions/warmup.py), so no worker pays for it."""
    global _HANDLER
    if _HANDLER is None:
        from django.core.handlers.wsgi import WSGIHandler

        _HANDLER = WSGIHandler()
    return _HANDLER
