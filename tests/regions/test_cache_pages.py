"""The page cache (regions.cache.PageCacheMiddleware): a page is stored once
for everyone when nothing in it belongs to its visitor, served to officials
who are logged in too, and after a write served stale once while it is
rebuilt after the response."""

import gzip
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import include, path

from coverage_site import urls as site_urls
from regions.models import CoverageFigure, Region
from tests.regions.sourcing import DOCUMENT

CALLS: list[str] = []


def _plain(request):
    CALLS.append("plain")
    return HttpResponse("the same for everyone")


def _with_token(request):
    CALLS.append("token")
    return HttpResponse(f"token {get_token(request)}")


def _with_user(request):
    CALLS.append("user")
    return HttpResponse(f"hello {request.user.is_authenticated}")


def _with_cookie(request):
    response = HttpResponse("a cookie")
    response.set_cookie("seen", "1")
    return response


_probe = (
    [
        path("plain/", _plain),
        path("token/", _with_token),
        path("user/", _with_user),
        path("cookie/", _with_cookie),
    ],
    "probe",
)
urlpatterns = [path("probe/", include(_probe)), *site_urls.urlpatterns]


@pytest.fixture(autouse=True)
def _fresh_cache(settings, tmp_path):
    from django.core.cache import caches

    settings.CAKUPAN_DATA_VERSION_DIR = str(tmp_path / "version")
    settings.CAKUPAN_PAGE_CACHE = True
    settings.CAKUPAN_PAGE_CACHE_NAMESPACES = [*settings.CAKUPAN_PAGE_CACHE_NAMESPACES, "probe"]
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def probes(settings):
    settings.ROOT_URLCONF = __name__


def new_figure(region: Region, percent: str) -> CoverageFigure:
    return CoverageFigure.objects.create(
        region=region,
        as_of=date(2026, 2, 28),
        percent=Decimal(percent),
        publisher="BPJS Ketenagakerjaan Kanwil Sulawesi Maluku",
        publisher_kind="bpjs_kanwil",
        **DOCUMENT,
    )


def served_from_cache(client, url, **kwargs) -> bool:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    return response.context is None and not queries.captured_queries


@pytest.mark.django_db
def test_only_pages_without_anything_of_their_visitor_are_stored(probes):
    CALLS.clear()
    client = Client()
    assert client.get("/probe/plain/").content == b"the same for everyone"
    second = client.get("/probe/plain/")
    assert second.content == b"the same for everyone"
    assert CALLS == ["plain"]  # stored, then served
    for url in ("/probe/token/", "/probe/cookie/"):
        first, again = client.get(url), client.get(url)
        assert first.status_code == again.status_code == 200
    # Each visitor gets their own token: the page with one was not stored.
    CALLS.clear()
    one, two = Client().get("/probe/token/"), Client().get("/probe/token/")
    assert one.content != two.content
    assert CALLS == ["token", "token"]
    assert Client().get("/probe/cookie/").cookies["seen"].value == "1"


@pytest.mark.django_db
def test_a_page_that_reads_the_user_is_stored_for_visitors_without_a_session(probes, admin_user):
    CALLS.clear()
    assert Client().get("/probe/user/").content == b"hello False"
    again = Client().get("/probe/user/")
    assert again.content == b"hello False"
    assert "Cookie" in again["Vary"]
    official = Client()
    official.force_login(admin_user)
    assert official.get("/probe/user/").content == b"hello True"
    assert official.get("/probe/user/").content == b"hello True"
    assert CALLS == ["user", "user", "user"]


@pytest.mark.django_db
def test_a_stored_page_is_the_same_bytes_for_visitors_and_officials(seeded, admin_user):
    anonymous = Client()
    first = anonymous.get("/wilayah/73/")
    assert first.context is not None
    assert b"csrfmiddlewaretoken" not in first.content
    assert served_from_cache(anonymous, "/wilayah/73/")
    official = Client()
    official.force_login(admin_user)
    with CaptureQueriesContext(connection) as queries:
        page = official.get("/wilayah/73/")
    assert page.context is None
    # At most the session, for a middleware that looks at it: no page data.
    assert all("django_session" in q["sql"] for q in queries.captured_queries)
    assert page.content == first.content
    assert "sessionid" not in page.cookies
    assert "csrftoken" not in page.cookies


@pytest.mark.django_db
def test_a_flash_message_skips_the_stored_page(seeded):
    client = Client()
    client.get("/wilayah/73/")
    client.cookies["messages"] = "anything"
    assert client.get("/wilayah/73/").context is not None


