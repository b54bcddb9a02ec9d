"""The region pages' tables (regions/tables.py): each renders with every
sortable column, ascending and descending, from the rows its page already
holds (no query), in the page's language."""

import re

import pytest
from django.test import RequestFactory
from django.utils import timezone, translation

from coverage_site.tables import configure
from regions import pages, selectors
from regions.tables import BudgetTable, ChildTable, FigureTable, QualityTable

pytestmark = pytest.mark.django_db


def region_page(code):
    region = selectors.region_for_page(code)
    return pages.region_page(region, today=timezone.localdate())


def render(table, query=""):
    request = RequestFactory().get("/wilayah/73/" + query)
    configure(table, request)
    return table.as_html(request)


def sortable(table):
    return [column.name for column in table.columns if column.orderable]


def row_ids(html):
    return re.findall(r'<tr id="([^"]+)"', html)


@pytest.mark.parametrize(
    ("table_class", "source", "code"),
    [
        (FigureTable, "figures", "73.01"),
        (ChildTable, None, "73"),
        (BudgetTable, "budgets", "73"),
    ],
)
def test_region_table_renders_with_each_sortable_column(
    seeded, django_assert_num_queries, table_class, source, code
):
    page = region_page(code)
    rows = getattr(page, source) if source else page
    names = sortable(table_class.of(rows))
    assert names  # each of these tables can be sorted
    for name in names:
        for direction in ("", "-"):
            table = table_class.of(rows)
            with django_assert_num_queries(0):
                html = render(table, f"?{table.prefixed_order_by_field}={direction}{name}")
            assert table.order_by == (f"{direction}{name}",)
            assert 'aria-sort="' + ("descending" if direction else "ascending") + '"' in html


def test_children_sort_by_coverage_keeps_each_regions_rank(seeded):
    page = region_page("73")
    ranked = ChildTable.of(page)
    by_name = ChildTable.of(page)
    render(by_name, "?wilayah-sort=name")
    names = [row.record.region.name for row in by_name.rows]
    assert names == sorted(names)
    # The rank is the place by coverage, whatever the order shown.
    ranks = {row.record.region.code: row.record.rank for row in ranked.rows}
    assert {row.record.region.code: row.record.rank for row in by_name.rows} == ranks
    with_figure = [r for r in page.children]
    assert ranks[with_figure[0].region.code] == 1


def test_children_without_a_figure_come_last_and_say_so(seeded):
    page = region_page("73")
    html = render(ChildTable.of(page))
    assert len(re.findall(r'<tr class="no-data\b', html)) == len(page.children_missing)
    if page.children_missing:
        assert "Belum ada data persentase" in html


def test_figure_table_keeps_each_figures_anchor_and_source(seeded):
    page = region_page("73.01")
    html = render(FigureTable.of(page.figures))
    assert row_ids(html) == [f"coveragefigure-{item.record.pk}" for item in page.figures]
    assert html.count("<tr ") == len(page.figures)


def test_unknown_sort_is_dropped_not_read_as_a_path(seeded):
    page = region_page("73.01")
    table = FigureTable.of(page.figures)
    html = render(table, "?angka-sort=73.01,-percent")
    assert table.order_by == ("-percent",)
    assert "73.01" not in re.findall(r'href="([^"]+)"', html)[0]


def test_numbers_follow_the_page_language(seeded):
    page = region_page("73")
    percent = next(row.figure.percent for row in page.children if row.figure)
    with translation.override("id"):
        indonesian = render(ChildTable.of(page))
    with translation.override("en"):
        english = render(ChildTable.of(page))
    whole, _, decimals = f"{percent:.2f}".partition(".")
    assert f"{whole},{decimals} %" in indonesian
    assert f"{whole}.{decimals}%" in english
    assert re.search(r">\s*Wilayah</a>", indonesian)
    assert re.search(r">\s*Region</a>", english)


def test_quality_table_names_its_last_column_after_the_list(seeded):
    stale = QualityTable.of([], kind="stale")
    moved = QualityTable.of([], kind="unusual")
    assert stale.columns["impact"].header == "Bulan lewat"
    assert moved.columns["impact"].header == "Geser (poin)"
    assert "<tbody" in render(stale)  # an empty list renders (the page shows "Tidak ada." instead)
