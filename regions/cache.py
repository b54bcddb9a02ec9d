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
- A large value that many requests read between two writes (the rows of
  all 552 regions, shared by every address of the region list) goes
  through ``shared``: cached as above, and kept in each process under the
  same key, so a process reads it once per version. HTML fragments
  reused across pages (a list row, a filter field) go through
  ``fragments``: all of a page's read in one round trip.
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

import hashlib
import logging
import os
import pickle
import re
import secrets
import threading
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
from django.utils import timezone, translation

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


# What the release digest reads: the project's code, templates and
# translations (tests, benchmarks and fixtures build no page).
RELEASE_FOLDERS = (
    "coverage_site", "regions", "articles", "awards", "meeting", "api", "jobs",
    "templates", "locale",
)  # fmt: skip
RELEASE_SUFFIXES = {".py", ".html", ".txt", ".mo", ".json", ".svg"}
_release: str | None = None


def release() -> str:
    """The code that builds what is cached: ``CAKUPAN_RELEASE`` (set it to the
    deployed commit, for instance) or else a digest of the project's code,
    templates, translations and static-files manifest, read once per
    process. Every key carries it, so after a deploy no page or aggregate
    built by the older code is served, not even as the stale copy of a
    rebuild; servers running the same files share their cache."""
    configured = getattr(settings, "CAKUPAN_RELEASE", "")
    if configured:
        return str(configured)
    global _release
    if _release is None:
        root = Path(settings.BASE_DIR)
        digest = hashlib.sha256()
        files = [root / "staticfiles" / "staticfiles.json"]
        for folder in RELEASE_FOLDERS:
            files += (root / folder).rglob("*")
        for path in sorted(p for p in files if p.suffix in RELEASE_SUFFIXES and p.is_file()):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
        _release = digest.hexdigest()[:12]
    return _release


def versions(scope: str = LISTS) -> str:
    """The tokens a key of ``scope`` carries: the release, the data version
    and the scope's own (one round trip to a shared cache)."""
    if _version_file() is None:
        keys = [VERSION_KEY, f"{VERSION_KEY}:{scope}"]
        found = _cache().get_many(keys)
        if len(found) == 2:
            return f"{release()}.{found[keys[0]]}.{found[keys[1]]}"
    return f"{release()}.{_version()}.{_version(scope)}"


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


def pages_enabled() -> bool:
    """Whole pages are cached (PageCacheMiddleware)."""
    return enabled() and getattr(settings, "CAKUPAN_PAGE_CACHE", False)


BUILD_LOCK_SECONDS = 30


def rebuild_slot() -> str | None:
    """One of the ``CAKUPAN_PAGE_REBUILDS`` places for rebuilding a stale
    page, shared by every process (its key, to give back with
    ``release_slot``), or None when all are taken. A process that dies while
    holding one loses it after BUILD_LOCK_SECONDS."""
    cache = _cache()
    for n in range(max(1, getattr(settings, "CAKUPAN_PAGE_REBUILDS", 1))):
        slot = f"cakupan-page:{release()}:rebuild-slot:{n}"
        if cache.add(slot, 1, timeout=BUILD_LOCK_SECONDS):
            return slot
    return None


def release_slot(slot: str) -> None:
    _cache().delete(slot)


def cached(name: str, *parts: object, build: Callable[[], T], region: str = "") -> T:
    """``build()``'s result, cached under ``name``, ``parts``, the active
    language and the versions (of region ``region``'s code, else the
    lists). One build at a time: while one runs, the others get the last
    value built, if any."""
    if not enabled() or writes_pending():
        return build()
    base, key = _keys(name, parts, region)
    cache = _cache()
    value = cache.get(key)
    if value is not None:
        return value
    return _build_once(cache, base, key, build)


