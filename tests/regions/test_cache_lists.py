"""The region list right after a write: its CSV is the last file while one
request rebuilds it, an address never asked for streams as it is written;
each row of the table is rendered once for every address that shows it;
nothing built from a value another request is rebuilding is kept under
the new versions."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from regions import cache
from regions.models import CoverageFigure, Region
from regions.tables import RegionTable
from tests.regions.sourcing import DOCUMENT

CSV = "/wilayah/?province=73&_export=csv"


pytestmark = pytest.mark.usefixtures("fresh_cache")


def new_figure(code: str, percent: str) -> CoverageFigure:
    return CoverageFigure.objects.create(
        region=Region.objects.get(code=code),
        as_of=date(2026, 2, 28),
        percent=Decimal(percent),
        publisher="BPJS Ketenagakerjaan Kanwil Sulawesi Maluku",
        publisher_kind="bpjs_kanwil",
        **DOCUMENT,
    )


def download(client, url: str) -> tuple[bytes, int]:
    """The file (read to its end, which runs what follows the response)
    and the queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.streaming
        body = b"".join(response.streaming_content)
    return body, len(queries.captured_queries)


@pytest.mark.django_db(transaction=True)
def test_right_after_a_write_the_csv_is_the_last_file_while_one_request_rebuilds_it(seeded):
    client = Client()
    before, _queries = download(client, CSV)
    new_figure("73.01", "59.87")  # autocommit: new versions
    # Another request is rebuilding it: the last file, at once.
    from django.core.cache import caches

    store = caches["default"]
    (last,) = [k for k in store._cache if k.endswith(":last") and "region_list_csv" in k]
    lock = last.split(":", 2)[2].removesuffix(":last") + ":building"
    store.add(lock, 1)
    assert download(client, CSV) == (before, 0)
    store.delete(lock)
    # The first request sends the last file and rebuilds it after it.
    stale, queries = download(client, CSV)
    assert stale == before
    assert b"59.87" not in stale
    assert queries
    fresh, queries = download(client, CSV)
    assert b"59.87" in fresh
    assert queries == 0
    assert not [key for key in store._cache if key.endswith(":building")]


@pytest.mark.django_db(transaction=True)
def test_an_address_never_asked_for_streams_as_written_and_is_kept(seeded):
    client = Client()
    first, queries = download(client, CSV + "&sort=-percent")
    assert queries
    assert first.count(b"\n") > 2
    assert download(client, CSV + "&sort=-percent") == (first, 0)


@pytest.mark.django_db
def test_a_value_built_from_one_being_rebuilt_is_not_kept(seeded):
    from django.core.cache import caches

    calls = []

    def outer():
        calls.append("outer")
        return "outer of " + cache.cached("inner", build=lambda: "new inner")

    assert cache.cached("inner", build=lambda: "old inner") == "old inner"
    cache.clear()  # a write
    (last,) = [k for k in caches["default"]._cache if k.endswith("inner:last")]
    lock = last.split(":", 2)[2].removesuffix(":last") + ":building"
    caches["default"].add(lock, 1)  # another request rebuilds the inner value
    assert cache.cached("outer", build=outer) == "outer of old inner"
    caches["default"].delete(lock)
    # Not kept: built again, from the new inner value.
    assert cache.cached("outer", build=outer) == "outer of new inner"
    assert cache.cached("outer", build=outer) == "outer of new inner"
    assert calls == ["outer", "outer"]


@pytest.fixture
def rendered(monkeypatch) -> list[str]:
    """The codes of the list rows rendered from now on, in order."""
    codes: list[str] = []
    original = RegionTable.render_name

    def counting(self, record, value):
        codes.append(record.region.code)
        return original(self, record, value)

    monkeypatch.setattr(RegionTable, "render_name", counting)
    return codes


@pytest.mark.django_db(transaction=True)
def test_a_row_is_rendered_once_for_every_address_that_shows_it(client, seeded, rendered):
    first = client.get("/wilayah/?province=73").content.decode()
    assert "73.01" in rendered
    assert len(rendered) == len(set(rendered))
    shown = len(rendered)
    other = client.get("/wilayah/?province=73&sort=-percent").content.decode()
    assert len(rendered) == shown  # the same rows, another order: none rendered again
    assert other != first
    assert first.count("<tr") == other.count("<tr")
    assert 'href="/wilayah/73.01/"' in other
    cache.clear()  # a write
    client.get("/wilayah/?province=73&sort=-percent")
    assert len(rendered) == 2 * shown


@pytest.mark.django_db(transaction=True)
def test_after_an_edit_only_the_rows_of_the_regions_it_touched_are_rendered_again(
    client, seeded, rendered
):
    client.get("/wilayah/?province=73")
    shown = sorted(rendered)
    assert {"73", "73.01", "73.02"} <= set(shown)
    rendered.clear()
    new_figure("73.01", "59.87")  # autocommit: 73.01's summary (and 73's) rewritten
    page = client.get("/wilayah/?province=73&sort=-percent").content.decode()
    # 73.01 and its province (the list shows it too); the other rows from the cache
    assert sorted(rendered) == ["73", "73.01"]
    assert "59,87" in page
    rendered.clear()
    client.get("/wilayah/?province=73")
    assert rendered == []


@pytest.mark.django_db
def test_the_list_pages_only_through_its_table(client, seeded, settings):
    settings.CAKUPAN_CACHE = False
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/wilayah/?q=makassar")
    assert response.status_code == 200
    assert "Kota Makassar" in response.content.decode()
    assert not [q for q in queries.captured_queries if "COUNT(" in q["sql"]]
