"""Shared fixtures. The session's test database is seeded once with the
region register and the seed articles; tests run inside transactions that
roll back, so they all start from that state."""

import pytest
from hypothesis import settings as hypothesis_settings

from articles.models import Article
from coverage_site.seed import seed_all
from regions.models import Region

# Property tests draw the same examples on every run (derived from each
# test's name), so CI is repeatable, and have no per-example deadline on a
# shared machine. To explore fresh examples, set derandomize=False locally.
hypothesis_settings.register_profile("cakupan", derandomize=True, deadline=None)
hypothesis_settings.load_profile("cakupan")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        seed_all()


@pytest.fixture
def seeded(db):
    """The seeded database, restored if a transactional test flushed it."""
    if not (Region.objects.exists() and Article.objects.exists()):
        seed_all()


@pytest.fixture(autouse=True)
def _fresh_api_budget():
    """The API's anonymous rate limit counts requests in the cache by client
    address, and every test client is 127.0.0.1: without this, the suite's
    many API requests (the route fuzz, the language tests) spend one shared
    budget and a later test gets 429. tests/api test the limit itself."""
    from api.throttling import AnonAddressThrottle

    key = AnonAddressThrottle.cache_format % {
        "scope": AnonAddressThrottle.scope,
        "ident": "127.0.0.1",
    }
    AnonAddressThrottle.cache.delete(key)


@pytest.fixture(autouse=True)
def _test_settings(settings):
    """Test-only settings: a fast password hasher, and plain static storage
    (pytest-django turns DEBUG off, which would select the manifest storage,
    whose hashed names need collectstatic)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Jobs (imports) run in the test's own process; tests/jobs start a real
    # Celery worker and turn this off.
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def fresh_cache(settings, tmp_path):
    """An empty cache (locmem: the last pages and build locks too) and a
    version file of the test's own, before and after the test; for modules
    that count what the cache saves (``pytest.mark.usefixtures``)."""
    from django.core.cache import caches

    settings.CAKUPAN_DATA_VERSION_DIR = str(tmp_path / "version")
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def sulsel(seeded):
    return Region.objects.get(code="73")


@pytest.fixture
def selayar(seeded):
    return Region.objects.get(code="73.01")