@pytest.mark.django_db
def test_pages_are_compressed_once_and_sent_plain_to_who_cannot_read_gzip(seeded):
    client = Client()
    built = client.get("/wilayah/73.01/")
    zipped = client.get("/wilayah/73.01/", headers={"accept-encoding": "gzip"})
    plain = client.get("/wilayah/73.01/")
    assert zipped["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped["Vary"]
    assert gzip.decompress(zipped.content) == plain.content == built.content
    assert int(plain["Content-Length"]) == len(plain.content)
    again = client.get("/wilayah/73.01/", headers={"accept-encoding": "gzip"})
    assert again.content == zipped.content  # the stored bytes, not compressed again


@pytest.mark.django_db(transaction=True)
def test_after_a_write_the_last_page_is_served_once_while_it_is_rebuilt(seeded):
    client = Client()
    before = client.get("/wilayah/73/")
    new_figure(Region.objects.get(code="73"), "59.87")  # autocommit: new versions
    with CaptureQueriesContext(connection) as queries:
        stale = client.get("/wilayah/73/")
    # The visitor got the last page; the rebuild ran after it went out
    # (the test client runs it inside get(), as gunicorn after the send).
    assert stale.content == before.content
    assert "59,87 %" not in stale.content.decode()
    assert queries.captured_queries
    assert served_from_cache(client, "/wilayah/73/")
    assert "59,87 %" in client.get("/wilayah/73/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_while_one_request_rebuilds_a_page_the_others_get_the_last_one(seeded):
    from django.core.cache import caches

    store = caches["default"]
    client = Client()
    before = client.get("/wilayah/73/")
    new_figure(Region.objects.get(code="73"), "59.87")  # autocommit
    (last,) = [k for k in store._cache if k.endswith(":last") and "cakupan-page" in k]
    lock = last.split(":", 2)[2].removesuffix(":last") + ":building"
    store.add(lock, 1)  # another request is rebuilding it
    for _ in range(3):
        assert served_from_cache(client, "/wilayah/73/")
        assert client.get("/wilayah/73/").content == before.content
    store.delete(lock)
    client.get("/wilayah/73/")  # takes the lock, gets the last page, rebuilds
    assert "59,87 %" in client.get("/wilayah/73/").content.decode()
    assert not [key for key in store._cache if key.endswith(":building")]  # released


@pytest.mark.django_db(transaction=True)
def test_an_edit_rebuilds_only_its_region_its_ancestors_and_the_lists(seeded):
    client = Client()
    urls = ["/wilayah/73/", "/wilayah/73.01/", "/wilayah/11/", "/wilayah/73.02/", "/", "/wilayah/"]
    for url in urls:
        client.get(url)
    assert all(served_from_cache(client, url) for url in urls)
    new_figure(Region.objects.get(code="73.01"), "44.44")
    rebuilt = {url for url in urls if not served_from_cache(client, url)}
    assert rebuilt == {"/wilayah/73/", "/wilayah/73.01/", "/", "/wilayah/"}
    assert "44,44 %" in client.get("/wilayah/73.01/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_failed_rebuild_releases_its_lock(seeded, monkeypatch):
    from django.core.cache import caches

    from regions import pages as region_pages

    client = Client(raise_request_exception=False)
    client.get("/wilayah/73/")
    new_figure(Region.objects.get(code="73"), "59.87")

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(region_pages, "_region_page", broken)
    assert client.get("/wilayah/73/").status_code == 200  # the last page
    assert not [k for k in caches["default"]._cache if k.endswith(":building")]
    monkeypatch.undo()
    client.get("/wilayah/73/")
    assert "59,87 %" in client.get("/wilayah/73/").content.decode()


@pytest.mark.django_db
def test_a_cache_server_that_does_not_answer_leaves_pages_uncached_not_failed(seeded, settings):
    settings.CACHES = {
        **settings.CACHES,
        "down": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nobody listens there
            "OPTIONS": {"socket_connect_timeout": 0.2},
        },
    }
    settings.CAKUPAN_CACHE_ALIAS = "down"
    settings.CAKUPAN_DATA_VERSION_DIR = ""
    client = Client()
    for url in ("/wilayah/73/", "/wilayah/73/", "/", "/wilayah/?province=73"):
        response = client.get(url)
        assert response.status_code == 200
        assert response.context is not None


@pytest.mark.django_db(transaction=True)
def test_when_every_rebuild_slot_is_taken_the_last_page_is_served_and_rebuilt_later(
    seeded, settings
):
    from django.core.cache import caches

    from regions import cache as shared

    settings.CAKUPAN_PAGE_REBUILDS = 1
    store = caches["default"]
    client = Client()
    before = client.get("/wilayah/73/")
    new_figure(Region.objects.get(code="73"), "59.87")  # autocommit
    slot = shared.rebuild_slot()  # another process is rebuilding some page
    assert slot is not None
    assert shared.rebuild_slot() is None
    for _ in range(3):
        # the last page each time (a rebuild would have stored the new one
        # for the next request), and no page lock left behind
        assert served_from_cache(client, "/wilayah/73/")
        assert client.get("/wilayah/73/").content == before.content
        assert not [key for key in store._cache if key.endswith(":building")]
    shared.release_slot(slot)
    assert client.get("/wilayah/73/").content == before.content  # rebuilt after it
    assert "59,87 %" in client.get("/wilayah/73/").content.decode()
    # the rebuild gave its slot back
    again = shared.rebuild_slot()
    assert again is not None
    shared.release_slot(again)
