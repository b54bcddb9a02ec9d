"""The region list right after an edit (issue #15): the rows of all regions
are built once per lists version and shared by every address, which asks
the database only for the ids its filters select; they are right after an
edit, an import, a revert and a delete; a filtered address is sorted by
its rows' places in the whole; the filter fields are drawn once per value."""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import django_tables2 as tables
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from coverage_site.tables import ListData, Part, RowSet
from regions import cache, imports, pages, selectors
from regions import spreadsheets as sheets
from regions.models import CoverageFigure, Region
from regions.tables import RegionTable
from tests.regions.sourcing import DOCUMENT

FIELD = "regions/partials/_filter_field.html"


pytestmark = pytest.mark.usefixtures("fresh_cache")


@pytest.fixture
def builds(monkeypatch) -> list[date]:
    """The days for which the rows of every region were built from now on."""
    days: list[date] = []
    original = pages._every_list_row

    def counting(today):
        days.append(today)
        return original(today)

    monkeypatch.setattr(pages, "_every_list_row", counting)
    return days


def new_figure(code: str, percent: str, as_of=date(2026, 2, 28)) -> CoverageFigure:
    return CoverageFigure.objects.create(
        region=Region.objects.get(code=code),
        as_of=as_of,
        percent=Decimal(percent),
        publisher="BPJS Ketenagakerjaan Kanwil Sulawesi Maluku",
        publisher_kind="bpjs_kanwil",
        **DOCUMENT,
    )


def summary_reads(queries) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if "regions_regionsummary" in q["sql"]]


@pytest.mark.django_db(transaction=True)
def test_after_an_edit_a_second_address_reuses_the_rows_the_first_built(client, seeded, builds):
    client.get("/wilayah/?province=73")
    assert len(builds) == 1
    new_figure("73.01", "59.87")  # autocommit: a new lists version
    with CaptureQueriesContext(connection) as first:
        client.get("/wilayah/?level=regency&sort=-percent")
    assert len(builds) == 2
    # The ids its filters select, and the rows of every region.
    assert len(summary_reads(first)) == 2
    with CaptureQueriesContext(connection) as second:
        page = client.get("/wilayah/?province=73").content.decode()
    assert len(builds) == 2  # reused
    (ids,) = summary_reads(second)
    assert '"regions_regionsummary"."rate_percent"' not in ids.split(" FROM ")[0]
    assert "59,87" in page
    # Another day, other verdicts: built again.
    assert pages.region_list_rows(
        selectors.region_list_queryset(), today=timezone.localdate() + timedelta(days=1)
    )
    assert len(builds) == 3


def every_row_from_scratch() -> list:
    return pages._region_list_rows(
        selectors.region_list_queryset(), today=timezone.localdate(), verdict=""
    )


def shared_rows(**filters) -> list:
    return list(
        pages.region_list_rows(
            selectors.region_list_queryset().filter(**filters), today=timezone.localdate()
        )
    )


def percent_of(code: str):
    (row,) = shared_rows(code=code)
    return row.figure.percent


@pytest.mark.django_db(transaction=True)
def test_the_shared_rows_are_right_after_an_edit_an_import_a_revert_and_a_delete(seeded, builds):
    assert shared_rows() == every_row_from_scratch()
    before = percent_of("73.01")

    edited = new_figure("73.01", "61.50", as_of=date(2026, 10, 31))
    assert percent_of("73.01") == Decimal("61.50")
    edited.percent = Decimal("63.00")
    edited.save()
    assert percent_of("73.01") == Decimal("63.00")
    assert shared_rows() == every_row_from_scratch()

    edited.history.order_by("history_date").first().instance.save()  # revert to 61,50
    assert percent_of("73.01") == Decimal("61.50")
    assert shared_rows() == every_row_from_scratch()

    edited.delete()
    assert percent_of("73.01") == before
    assert shared_rows() == every_row_from_scratch()

    line = {
        "kode_wilayah": "73.02",
        "segmen": "total",
        "per_tanggal": "2026-11-30",
        "persen": "57",
        "penerbit": "Uji Impor",
        "jenis_penerbit": "bpjs_branch",
        "sumber_media": "Dokumen uji",
        "sumber_judul": "Laporan uji",
        "sumber_url": "https://contoh.id/laporan-uji",
        "sumber_tanggal": "2026-12-01",
    }
    data = (",".join(line) + "\n" + ",".join(line.values()) + "\n").encode()
    report = imports.records_import(
        kind="figures", table=sheets.read_table(data, "x.csv"), user=None, commit=True
    )
    assert report.ok, report.messages()
    assert percent_of("73.02") == Decimal("57")
    assert shared_rows(parent__code="73") == [
        row for row in every_row_from_scratch() if row.province and row.province.code == "73"
    ]
    # Each write built the rows once more, no more.
    assert len(builds) == 6


