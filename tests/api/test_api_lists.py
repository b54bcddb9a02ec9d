"""The open-data API: lists, filters (either region code), JSON and CSV,
citations, pagination, CORS and the rate limit."""

from datetime import date
from decimal import Decimal

import pytest
from api_helpers import body, csv_rows
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api import columns, serializers
from api.throttling import AnonAddressThrottle
from regions.choices import PublisherKind, Segment
from regions.models import CoverageFigure, Region

DOCUMENT = {
    "source_outlet": "Dokumen uji API",
    "source_title": "Laporan uji API",
    "source_url": "https://contoh.id/laporan-uji-api",
    "source_date": date(2025, 7, 1),
}


@pytest.mark.django_db
def test_sulsel_figures_come_back_as_json_with_their_sources(client, sulsel):
    response = client.get("/api/v1/figures/", {"region": "73"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] > 0
    rows = data["results"]
    # The province and its regencies and cities, nothing else.
    assert {row["region_code"] for row in rows} >= {"73", "73.01"}
    assert all(row["region_code"] == "73" or row["region_code"].startswith("73.") for row in rows)
    headline = next(r for r in rows if r["region_code"] == "73" and r["percent"] == 47.38)
    assert headline["citation"]["outlet"]
    assert headline["citation"]["url"].startswith("http")
    # Every row names where it came from; an article's row carries its quote.
    assert all(row["citation"]["outlet"] for row in rows)
    assert any(row["citation"]["quote"] for row in rows)
    assert list(rows[0]) == [*columns.FIGURES.column_names[:-5], "citation"]


@pytest.mark.django_db
def test_sulsel_figures_come_back_as_csv_with_machine_numbers(client, sulsel):
    response = client.get("/api/v1/figures/", {"region": "73", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert list(rows[0]) == columns.FIGURES.column_names
    json_count = client.get("/api/v1/figures/", {"region": "73"}).json()["count"]
    assert len(rows) == json_count
    headline = next(r for r in rows if r["region_code"] == "73" and r["percent"] == "47.38")
    assert headline["citation_outlet"]
    assert headline["citation_url"]
    assert all(row["citation_outlet"] for row in rows)
    assert all("," not in row["percent"] for row in rows)


@pytest.mark.django_db
def test_a_bps_code_names_the_same_region_as_the_kemendagri_code(client, seeded):
    by_kemendagri = client.get("/api/v1/figures/", {"region": "73.01"}).json()
    by_bps = client.get("/api/v1/figures/", {"region": "7301"}).json()
    assert by_kemendagri["count"] > 0
    assert by_bps == by_kemendagri
    # Papua: BPS 94 is Kemendagri 91; a bare "94" is Kemendagri's Papua Tengah.
    assert client.get("/api/v1/regions/bps:94/").json()["code"] == "91"
    assert client.get("/api/v1/regions/94/").json()["code"] == "94"
    region = client.get("/api/v1/regions/7301/").json()
    assert (region["code"], region["bps_code"], region["parent_code"]) == ("73.01", "7301", "73")


@pytest.mark.django_db
def test_an_unknown_region_code_is_a_clear_400(client, seeded):
    response = client.get("/api/v1/figures/", {"region": "9999"})
    assert response.status_code == 400
    assert "9999" in response.json()["region"][0]
    assert client.get("/api/v1/regions/Atlantis/").status_code == 404


@pytest.mark.django_db
def test_filters_by_segment_publisher_and_dates(client, sulsel):
    CoverageFigure.objects.create(
        region=sulsel, as_of=date(2020, 3, 31), segment=Segment.INFORMAL, percent=Decimal("9.50"),
        publisher="Pemprov Uji", publisher_kind=PublisherKind.PROVINCIAL_GOVERNMENT, **DOCUMENT,
    )  # fmt: skip
    rows = client.get(
        "/api/v1/figures/",
        {"region": "73", "segment": "informal", "as_of_from": "2020-01-01",
         "as_of_to": "2020-12-31", "publisher": "pemprov uji"},
    ).json()["results"]  # fmt: skip
    assert [(r["segment"], r["percent"], r["as_of"]) for r in rows] == [
        ("informal", 9.5, "2020-03-31")
    ]
    assert client.get("/api/v1/figures/", {"as_of_from": "2020-13-01"}).status_code == 400


@pytest.mark.django_db
def test_the_register_lists_both_codes_aliases_and_kanwil(client, seeded):
    rows = csv_rows(client.get("/api/v1/regions/", {"level": "province", "format": "csv"}))
    assert len(rows) == 38
    sulsel = next(r for r in rows if r["code"] == "73")
    assert sulsel["bps_code"] == "73"
    assert sulsel["kanwil_code"]
    assert "Sulsel" in sulsel["aliases"]
    children = client.get("/api/v1/regions/", {"parent": "7301"}).json()
    assert children["count"] == 0
    regencies = client.get("/api/v1/regions/", {"parent": "73", "page_size": 50}).json()
    assert regencies["count"] == 24


@pytest.mark.django_db
def test_every_list_answers_json_and_csv(client, seeded):
    for table in columns.TABLES.values():
        url = f"/api/v1/{table.path}"
        assert client.get(url).status_code == 200, url
        response = client.get(url, {"format": "csv"})
        assert response.status_code == 200, url
        header = body(response).splitlines()[0]
        assert header.split(",") == table.column_names, url
    indicators = client.get("/api/v1/indicators/").json()
    assert {i["code"] for i in indicators} >= {"cakupan_kepesertaan", "target_cakupan"}
    assert client.get("/api/v1/indicators/", {"format": "csv"}).status_code == 200


@pytest.mark.django_db
def test_pages_of_figures_cost_the_same_queries_whatever_the_data(client, sulsel, settings):
    settings.CAKUPAN_CACHE = False  # every answer built from the database

    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = count("/api/v1/figures/?page_size=1000")
    regions = list(Region.objects.filter(parent=sulsel)[:20])
    CoverageFigure.objects.bulk_create(
        CoverageFigure(
            region=region, as_of=date(2019, 1, day), percent=Decimal(day),
            publisher="Uji", publisher_kind=PublisherKind.OTHER, status="published",
            source_kind="document", **DOCUMENT,
        )
        for region in regions
        for day in range(1, 11)
    )  # fmt: skip
    assert count("/api/v1/figures/?page_size=1000") == before
    csv_before = count("/api/v1/figures/?format=csv")
    assert csv_before <= before + 2


@pytest.mark.django_db
def test_cors_allows_read_only_gets(client, seeded):
    origin = {"HTTP_ORIGIN": "https://analis.example.org"}
    response = client.get("/api/v1/regions/73/", **origin)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        "/api/v1/figures/", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST", **origin
    )
    allowed = preflight["Access-Control-Allow-Methods"]
    assert "GET" in allowed
    assert "POST" not in allowed
    assert "DELETE" not in allowed
    assert client.post("/api/v1/figures/", {}, **origin).status_code == 405
    # Pages outside the API send no CORS header.
    assert "Access-Control-Allow-Origin" not in client.get("/wilayah/73/", **origin)


@pytest.mark.django_db
def test_anonymous_clients_are_rate_limited(client, seeded, monkeypatch):
    monkeypatch.setattr(AnonAddressThrottle, "rate", "3/minute", raising=False)
    statuses = [client.get("/api/v1/regions/73/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert int(client.get("/api/v1/regions/73/")["Retry-After"]) > 0


@pytest.mark.django_db
def test_rows_carry_exactly_the_fields_the_openapi_document_describes(client, seeded):
    """api/rows.py builds the rows, api/serializers.py describes them to
    drf-spectacular: the same names in the same order, for every list."""
    described = {
        "regions": serializers.RegionSerializer,
        "figures": serializers.FigureSerializer,
        "targets": serializers.TargetSerializer,
        "budgets": serializers.BudgetSerializer,
        "award_results": serializers.AwardResultSerializer,
        "sources": serializers.ArticleSerializer,
        "claims": serializers.ClaimSerializer,
    }
    for name, table in columns.TABLES.items():
        rows = client.get(f"/api/v1/{table.path}").json()["results"]
        assert rows, name
        assert list(rows[0]) == list(described[name]().fields), name


@pytest.mark.django_db
def test_a_cached_page_follows_the_next_write(client, sulsel):
    url = "/api/v1/figures/?region=73&segment=informal&page_size=1000"
    before = client.get(url).json()["count"]
    figure = CoverageFigure(
        region=sulsel, as_of=date(2021, 5, 31), segment=Segment.INFORMAL, percent=Decimal("8.25"),
        publisher="Pemprov Uji Cache", publisher_kind=PublisherKind.PROVINCIAL_GOVERNMENT,
        **DOCUMENT,
    )  # fmt: skip
    figure.save()
    after = client.get(url).json()
    assert after["count"] == before + 1
    assert figure.pk in {row["id"] for row in after["results"]}
