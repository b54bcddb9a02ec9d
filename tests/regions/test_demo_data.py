"""Synthetic load-test data: plausible, reproducible from the seed, flagged,
labelled on the pages and removable in one command."""

from collections import defaultdict
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from regions import demo
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget

UNTIL = date(2025, 6, 30)
SULBAR = "76"  # Sulawesi Barat: six regencies, a small run


def specs():
    """A small register: the nation, two provinces, their regencies."""
    return [
        demo.RegionSpec("ID", "nation", None),
        demo.RegionSpec("73", "province", "ID"),
        demo.RegionSpec("73.01", "regency", "73"),
        demo.RegionSpec("73.71", "city", "73"),
        demo.RegionSpec("76", "province", "ID"),
        demo.RegionSpec("76.01", "regency", "76"),
        demo.RegionSpec("76.02", "regency", "76"),
    ]


def all_rows(plan) -> list[demo.FigureRow]:
    return [row for month in demo.figures(plan) for row in month]


# --- the pure generator ----------------------------------------------------


def test_same_seed_same_figures_other_seed_other_figures():
    first = all_rows(demo.plan(specs(), years=2, seed=7, until=UNTIL))
    again = all_rows(demo.plan(specs(), years=2, seed=7, until=UNTIL))
    other = all_rows(demo.plan(specs(), years=2, seed=8, until=UNTIL))
    assert first == again
    assert [r.covered for r in first] != [r.covered for r in other]


def test_months_end_at_the_last_complete_month():
    assert demo.month_ends(0.25, date(2025, 6, 30)) == [
        date(2025, 4, 30),
        date(2025, 5, 31),
        date(2025, 6, 30),
    ]
    assert demo.month_ends(1 / 12, date(2025, 6, 15)) == [date(2025, 5, 31)]
    assert demo.month_ends(1 / 12, date(2024, 3, 1)) == [date(2024, 2, 29)]


def test_figure_count_matches_what_is_generated():
    plan = demo.plan(specs(), years=1.5, scale=2, seed=1, until=UNTIL)
    assert len(all_rows(plan)) == plan.figure_count()


def test_every_figure_is_consistent():
    for row in all_rows(demo.plan(specs(), years=3, seed=3, until=UNTIL)):
        assert row.eligible > 0
        assert 0 <= row.covered <= row.eligible
        assert Decimal(0) <= row.percent <= Decimal(100)
        assert row.percent == (Decimal(row.covered) * 100 / row.eligible).quantize(Decimal("0.01"))
        assert row.segment in demo.SEGMENTS


def test_total_is_formal_plus_informal_and_levels_add_up():
    rows = all_rows(demo.plan(specs(), years=1, seed=5, until=UNTIL))
    by_key = {(r.region_code, r.as_of, r.segment): r for r in rows}
    for (code, as_of, segment), row in by_key.items():
        if segment == "total":
            formal, informal = by_key[(code, as_of, "formal")], by_key[(code, as_of, "informal")]
            assert row.covered == formal.covered + informal.covered
            assert row.eligible == formal.eligible + informal.eligible
    for as_of in {r.as_of for r in rows}:
        for parent, children in (("73", ["73.01", "73.71"]), ("ID", ["73", "76"])):
            assert by_key[(parent, as_of, "total")].covered == sum(
                by_key[(c, as_of, "total")].covered for c in children
            )


def test_vulnerable_segment_is_quarterly():
    rows = all_rows(demo.plan(specs(), years=1, seed=5, until=UNTIL))
    months = {r.as_of.month for r in rows if r.segment == "vulnerable"}
    assert months == {3, 6, 9, 12}


def test_denominators_are_stable_and_informal_participants_dip_after_december():
    rows = all_rows(demo.plan(specs(), years=10, seed=11, until=UNTIL))
    eligible = defaultdict(list)
    dips = []
    by_key = {(r.region_code, r.as_of, r.segment): r for r in rows}
    for row in rows:
        if row.segment == "total":
            eligible[row.region_code].append(row.eligible)
        if row.segment == "informal" and row.as_of.month == 3:
            december = by_key.get((row.region_code, date(row.as_of.year - 1, 12, 31), "informal"))
            if december:
                dips.append(row.percent < december.percent)
    for series in eligible.values():
        steps = [abs(b - a) / a for a, b in zip(series, series[1:], strict=False)]
        assert max(steps) < 0.02  # no month moves the denominator by 2 %
    assert sum(dips) / len(dips) > 0.8  # March below the December before, nearly always


def test_rates_rise_over_a_decade():
    rows = all_rows(demo.plan(specs(), years=10, seed=2, until=UNTIL))
    nation = [r for r in rows if r.region_code == "ID" and r.segment == "total"]
    assert nation[-1].percent > nation[0].percent


def test_scale_adds_publishers_or_keeps_a_share_of_the_provinces():
    register = specs()
    double = demo.plan(register, years=1, scale=2, seed=0, until=UNTIL)
    assert set(double.publishers.values()) == {2}
    publishers = {r.publisher for r in all_rows(double)}
    assert publishers == {demo.PUBLISHER, f"{demo.PUBLISHER} 2"}
    half = demo.plan(register, years=1, scale=0.5, seed=0, until=UNTIL)
    assert len(half.provinces) == 1
    assert {leaf.parent_code for leaf in half.leaves} == {half.provinces[0].code}
    one = demo.plan(register, years=1, scale=1, seed=0, until=UNTIL)
    assert one.figure_count() * 2 == double.figure_count()


