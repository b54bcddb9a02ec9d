"""Writes in the awards app."""

from typing import Any

from regions.models import Region
from regions.services import upsert

from .models import Category, Edition, Outcome, PanelMember


def edition_upsert(*, values: dict[str, Any]) -> Edition:
    values = dict(values)
    province = values.pop("province")
    province_region = Region.objects.get(code=province) if province else None
    lookup = {"year": values.pop("year"), "stage": values.pop("stage"), "province": province_region}
    edition, _created, _changed = upsert(Edition, lookup=lookup, values=values)
    return edition


def category_upsert(*, edition: Edition, kind: str, name: str, sector: str = "") -> Category:
    category, _created, _changed = upsert(
        Category, lookup={"edition": edition, "name": name}, values={"kind": kind, "sector": sector}
    )
    return category


def panel_member_upsert(*, edition: Edition, role: str, seat: str, **values: Any) -> PanelMember:
    member, _created, _changed = upsert(
        PanelMember, lookup={"edition": edition, "role": role, "seat": seat}, values=values
    )
    return member


def outcome_upsert(
    *, edition: Edition, region: Region | None, title: str, **values: Any
) -> Outcome:
    outcome, _created, _changed = upsert(
        Outcome, lookup={"edition": edition, "region": region, "title": title}, values=values
    )
    return outcome
