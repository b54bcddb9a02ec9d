"""The curated reference data (fixtures/reference/*.json): published figures,
targets and budgets from the project's domain notes, each with its source.

Checked two ways: every JSON record is in the seeded database exactly as
written, and a few facts known from the sources hold (Bali's quoted rate
disagrees with its own numbers, NTB has two June 2025 rates, ...)."""

import json
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from articles.models import Claim
from coverage_site.seed import REFERENCE_DIR
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from regions.periods import parse_partial_date

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FILES = ["national.json", "provinces.json", "regencies.json", "targets.json", "budgets.json"]


def records(name):
    return json.loads((FIXTURES / "reference" / name).read_text(encoding="utf-8"))["records"]


def all_records():
    return [(name, item) for name in FILES for item in records(name)]


def seed_records():
    data = json.loads((FIXTURES / "seed" / "records.json").read_text(encoding="utf-8"))
    return data["records"]


def stored_figure(fields):
    as_of, _precision = parse_partial_date(fields["as_of"])
    return CoverageFigure.objects.get(
        region__code=fields["region"],
        segment=fields["segment"],
        as_of=as_of,
        publisher=fields["publisher"],
    )


def stored_target(fields):
    target_date, _precision = parse_partial_date(fields["target_date"])
    return CoverageTarget.objects.get(
        region__code=fields["region"],
        segment=fields["segment"],
        target_date=target_date,
        issuer=fields["issuer"],
    )


def stored_budget(fields):
    return BudgetAllocation.objects.get(
        region__code=fields["region"],
        year=fields["year"],
        funding_source=fields["funding_source"],
        purpose=fields["purpose"],
    )


def decimal_or_none(value):
    return None if value is None else Decimal(str(value))


# --- the files as a whole ------------------------------------------------------


def test_the_seed_reads_exactly_these_files():
    assert REFERENCE_DIR == FIXTURES / "reference"
    assert sorted(p.name for p in REFERENCE_DIR.glob("*.json")) == sorted(FILES)


def test_record_counts_per_file():
    counts = {name: Counter(item["kind"] for item in records(name)) for name in FILES}
    assert counts == {
        "national.json": {"figure": 22, "target": 5},
        "provinces.json": {"figure": 75},
        "regencies.json": {"figure": 14},
        "targets.json": {"target": 8},
        "budgets.json": {"budget": 5},
    }


def test_every_record_cites_its_source():
    for name, item in all_records():
        fields = item["fields"]
        assert fields.get("source_outlet"), (name, fields)
        url = fields.get("source_url")
        assert url is None or url.startswith(("http://", "https://")), (name, url)
        if fields.get("source_date"):
            date.fromisoformat(fields["source_date"])
        assert fields.get("note"), (name, fields)


def test_every_figure_names_its_publisher_and_every_target_its_issuer():
    for name, item in all_records():
        fields = item["fields"]
        if item["kind"] == "figure":
            assert fields["publisher"], (name, fields)
            assert fields["publisher_kind"], (name, fields)
        elif item["kind"] == "target":
            assert fields["issuer"], (name, fields)
            assert fields["issuer_kind"], (name, fields)
        else:
            assert fields["publisher"], (name, fields)


def test_every_region_code_is_in_the_register(seeded):
    codes = {item["fields"]["region"] for _name, item in all_records()}
    known = set(Region.objects.filter(code__in=codes).values_list("code", flat=True))
    assert codes == known
    assert "ID" in codes
    assert Region.objects.get(code="ID").level == "nation"


def test_no_bound_is_recorded_as_a_value():
    """'>50 %' rows (Kaltim, Riau) are left out; '≈' rows say so."""
    for name, item in all_records():
        fields = item["fields"]
        assert ">" not in str(fields.get("percent", "")), (name, fields)
        if fields.get("is_approximate"):
            assert "≈" in fields["note"], (name, fields)
    kaltim = [i for _n, i in all_records() if i["fields"]["region"] == "64"]
    assert all(i["fields"].get("percent") is None for i in kaltim)
    assert not CoverageFigure.objects.filter(region__code__startswith="14.").exists()


# --- every record is stored as written ------------------------------------------


