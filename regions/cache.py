"""Cached page aggregates, invalidated by what a write changed.

Every key carries *versions*, random tokens that change after committed
writes; an entry built before a write is not read after it (the key it
sits under is no longer asked for; the cache's expiry and size limit clear
it out), except as the last value of its key while one request rebuilds
it (below):

- the *data version*, changed by every committed write to the dashboard's
  data other than figures, targets and budgets (regions, articles and
  claims, award outcomes...);
- a *region version* per region (``region:<code>``), and the *lists
  version*: a write to a figure, target or budget changes neither the data
  version nor the other regions' versions, only those of its region and its
  ancestors and the lists version, when regions/summaries.py has refreshed
  their summaries (``regions_changed``). A region's page (cached whole for
  visitors, and its aggregates) carries the data version and its region
  version; every other page and aggregate the data version and the lists
  version. An edit to 73.01 rebuilds the pages of 73.01, 73 and the nation
  and the lists, not those of the other 550 regions.

- Writes through the ORM (``save()``, ``delete()``) bump the versions by
  signal, once the transaction commits (``connect_signals`` runs in
  ``RegionsConfig.ready``). Bulk writes send no signals: whoever runs
  ``bulk_create``, ``update()`` or raw SQL on these tables calls
  ``bump_data_version()`` afterwards, or for figures, targets and budgets
  ``regions.summaries.mark_dirty(region_ids)`` (the demo-data commands
  rebuild the summaries).
- One rebuild at a time (single flight): the first request to miss a key
  builds it while the others serve the last value built under older
  versions, if there is one (stale while rebuilding; a few hundred
  milliseconds after an edit), else build it too.
- Inside a transaction that has written, this process reads no cached
  value (it may not match what the transaction sees) and stores none, until
  the commit bumps the version (a rollback simply drops the pending bump).
- Whole pages (``CAKUPAN_PAGE_CACHE``, on in production):
  ``PageCacheMiddleware`` keeps the rendered dashboard pages (and their
  XLSX exports) that hold nothing of their visitor under the same
  versions, stored once for everyone (officials included), so a repeat
  request costs a cache read; after a write, the last page is served
  while one request rebuilds it after its response.
- ``CAKUPAN_CACHE = False`` (environment ``CAKUPAN_CACHE=0``) turns all of
  this off: every request builds its page from the database.
- Where the versions live: in the cache itself when the cache is shared
  (Redis, the production default: every worker and server sees the same
  tokens and the same cached pages, so recycling a worker costs nothing);
  with the development default, a per-process local-memory cache, in small
  files (``CAKUPAN_DATA_VERSION_DIR``) that all the workers of one server
  read, so a write in one gunicorn worker invalidates the others too.
  Several servers need Redis.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import logging
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers

T = TypeVar("T")
logger = logging.getLogger(__name__)
ACCEPTS_GZIP = re.compile(r"\bgzip\b")

VERSION_KEY = "cakupan:data-version"
# Apps whose rows appear on the dashboard's pages.
WATCHED_APPS = ("regions", "articles", "awards")


def _cache():
    return _Guarded(caches[getattr(settings, "CAKUPAN_CACHE_ALIAS", "default")])


# What each cache operation answers when the cache server does not: as if
# it held nothing and took nothing, so pages are built from the database.
_UNANSWERED = {"get": None, "get_many": {}, "add": False}


class _Guarded:
    """The cache backend, except that a cache server that is down or slow
    (Redis restarting) makes pages uncached, not failed."""

    def __init__(self, backend):
        self._backend = backend

    def __getattr__(self, name):
        method = getattr(self._backend, name)

        def call(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except _cache_errors() as error:
                global _unanswered_at
                _unanswered_at = time.monotonic()
                logger.warning("cache unavailable (%s): %s", name, error)
                return _UNANSWERED.get(name)

        return call


_unanswered_at = float("-inf")


def answering() -> bool:
    """The cache server answered the last few seconds' requests."""
    return time.monotonic() - _unanswered_at > 5


