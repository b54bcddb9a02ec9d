"""Scaling out: the primary/replica router's choices, the middleware that
pins writing requests to the primary, the settings that turn them on, and
the benchmark's no-database hello view."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from articles.models import Article
from awards.models import Outcome
from coverage_site.routers import (
    PrimaryForWritesMiddleware,
    PrimaryReplicaRouter,
    reads_on_primary,
)
from regions.models import CoverageFigure, Region

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def router():
    return PrimaryReplicaRouter(replica="replica")


@pytest.mark.parametrize("model", [CoverageFigure, Region, Article, Outcome])
def test_page_reads_of_dashboard_data_go_to_the_replica(router, model):
    assert router.db_for_read(model) == "replica"


@pytest.mark.parametrize("model", [User, Session])
def test_logins_and_sessions_are_read_from_the_primary(router, model):
    assert router.db_for_read(model) == "default"


@pytest.mark.parametrize("model", [CoverageFigure, User, Session])
def test_every_write_goes_to_the_primary(router, model):
    assert router.db_for_write(model) == "default"


def test_reads_pinned_to_the_primary_stay_there(router):
    with reads_on_primary():
        assert router.db_for_read(CoverageFigure) == "default"
    assert router.db_for_read(CoverageFigure) == "replica"


def test_related_rows_of_an_object_read_from_the_primary_come_from_it(router):
    region = Region(code="73")
    region._state.db = "default"
    assert router.db_for_read(CoverageFigure, instance=region) == "default"
    region._state.db = "replica"
    assert router.db_for_read(CoverageFigure, instance=region) == "replica"


@pytest.mark.django_db
def test_reads_inside_a_transaction_on_the_primary_see_its_writes(router):
    # pytest-django runs this test inside a transaction on "default".
    assert router.db_for_read(CoverageFigure) == "default"


def test_relations_between_primary_and_replica_rows_are_allowed(router):
    primary, replica, other = Region(), Region(), Region()
    primary._state.db, replica._state.db, other._state.db = "default", "replica", "archive"
    assert router.allow_relation(primary, replica)
    assert not router.allow_relation(primary, other)


def test_migrations_run_on_the_primary_only(router):
    assert router.allow_migrate("default", "regions")
    assert not router.allow_migrate("replica", "regions")
    assert not router.allow_migrate("replica", "auth")


def test_without_a_replica_everything_reads_from_the_primary():
    router = PrimaryReplicaRouter()  # the test settings have no "replica"
    assert router.replica is None
    assert router.db_for_read(CoverageFigure) == "default"


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", "/wilayah/73/", "replica"),
        ("head", "/", "replica"),
        ("post", "/i18n/setlang/", "default"),
        ("get", "/admin/regions/coveragefigure/", "default"),
    ],
)
def test_requests_that_may_write_and_the_admin_read_from_the_primary(
    router, method, path, expected
):
    seen = []

    def view(request):
        seen.append(router.db_for_read(CoverageFigure))
        return HttpResponse()

    request = getattr(RequestFactory(), method)(path)
    PrimaryForWritesMiddleware(view)(request)
    assert seen == [expected]
    assert router.db_for_read(CoverageFigure) == "replica"  # unpinned afterwards


# --- settings ----------------------------------------------------------------

SHOW = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'databases': {k: {'test': v.get('TEST', {}), "
    "'options': v.get('OPTIONS', {})} for k, v in s.DATABASES.items()}, "
    "'routers': s.DATABASE_ROUTERS, 'middleware': s.MIDDLEWARE, "
    "'cache': s.CACHES['default']['BACKEND'], 'version_dir': s.CAKUPAN_DATA_VERSION_DIR, "
    "'page_cache': s.CAKUPAN_PAGE_CACHE, 'proxy': s.SECURE_PROXY_SSL_HEADER, "
    "'redirect': s.SECURE_SSL_REDIRECT}))"
)


def settings_with(**env) -> dict:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_REPLICA_URL", "REDIS_URL", "DJANGO_DEBUG", "DJANGO_HTTPS"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="coverage_site.settings")
    result = subprocess.run(
        [sys.executable, "-c", SHOW], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_replica_url_adds_the_replica_and_its_router():
    found = settings_with(
        DATABASE_URL="postgres://app@primary:5432/cakupan",
        DATABASE_REPLICA_URL="postgres://app@replica:5432/cakupan",
    )
    assert set(found["databases"]) == {"default", "replica"}
    assert found["databases"]["replica"]["test"]["MIRROR"] == "default"
    assert found["routers"] == ["coverage_site.routers.PrimaryReplicaRouter"]
    assert "coverage_site.routers.PrimaryForWritesMiddleware" in found["middleware"]
    for database in found["databases"].values():
        assert database["options"]["options"] == "-c jit=off"


def test_no_replica_no_router():
    found = settings_with()
    assert set(found["databases"]) == {"default"}
    assert found["routers"] == []


def test_redis_url_switches_the_cache_to_redis():
    assert settings_with()["cache"].endswith("LocMemCache")
    found = settings_with(REDIS_URL="redis://127.0.0.1:6379/3")
    assert found["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert found["version_dir"] == ""  # the data version lives in Redis then


def test_production_trusts_the_proxy_and_caches_whole_pages():
    found = settings_with(DJANGO_DEBUG="0", SECRET_KEY="x" * 50, ALLOWED_HOSTS="a.id")
    assert found["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert found["redirect"] is True
    assert found["page_cache"] is True
    assert settings_with()["page_cache"] is False  # development renders every page


# --- the hello view ----------------------------------------------------------


@override_settings(ROOT_URLCONF="coverage_site.bench_urls")
def test_hello_touches_no_database(client):
    # No django_db mark: a query would raise here.
    response = client.get("/hello/")
    assert response.status_code == 200
    assert response.content == b"hello\n"
    assert client.post("/hello/").status_code in (403, 405)


def test_hello_is_the_benchmarks_page_not_productions():
    from django.urls import Resolver404, resolve

    with pytest.raises(Resolver404):
        resolve("/hello/")  # the production URLconf
    assert resolve("/hello/", urlconf="coverage_site.bench_urls").url_name == "hello"
    resolve("/wilayah/", urlconf="coverage_site.bench_urls")  # and every other page
