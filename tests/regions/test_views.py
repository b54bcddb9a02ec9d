"""Dashboard pages: status, templates, context, visible seed facts, and a
fixed number of queries whatever the data size."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from regions import cache as data_cache
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from tests.regions.sourcing import DOCUMENT

pytestmark = pytest.mark.django_db

PAGES = ["/", "/wilayah/", "/wilayah/73/", "/wilayah/73.01/", "/wilayah/63/", "/sumber/"]


@pytest.mark.parametrize("url", PAGES)
def test_page_answers_200(client, seeded, url):
    assert client.get(url).status_code == 200


def test_unknown_region_is_404(client, seeded):
    assert client.get("/wilayah/99.99/").status_code == 404


def text_of(response) -> str:
    return response.content.decode()


def test_sulsel_page_shows_47_against_68_with_sources(client, seeded):
    response = client.get("/wilayah/73/")
    assert "regions/region_detail.html" in [t.name for t in response.templates]
    page = response.context["page"]
    assert page.target.record.target_percent == Decimal("68")
    assert page.progress.baseline.percent == Decimal("47")
    html = text_of(response)
    assert "47 %" in html
    assert "68 %" in html
    assert "Rakyat Sulsel" in html  # the source of the 47 % and of the target
    assert "baru mencapai 47 persen" in html  # the quoted sentence
    assert 'id="chart-trend"' in html
    assert 'id="chart-progress"' in html
    assert "Kabupaten Kepulauan Selayar" in html  # ranked among its regencies
    assert "Rp16 miliar" in html


def test_selayar_page_shows_53_percent_award_and_breadcrumbs(client, seeded):
    response = client.get("/wilayah/73.01/")
    html = text_of(response)
    assert "53 %" in html
    assert "Porostengah.com" in html
    assert "24.874" in html
    assert "47.257" in html
    assert "tertinggi keempat" in html.lower()
    crumbs = [r.code for r in response.context["page"].breadcrumbs]
    assert crumbs == ["ID", "73", "73.01"]
    assert "Rp1 miliar" in html


def test_kalsel_page_shows_pu_and_bpu_side_by_side(client, seeded):
    response = client.get("/wilayah/63/")
    html = text_of(response)
    assert "46,44 %" in html
    assert "10,6 %" in html
    assert "klikkalsel.com" in html
    assert 'id="chart-segments"' in html


def test_home_lists_every_province_and_counts_targets(client, seeded):
    response = client.get("/")
    page = response.context["page"]
    assert len(page.provinces) == 38
    assert page.with_target == sum(1 for r in page.provinces if r.region.pk in page.verdicts)
    assert 'id="chart-map"' in text_of(response)
    assert "Sumber terbaru" in text_of(response)


def test_missing_data_is_shown_as_missing_not_zero(client, seeded):
    html = text_of(client.get("/wilayah/73.02/"))  # Bulukumba: no figure
    assert "Belum ada angka cakupan" in html
    assert "0 %" not in html


def test_region_list_filters_live_in_the_query_string(client, seeded):
    response = client.get("/wilayah/", {"province": "73", "level": "city"})
    codes = [row.region.code for row in response.context["table"].data]
    assert codes == ["73.71", "73.72", "73.73"]


def test_region_list_verdict_filter(client, seeded):
    response = client.get("/wilayah/", {"verdict": "behind", "level": "province"})
    rows = list(response.context["table"].data)
    assert rows
    assert all(row.verdict == "behind" for row in rows)
    assert "73" in [row.region.code for row in rows]


def test_region_list_bad_filter_value_is_reported_not_crashed(client, seeded):
    response = client.get("/wilayah/", {"coverage_min": "banyak"})
    assert response.status_code == 200
    assert "error-summary" in text_of(response)


def test_region_list_csv_export_has_plain_values(client, seeded):
    response = client.get("/wilayah/", {"level": "province", "_export": "csv"})
    assert response.streaming
    lines = b"".join(response.streaming_content).decode().strip().splitlines()
    assert lines[0].startswith("Kode,Wilayah")
    assert len(lines) == 39
    sulsel = next(line for line in lines if line.startswith("73,"))
    assert "Sulawesi Selatan" in sulsel
    assert ",68.00," in sulsel
    assert "behind" in sulsel


def test_region_list_xlsx_export(client, seeded):
    response = client.get("/wilayah/", {"_export": "xlsx"})
    assert response.status_code == 200
    assert response.content[:2] == b"PK"  # a zip container


def queries_for(client, url) -> int:
    """Queries of a page built from the database: the data cache
    (regions/cache.py) is emptied before, and after so that rows written
    in bulk (no signal) leave nothing cached behind."""
    client.get(url)  # warm per-process caches (content types)
    data_cache.clear()
    try:
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
    finally:
        data_cache.clear()
    return len(context.captured_queries)


def fill_every_regency(today=date(2025, 6, 30)):
    """Give all 514 regencies/cities a figure, an older figure, a target
    and a budget."""
    regencies = list(Region.objects.filter(level__in=["regency", "city"]))
    figures, targets, budgets = [], [], []
    for index, region in enumerate(regencies):
        for as_of, percent in ((date(2024, 6, 30), 30), (today, 30 + index % 40)):
            figures.append(
                CoverageFigure(
                    region=region,
                    as_of=as_of,
                    percent=Decimal(percent),
                    covered=1000 + index,
                    eligible=5000 + index,
                    publisher="Uji beban",
                    publisher_kind="bpjs_branch",
                    source_kind="document",
                    **DOCUMENT,
                )
            )
        targets.append(
            CoverageTarget(
                region=region,
                target_percent=Decimal("60"),
                target_date=date(2026, 12, 31),
                issuer="Uji beban",
                issuer_kind="pemda",
                source_kind="document",
                **DOCUMENT,
            )
        )
        budgets.append(
            BudgetAllocation(
                region=region,
                year=2025,
                amount=10**9,
                purpose="Uji",
                publisher="Uji beban",
                source_kind="document",
                **DOCUMENT,
            )
        )
    CoverageFigure.objects.bulk_create(figures)
    CoverageTarget.objects.bulk_create(targets)
    BudgetAllocation.objects.bulk_create(budgets)


@pytest.mark.parametrize(
    "url", ["/", "/wilayah/", "/wilayah/?province=73", "/wilayah/73/", "/wilayah/73.01/"]
)
def test_queries_per_page_do_not_grow_with_data(client, seeded, url):
    before = queries_for(client, url)
    fill_every_regency()
    after = queries_for(client, url)
    assert after == before
    assert after <= 12


def test_region_list_coverage_range_accepts_a_decimal_comma(client, seeded):
    response = client.get("/wilayah/", {"coverage_min": "46,44", "level": "province"})
    rows = list(response.context["table"].data)
    assert rows
    assert all(row.percent >= Decimal("46.44") for row in rows)
    assert "error-summary" not in response.content.decode()
