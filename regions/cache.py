"""Cached page aggregates, invalidated by what a write changed.

Every key carries *versions*, random tokens that change after committed
writes; an entry built before a write is never read after it (the key it
sits under is no longer asked for; the cache's expiry and size limit clear
it out):

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
  CSV/XLSX exports) of visitors without a session under the same version,
  so a repeat request costs a cache read. The CSRF token in a page
  is swapped for the visitor's own on the way out.
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

import hashlib
import os
import re
import secrets
import struct
import zlib
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
from django.middleware.csrf import get_token
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers

T = TypeVar("T")

VERSION_KEY = "cakupan:data-version"
# Apps whose rows appear on the dashboard's pages.
WATCHED_APPS = ("regions", "articles", "awards")


def _cache():
    return caches[getattr(settings, "CAKUPAN_CACHE_ALIAS", "default")]


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
    scope's own."""
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
    return ":".join(
        [
            versions(LISTS),
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


CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{32,64})"')
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Headers the view sets that a cached copy keeps; the outer middleware add
# theirs (Vary, Content-Language, X-Frame-Options, cookies) on every request.
KEPT_HEADERS = ("Content-Type", "Content-Disposition")
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # no name, no mtime
DEFLATE_END = b"\x03\x00"  # an empty final block


def _deflate(data: bytes) -> bytes:
    """Raw deflate of ``data`` ending byte-aligned and with nothing to refer
    back to (a full flush), so pieces compressed apart can be joined."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)


def _stored_block(data: bytes) -> bytes:
    """``data`` as an uncompressed deflate block (at most 65 535 bytes)."""
    return b"\x00" + struct.pack("<HH", len(data), len(data) ^ 0xFFFF) + data


def _crc_shift_table(length: int) -> tuple[int, ...]:
    """The linear map that carries a CRC-32 across ``length`` more bytes,
    as 32 columns: crc32(a + b) == shift(crc32(a)) ^ crc32(b) when
    len(b) == length (zlib's crc32_combine, which Python does not expose)."""
    zeros = bytes(length)
    base = zlib.crc32(zeros, 0)
    return tuple(zlib.crc32(zeros, 1 << bit) ^ base for bit in range(32))


def _crc_shift(value: int, table: tuple[int, ...]) -> int:
    result, bit = 0, 0
    while value:
        if value & 1:
            result ^= table[bit]
        value >>= 1
        bit += 1
    return result


@dataclass(frozen=True)
class CachedPage:
    """A rendered page kept compressed once, with its CSRF token(s) cut out:
    ``pieces`` are the raw-deflated stretches between the tokens, with the
    CRC-32 and length of each (and the map that carries a CRC across it),
    so a response for one visitor is the pieces joined around that
    visitor's token (an uncompressed block: the token is never compressed
    with the page, which is also what defeats BREACH), as gzip, with no
    compression work per request."""

    pieces: tuple[bytes, ...]
    crcs: tuple[int, ...]
    lengths: tuple[int, ...]
    shifts: tuple[tuple[int, ...] | None, ...]
    headers: dict[str, str]

    @classmethod
    def from_content(cls, content: bytes, tokens: set[bytes], headers: dict) -> CachedPage:
        parts = [content]
        for token in tokens:
            parts = [piece for part in parts for piece in _split_keeping(part, token)]
        texts = [p for p in parts if p is not _TOKEN]
        return cls(
            pieces=tuple(_deflate(t) for t in texts),
            crcs=tuple(zlib.crc32(t) for t in texts),
            lengths=tuple(len(t) for t in texts),
            shifts=(None, *(_crc_shift_table(len(t)) for t in texts[1:])),
            headers=headers,
        )

    def gzip(self, token: bytes) -> bytes:
        crc = self.crcs[0]
        body = [GZIP_HEADER, self.pieces[0]]
        for piece, piece_crc, shift in zip(
            self.pieces[1:], self.crcs[1:], self.shifts[1:], strict=True
        ):
            crc = _crc_shift(zlib.crc32(token, crc), shift) ^ piece_crc
            body += [_stored_block(token), piece]
        size = sum(self.lengths) + len(token) * (len(self.pieces) - 1)
        body += [DEFLATE_END, struct.pack("<II", crc, size & 0xFFFFFFFF)]
        return b"".join(body)

    def plain(self, token: bytes) -> bytes:
        return token.join(zlib.decompressobj(-15).decompress(piece) for piece in self.pieces)


_TOKEN = object()


def _split_keeping(part, token: bytes) -> list:
    if part is _TOKEN:
        return [part]
    pieces: list = []
    for index, text in enumerate(part.split(token)):
        if index:
            pieces.append(_TOKEN)
        pieces.append(text)
    return pieces


class PageCacheMiddleware:
    """Serve the dashboard's pages from the cache (place it last).

    Cached: GET and HEAD requests for the URL namespaces in
    ``CAKUPAN_PAGE_CACHE_NAMESPACES`` from visitors with no session cookie
    (a logged-in editor always gets a fresh page), answered 200 by the view
    with no cookie of its own. The key holds the data version, the language,
    the day (progress verdicts depend on it), the host and the full path
    with its query string; a region's page carries its region's version,
    the others the lists version (see the module's docstring). Pages are
    kept compressed (CachedPage) and sent gzip-encoded to clients that
    accept it, uncompressed to the others; the CSRF token of the language
    form is the visitor's own. A page that uses
    a token in a way this cannot find is not cached.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
            key = getattr(request, "_cakupan_page_key", None)
            if key is not None:
                self._store(key, request, response)
            return response
        finally:
            lock = getattr(request, "_cakupan_page_lock", None)
            if lock is not None:
                _cache().delete(lock)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not self._eligible(request):
            return None
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
        key = f"{base}:{versions(scope)}"
        cache = _cache()
        page = cache.get(key)
        if page is None:
            # One rebuild at a time; meanwhile the last page built is served.
            lock = f"{base}:building"
            if cache.add(lock, 1, timeout=BUILD_LOCK_SECONDS):
                request._cakupan_page_lock = lock
            else:
                page = cache.get(f"{base}:last")
            if page is None:
                request._cakupan_page_key = key
                request._cakupan_page_last = f"{base}:last"
                return None
        token = get_token(request).encode() if len(page.pieces) > 1 else b""
        if ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
            response = HttpResponse(page.gzip(token), headers=page.headers)
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(page.plain(token), headers=page.headers)
        response["Content-Length"] = str(len(response.content))
        patch_vary_headers(response, ("Accept-Encoding",))
        return response

    @staticmethod
    def _eligible(request) -> bool:
        match = request.resolver_match
        return (
            enabled()
            and getattr(settings, "CAKUPAN_PAGE_CACHE", False)
            and request.method in ("GET", "HEAD")
            and match is not None
            and match.namespace in getattr(settings, "CAKUPAN_PAGE_CACHE_NAMESPACES", ())
            # An export is the same file for everyone: cached for officials
            # who are logged in too.
            and (
                "_export" in request.GET
                or (
                    settings.SESSION_COOKIE_NAME not in request.COOKIES
                    and "messages" not in request.COOKIES
                )
            )
            and not writes_pending()
        )

    @staticmethod
    def _store(key: str, request, response) -> None:
        cache_control = response.get("Cache-Control", "")
        if (
            response.status_code != 200
            or response.streaming
            or response.cookies
            or response.has_header("Content-Encoding")
            or "private" in cache_control
            or "no-store" in cache_control
            or writes_pending()
        ):
            return
        content = response.content
        tokens = set(CSRF_INPUT.findall(content))
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") and not tokens:
            return  # a token was used somewhere we cannot find it
        if len(tokens) > 1 or any(len(t) > 0xFFFF for t in tokens):
            return  # one token per request is what get_token's context gives
        headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
        page = CachedPage.from_content(content, tokens, headers)
        _cache().set_many({key: page, request._cakupan_page_last: page}, timeout=_timeout())