def test_scale_one_is_about_three_hundred_thousand_figures():
    register = [demo.RegionSpec("ID", "nation", None)]
    for p in range(38):
        register.append(demo.RegionSpec(f"{p + 11}", "province", "ID"))
    register += [
        demo.RegionSpec(f"{11 + i % 38}.{i:02d}", "regency", f"{11 + i % 38}") for i in range(514)
    ]
    plan = demo.plan(register, scale=1, seed=7, until=UNTIL)
    assert 250_000 < plan.figure_count() < 350_000
    assert demo.plan(register, scale=10, seed=7, until=UNTIL).figure_count() == (
        10 * plan.figure_count()
    )


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="scale"):
        demo.plan(specs(), scale=0, until=UNTIL)
    with pytest.raises(ValueError, match="unknown province"):
        demo.plan(specs(), provinces=["99"], until=UNTIL)


# --- the commands ----------------------------------------------------------


def generate(*extra: str) -> str:
    out = StringIO()
    call_command(
        "generate_demo_data",
        "--province",
        SULBAR,
        "--years",
        "1",
        "--seed",
        "3",
        "--until",
        UNTIL.isoformat(),
        *extra,
        stdout=out,
    )
    return out.getvalue()


def synthetic_snapshot():
    return sorted(
        CoverageFigure.objects.filter(is_synthetic=True).values_list(
            "region__code", "as_of", "segment", "publisher", "covered", "eligible", "percent"
        )
    )


@pytest.mark.django_db
def test_generate_writes_flagged_rows_with_a_progress_report(seeded):
    real_figures = CoverageFigure.objects.count()
    output = generate()
    regions = 1 + 6 + 1  # Sulbar, its regencies, the nation
    expected = regions * (12 * len(demo.MONTHLY_SEGMENTS) + 4)
    synthetic = CoverageFigure.objects.filter(is_synthetic=True)
    assert synthetic.count() == expected
    assert CoverageFigure.objects.count() == real_figures + expected
    assert set(synthetic.values_list("publisher", "publisher_kind")) == {(demo.PUBLISHER, "other")}
    assert set(synthetic.values_list("status", flat=True)) == {"published"}
    assert "100%" in output
    assert f"{expected:,} figures" in output
    targets = CoverageTarget.objects.filter(is_synthetic=True)
    assert targets.count() == regions * 2  # total and informal
    assert not targets.filter(is_primary=True).exists()  # real primary targets keep priority
    assert all(t.target_date > t.baseline_date for t in targets)
    budgets = BudgetAllocation.objects.filter(is_synthetic=True)
    assert set(budgets.values_list("year", flat=True)) == {2024, 2025}
    assert not budgets.filter(region__level="nation").exists()


@pytest.mark.django_db
def test_generation_is_reproducible_from_the_seed(seeded):
    generate()
    first = synthetic_snapshot()
    generate("--replace")
    assert synthetic_snapshot() == first


@pytest.mark.django_db
def test_generate_refuses_to_add_to_existing_synthetic_data(seeded):
    generate()
    with pytest.raises(CommandError, match="remove_demo_data"):
        generate()


@pytest.mark.django_db
def test_synthetic_rows_keep_the_database_rules(seeded):
    generate()
    for figure in CoverageFigure.objects.filter(is_synthetic=True, region__code="76.01")[:60]:
        figure.full_clean()
        assert figure.computed_percent == figure.percent
    for target in CoverageTarget.objects.filter(is_synthetic=True):
        target.full_clean()
    for budget in BudgetAllocation.objects.filter(is_synthetic=True):
        budget.full_clean()


@pytest.mark.django_db
def test_pages_label_synthetic_figures(client, seeded):
    generate()
    province = client.get(f"/wilayah/{SULBAR}/").content.decode()
    assert "sintetis" in province
    assert demo.PUBLISHER in province
    listing = client.get("/wilayah/", {"province": SULBAR}).content.decode()
    assert "tag-synthetic" in listing
    home = client.get("/").content.decode()
    assert "tag-synthetic" in home  # the national figure is synthetic now


@pytest.mark.django_db
def test_remove_deletes_synthetic_rows_and_their_history_only(seeded):
    real = (CoverageFigure.objects.count(), CoverageTarget.objects.count())
    budgets = BudgetAllocation.objects.count()
    generate()
    edited = CoverageFigure.objects.filter(is_synthetic=True).first()
    edited.note = "diubah"
    edited.save()  # leaves a history row flagged synthetic
    history = CoverageFigure.history.model.objects
    real_history = history.filter(is_synthetic=False).count()
    assert history.filter(is_synthetic=True).exists()
    out = StringIO()
    call_command("remove_demo_data", stdout=out)
    assert not CoverageFigure.objects.filter(is_synthetic=True).exists()
    assert not CoverageTarget.objects.filter(is_synthetic=True).exists()
    assert not BudgetAllocation.objects.filter(is_synthetic=True).exists()
    assert not history.filter(is_synthetic=True).exists()
    assert history.filter(is_synthetic=False).count() == real_history
    assert (CoverageFigure.objects.count(), CoverageTarget.objects.count()) == real
    assert BudgetAllocation.objects.count() == budgets
    assert "Removed" in out.getvalue()
