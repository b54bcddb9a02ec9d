"""The cache of page aggregates and of whole pages: reused until a write,
never stale after one, per visitor where it must be."""

import gzip
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from regions import cache, selectors
from regions.models import CoverageFigure, Region
from tests.regions.sourcing import DOCUMENT

pytestmark = pytest.mark.usefixtures("fresh_cache")


@pytest.fixture
def page_cache(settings):
    settings.CAKUPAN_PAGE_CACHE = True


def new_figure(region: Region, percent: str, as_of=date(2026, 1, 31)) -> CoverageFigure:
    return CoverageFigure.objects.create(
        region=region,
        as_of=as_of,
        percent=Decimal(percent),
        publisher="BPJS Ketenagakerjaan Kanwil Sulawesi Maluku",
        publisher_kind="bpjs_kanwil",
        **DOCUMENT,
    )


# --- the data version and cached() -----------------------------------------


@pytest.mark.django_db
def test_a_cached_value_is_reused_until_the_version_changes(seeded):
    calls = []

    def build():
        calls.append(1)
        return len(calls)

    assert cache.cached("answer", 1, build=build) == 1
    assert cache.cached("answer", 1, build=build) == 1
    assert cache.cached("answer", 2, build=build) == 2  # other parts, other key
    cache.clear()
    assert cache.cached("answer", 1, build=build) == 3


@pytest.mark.django_db
def test_a_cached_aggregate_costs_no_query_the_second_time(seeded):
    sulsel = Region.objects.get(code="73")
    with CaptureQueriesContext(connection) as first:
        rows = selectors.child_latest_rows(sulsel)
    with CaptureQueriesContext(connection) as second:
        again = selectors.child_latest_rows(sulsel)
    assert len(first.captured_queries) == 2
    assert len(second.captured_queries) == 0
    assert [r.region.code for r in again] == [r.region.code for r in rows]


@pytest.mark.django_db
def test_a_figure_changes_its_regions_versions_when_its_transaction_commits(
    seeded, sulsel, django_capture_on_commit_callbacks
):
    scopes = [cache.LISTS, *(cache.region_scope(c) for c in ("73", "ID", "11", "73.01"))]
    before = {scope: cache.versions(scope) for scope in scopes}
    data = cache.data_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        new_figure(sulsel, "51.00")
        assert {scope: cache.versions(scope) for scope in scopes} == before  # not yet
        assert cache.writes_pending()
    # One summary refresh, however many rows (history rows included), and
    # no bump of the data version: the other regions keep their pages.
    assert len([c for c in callbacks if getattr(c, "_summaries_hook", False)]) == 1
    assert cache._store_new_version not in callbacks
    assert cache.data_version() == data
    after = {scope: cache.versions(scope) for scope in scopes}
    changed = {scope for scope in scopes if after[scope] != before[scope]}
    assert changed == {cache.LISTS, "region:73", "region:ID"}


@pytest.mark.django_db
def test_inside_a_writing_transaction_the_cache_is_bypassed(seeded, sulsel):
    assert [r.figure.percent for r in selectors.province_latest_rows() if r.region == sulsel]
    new_figure(sulsel, "51.00")  # not committed: the test's transaction
    rows = selectors.province_latest_rows()
    assert next(r for r in rows if r.region == sulsel).figure.percent == Decimal("51.00")


@pytest.mark.django_db
def test_deletes_and_other_apps_writes_also_invalidate(seeded, django_capture_on_commit_callbacks):
    from articles.models import Article

    before = cache.data_version()
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.first().delete()
    assert cache.data_version() != before


@pytest.mark.django_db
def test_the_version_lives_in_a_file_shared_by_the_workers(seeded, settings, tmp_path):
    token = cache.data_version()
    files = list((tmp_path / "version").iterdir())
    assert [f.read_text() for f in files] == [token]
    cache.clear()  # as another worker's commit would
    assert cache.data_version() != token
    assert files[0].read_text() == cache.data_version()


@pytest.mark.django_db
def test_with_a_shared_cache_the_version_lives_in_the_cache(seeded, settings):
    settings.CAKUPAN_DATA_VERSION_DIR = ""  # as with REDIS_URL
    token = cache.data_version()
    from django.core.cache import caches

    assert caches["default"].get(cache.VERSION_KEY) == token
    cache.clear()
    assert cache.data_version() != token


