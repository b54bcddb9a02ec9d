"""Writes that span rows in the regions app."""

import json
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.db import models, transaction

from . import bps
from .models import Region, RegionAlias


def upsert(model: type[models.Model], *, lookup: dict[str, Any], values: dict[str, Any]):
    """Get the row matching ``lookup`` and bring it to ``values``; create it if
    missing. Saves only when something differs, so running a seed twice
    writes nothing (and adds no history rows). Returns (obj, created, changed).
    """
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
        return obj, True, True
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.full_clean()
        obj.save()
    return obj, False, bool(changed)


@transaction.atomic
def region_register_load(*, register_path: Path, aliases_path: Path) -> dict[str, int]:
    """Load the Kanwil and region fixture (natural keys: loading again updates
    in place) and make the alias table match the alias file exactly."""
    call_command("loaddata", str(register_path), verbosity=0)
    wanted: dict[str, list[str]] = json.loads(Path(aliases_path).read_text(encoding="utf-8"))
    regions = Region.objects.in_bulk(list(wanted), field_name="code")
    missing = sorted(set(wanted) - set(regions))
    if missing:
        raise ValueError(f"{aliases_path}: aliases for unknown region codes {missing}")
    existing = {(a.region.code, a.name) for a in RegionAlias.objects.select_related("region")}
    target = {(code, name) for code, names in wanted.items() for name in names}
    stale = existing - target
    for code, name in stale:
        RegionAlias.objects.filter(region__code=code, name=name).delete()
    RegionAlias.objects.bulk_create(
        [RegionAlias(region=regions[code], name=name) for code, name in sorted(target - existing)]
    )
    bps_codes = load_bps_codes(Path(register_path).with_name("bps_codes.csv"))
    return {
        "regions": Region.objects.count(),
        "bps_codes": bps_codes,
        "aliases": len(target),
        "aliases_added": len(target - existing),
        "aliases_removed": len(stale),
    }


def load_bps_codes(bridge_path: Path) -> int:
    """Give each region the BPS code of the bridge (fixtures/bps_codes.csv,
    regions/bps.py), blank for a region the bridge does not hold; the
    register then answers either code. Returns how many regions have one."""
    if not Path(bridge_path).exists():
        return 0
    with open(bridge_path, encoding="utf-8", newline="") as handle:
        wanted = bps.read_bridge(handle)
    regions = list(Region.objects.only("pk", "code", "bps_code"))
    changed = [r for r in regions if r.bps_code != wanted.get(r.code, "")]
    # Clear first: a code moving from one region to another must not meet
    # itself in the unique index half-way.
    Region.objects.filter(pk__in=[r.pk for r in changed]).update(bps_code="")
    for region in changed:
        region.bps_code = wanted.get(region.code, "")
    Region.objects.bulk_update([r for r in changed if r.bps_code], ["bps_code"], batch_size=500)
    return sum(1 for r in regions if wanted.get(r.code))


@transaction.atomic
def region_grant(*, user, region: Region, role: str):
    """Give ``user`` the ``role`` over ``region`` (and all under it): a staff
    login, the role's permissions, and the scope row. Idempotent."""
    from coverage_site.roles import ROLE_GROUPS, role_group

    from .models import RegionScope
    from .scoping import forget_scope

    if role not in ROLE_GROUPS:
        raise ValueError(f"unknown role {role!r}; use one of {', '.join(ROLE_GROUPS)}")
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.groups.add(role_group(role))
    scope, created = RegionScope.objects.get_or_create(user=user, region=region, role=role)
    forget_scope(user)
    return scope, created
