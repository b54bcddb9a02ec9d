"""Read queries of the meeting pages: a fixed number of queries whatever
the data size. Only published (hence sourced) follow-up rows are public."""

from django.db.models import Q

from awards import selectors as award_selectors
from regions import selectors as region_selectors
from regions.choices import RecordStatus, RegionLevel
from regions.models import CoverageFigure, CoverageTarget, Region

from .models import InpresItem

PUBLISHED = Q(status=RecordStatus.PUBLISHED)


def region_for_page(code: str) -> Region:
    return region_selectors.region_for_page(code)


def inpres_items(region: Region) -> list[InpresItem]:
    """The published follow-up rows of the region and, for a province, of
    its kab/kota. One query."""
    where = Q(region=region)
    if region.level == RegionLevel.PROVINCE:
        where |= Q(region__parent=region)
    return list(
        InpresItem.objects.filter(PUBLISHED, where)
        .select_related("region", "budget")
        .order_by("region__code", "kind", "group", "-as_of", "-pk")
    )


def children(region: Region) -> list[Region]:
    """The kab/kota of a province, by code. One query."""
    return list(region.children.order_by("code"))


def peer_rows(region: Region) -> list[region_selectors.RegionRow]:
    """The regions a region is ranked among: the provinces for a province,
    the kab/kota of its province for a kab/kota (cached aggregates)."""
    if region.level == RegionLevel.PROVINCE:
        return region_selectors.province_latest_rows()
    if region.parent_id is None:
        return []
    return region_selectors.child_latest_rows(region.parent)


def targets_by_id(ids) -> dict[int, CoverageTarget]:
    ids = set(ids) - {None}
    return CoverageTarget.objects.in_bulk(ids) if ids else {}


def figures_by_id(ids) -> dict[int, CoverageFigure]:
    ids = set(ids) - {None}
    return CoverageFigure.objects.in_bulk(ids) if ids else {}


def award_outcomes(region: Region, limit: int = 4):
    """Award results recorded from sources for the region (and, for a
    province, its kab/kota), newest first. One query."""
    return award_selectors.region_outcomes(region)[:limit]


def child_rows(region: Region) -> list[region_selectors.RegionRow]:
    """The kab/kota of a province with their latest rate, from the summaries
    (annotated with ``target_id`` and ``trend``; cached aggregate)."""
    return region_selectors.child_latest_rows(region)