def _cache_errors() -> tuple[type[BaseException], ...]:
    try:
        from redis.exceptions import RedisError
    except ImportError:  # pragma: no cover - redis is a dependency
        return (OSError,)
    return (RedisError, OSError)


def _timeout() -> int:
    return getattr(settings, "CAKUPAN_CACHE_TIMEOUT", 15 * 60)


def _version_file(scope: str = "") -> Path | None:
    folder = getattr(settings, "CAKUPAN_DATA_VERSION_DIR", "")
    if not folder:
        return None
    db = connections[DEFAULT_DB_ALIAS].settings_dict
    identity = f"{db['ENGINE']}|{db.get('HOST', '')}|{db.get('PORT', '')}|{db['NAME']}"
    name = f"data-version-{hashlib.sha256(identity.encode()).hexdigest()[:16]}"
    if scope:
        name += "-" + re.sub(r"[^A-Za-z0-9.]", "-", scope)
    return Path(folder) / name


def _new_token() -> str:
    return secrets.token_hex(8)


def _write_file(path: Path, token: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    temporary.write_text(token)
    os.replace(temporary, path)  # atomic: readers see the old or the new token


def _version(scope: str = "") -> str:
    """The current version of ``scope`` ("" the data version, ``lists``,
    ``region:<code>``), created on first use."""
    path = _version_file(scope)
    if path is None:
        key = f"{VERSION_KEY}:{scope}" if scope else VERSION_KEY
        token = _cache().get(key)
        if token is None:
            token = _new_token()
            if not _cache().add(key, token, timeout=None):
                token = _cache().get(key) or token
        return token
    try:
        return path.read_text() or _new_token()
    except FileNotFoundError:
        token = _new_token()
        _write_file(path, token)
        return token


def data_version() -> str:
    """The current data version (created on first use)."""
    return _version()


LISTS = "lists"


def region_scope(code: str) -> str:
    return f"region:{code}"


def versions(scope: str = LISTS) -> str:
    """The tokens a key of ``scope`` carries: the data version and the
    scope's own (one round trip to a shared cache)."""
    if _version_file() is None:
        keys = [VERSION_KEY, f"{VERSION_KEY}:{scope}"]
        found = _cache().get_many(keys)
        if len(found) == 2:
            return f"{found[keys[0]]}.{found[keys[1]]}"
    return f"{_version()}.{_version(scope)}"


def _store_new_version(scope: str = "") -> None:
    path = _version_file(scope)
    if path is None:
        key = f"{VERSION_KEY}:{scope}" if scope else VERSION_KEY
        _cache().set(key, _new_token(), timeout=None)
    else:
        _write_file(path, _new_token())


_store_new_version._cakupan_write = True


def _pending(connection) -> bool:
    return connection.in_atomic_block and any(
        getattr(callback, "_cakupan_write", False) or getattr(callback, "_summaries_hook", False)
        for _sids, callback, _robust in connection.run_on_commit
    )


def writes_pending() -> bool:
    """True inside a transaction that has written the dashboard's data and
    not committed yet."""
    return any(_pending(c) for c in connections.all(initialized_only=True))


def bump_data_version(using: str | None = None) -> None:
    """Invalidate every cached aggregate: now, or when the current
    transaction commits (until then this process bypasses the cache)."""
    connection = connections[using or DEFAULT_DB_ALIAS]
    if connection.in_atomic_block:
        if not any(
            callback is _store_new_version for _sids, callback, _robust in connection.run_on_commit
        ):
            transaction.on_commit(_store_new_version, using=connection.alias)
    else:
        _store_new_version()


def regions_changed(region_ids, using: str | None = None) -> None:
    """The summaries of these regions (a region and its ancestors) were
    just refreshed: invalidate what was cached from the old ones, their
    region versions and the lists version, now or when the current
    transaction commits. Called by regions.summaries.refresh after it
    stores the new rows, so no page is cached from older summaries."""
    from .models import Region

    alias = using or DEFAULT_DB_ALIAS
    codes = Region.objects.using(alias).filter(pk__in=region_ids).values_list("code", flat=True)
    scopes = [LISTS, *(region_scope(code) for code in codes)]

    def bump() -> None:
        for scope in scopes:
            _store_new_version(scope)

    bump._cakupan_write = True
    if connections[alias].in_atomic_block:
        transaction.on_commit(bump, using=alias)
    else:
        bump()


def enabled() -> bool:
    return getattr(settings, "CAKUPAN_CACHE", True)


BUILD_LOCK_SECONDS = 30


def cached(name: str, *parts: object, build: Callable[[], T], region: str = "") -> T:
    """``build()``'s result, cached under ``name``, ``parts``, the active
    language and the versions (of region ``region``'s code, else the
    lists). One build at a time: while one runs, the others get the last
    value built, if any."""
    if not enabled() or writes_pending():
        return build()
    language = translation.get_language() or settings.LANGUAGE_CODE
    base = ":".join(["cakupan", language, name, *map(str, parts)])
    key = f"{base}:{versions(region_scope(region) if region else LISTS)}"
    cache = _cache()
    value = cache.get(key)
    if value is not None:
        return value
    return _build_once(cache, base, key, build)


def _build_once(cache, base: str, key: str, build: Callable[[], T]) -> T:
    lock = f"{base}:building"
    if not cache.add(lock, 1, timeout=BUILD_LOCK_SECONDS):
        stale = cache.get(f"{base}:last")
        if stale is not None:
            return stale
    try:
        value = build()
        cache.set_many({key: value, f"{base}:last": value}, timeout=_timeout())
    finally:
        cache.delete(lock)
    return value


def fragment_key(request) -> str | None:
    """A key for a part of a page that is the same for every visitor of
    this URL (the region list's table: logged in or not), under the lists
    version, the language and the day; None when nothing may be cached."""
    if not enabled() or writes_pending():
        return None
    tokens = versions(LISTS)
    if not answering():
        return None  # the page's {% cache %} would fail too
    return ":".join(
        [
            tokens,
            translation.get_language() or settings.LANGUAGE_CODE,
            timezone.localdate().isoformat(),
            hashlib.sha256(request.get_full_path().encode()).hexdigest(),
        ]
    )


def clear() -> None:
    """Forget every cached aggregate and page (tests, management commands)."""
    _store_new_version()


def _changed(sender, using=None, **kwargs) -> None:
    bump_data_version(using)


# Their writes change only the versions of the regions they touch and the
# lists (regions/summaries.py refreshes the summaries, then calls
# regions_changed); the data version stays.
SUMMARISED = (
    "regions.coveragefigure",
    "regions.coveragetarget",
    "regions.budgetallocation",
    "regions.historicalcoveragefigure",
    "regions.historicalcoveragetarget",
    "regions.historicalbudgetallocation",
    "regions.regionsummary",
)


def connect_signals() -> None:
    """Bump the version after every save and delete of a model of the
    dashboard's apps (their history models included), except the records
    the summaries follow."""
    for label in WATCHED_APPS:
        if not apps.is_installed(label):
            continue
        for model in apps.get_app_config(label).get_models():
            if model._meta.label_lower in SUMMARISED:
                continue
            uid = f"cakupan-cache:{model._meta.label_lower}"
            post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}:save")
            post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}:delete")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    _changed, sender=field.remote_field.through, dispatch_uid=f"{uid}:{field.name}"
                )


