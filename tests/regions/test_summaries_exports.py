"""The region list's CSV reads the summaries alone: streamed, and the same
file as the table's own export (the list rows themselves, the page layer:
tests/regions/test_pages.py)."""

import pytest
from django.test import RequestFactory
from django_filters.views import FilterView

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