def test_every_figure_is_stored_as_written(seeded):
    for name, item in all_records():
        if item["kind"] != "figure":
            continue
        fields = item["fields"]
        figure = stored_figure(fields)
        assert figure.covered == fields.get("covered"), (name, fields)
        assert figure.eligible == fields.get("eligible"), (name, fields)
        assert figure.percent == decimal_or_none(fields.get("percent")), (name, fields)
        assert figure.publisher_kind == fields["publisher_kind"]
        assert figure.source_outlet == fields["source_outlet"]
        assert figure.source_url == fields.get("source_url", "")
        assert figure.is_approximate == fields.get("is_approximate", False)


def test_every_target_is_stored_as_written(seeded):
    for _name, item in all_records():
        if item["kind"] != "target":
            continue
        fields = item["fields"]
        target = stored_target(fields)
        assert target.target_percent == Decimal(fields["target_percent"])
        assert target.is_primary == fields.get("is_primary", False)
        assert target.source_outlet == fields["source_outlet"]


def test_every_budget_is_stored_as_written(seeded):
    for _name, item in all_records():
        if item["kind"] != "budget":
            continue
        fields = item["fields"]
        budget = stored_budget(fields)
        assert budget.amount == fields["amount"]
        assert budget.workers_funded == fields.get("workers_funded")
        assert budget.months_covered == fields.get("months_covered")
        assert budget.source_url == fields["source_url"]


def test_every_stored_figure_has_a_publisher_and_a_source(seeded):
    """Reference figures cite an outlet or URL; seed figures quote their article."""
    quoted = set(
        Claim.objects.filter(record_type__model="coveragefigure").values_list(
            "record_id", flat=True
        )
    )
    for figure in CoverageFigure.objects.all():
        assert figure.publisher, figure
        assert figure.publisher_kind, figure
        assert figure.source_url or figure.source_outlet or figure.pk in quoted, figure


# --- primary targets -----------------------------------------------------------


def test_no_region_has_two_primary_targets_for_a_segment(seeded):
    primaries = Counter(
        (item["fields"]["region"], item["fields"]["segment"])
        for item in [i for _n, i in all_records()] + seed_records()
        if item["kind"] == "target" and item["fields"].get("is_primary")
    )
    assert primaries
    assert max(primaries.values()) == 1
    stored = Counter(
        CoverageTarget.objects.filter(is_primary=True).values_list("region__code", "segment")
    )
    assert max(stored.values()) == 1


def test_sulsel_keeps_the_seed_primary_target(seeded):
    reference_sulsel = [
        i["fields"]
        for _n, i in all_records()
        if i["kind"] == "target" and i["fields"]["region"] == "73"
    ]
    assert reference_sulsel
    assert not any(f.get("is_primary") for f in reference_sulsel)
    primary = CoverageTarget.objects.get(region__code="73", segment="total", is_primary=True)
    assert primary.target_percent == Decimal("68")
    kanwil = CoverageTarget.objects.get(region__code="73", target_percent=Decimal("62.93"))
    assert not kanwil.is_primary
    assert kanwil.issuer_kind == "bpjs"


# --- national.json ---------------------------------------------------------------


def test_national_totals(seeded):
    nation = CoverageFigure.objects.filter(region__code="ID", segment="total")
    dec_2023 = nation.get(as_of=date(2023, 12, 31))
    assert dec_2023.covered == 41_560_000
    assert dec_2023.participant_kind == "active"
    assert dec_2023.as_of_precision == "month"
    assert nation.get(as_of=date(2022, 12, 31)).participant_kind == "registered"
    april = nation.filter(as_of=date(2025, 4, 30))
    assert {(f.publisher_kind, f.covered, f.percent) for f in april} == {
        ("bpjs_national", 39_700_000, None),
        ("kemendagri", None, Decimal("35.68")),
    }
    segments = CoverageFigure.objects.filter(region__code="ID", as_of=date(2025, 4, 30))
    assert segments.get(segment="migrant").covered == 640_000
    inpres = nation.get(as_of=date(2021, 3, 31))
    assert inpres.percent == Decimal("54.09")
    assert inpres.eligible is None
    assert inpres.quality_warning == ""