@pytest.mark.django_db(transaction=True)
def test_a_shared_value_is_read_once_per_process_and_version(seeded):
    from django.core.cache import caches

    calls = []

    def build():
        calls.append(1)
        return [len(calls)]

    first = cache.shared("rows", build=build)
    assert cache.shared("rows", build=build) is first  # not read back from the cache
    assert calls == [1]
    cache.regions_changed([Region.objects.get(code="73.01").pk])  # a write elsewhere
    (last,) = [k for k in caches["default"]._cache if k.endswith(":rows:last")]
    lock = last.split(":", 2)[2].removesuffix(":last") + ":building"
    caches["default"].add(lock, 1)  # another request rebuilds it
    assert cache.shared("rows", build=build) == [1]  # the last value, meanwhile
    caches["default"].delete(lock)
    assert cache.shared("rows", build=build) == [2]  # the last value was not kept
    assert cache.shared("rows", build=build) == [2]
    assert calls == [1, 1]


@pytest.mark.django_db
def test_filter_fields_are_drawn_once_per_value(client, seeded):
    def drawn(url: str) -> int:
        response = client.get(url)
        assert response.status_code == 200
        return [t.name for t in response.templates].count(FIELD)

    assert drawn("/wilayah/?level=city") == 7
    assert drawn("/wilayah/?level=city&sort=name") == 0
    assert drawn("/wilayah/?level=province") == 1  # only the level's value is new
    assert drawn("/wilayah/?level=province&coverage_min=abc") == 7  # errors: drawn afresh
    page = client.get("/wilayah/?level=province&province=73").content.decode()
    assert '<option value="73" selected>' in page


# ---- sorting a part of a RowSet -------------------------------------------


@dataclass
class Place:
    name: str


@dataclass
class Row:
    code: str
    place: Place
    percent: Decimal | None
    as_of: date | None


class Table(tables.Table):
    code = tables.Column()
    name = tables.Column(accessor="place__name")
    percent = tables.Column()
    as_of = tables.Column()


def random_rows(seed: int) -> list[Row]:
    """Rows in code order; each column one type or None, with ties."""
    draw = random.Random(seed)
    return [
        Row(
            f"{n:03d}",
            Place(draw.choice(["Gowa", "Bone", "Maros", "gowa", ""])),
            draw.choice([None, Decimal("0"), Decimal("47.38"), Decimal("101.2")]),
            draw.choice([None, date(2025, 12, 31), date(2026, 6, 30)]),
        )
        for n in range(80)
    ]


ORDERS = [("code",), ("-percent",), ("percent", "-name"), ("-as_of", "name"), ("name",)]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_part_is_sorted_as_the_same_rows_would_be_alone(order, seed):
    whole = RowSet(random_rows(seed))
    draw = random.Random(seed)
    some = [row for row in whole.rows if draw.random() < 0.5]
    part = whole.part(some)
    assert isinstance(part, Part)
    ours = Table(ListData(part), order_by=order)
    alone = Table(ListData(list(some)), order_by=order)
    assert [id(r) for r in ours.data] == [id(r) for r in alone.data]
    assert len(whole.orders) == 1  # the whole was sorted for it, once


def test_past_the_orders_kept_a_part_is_sorted_alone(monkeypatch):
    monkeypatch.setattr(RowSet, "ORDERS_KEPT", 2)
    whole = RowSet(random_rows(6))
    some = whole.rows[::3]
    for order in ORDERS:
        ours = Table(ListData(whole.part(some)), order_by=order)
        alone = Table(ListData(list(some)), order_by=order)
        assert [id(r) for r in ours.data] == [id(r) for r in alone.data]
    assert len(whole.orders) == 2


def test_rows_out_of_the_wholes_order_are_sorted_as_any_list():
    whole = RowSet(random_rows(4))
    assert not isinstance(whole.part(list(reversed(whole.rows[:10]))), Part)
    assert not isinstance(whole.part([*whole.rows[:3], random_rows(5)[0]]), Part)


@pytest.mark.django_db
def test_the_region_list_sorts_its_addresses_through_all_the_rows(seeded):
    rows = pages.region_list_rows(
        selectors.region_list_queryset().filter(parent__code="73"), today=timezone.localdate()
    )
    assert isinstance(rows, Part)
    for order in (("-percent",), ("target", "-name"), ("province",), ("verdict", "-code")):
        ours = RegionTable(ListData(rows), order_by=order)
        alone = RegionTable(ListData(list(rows)), order_by=order)
        assert [r.region.code for r in ours.data] == [r.region.code for r in alone.data]
