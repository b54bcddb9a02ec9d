"""The database itself refuses impossible figures, on SQLite and PostgreSQL.

Rows are written with QuerySet.create/update (no model validation), so only
the database's CHECK and UNIQUE constraints stand in the way."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import DataError, IntegrityError, transaction

from awards.models import Edition, Nominee
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region, RegionAlias
from tests.regions.sourcing import DOCUMENT

pytestmark = pytest.mark.django_db


def figure(region, **overrides):
    values = {
        "region": region,
        "as_of": date(2025, 6, 30),
        "segment": "total",
        "percent": Decimal("40"),
        "publisher": "Uji",
        "publisher_kind": "other",
        "source_kind": "document",
        **DOCUMENT,
    }
    values.update(overrides)
    return values


def refused(model, **values):
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.create(**values)


@pytest.mark.parametrize("percent", [Decimal("-0.01"), Decimal("-150")])
def test_negative_percent_refused_when_inserted(sulsel, percent):
    refused(CoverageFigure, **figure(sulsel, percent=percent))


@pytest.mark.parametrize(
    "percent",
    [Decimal("0"), Decimal("100"), Decimal("46.44"), Decimal("392.40"), Decimal("1233.00"),
     Decimal("9999.99")],
)  # fmt: skip
def test_percent_from_0_to_below_10000_accepted(sulsel, percent):
    CoverageFigure.objects.create(**figure(sulsel, percent=percent))


def test_percent_of_10000_refused_when_updated(sulsel):
    row = CoverageFigure.objects.create(**figure(sulsel))
    # SQLite: the CHECK constraint; PostgreSQL: numeric(6,2) and the CHECK.
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        CoverageFigure.objects.filter(pk=row.pk).update(percent=Decimal("10000"))


def test_published_figure_without_source_refused_by_the_database(sulsel):
    row = CoverageFigure.objects.create(**figure(sulsel))
    assert row.status == "published"
    with pytest.raises(IntegrityError), transaction.atomic():
        CoverageFigure.objects.filter(pk=row.pk).update(source_url="")
    # bulk_create skips save(), which would have kept it unverified.
    unsourced = {**figure(sulsel, publisher="Tanpa sumber"), "source_kind": "", "source_url": ""}
    with pytest.raises(IntegrityError), transaction.atomic():
        CoverageFigure.objects.bulk_create([CoverageFigure(**unsourced)])


def test_unverified_figure_without_source_accepted(sulsel):
    values = {**figure(sulsel), **{name: "" for name in ("source_outlet", "source_title")}}
    row = CoverageFigure.objects.create(**values, status="unverified")
    assert row.status == "unverified"


def test_negative_covered_refused(sulsel):
    refused(CoverageFigure, **figure(sulsel, covered=-1))


def test_zero_or_negative_eligible_refused(sulsel):
    refused(CoverageFigure, **figure(sulsel, eligible=0))
    refused(CoverageFigure, **figure(sulsel, eligible=-5))


def test_covered_above_eligible_accepted(sulsel):
    # The denominator is an estimate; registered workers can exceed it.
    CoverageFigure.objects.create(**figure(sulsel, covered=3924, eligible=1000, percent=392.4))


def test_covered_equal_to_eligible_accepted(sulsel):
    CoverageFigure.objects.create(**figure(sulsel, covered=1000, eligible=1000, percent=100))


def test_figure_without_count_or_percent_refused(sulsel):
    refused(CoverageFigure, **figure(sulsel, percent=None, covered=None, eligible=2000))


def test_same_region_segment_date_and_publisher_refused(sulsel):
    CoverageFigure.objects.create(**figure(sulsel))
    refused(CoverageFigure, **figure(sulsel, percent=Decimal("41")))


def test_same_region_segment_date_from_another_publisher_coexists(sulsel):
    CoverageFigure.objects.create(**figure(sulsel, publisher="BPJS Kanwil"))
    CoverageFigure.objects.create(**figure(sulsel, publisher="Kemnaker", percent=Decimal("15.6")))
    assert CoverageFigure.objects.filter(region=sulsel, as_of=date(2025, 6, 30)).count() == 2


def target(region, **overrides):
    values = {
        "region": region,
        "segment": "total",
        "baseline_percent": Decimal("47"),
        "baseline_date": date(2025, 7, 10),
        "target_percent": Decimal("60"),
        "target_date": date(2026, 12, 31),
        "issuer": "Uji",
        "issuer_kind": "other",
    }
    values.update(overrides)
    return values


def test_negative_target_percent_refused(sulsel):
    refused(CoverageTarget, **target(sulsel, target_percent=Decimal("-0.5")))


def test_target_date_not_after_baseline_refused(sulsel):
    refused(CoverageTarget, **target(sulsel, target_date=date(2025, 7, 10)))


def test_second_primary_target_for_region_and_segment_refused(sulsel):
    # The seed already holds Sulsel's primary target (68 %).
    refused(CoverageTarget, **target(sulsel, is_primary=True))


def test_competing_targets_from_other_issuers_coexist(sulsel):
    before = CoverageTarget.objects.filter(region=sulsel).count()
    CoverageTarget.objects.create(**target(sulsel, issuer="Uji", target_percent=Decimal("62.93")))
    assert CoverageTarget.objects.filter(region=sulsel).count() == before + 1


def test_negative_budget_refused(sulsel):
    refused(
        BudgetAllocation,
        region=sulsel,
        year=2025,
        amount=-1,
        purpose="uji",
        publisher="Uji",
    )


def test_budget_months_outside_1_12_refused(sulsel):
    refused(
        BudgetAllocation,
        region=sulsel,
        year=2025,
        amount=1,
        months_covered=13,
        purpose="uji",
        publisher="Uji",
    )


def test_region_without_parent_unless_nation_refused(seeded):
    refused(Region, code="99", name="Bukan provinsi", level="province", parent=None)


def test_alias_unique_ignoring_case(sulsel):
    with pytest.raises(IntegrityError), transaction.atomic():
        RegionAlias.objects.create(region=sulsel, name="SULSEL")


def test_provincial_edition_without_province_refused(seeded):
    refused(Edition, label="x", year=2030, stage="provincial", province=None)


def test_nominee_needs_region_or_organisation_not_both(sulsel):
    edition = Edition.objects.create(label="x", year=2030, stage="national")
    category = edition.categories.create(kind="other", name="Uji")
    refused(Nominee, category=category, region=None, organisation="")
    refused(Nominee, category=category, region=sulsel, organisation="PT Uji")