def test_national_targets(seeded):
    targets = CoverageTarget.objects.filter(region__code="ID")
    assert {(t.target_date.year, t.target_percent) for t in targets} == {
        (2045, Decimal("99.5")),
        (2025, Decimal("32.15")),
        (2029, Decimal("43.92")),
        (2026, Decimal("34.99")),
        (2025, Decimal("52.15")),
    }
    primary = targets.get(is_primary=True)
    assert (primary.issuer_kind, primary.target_percent) == ("kemendagri", Decimal("52.15"))
    assert (primary.baseline_percent, primary.baseline_date) == (
        Decimal("35.68"),
        date(2025, 4, 30),
    )


# --- provinces.json --------------------------------------------------------------


def test_december_2023_active_participants_per_province(seeded):
    dec = [i["fields"] for i in records("provinces.json") if i["fields"]["as_of"] == "2023-12"]
    assert len(dec) == 28
    assert all(f["participant_kind"] == "active" for f in dec)
    assert all(f["publisher"] == "Satu Data Ketenagakerjaan (Kemnaker)" for f in dec)
    dki = CoverageFigure.objects.get(region__code="31", as_of=date(2023, 12, 31))
    assert dki.covered == 7_498_532
    assert "4.699.958" in dki.note
    sultra = CoverageFigure.objects.get(region__code="74", as_of=date(2023, 12, 31))
    assert sultra.covered == 323_070


def test_february_2025_active_participants(seeded):
    feb = CoverageFigure.objects.filter(as_of=date(2025, 2, 28), publisher_kind="kemnaker")
    assert feb.get(region__code="31").covered == 8_010_000
    assert feb.get(region__code="76").covered == 65_330
    assert feb.get(region__code="19").covered == 178_860


def test_bali_quoted_rate_disagrees_with_its_own_numbers(seeded):
    bali = CoverageFigure.objects.get(region__code="51", as_of=date(2025, 3, 31))
    assert (bali.covered, bali.eligible, bali.percent) == (935_079, 1_873_899, Decimal("50.88"))
    assert bali.computed_percent == Decimal("49.90")
    assert "49.90" in bali.quality_warning
    assert bali.denominator_kind == "employed"


def test_sulsel_july_2024_rate_agrees_with_its_numbers(seeded):
    sulsel = CoverageFigure.objects.get(region__code="73", as_of=date(2024, 7, 31))
    assert sulsel.percent == Decimal("40.40")
    assert sulsel.computed_percent == Decimal("40.40")
    assert sulsel.quality_warning == ""
    assert (sulsel.denominator_kind, sulsel.denominator_label) == (
        "potential",
        "semesta coverage",
    )


def test_only_bali_carries_a_quality_warning_among_reference_figures(seeded):
    warned = [
        (f["region"], f["as_of"])
        for _n, i in all_records()
        if i["kind"] == "figure" and stored_figure(f := i["fields"]).quality_warning
    ]
    assert warned == [("51", "2025-03-31")]


def test_ntb_has_two_june_2025_rates_from_different_publishers(seeded):
    june = CoverageFigure.objects.filter(
        region__code="52", segment="total", as_of=date(2025, 6, 30)
    )
    assert {(f.publisher_kind, f.percent) for f in june} == {
        ("bpjs_branch", Decimal("32")),
        ("kemnaker", Decimal("15.62")),
    }
    kemnaker = june.get(publisher_kind="kemnaker")
    assert kemnaker.covered == 486_005
    assert kemnaker.eligible is None
    assert "3,11 juta" in kemnaker.denominator_label


def test_aceh_and_ntt_segment_rates(seeded):
    aceh = CoverageFigure.objects.filter(region__code="11", as_of=date(2025, 8, 31))
    assert {(f.segment, f.percent) for f in aceh} == {
        ("total", Decimal("25.46")),
        ("formal", Decimal("47.04")),
        ("informal", Decimal("8.20")),
    }
    # Cited to the article that carries them, with the segment counts it gives.
    assert {f.source_url for f in aceh} == {
        "https://aceh.tribunnews.com/nanggroe/992722/"
        "bpjs-pastikan-peserta-bpjamsostek-di-aceh-tak-terlibat-judol"
    }
    assert {(f.segment, f.covered, f.eligible) for f in aceh} == {
        ("total", 407_773, 1_601_559),
        ("formal", 334_786, 711_705),
        ("informal", 72_987, 889_854),
    }
    assert {f.status for f in aceh} == {"published"}
    assert {f.publisher_kind for f in aceh} == {"bpjs_branch"}
    ntt = CoverageFigure.objects.filter(region__code="53", as_of=date(2024, 6, 30))
    assert {(f.segment, f.percent) for f in ntt} == {
        ("total", Decimal("33.7")),
        ("formal", Decimal("65.9")),
        ("informal", Decimal("13.6")),
    }


