"""Cached page aggregates, invalidated on every write.

Every key carries the *data version*, a random token that changes after
every committed write to the dashboard's data (figures, targets, budgets,
regions, articles and claims, award outcomes...). An entry built before a
write is never read after it: the key it sits under is no longer asked for,
and the cache's own expiry and size limit clear it out.

- Writes through the ORM (``save()``, ``delete()``) bump the version by
  signal, once the transaction commits (``connect_signals`` runs in
  ``RegionsConfig.ready``). Bulk writes send no signals: whoever runs
  ``bulk_create``, ``update()`` or raw SQL on these tables calls
  ``bump_data_version()`` afterwards (the demo-data commands do).
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
- Where the version lives: in the cache itself when the cache is shared
  (Redis: every worker and server sees the same token); with the default
  per-process local-memory cache, in a small file (``CAKUPAN_DATA_VERSION_DIR``)
  that all the workers of one server read, so a write in one gunicorn
  worker invalidates the others too. Several servers need Redis.
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


def _version_file() -> Path | None:
    folder = getattr(settings, "CAKUPAN_DATA_VERSION_DIR", "")
    if not folder:
        return None
    db = connections[DEFAULT_DB_ALIAS].settings_dict
    identity = f"{db['ENGINE']}|{db.get('HOST', '')}|{db.get('PORT', '')}|{db['NAME']}"
    return Path(folder) / f"data-version-{hashlib.sha256(identity.encode()).hexdigest()[:16]}"


def _new_token() -> str:
    return secrets.token_hex(8)


def _write_file(path: Path, token: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    temporary.write_text(token)
    os.replace(temporary, path)  # atomic: readers see the old or the new token


def data_version() -> str:
    """The current data version (created on first use)."""
    path = _version_file()
    if path is None:
        token = _cache().get(VERSION_KEY)
        if token is None:
            token = _new_token()
            if not _cache().add(VERSION_KEY, token, timeout=None):
                token = _cache().get(VERSION_KEY) or token
        return token
    try:
        return path.read_text() or _new_token()
    except FileNotFoundError:
        token = _new_token()
        _write_file(path, token)
        return token


def _store_new_version() -> None:
    path = _version_file()
    if path is None:
        _cache().set(VERSION_KEY, _new_token(), timeout=None)
    else:
        _write_file(path, _new_token())


def _pending(connection) -> bool:
    return connection.in_atomic_block and any(
        callback is _store_new_version for _sids, callback, _robust in connection.run_on_commit
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
        if not _pending(connection):
            transaction.on_commit(_store_new_version, using=connection.alias)
    else:
        _store_new_version()


def regions_changed(region_ids, using: str | None = None) -> None:
    """The summaries of these regions were just refreshed: what was cached
    from the old ones must not be read again. (Called by
    regions.summaries.refresh after it stores the new rows, so no page is
    cached from summaries older than the write that marked them.)"""
    bump_data_version(using)


def enabled() -> bool:
    return getattr(settings, "CAKUPAN_CACHE", True)


def cached(name: str, *parts: object, build: Callable[[], T]) -> T:
    """``build()``'s result, cached under ``name``, ``parts``, the active
    language and the data version."""
    if not enabled() or writes_pending():
        return build()
    language = translation.get_language() or settings.LANGUAGE_CODE
    key = ":".join(["cakupan", data_version(), language, name, *map(str, parts)])
    cache = _cache()
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=_timeout())
    return value


def clear() -> None:
    """Forget every cached aggregate (tests, management commands)."""
    _store_new_version()


def _changed(sender, using=None, **kwargs) -> None:
    bump_data_version(using)


def connect_signals() -> None:
    """Bump the version after every save and delete of a model of the
    dashboard's apps (their history models included)."""
    for label in WATCHED_APPS:
        if not apps.is_installed(label):
            continue
        for model in apps.get_app_config(label).get_models():
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
    with its query string. Pages are kept compressed (CachedPage) and sent
    gzip-encoded to clients that accept it, uncompressed to the others; the
    CSRF token of the language form is the visitor's own. A page that uses
    a token in a way this cannot find is not cached.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_cakupan_page_key", None)
        if key is not None:
            self._store(key, request, response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not self._eligible(request):
            return None
        key = ":".join(
            [
                "cakupan-page",
                data_version(),
                translation.get_language() or settings.LANGUAGE_CODE,
                timezone.localdate().isoformat(),
                hashlib.sha256(
                    f"{request.get_host()}{request.get_full_path()}".encode()
                ).hexdigest(),
            ]
        )
        page = _cache().get(key)
        if page is None:
            request._cakupan_page_key = key
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
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
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
        _cache().set(key, CachedPage.from_content(content, tokens, headers), timeout=_timeout())
