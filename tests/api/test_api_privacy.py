"""Drafts, unverified records, unreviewed articles, pending claims,
unannounced award ranks and user names never leave through the API or the
data package."""

from datetime import date
from decimal import Decimal

import pytest
from api_helpers import body
from django.contrib.auth import get_user_model
from django.core.cache import cache

from api import columns
from articles.choices import ClaimStatus, Metric
from articles.models import Article, Claim
from awards.models import Category, Edition, Nominee, Outcome, OutcomeOrigin
from regions.choices import FundingSource, PublisherKind, RecordStatus, TargetIssuerKind
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget

DOCUMENT = {
    "source_outlet": "Dokumen uji API",
    "source_title": "Laporan uji API",
    "source_url": "https://contoh.id/laporan-uji-api",
    "source_date": date(2025, 7, 1),
}
LOGIN = "editor_rahasia_q7"


@pytest.fixture
def hidden(sulsel, selayar):
    """Records no public page shows, each carrying a mark the test looks
    for, and a published record typed in by a named login."""
    user = get_user_model().objects.create_user(
        LOGIN, email="editor_rahasia_q7@contoh.id", first_name="Nama", last_name="Rahasiawan"
    )
    CoverageFigure.objects.create(
        region=sulsel, as_of=date(2025, 8, 1), percent=Decimal("61.23"),
        publisher="Penerbit draf Q7", publisher_kind=PublisherKind.OTHER,
        status=RecordStatus.DRAFT, entered_by=user, **DOCUMENT,
    )  # fmt: skip
    unverified = CoverageFigure.objects.create(
        region=selayar, as_of=date(2025, 8, 1), percent=Decimal("62.34"),
        publisher="Penerbit tanpa sumber Q7", publisher_kind=PublisherKind.OTHER,
        entered_by=user,
    )  # fmt: skip
    assert unverified.status == RecordStatus.UNVERIFIED
    CoverageTarget.objects.create(
        region=sulsel, target_percent=Decimal("63.45"), target_date=date(2027, 12, 31),
        issuer="Penetap draf Q7", issuer_kind=TargetIssuerKind.OTHER,
        status=RecordStatus.DRAFT, **DOCUMENT,
    )  # fmt: skip
    BudgetAllocation.objects.create(
        region=sulsel, year=2026, amount=987654321, purpose="Anggaran tanpa sumber Q7",
        funding_source=FundingSource.APBD, publisher="Pemprov Q7", entered_by=user,
    )  # fmt: skip
    CoverageFigure.objects.create(
        region=sulsel, as_of=date(2025, 9, 1), percent=Decimal("48.10"),
        publisher="Penerbit terbit Q7", publisher_kind=PublisherKind.OTHER,
        entered_by=user, **DOCUMENT,
    )  # fmt: skip
    draft_article = Article.objects.create(
        outlet="Media draf Q7", title="Artikel belum ditinjau Q7",
        text="Cakupan Sulsel 64,56 persen menurut artikel draf.",
    )  # fmt: skip
    Claim.objects.create(
        article=draft_article, metric=Metric.COVERAGE_PCT, value=Decimal("64.56"),
        region=sulsel, quote="Cakupan Sulsel 64,56 persen", start=0, end=27,
        status=ClaimStatus.PENDING,
    )  # fmt: skip
    return user


SECRETS = [
    LOGIN, "Rahasiawan", "editor_rahasia_q7@contoh.id", "61.23", "62.34", "63.45",
    "987654321", "64.56", "Q7 draf", "Penerbit draf Q7", "Penerbit tanpa sumber Q7",
    "Penetap draf Q7", "Anggaran tanpa sumber Q7", "Artikel belum ditinjau Q7",
]  # fmt: skip


def everything(client) -> str:
    """Every list of the API, JSON (all pages) and CSV, and the package."""
    texts = [body(client.get("/api/v1/datapackage.json"))]
    for table in columns.TABLES.values():
        url = f"/api/v1/{table.path}"
        texts.append(body(client.get(url, {"format": "csv"})))
        page = client.get(url, {"page_size": 1000}).json()
        texts.append(str(page))
        assert page["next"] is None, url
    texts.append(body(client.get("/api/v1/regions/73/")))
    return "\n".join(texts)


@pytest.mark.django_db
def test_drafts_unverified_and_logins_never_leave(client, hidden):
    text = everything(client)
    for secret in SECRETS:
        assert secret not in text, secret
    # The published record typed in by that login is there, under its institution.
    assert "Penerbit terbit Q7" in text
    assert "48.1" in text


@pytest.mark.django_db
def test_the_package_resources_hold_no_hidden_record(client, hidden):
    package = client.get("/api/v1/datapackage.json").json()
    for resource in package["resources"]:
        text = body(client.get(resource["path"].replace("http://testserver", "")))
        for secret in SECRETS:
            assert secret not in text, (resource["name"], secret)


@pytest.mark.django_db
def test_a_claim_whose_record_went_back_to_draft_is_not_shown(client, seeded):
    claim = Claim.objects.filter(
        status=ClaimStatus.ACCEPTED, record_type__model="coveragefigure"
    ).first()
    shown = {row["id"] for row in client.get("/api/v1/claims/?page_size=1000").json()["results"]}
    assert claim.pk in shown
    # As the admin does it: save(), whose signals invalidate what was cached.
    figure = CoverageFigure.objects.get(pk=claim.record_id)
    figure.status = RecordStatus.DRAFT
    figure.save()
    shown = {row["id"] for row in client.get("/api/v1/claims/?page_size=1000").json()["results"]}
    assert claim.pk not in shown
    figures = client.get("/api/v1/figures/?page_size=1000").json()["results"]
    assert claim.record_id not in {row["id"] for row in figures}


@pytest.mark.django_db
def test_panel_ranks_appear_only_once_the_results_are_published(client, sulsel, selayar):
    edition = Edition.objects.create(
        label="Paritrana uji Q8", year=2030, stage="provincial", province=sulsel
    )
    category = Category.objects.create(
        edition=edition, kind="local_government", name="Pemerintah Kabupaten/Kota"
    )
    nominee = Nominee.objects.create(category=category, region=selayar)
    Outcome.objects.create(
        edition=edition, category=category, region=selayar, rank=1, nominee=nominee,
        title="Peringkat panel Q8", origin=OutcomeOrigin.PANEL,
    )  # fmt: skip
    assert "Peringkat panel Q8" not in body(client.get("/api/v1/award-results/?format=csv"))
    Edition.objects.filter(pk=edition.pk).update(
        is_locked=True, locked_at="2026-01-01T00:00:00Z", published_at="2026-01-02T00:00:00Z"
    )
    cache.clear()  # a raw update sends no signal; the publish service saves
    assert "Peringkat panel Q8" in body(client.get("/api/v1/award-results/?format=csv"))