def test_approximate_kalimantan_rates_are_flagged(seeded):
    kaltara = CoverageFigure.objects.get(region__code="65", as_of=date(2025, 12, 31))
    assert kaltara.percent == Decimal("46")
    assert kaltara.is_approximate
    kalbar = CoverageFigure.objects.get(region__code="61", as_of=date(2025, 12, 31))
    assert kalbar.percent == Decimal("27")
    assert not kalbar.is_approximate


# --- regencies.json --------------------------------------------------------------


def test_regency_rates(seeded):
    luwu = CoverageFigure.objects.get(region__code="73.17")
    assert luwu.percent == Decimal("58.17")
    assert luwu.as_of == date(2024, 7, 31)
    assert luwu.publisher == "BPJS Ketenagakerjaan Kanwil Sulawesi Maluku"
    assert CoverageFigure.objects.get(region__code="73.04").percent == Decimal("23.41")
    assert CoverageFigure.objects.get(region__code="51.03").percent == Decimal("58.68")
    banjar = CoverageFigure.objects.get(region__code="63.03")
    assert (banjar.percent, banjar.eligible, banjar.covered) == (Decimal("26.10"), 206_000, None)


def test_banjarmasin_series(seeded):
    series = CoverageFigure.objects.filter(region__code="63.71").order_by("as_of")
    assert [(f.as_of.year, f.covered) for f in series] == [
        (2020, 82_001),
        (2021, 65_144),
        (2022, 75_841),
        (2023, 80_225),
        (2024, 86_329),
    ]
    assert {f.as_of_precision for f in series} == {"year"}
    assert {f.source_outlet for f in series} == {"Satu Data Banjarmasin"}


# --- targets.json ----------------------------------------------------------------


def test_provincial_targets(seeded):
    jatim = CoverageTarget.objects.get(region__code="35")
    assert (jatim.target_percent, jatim.target_date) == (Decimal("40"), date(2025, 12, 31))
    assert jatim.target_date_precision == "year"
    assert jatim.is_primary
    assert jatim.source_outlet == "Pustaka JC"
    assert jatim.source_url == ""
    ntb = CoverageTarget.objects.get(region__code="52")
    assert ntb.target_percent == Decimal("62.22")
    assert "9602/Bangda" in ntb.legal_basis
    aceh = CoverageTarget.objects.filter(region__code="11")
    assert {(t.target_date.year, t.target_percent, t.is_primary) for t in aceh} == {
        (2024, Decimal("32.44"), False),
        (2025, Decimal("43.54"), True),
    }
    kalsel = CoverageTarget.objects.get(region__code="63")
    assert (kalsel.target_percent, kalsel.target_date.year) == (Decimal("70"), 2026)


# --- budgets.json ----------------------------------------------------------------


def test_ntt_2026_budget_buys_50000_workers_for_a_year(seeded):
    ntt = BudgetAllocation.objects.get(region__code="53", year=2026)
    assert ntt.amount == 10_080_000_000
    assert (ntt.workers_funded, ntt.months_covered) == (50_000, 12)
    assert ntt.amount == 16_800 * ntt.months_covered * ntt.workers_funded


def test_other_budgets_keep_the_published_worker_counts(seeded):
    bangka = BudgetAllocation.objects.filter(region__code="19.01", year=2025)
    assert {(b.funding_source, b.amount, b.workers_funded) for b in bangka} == {
        ("apbd", 200_000_000, 950),
        ("dbh", 500_000_000, 2_450),
    }
    kukar = BudgetAllocation.objects.get(region__code="64.02")
    assert (kukar.amount, kukar.workers_funded) == (7_700_000_000, 46_073)
    # Balikpapan publishes no amount, so it has no budget row.
    assert not BudgetAllocation.objects.filter(region__code="64.71").exists()