# Headers the view sets that a cached copy keeps; the outer middleware add
# theirs (Vary, Content-Language, X-Frame-Options...) on every request.
KEPT_HEADERS = ("Content-Type", "Content-Disposition")
# Set on the copy of a request that rebuilds a page after a stale one was
# served (PageCacheMiddleware): the key to store it under.
REBUILD = "cakupan.page_rebuild"


EVERYONE = "everyone"
ANONYMOUS = "anonymous"


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
    session only. Anything else is simply not stored; nothing is cut out of
    or spliced into a stored page. A request carrying a flash message
    (the ``messages`` cookie) gets a fresh page.

    The key holds the host and the full path with its query string (the
    language is the path's: ``/en/...``), the active language, the day
    (progress verdicts depend on it) and the versions: a region's page its
    region's, the other pages the lists' (see the module's docstring).
    Pages are kept gzip-compressed and sent so to clients that accept it,
    decompressed to the others.

    After a write, the first request for a page whose version changed
    takes the page's rebuild lock; when a page built before the write
    exists, that request (and every other meanwhile) is answered with it at
    once, and the page is rebuilt after the response has gone out (its
    ``close()``), on a copy of the request without cookies (stale while
    revalidate). With no earlier page, the first request builds it and the
    others wait for nothing: they build their own, unstored copy.
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
                _cache().delete(lock)

    def process_view(self, request, view_func, view_args, view_kwargs):
        rebuild = request.META.get(REBUILD)
        if rebuild is not None:
            # The copy of a request that was answered with the last page.
            request._cakupan_page_key, request._cakupan_page_last, lock = rebuild
            request._cakupan_page_lock = lock
            self._watch_session(request)
            return None
        if not self._eligible(request):
            return None
        base, key = self._keys(request)
        cache = _cache()
        page = cache.get(key)
        if page is not None and not page.serves(request):
            return None  # an official's own page: built, not stored
        if page is None:
            lock = f"{base}:building"
            if not cache.add(lock, 1, timeout=BUILD_LOCK_SECONDS):
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
                    return None
                request._cakupan_page_lock = lock
                request._cakupan_page_lock_kept = True
                response = self._respond(request, page)
                response._resource_closers.append(
                    lambda: self._rebuild(request, (key, f"{base}:last", lock))
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
            region_scope(match.kwargs.get("code", ""))
            if match.url_name == "region_detail"
            else LISTS
        )
        base = ":".join(
            [
                "cakupan-page",
                translation.get_language() or settings.LANGUAGE_CODE,
                timezone.localdate().isoformat(),
                hashlib.sha256(
                    f"{request.get_host()}{request.get_full_path()}".encode()
                ).hexdigest(),
            ]
        )
        return base, f"{base}:{versions(scope)}"

    @staticmethod
    def _respond(request, page: CachedPage) -> HttpResponse:
        if ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
            response = HttpResponse(page.body, headers=page.headers)
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(page.plain(), headers=page.headers)
        response["Content-Length"] = str(len(response.content))
        vary = ("Accept-Encoding",) if page.audience == EVERYONE else ("Accept-Encoding", "Cookie")
        patch_vary_headers(response, vary)
        return response

    @staticmethod
    def _rebuild(request, rebuild: tuple[str, str, str]) -> None:
        """Build the page again (after a stale copy was sent) through the
        whole handler, as a visitor without cookies, and store it."""
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
            _cache().delete(rebuild[2])
            logger.exception("rebuilding %s failed", request.get_full_path())

    @staticmethod
    def _eligible(request) -> bool:
        match = request.resolver_match
        return (
            enabled()
            and getattr(settings, "CAKUPAN_PAGE_CACHE", False)
            and request.method in ("GET", "HEAD")
            and match is not None
            and match.namespace in getattr(settings, "CAKUPAN_PAGE_CACHE_NAMESPACES", ())
            and "messages" not in request.COOKIES
            and not writes_pending()
        )

    @staticmethod
    def _store(key: str, request, response) -> None:
        if (
            request.method != "GET"
            or response.status_code != 200
            or response.streaming
            or response.has_header("Content-Encoding")
            or writes_pending()
        ):
            return
        who = audience(request, response)
        if who is None:
            return
        headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
        page = CachedPage.from_content(response.content, headers, who)
        _cache().set_many({key: page, request._cakupan_page_last: page}, timeout=_timeout())


_HANDLER = None


def _handler():
    global _HANDLER
    if _HANDLER is None:
        from django.core.handlers.wsgi import WSGIHandler

        _HANDLER = WSGIHandler()
    return _HANDLER