@pytest.mark.django_db
def test_caching_can_be_turned_off(seeded, settings):
    settings.CAKUPAN_CACHE = False
    calls = []
    cache.cached("x", build=lambda: calls.append(1))
    cache.cached("x", build=lambda: calls.append(1))
    assert len(calls) == 2


# --- the pages -------------------------------------------------------------


@pytest.mark.django_db
def test_a_page_is_built_once_then_served_without_queries(client, seeded, page_cache):
    first = client.get("/wilayah/73.01/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/wilayah/73.01/")
    assert first.context is not None
    assert second.context is None
    assert len(queries.captured_queries) == 0
    assert second.content == first.content


@pytest.mark.django_db
def test_another_release_builds_its_own_pages_and_aggregates(client, seeded, page_cache, settings):
    """After a deploy no page or aggregate that the older code built is
    served, not even as the stale copy of a rebuild."""
    settings.CAKUPAN_RELEASE = "old"
    calls = []
    assert cache.cached("answer", build=lambda: calls.append(1) or "old") == "old"
    client.get("/wilayah/73.01/")
    assert client.get("/wilayah/73.01/").context is None  # from the page cache
    settings.CAKUPAN_RELEASE = "new"
    assert cache.cached("answer", build=lambda: calls.append(1) or "new") == "new"
    assert len(calls) == 2
    assert client.get("/wilayah/73.01/").context is not None  # built by this release
    assert client.get("/wilayah/73.01/").context is None


def test_without_a_configured_release_the_code_names_it(settings):
    settings.CAKUPAN_RELEASE = ""
    digest = cache.release()
    assert len(digest) == 12
    assert digest == cache.release()  # read once per process
    settings.CAKUPAN_RELEASE = "abc1234"
    assert cache.release() == "abc1234"


@pytest.mark.django_db
def test_a_cached_page_holds_nothing_of_its_first_visitor(seeded, page_cache):
    first = Client().get("/wilayah/73/")  # cached by an earlier visitor
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/wilayah/73/")
    assert page.context is None
    # The language switch is plain links: no form, no CSRF token.
    assert b"csrfmiddlewaretoken" not in page.content
    assert page.content == first.content


@pytest.mark.django_db
def test_cached_pages_go_out_gzip_encoded_when_asked(client, seeded, page_cache):
    plain = client.get("/wilayah/73/")
    zipped = client.get("/wilayah/73/", headers={"accept-encoding": "gzip, br"})
    assert zipped["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped["Vary"]
    body = gzip.decompress(zipped.content)
    assert body == plain.content
    assert int(zipped["Content-Length"]) == len(zipped.content) < len(body) / 4


@pytest.mark.django_db
def test_exports_are_cached_too(client, seeded, page_cache):
    url = "/wilayah/?level=province&_export=xlsx"
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.content == first.content
    assert not queries.captured_queries
    assert second["Content-Disposition"] == first["Content-Disposition"]
    # The CSV streams, from the list's cached rows.
    url = "/wilayah/?level=province&_export=csv"
    first = b"".join(client.get(url).streaming_content)
    with CaptureQueriesContext(connection) as queries:
        second = b"".join(client.get(url).streaming_content)
    assert second == first
    assert not queries.captured_queries


@pytest.mark.django_db
def test_errors_are_not_cached(client, seeded, page_cache):
    client.get("/wilayah/99.99/")
    assert client.get("/wilayah/99.99/").status_code == 404


@pytest.mark.django_db
def test_an_aggregate_is_built_once_while_others_read_the_last_one(seeded):
    from django.core.cache import caches

    calls = []
    assert cache.cached("x", build=lambda: calls.append(1) or "first") == "first"
    cache.clear()  # a write: the key changes
    lock = next(k for k in caches["default"]._cache if k.endswith(":last")).split(":", 2)[2]
    caches["default"].add(lock.removesuffix(":last") + ":building", 1)
    assert cache.cached("x", build=lambda: calls.append(1) or "second") == "first"
    caches["default"].delete(lock.removesuffix(":last") + ":building")
    assert cache.cached("x", build=lambda: calls.append(1) or "second") == "second"
    assert len(calls) == 2


@pytest.mark.django_db
def test_award_pages_are_cached_for_visitors_like_the_rest(client, seeded, page_cache):
    from awards.models import Edition

    urls = ["/paritrana/", f"/paritrana/{Edition.objects.order_by('pk').first().pk}/"]
    for url in urls:
        assert client.get(url).context is not None
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).context is None
        assert len(queries.captured_queries) == 0