def _keys(name: str, parts: tuple, region: str) -> tuple[str, str]:
    """The key of ``cached``'s value without its versions (the stem of its
    last value and build lock), and with them."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    base = ":".join(["cakupan", release(), language, name, *map(str, parts)])
    return base, f"{base}:{versions(region_scope(region) if region else LISTS)}"


def usable() -> bool:
    """Cached values may be read and stored now (caching on, and no write
    of this transaction waiting for its commit)."""
    return enabled() and not writes_pending()


# The values ``shared`` has handed out in this process, by key (the newest
# few: a key names its versions, so a value here is never out of date).
_kept: dict[str, object] = {}
_kept_lock = threading.Lock()
KEPT_IN_PROCESS = 8


def shared(name: str, *parts: object, build: Callable[[], T], region: str = "") -> T:
    """``cached``, also kept in this process under the same key: for a
    large value that many requests read between two writes (every region
    list address reads the rows of all 552 regions), read from the shared
    cache once per process and version instead of unpickled by every
    request. The caller must not change it. A last value served while
    another request rebuilds is not kept."""
    if not usable():
        return build()
    base, key = _keys(name, parts, region)
    try:
        return _kept[key]
    except KeyError:
        pass
    before = stale_served()
    built = []

    def pickled() -> bytes:
        # Pickled once here, not by the cache for each of its two keys.
        built.append(build())
        return pickle.dumps(built[0], pickle.HIGHEST_PROTOCOL)

    cache = _cache()
    blob = cache.get(key)
    if blob is None:
        blob = _build_once(cache, base, key, pickled)
    value = built[0] if built else pickle.loads(blob)  # noqa: S301 - our own cache
    if stale_served() == before:
        with _kept_lock:
            while len(_kept) >= KEPT_IN_PROCESS:
                _kept.pop(next(iter(_kept)))
            _kept[key] = value
    return value


_local = threading.local()


def stale_served() -> int:
    """How many values built before a write this thread has been given
    (while another request rebuilt them): whatever was built from one of
    them is not stored under the new versions, where it would stay until
    the next write."""
    return getattr(_local, "stale", 0)


def _serve_stale(value: T) -> T:
    _local.stale = stale_served() + 1
    return value


def _build_once(cache, base: str, key: str, build: Callable[[], T]) -> T:
    lock = f"{base}:building"
    if not cache.add(lock, 1, timeout=BUILD_LOCK_SECONDS):
        stale = cache.get(f"{base}:last")
        if stale is not None:
            return _serve_stale(stale)
    try:
        before = stale_served()
        value = build()
        if stale_served() == before:
            cache.set_many({key: value, f"{base}:last": value}, timeout=_timeout())
    finally:
        cache.delete(lock)
    return value


@dataclass
class Found:
    """What ``lookup`` found. ``value``: what to send now (the current
    value, or the last one built before a write while one rebuild runs),
    None when there is nothing yet. ``store``: set when this caller is the
    one to build it (again): it stores the value and ends the rebuild;
    ``release`` ends it without a value (the build failed or was cut)."""

    value: object | None = None
    _cache: object | None = None
    _keys: tuple[str, str, str] | None = None

    @property
    def rebuilds(self) -> bool:
        return self._keys is not None

    def store(self, value, *, stale_before: int | None = None) -> None:
        """Keep ``value`` (unless it was built from a stale value given
        since ``stale_before``, a ``stale_served()``) and end the rebuild."""
        if self._keys is None:
            return
        key, last, lock = self._keys
        try:
            if stale_before is None or stale_served() == stale_before:
                self._cache.set_many({key: value, last: value}, timeout=_timeout())
        finally:
            self.release()

    def rebuild(self, build: Callable[[], object]) -> None:
        """Build the value and keep it (after a stale one was sent)."""
        try:
            before = stale_served()
            self.store(build(), stale_before=before)
        except Exception:  # the next request tries again; never the visitor's problem
            logger.exception("rebuilding %s failed", self._keys[0] if self._keys else "")
        finally:
            self.release()

    def release(self) -> None:
        if self._keys is not None:
            self._cache.delete(self._keys[2])
            self._keys = None


def lookup(name: str, *parts: object, region: str = "") -> Found:
    """The value cached as ``cached`` would key it, for a caller that sends
    it as it is built (a streamed download): on a miss, the first caller
    gets the last value (if any) and the duty to rebuild it, after its
    response has gone out (stale while rebuilding); the others meanwhile get
    the last value, or nothing and no duty (they build their own copy).
    Caching off, or inside a transaction that wrote: nothing, no duty."""
    if not enabled() or writes_pending():
        return Found()
    base, key = _keys(name, parts, region)
    cache = _cache()
    value = cache.get(key)
    if value is not None:
        return Found(value)
    last = cache.get(f"{base}:last")
    if not cache.add(f"{base}:building", 1, timeout=BUILD_LOCK_SECONDS):
        return Found(last)
    return Found(last, cache, (key, f"{base}:last", f"{base}:building"))


def row_key() -> str | None:
    """The part of a list row's key that is the same for every row: the
    data version, the language and the day (regions.tables.RegionTable
    adds the region and the time its summary was written, so an edit
    re-renders the rows of the regions it touched, not the other 550; a row
    is the same in every filtered, sorted or paged address that shows it;
    the list's filter fields use it too); None when nothing may be cached."""
    if not enabled() or writes_pending():
        return None
    tokens = f"{release()}.{data_version()}"
    if not answering():
        return None
    return ":".join(
        [
            tokens,
            translation.get_language() or settings.LANGUAGE_CODE,
            timezone.localdate().isoformat(),
        ]
    )


def fragments(key: str | None, parts: list[tuple[str, Callable[[], str]]]) -> list[str]:
    """The HTML of each ``(name, render)`` part: cached under ``key`` (a
    ``row_key()``) and its name, all read in one round trip; the missing
    ones rendered and stored in one more. ``key`` None: all rendered."""
    if key is None:
        return [render() for _name, render in parts]
    keys = [f"cakupan:fragment:{key}:{name}" for name, _render in parts]
    cache = _cache()
    found = cache.get_many(keys)
    missing = {
        stored: render()
        for stored, (_name, render) in zip(keys, parts, strict=True)
        if stored not in found
    }
    if missing:
        cache.set_many(missing, timeout=_timeout())
    return [found[stored] if stored in found else missing[stored] for stored in keys]


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
    _kept.clear()
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


# The page cache lives in regions/page_cache.py; its names are read through
# this module too (the settings' MIDDLEWARE names
# regions.cache.PageCacheMiddleware).
_PAGE_NAMES = {
    "ANONYMOUS",
    "EVERYONE",
    "KEPT_HEADERS",
    "PRIVATE_VISITOR",
    "REBUILD",
    "CachedPage",
    "PageCacheMiddleware",
    "audience",
}


def __getattr__(name: str):
    if name in _PAGE_NAMES:
        from . import page_cache

        return getattr(page_cache, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
