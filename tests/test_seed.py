"""The seed: the register and every figure curated from the five seed
articles, each linked to an accepted claim quoting the article exactly."""

import json
from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command

from articles.models import Article, Claim
from awards.models import Category, Edition, Outcome, PanelMember
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def article(outlet):
    return Article.objects.get(outlet=outlet)


def claim_of(record):
    return Claim.objects.get(record_type__model=record._meta.model_name, record_id=record.pk)


def test_register_has_every_province_and_regency_with_unique_codes(seeded):
    assert Region.objects.filter(level="nation").count() == 1
    assert Region.objects.filter(level="province").count() == 38
    assert Region.objects.filter(level="regency").count() == 416
    assert Region.objects.filter(level="city").count() == 98
    codes = list(Region.objects.values_list("code", flat=True))
    assert len(codes) == len(set(codes)) == 553


def test_register_hierarchy_and_kanwil(seeded):
    selayar = Region.objects.select_related("parent__parent").get(code="73.01")
    assert selayar.name == "Kabupaten Kepulauan Selayar"
    assert selayar.parent.code == "73"
    assert selayar.parent.parent.name == "Indonesia"
    assert Region.objects.get(code="73").kanwil.code == "sulama"
    assert Region.objects.get(code="63").kanwil.code == "kalimantan"
    assert Region.objects.get(aliases__name__iexact="sulsel").code == "73"
    assert Region.objects.get(aliases__name__iexact="selayar").code == "73.01"


def table_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in {"regions", "articles", "awards"}
    }


def test_seed_twice_changes_nothing(seeded):
    before = table_counts()
    figures_before = list(CoverageFigure.objects.values().order_by("pk"))
    call_command("seed", stdout=StringIO())
    assert table_counts() == before
    assert list(CoverageFigure.objects.values().order_by("pk")) == figures_before


def test_every_curated_record_has_an_accepted_claim_quoting_its_article(seeded):
    curated = json.loads((FIXTURES / "seed" / "records.json").read_text(encoding="utf-8"))
    claims = Claim.objects.select_related("article")
    assert claims.count() == len(curated["records"]) == 27
    for claim in claims:
        assert claim.status == "accepted"
        assert claim.record is not None
        assert claim.article.text[claim.start : claim.end] == claim.quote


def test_antara_sulsel_2024(seeded):
    source = article("ANTARA")
    assert source.published_date == date(2024, 1, 27)
    assert source.date_inferred
    assert source.author == "Nur Suhra Wardyah"
    participants = CoverageFigure.objects.get(region__code="73", covered=1_300_000)
    assert (participants.as_of, participants.as_of_precision) == (date(2023, 12, 31), "year")
    assert participants.percent is None
    assert participants.eligible is None
    assert participants.is_approximate
    assert "1,3 juta pekerja" in claim_of(participants).quote
    budget = BudgetAllocation.objects.get(region__code="73", year=2024)
    assert budget.amount == 16_000_000_000
    assert budget.amount_is_approximate
    assert "Rp16 miliar" in claim_of(budget).quote
    zone = Outcome.objects.get(region__code="73")
    assert (zone.rank, zone.zone, zone.for_year) == (1, "Sulawesi", 2023)
    assert "terbaik di zona Sulawesi" in claim_of(zone).quote
    assert claim_of(zone).article == source


def test_rakyat_sulsel_47_against_68(seeded):
    source = article("Rakyat Sulsel")
    assert source.published_date == date(2025, 7, 10)
    current = CoverageFigure.objects.get(region__code="73", as_of=date(2025, 7, 10))
    assert current.percent == Decimal("47")
    assert current.covered is None
    assert current.publisher_kind == "kejaksaan"
    target = CoverageTarget.objects.get(region__code="73", is_primary=True)
    assert target.baseline_percent == Decimal("47")
    assert target.baseline_date == date(2025, 7, 10)
    assert target.target_percent == Decimal("68")
    assert claim_of(target).quote == claim_of(current).quote
    assert "47 persen" in claim_of(current).quote
    assert "68 persen" in claim_of(current).quote


def test_porostengah_selayar_53_percent(seeded):
    source = article("Porostengah.com")
    assert source.published_date == date(2024, 8, 11)
    total = CoverageFigure.objects.get(region__code="73.01", segment="total")
    assert total.percent == Decimal("53")
    assert total.covered is None
    formal = CoverageFigure.objects.get(region__code="73.01", segment="formal")
    informal = CoverageFigure.objects.get(region__code="73.01", segment="informal")
    assert (formal.covered, informal.covered) == (24_874, 47_257)
    assert "24.874" in claim_of(formal).quote
    rank = Outcome.objects.get(region__code="73.01")
    assert rank.rank == 4
    assert rank.for_year == 2023
    assert rank.awarded_on == date(2024, 8, 11)
    assert rank.edition.province.code == "73"
    assert rank.edition.stage == "provincial"
    assert "tertinggi keempat" in claim_of(rank).quote
    budget = BudgetAllocation.objects.get(region__code="73.01")
    assert budget.amount == 1_000_000_000
    assert budget.recurring
    # The JKN (health insurance) 95 % is not an employment-coverage figure.
    assert not CoverageFigure.objects.filter(percent=95).exists()


def test_rakyat_sulbar_date_inferred_and_no_figures(seeded):
    source = article("Rakyat Sulbar")
    assert source.published_date == date(2023, 9, 29)
    assert source.date_inferred
    assert "Jumat (29/9)" in source.date_note
    assert source.claims.count() == 0


def test_klikkalsel_pu_and_bpu(seeded):
    source = article("klikkalsel.com")
    assert source.published_date == date(2023, 2, 9)
    formal = CoverageFigure.objects.get(region__code="63", segment="formal")
    informal = CoverageFigure.objects.get(region__code="63", segment="informal")
    assert (formal.percent, informal.percent) == (Decimal("46.44"), Decimal("10.60"))
    assert formal.as_of == informal.as_of == date(2023, 2, 9)
    assert formal.publisher_kind == "bpjs_branch"
    edition = Edition.objects.get(province__code="63")
    assert Category.objects.filter(edition=edition).count() == 6
    panel = PanelMember.objects.filter(edition=edition)
    assert panel.count() == 9
    assert panel.get(role="chair").seat == "sekda"
    assert panel.get(role="secretary").person_name == "Bunyamin Najmi"
    assert {m.seat for m in panel} >= {"law_expert", "economics_expert", "public_policy_expert"}
    for member in panel:
        quote = claim_of(member).quote
        assert quote in source.text
    chair_claim = claim_of(panel.get(role="chair"))
    assert chair_claim.quote == "diketuai oleh Sekda Provinsi"
