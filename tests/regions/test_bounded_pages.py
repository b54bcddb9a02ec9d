"""Every public page stays bounded in size whatever the data: one
editor's import of 10.000 figures for one regency must not make its page
(or any other public page) megabytes long."""

import csv
import io
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from regions import summaries
from regions.models import CoverageFigure, Region
from tests.regions.sourcing import DOCUMENT

pytestmark = pytest.mark.django_db

ROWS = 10_000
PUBLISHERS = [
    ("BPJS Ketenagakerjaan Cabang Uji", "bpjs_branch"),
    ("Pemkab Uji", "pemda"),
    ("Kemnaker Uji", "kemnaker"),
]
SEGMENTS = ["total", "formal", "informal"]
NEWEST = date(2025, 6, 30)


def import_many(code="73.01", rows=ROWS):
    """``rows`` published figures for one region: a new date every day
    backwards from NEWEST (27 years), segments and publishers in turn."""
    region = Region.objects.get(code=code)
    figures = []
    for index in range(rows):
        publisher, kind = PUBLISHERS[index % len(PUBLISHERS)]
        percent = Decimal("30") + Decimal(index % 400) / 100
        figures.append(
            CoverageFigure(
                region=region,
                segment=SEGMENTS[(index // 3) % len(SEGMENTS)],
                as_of=NEWEST - timedelta(days=index),
                percent=percent,
                covered=int(percent * 100),  # consistent with the percent
                eligible=10_000,
                publisher=publisher,
                publisher_kind=kind,
                source_kind="document",
                **DOCUMENT,
            )
        )
    CoverageFigure.objects.bulk_create(figures)
    summaries.refresh([region.pk])
    return region


def table_rows(html: str) -> int:
    return len(re.findall(r"<tr[\s>]", html))


def measure(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return len(response.content), table_rows(html), html


def test_region_page_stays_bounded_after_a_10000_row_import(client, seeded):
    import_many()
    size, rows, html = measure(client, "/wilayah/73.01/")
    assert size < 300_000, size
    assert rows < 200, rows
    total = CoverageFigure.objects.filter(region__code="73.01").count()
    assert total > ROWS
    # The newest figure is still there, and the page says how many it left out.
    assert "30 Juni 2025" in html
    assert f"dari {total:,}".replace(",", ".") in html
    assert "/wilayah/73.01/angka.csv" in html


def test_trend_and_segment_tables_show_one_row_per_month_and_say_what_they_left_out(client, seeded):
    import_many()
    page = client.get("/wilayah/73.01/").context["page"]
    months = [(r.as_of.year, r.as_of.month) for r in page.series.charted]
    assert len(months) == len(set(months))  # one point per month
    assert page.series.charted[-1].as_of == NEWEST  # the latest of June
    assert len(page.trend_table) <= 36
    assert page.trend_months_total > 300
    assert len(page.segment_rows) <= 24
    assert page.segment_months_total > 300
    assert page.segment_rows[-1][0] >= date(2025, 6, 1)
    html = client.get("/wilayah/73.01/").content.decode()
    assert "Tabel ini menampilkan 72 di antaranya, 36 bulan terbaru tiap deret" in html
    assert "bulan terbaru dari" in html


def test_region_csv_streams_every_published_figure_and_no_other(client, seeded):
    region = import_many(rows=300)
    hidden = CoverageFigure.objects.filter(region=region, publisher="Pemkab Uji").first()
    CoverageFigure.objects.filter(pk=hidden.pk).update(status="draft")
    response = client.get("/wilayah/73.01/angka.csv")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    published = CoverageFigure.objects.filter(region=region, status="published")
    assert len(rows) == published.count()
    newest = published.order_by("-as_of", "segment", "pk").first()
    assert rows[0]["as_of"] == newest.as_of.isoformat()
    assert Decimal(rows[0]["percent"]) == newest.percent
    # import_many writes one figure a day: the draft's day is absent.
    assert (hidden.as_of.isoformat(), "Pemkab Uji") not in {
        (r["as_of"], r["publisher"]) for r in rows
    }


def test_region_csv_of_an_unknown_region_is_404(client, seeded):
    assert client.get("/wilayah/99.99/angka.csv").status_code == 404


@pytest.mark.parametrize("url", ["/", "/wilayah/", "/wilayah/73/", "/sumber/", "/paritrana/"])
def test_other_public_pages_stay_bounded_after_the_import(client, seeded, url):
    import_many()
    size, rows, _html = measure(client, url)
    assert size < 300_000, size
    assert rows < 600, rows


def test_latest_per_month_keeps_the_last_of_each_month_per_group():
    from regions import charts

    rows = [
        (date(2025, 5, 2), "a"),
        (date(2025, 5, 31), "a"),
        (date(2025, 5, 20), "b"),
        (date(2025, 6, 1), "a"),
    ]
    kept = charts.latest_per_month(rows, key=lambda r: r[0], group=lambda r: r[1])
    assert kept == [(date(2025, 5, 31), "a"), (date(2025, 5, 20), "b"), (date(2025, 6, 1), "a")]


def test_monthly_segment_pairs_pairs_formal_and_informal_of_the_same_month():
    from regions import charts

    rows = [
        (date(2025, 6, 3), "formal", Decimal("40")),
        (date(2025, 6, 28), "formal", Decimal("41")),
        (date(2025, 6, 30), "informal", Decimal("12")),
        (date(2025, 7, 31), "formal", Decimal("42")),
        (date(2025, 7, 31), "total", Decimal("30")),
    ]
    assert charts.monthly_segment_pairs(rows) == [
        (date(2025, 6, 30), Decimal("41"), Decimal("12")),
        (date(2025, 7, 31), Decimal("42"), None),
    ]
    assert charts.monthly_segment_pairs(rows[:2]) == []  # no informal rate at all


def test_source_list_is_paginated_whatever_the_number_of_articles(client, seeded):
    from django.utils import timezone

    from articles.models import Article

    before = Article.objects.count()
    Article.objects.bulk_create(
        Article(
            outlet="Media uji",
            title=f"Artikel uji {index}",
            published_date=date(2020, 1, 1) + timedelta(days=index),
            text=f"Teks artikel uji nomor {index}.",
            content_hash=f"{index:064x}",
            reviewed_at=timezone.now(),
        )
        for index in range(600)
    )
    size, rows, html = measure(client, "/sumber/")
    assert size < 300_000, size
    assert rows <= 51, rows  # the header and a page of 50
    total = before + 600
    assert f"Halaman 1 dari {-(-total // 50)}" in html
    assert "Artikel uji 599" in html  # the newest first
    last = client.get("/sumber/", {"page": 999}).content.decode()  # past the end: the last page
    assert "Artikel uji 0<" in last
