"""Primary/replica routing (used when DATABASE_REPLICA_URL is set).

Page reads of the dashboard's data (regions, articles, awards) go to the
read replica; everything else reads from the primary:

- every write, and every migration, is on the primary;
- sessions, users, login throttling and content types are read from the
  primary (a login must see the session it just wrote);
- a request that may write (POST, PUT, PATCH, DELETE) and every admin
  request read from the primary for their whole duration
  (``PrimaryForWritesMiddleware``), so an editor sees what they just saved;
- inside a transaction on the primary, reads stay there (they must see the
  transaction's own writes).

A replica lags the primary by a little; the cache (regions/cache.py) is
invalidated when a write commits, so a page rebuilt in that instant may show
the previous figure until the next write or the cache's expiry. Keep the
replica's lag in seconds (streaming replication) and the cache's timeout
(CAKUPAN_CACHE_TIMEOUT) short when that matters.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

PRIMARY = DEFAULT_DB_ALIAS
REPLICA = "replica"
REPLICA_APPS = frozenset({"regions", "articles", "awards"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

_pinned: ContextVar[bool] = ContextVar("cakupan_reads_on_primary", default=False)


@contextmanager
def reads_on_primary():
    """Read from the primary inside this block."""
    token = _pinned.set(True)
    try:
        yield
    finally:
        _pinned.reset(token)


class PrimaryReplicaRouter:
    def __init__(self, replica: str | None = None):
        if replica is None:
            replica = REPLICA if REPLICA in settings.DATABASES else None
        self.replica = replica

    def db_for_read(self, model, **hints):
        if (
            self.replica is None
            or model._meta.app_label not in REPLICA_APPS
            or _pinned.get()
            or connections[PRIMARY].in_atomic_block
        ):
            return PRIMARY
        instance = hints.get("instance")
        if instance is not None and instance._state.db == PRIMARY:
            return PRIMARY  # related rows of an object read from the primary
        return self.replica

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        databases = {PRIMARY, self.replica}
        return obj1._state.db in databases and obj2._state.db in databases

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class PrimaryForWritesMiddleware:
    """Pin the reads of requests that may write, and of the admin, to the
    primary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS and not request.path.startswith("/admin/"):
            return self.get_response(request)
        with reads_on_primary():
            return self.get_response(request)
