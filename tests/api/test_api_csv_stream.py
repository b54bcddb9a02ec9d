"""The full CSV downloads of the long tables (figures, targets, budgets)
are read as plain values, not model instances: the file must be the very
same as the one built from the records, citations included, across chunk
boundaries, with no hidden record and a fixed number of queries."""

from datetime import date
from decimal import Decimal

import pytest
from api_helpers import body, csv_rows
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api import selectors, views
from regions.choices import PublisherKind, RecordStatus
from regions.models import CoverageFigure, Region

LONG = ["figures", "targets", "budgets"]
DOCUMENT = {
    "source_kind": "document", "source_outlet": 'Dokumen, "uji"', "source_title": "Laporan",
    "source_url": "https://contoh.id/uji",
}  # fmt: skip


def download(client, table: str) -> str:
    response = client.get(f"/api/v1/{table}/", {"format": "csv"})
    assert response.status_code == 200
    assert response.streaming
    return body(response)


@pytest.fixture
def more_figures(sulsel):
    """Published figures with each kind of citation: a document, only the
    institution (no source: the publisher is named), and a draft."""
    regions = list(Region.objects.filter(parent=sulsel).order_by("code")[:6])
    CoverageFigure.objects.bulk_create(
        [
            CoverageFigure(
                region=region, as_of=date(2019, 1, day), percent=Decimal(f"{day}.25"),
                publisher=f"Penerbit uji {day}", publisher_kind=PublisherKind.OTHER,
                status=RecordStatus.PUBLISHED,
                # odd days cite a document, even days only their publisher
                # (synthetic rows may be published without a source)
                **(DOCUMENT if day % 2 else {"is_synthetic": True}),
            )
            for region in regions
            for day in range(1, 6)
        ]
        + [
            CoverageFigure(
                region=regions[0], as_of=date(2019, 2, 1), percent=Decimal("77.77"),
                publisher="Penerbit draf", publisher_kind=PublisherKind.OTHER,
                status=RecordStatus.DRAFT,
            )
        ]
    )  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize("chunk", [7, 1000])
def test_the_plain_stream_is_the_file_the_records_give(client, more_figures, monkeypatch, chunk):
    monkeypatch.setattr(views, "CSV_CHUNK", chunk)
    plain = {table: download(client, table) for table in LONG}
    monkeypatch.setattr(selectors, "PLAIN_FIELDS", {})  # every table from model instances
    for table in LONG:
        assert plain[table] == download(client, table), table
    rows = csv_rows(client.get("/api/v1/figures/", {"format": "csv"}))
    assert len(rows) > 30
    outlets = {row["citation_outlet"] for row in rows}
    assert 'Dokumen, "uji"' in outlets
    assert "Penerbit uji 2" in outlets
    assert any(row["citation_quote"] for row in rows)  # an article's claim
    assert "77.77" not in plain["figures"]
    assert "Penerbit draf" not in plain["figures"]


@pytest.mark.django_db
def test_a_long_download_costs_the_same_queries_whatever_its_length(
    client, more_figures, monkeypatch
):
    monkeypatch.setattr(views, "CSV_CHUNK", 10)
    figures = CoverageFigure.objects.filter(status=RecordStatus.PUBLISHED).count()

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            download(client, "figures")
        return len(captured)

    # One read of the figures and one citation query per chunk.
    chunks = -(-figures // 10)
    assert queries() <= chunks + 3
