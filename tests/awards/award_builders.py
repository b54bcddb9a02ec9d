"""Builders for award tests (keyword defaults, no fixtures): an edition with
categories, weighted criteria, nominees and a panel whose members have
accounts."""

from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model

from awards.models import Category, Criterion, Edition, Nominee, PanelMember
from regions.models import Region

PASSWORD = "uji-kata-sandi-9"


def make_user(username, **extra):
    return get_user_model().objects.create_user(username, password=PASSWORD, **extra)


def make_edition(province_code="73", *, year=2025, stage="provincial", label=None):
    province = Region.objects.get(code=province_code) if province_code else None
    return Edition.objects.create(
        label=label or f"Paritrana Award {year} uji {province_code or 'nasional'}",
        year=year,
        stage=stage,
        province=province,
        assessment_start=date(year - 1, 1, 1),
        assessment_end=date(year - 1, 12, 31),
    )


def make_category(edition, *, kind="local_government", name="Pemerintah Kabupaten/Kota",
                  weights=((("Kebijakan", 60), ("Kinerja kepesertaan", 40)))):  # fmt: skip
    category = Category.objects.create(edition=edition, kind=kind, name=name)
    for criterion_name, weight in weights:
        Criterion.objects.create(category=category, name=criterion_name, weight=Decimal(weight))
    return category


def make_nominees(category, codes):
    return [
        Nominee.objects.create(category=category, region=Region.objects.get(code=code))
        for code in codes
    ]


def make_seat(edition, user=None, *, role="member", seat="disnaker"):
    return PanelMember.objects.create(edition=edition, role=role, seat=seat, user=user)


def fill_scores(edition, value=60, *, values=None):
    """Every seat scores every criterion of every nominee of the edition
    (written directly, as a complete assessment): ``values`` maps a region
    code or organisation to its score, else ``value``."""
    from awards.models import Score

    values = values or {}
    for seat in edition.panel.all():
        for nominee in Nominee.objects.filter(category__edition=edition).select_related("region"):
            key = nominee.region.code if nominee.region_id else nominee.organisation
            for criterion in nominee.category.criteria.all():
                Score.objects.update_or_create(
                    nominee=nominee, criterion=criterion, panel_member=seat,
                    defaults={"value": Decimal(values.get(key, value))},
                )  # fmt: skip
