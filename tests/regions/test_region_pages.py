"""The page layer (regions/pages.py): it assembles pages from selectors and
pure modules, reads nothing from the ORM itself, and chooses a region's
series once per page."""

import ast
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from regions import pages, selectors
from regions.models import Region, RegionSummary
from regions.progress import Verdict
from tests import factories as make

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 1)


def test_the_region_page_chooses_its_series_once(seeded, sulsel, monkeypatch):
    calls = []
    choose = pages.choose_series

    def counted(rates):
        calls.append(len(rates))
        return choose(rates)

    monkeypatch.setattr(pages, "choose_series", counted)
    page = pages._region_page(sulsel, today=TODAY)
    assert len(calls) == 1
    assert page.series.charted  # Sulsel has a charted trend in the seed


def test_the_verdict_from_the_page_equals_the_one_judged_from_the_history(seeded, sulsel):
    page = pages._region_page(sulsel, today=TODAY)
    totals = [f for f in selectors.region_figure_rows(sulsel) if f.segment == "total"]
    target = pages.pick_target(selectors.region_targets(sulsel))
    judged = pages.progress_for(target, pages.judged_figures(totals), TODAY)
    assert page.progress == judged


def test_a_region_judged_from_the_rows_it_has(seeded):
    regency = make.region("73.98", name="Kabupaten Uji")
    page = pages._region_page(regency, today=TODAY)
    assert page.progress.verdict is Verdict.NO_TARGET
    assert page.headline == []
    make.target(regency, "60", target_date=date(2027, 12, 31))
    make.figure(regency, "40", as_of=date(2025, 1, 31))
    make.figure(regency, "52", as_of=date(2025, 12, 31))
    page = pages._region_page(regency, today=TODAY)
    assert page.progress.verdict is Verdict.ON_TRACK  # +1 point a month, 24 months left
    assert [c.record.percent for c in page.headline] == [52]
    make.figure(regency, "61", as_of=date(2026, 2, 28))
    assert pages._region_page(regency, today=TODAY).progress.verdict is Verdict.ACHIEVED


def test_breadcrumbs_need_no_query_for_a_region_read_for_its_page(seeded):
    region = selectors.region_for_page("73.01")
    with CaptureQueriesContext(connection) as queries:
        chain = pages.breadcrumbs_of(region)
    assert [r.code for r in chain] == ["ID", "73", "73.01"]
    assert len(queries.captured_queries) == 0


def test_an_empty_filter_gives_no_rows_without_a_query(seeded):
    none = selectors.region_list_queryset().none()
    assert selectors.query_key(none) is None
    with CaptureQueriesContext(connection) as queries:
        assert pages.region_list_rows(none, today=TODAY) == []
    assert len(queries.captured_queries) == 0


def test_equal_filters_share_a_key_and_different_ones_do_not():
    a = selectors.region_list_queryset().filter(code="73")
    assert selectors.query_key(a) == selectors.query_key(
        selectors.region_list_queryset().filter(code="73")
    )
    assert selectors.query_key(a) != selectors.query_key(
        selectors.region_list_queryset().filter(code="74")
    )


# What reading the database looks like: a manager, a query, a queryset method
# (not .values: a dict has one too).
ORM_NAMES = {
    "objects", "query", "select_related", "prefetch_related", "filter", "exclude",
    "order_by", "values_list", "in_bulk", "annotate", "aggregate",
}  # fmt: skip


@pytest.mark.parametrize(
    "module",
    [
        "regions/pages.py",
        "articles/pages.py",
        "meeting/pages.py",
        "api/pages.py",
        "awards/pages.py",
    ],
)
def test_a_page_module_does_not_touch_the_orm(module):
    """Reads are the selectors': a failing line names the module and line."""
    path = Path(__file__).resolve().parents[2] / module
    found = [
        f"{module}:{node.lineno} .{node.attr}"
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute) and node.attr in ORM_NAMES
    ]
    assert found == []


def test_the_list_rows_are_one_query_whatever_the_filter(seeded):
    today = timezone.localdate()
    for filtered in (
        selectors.region_list_queryset(),
        selectors.region_list_queryset().filter(parent__code="73"),
    ):
        with CaptureQueriesContext(connection) as queries:
            rows = pages._region_list_rows(filtered, today=today, verdict="")
        assert len(queries.captured_queries) == 1
        assert not any("coveragefigure" in q["sql"] for q in queries.captured_queries)
        assert rows


def test_list_rows_judged_on_an_earlier_day_read_their_trends_in_one_more_query(seeded):
    """A summary written before today is judged again from its stored trend:
    the trends of those rows alone, one query more, whatever their number."""
    today = timezone.localdate()
    fresh = pages._region_list_rows(selectors.region_list_queryset(), today=today, verdict="")
    RegionSummary.objects.update(progress_on=today - timedelta(days=3))
    with CaptureQueriesContext(connection) as queries:
        rows = pages._region_list_rows(selectors.region_list_queryset(), today=today, verdict="")
    assert len(queries.captured_queries) == 2
    assert "trend" in queries.captured_queries[1]["sql"]
    # Judged again today from the trend: the same verdicts as the summaries hold.
    assert [(r.region.code, r.verdict) for r in rows] == [(r.region.code, r.verdict) for r in fresh]


def test_list_rows_carry_the_summary_values_and_todays_verdict(seeded, sulsel):
    today = timezone.localdate()
    (row,) = pages._region_list_rows(
        selectors.region_list_queryset().filter(pk=sulsel.pk), today=today, verdict=""
    )
    summary = RegionSummary.objects.select_related("rate_figure", "target").get(region=sulsel)
    figure, target = summary.rate_figure, summary.target
    assert (row.figure.pk, row.figure.percent, row.figure.as_of, row.figure.publisher) == (
        figure.pk,
        figure.percent,
        figure.as_of,
        figure.publisher,
    )
    assert (row.target.target_percent, row.target.target_date) == (
        target.target_percent,
        target.target_date,
    )
    totals = [f for f in selectors.region_figure_rows(sulsel) if f.segment == "total"]
    assert row.verdict == pages.progress_for(target, totals, today).verdict
    # Judged another day, the stored verdict is not used: judged from the trend.
    RegionSummary.objects.filter(region=sulsel).update(verdict=Verdict.ACHIEVED, progress_on=None)
    (again,) = pages._region_list_rows(
        selectors.region_list_queryset().filter(pk=sulsel.pk), today=today, verdict=""
    )
    assert again.verdict == row.verdict
    RegionSummary.objects.filter(region=sulsel).update(verdict=Verdict.ACHIEVED, progress_on=today)
    (stored,) = pages._region_list_rows(
        selectors.region_list_queryset().filter(pk=sulsel.pk), today=today, verdict=""
    )
    assert stored.verdict is Verdict.ACHIEVED  # today's stored verdict is read, not recomputed
    assert Region.objects.filter(pk=sulsel.pk).exists()
