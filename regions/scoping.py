"""Who may touch which region. A scope on a region covers the region and
everything under it: a province scope includes its regencies and cities, a
scope on the nation row (or a superuser) covers the whole country."""

from collections.abc import Iterable

from django.db.models import Q, QuerySet

from .choices import RegionLevel
from .models import Region, RegionScope, ScopeRole

EDIT = (ScopeRole.EDITOR,)
REVIEW = (ScopeRole.REVIEWER, ScopeRole.EDITOR)
VIEW = (ScopeRole.VIEWER, ScopeRole.REVIEWER, ScopeRole.EDITOR)

_CACHE_ATTR = "_cakupan_region_scope"


def region_ids_in_scope(user, roles: Iterable[str]) -> frozenset[int] | None:
    """The ids of the regions ``user`` may act on with one of ``roles``, or
    None when the user is unrestricted (superuser or a scope on the nation).
    Cached on the user object for the request. Two queries at most."""
    roles = tuple(sorted(str(r) for r in roles))
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return None
    cache = user.__dict__.setdefault(_CACHE_ATTR, {})
    if roles not in cache:
        scopes = list(
            RegionScope.objects.filter(user=user, role__in=roles).values_list(
                "region_id", "region__level"
            )
        )
        if any(level == RegionLevel.NATION for _id, level in scopes):
            cache[roles] = None
        else:
            ids = [region_id for region_id, _level in scopes]
            covered = Region.objects.filter(Q(pk__in=ids) | Q(parent__in=ids)).values_list(
                "pk", flat=True
            )
            cache[roles] = frozenset(covered)
    return cache[roles]


def regions_in_scope(user, roles: Iterable[str]) -> QuerySet[Region]:
    ids = region_ids_in_scope(user, roles)
    regions = Region.objects.all()
    return regions if ids is None else regions.filter(pk__in=ids)


def in_scope(user, region_id: int | None, roles: Iterable[str]) -> bool:
    ids = region_ids_in_scope(user, roles)
    return ids is None or (region_id is not None and region_id in ids)


def forget_scope(user) -> None:
    """Drop the per-request cache (after granting a scope, say)."""
    user.__dict__.pop(_CACHE_ATTR, None)
