"""The region list and its CSV read the summaries alone: one query for
the rows, the CSV streamed, and the same file as the table's own export."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_filters.views import FilterView

from regions import pages as region_pages
from regions import selectors
from regions.models import Region, RegionSummary
from regions.views import RegionListView

pytestmark = pytest.mark.django_db

URLS = [
    "/wilayah/?_export=csv",
    "/wilayah/?province=73&sort=-percent&_export=csv",
    "/wilayah/?level=province&sort=target_date&_export=csv",
    "/wilayah/?verdict=no_target&_export=csv",
    "/wilayah/?q=kota&sort=-as_of&_export=csv",
]


def tables2_export(url: str) -> bytes:
    """The CSV django-tables2 writes for the same view (the slow path the
    stream replaces), built through the table's own export."""
    request = RequestFactory().get(url)
    view = RegionListView()
    view.setup(request)
    return FilterView.get(view, request).content


@pytest.mark.parametrize("url", URLS)
def test_the_streamed_csv_is_the_tables_own_export(seeded, client, url):
    response = client.get(url)
    assert response.streaming
    assert response["Content-Disposition"] == 'attachment; filename="wilayah-cakupan.csv"'
    streamed = b"".join(response.streaming_content)
    assert streamed == tables2_export(url)
    assert streamed.count(b"\n") >= 2


def test_the_list_rows_are_one_query_whatever_the_filter(seeded, django_assert_num_queries):
    today = timezone.localdate()
    for filtered in (
        selectors.region_list_queryset(),
        selectors.region_list_queryset().filter(parent__code="73"),
    ):
        with CaptureQueriesContext(connection) as queries:
            rows = region_pages._region_list_rows(filtered, today=today, verdict="")
        assert len(queries.captured_queries) == 1
        assert not any("coveragefigure" in q["sql"] for q in queries.captured_queries)
        assert rows


def test_list_rows_carry_the_summary_values_and_todays_verdict(seeded, sulsel):
    today = timezone.localdate()
    (row,) = region_pages._region_list_rows(
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
    assert row.verdict == region_pages.progress_for(
        target, [f for f in selectors.region_figure_rows(sulsel) if f.segment == "total"], today
    ).verdict
    # Judged another day, the stored verdict is not used: judged from the trend.
    RegionSummary.objects.filter(region=sulsel).update(verdict="achieved", progress_on=None)
    (again,) = region_pages._region_list_rows(
        selectors.region_list_queryset().filter(pk=sulsel.pk), today=today, verdict=""
    )
    assert again.verdict == row.verdict
    RegionSummary.objects.filter(region=sulsel).update(verdict="achieved", progress_on=today)
    (stored,) = region_pages._region_list_rows(
        selectors.region_list_queryset().filter(pk=sulsel.pk), today=today, verdict=""
    )
    assert stored.verdict == "achieved"  # today's stored verdict is read, not recomputed
    assert Region.objects.filter(pk=sulsel.pk).exists()
