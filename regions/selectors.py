"""Read queries for pages: a fixed number of queries whatever the data size."""

from dataclasses import dataclass

from django.db.models import (
    Case,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.shortcuts import get_object_or_404

from .choices import RecordStatus, RegionLevel, Segment
from .models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from .series import BPS_BASED, PRIORITY

PUBLISHED = Q(status=RecordStatus.PUBLISHED)


@dataclass(frozen=True)
class RegionRow:
    region: Region
    figure: CoverageFigure | None  # latest rate (or count) of the total segment


def published_figures() -> QuerySet[CoverageFigure]:
    return CoverageFigure.objects.filter(PUBLISHED)


def _rate_preference() -> list:
    """The order of regions.series.choose_series in SQL: rates on the BPJS
    family of denominators before BPS-based ones, newest first, then the
    publisher's priority."""
    bps_based = Case(
        When(publisher_kind__in=BPS_BASED, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    priority = Case(
        *[When(publisher_kind=kind, then=Value(rank)) for kind, rank in PRIORITY.items()],
        default=Value(99),
        output_field=IntegerField(),
    )
    return [bps_based, "-as_of", priority, "-pk"]


def _latest_figure(*, segment: str | None, with_percent: bool, field: str = "pk") -> Subquery:
    figures = published_figures().filter(region=OuterRef("pk"))
    if segment:
        figures = figures.filter(segment=segment)
    if with_percent:
        figures = figures.filter(percent__isnull=False)
        order = _rate_preference()
    else:
        order = ["-as_of", "-pk"]
    return Subquery(figures.order_by(*order).values(field)[:1])


def _target_for_page() -> Subquery:
    targets = CoverageTarget.objects.filter(
        PUBLISHED, region=OuterRef("pk"), segment=Segment.TOTAL
    ).order_by("-is_primary", "-target_date", "-pk")
    return Subquery(targets.values("pk")[:1])


def regions_with_latest(regions: QuerySet[Region]) -> list[RegionRow]:
    """Each region with its latest published total-segment figure, preferring
    a rate over a bare count, else the latest figure of any segment. Two
    queries for any number of regions."""
    annotated = list(
        regions.annotate(
            latest_rate_id=_latest_figure(segment=Segment.TOTAL, with_percent=True),
            latest_total_id=_latest_figure(segment=Segment.TOTAL, with_percent=False),
            latest_any_id=_latest_figure(segment=None, with_percent=False),
        )
    )

    def chosen(region: Region) -> int | None:
        return region.latest_rate_id or region.latest_total_id or region.latest_any_id

    figures = CoverageFigure.objects.in_bulk({chosen(r) for r in annotated} - {None})
    return [RegionRow(region=r, figure=figures.get(chosen(r))) for r in annotated]


def province_latest_rows() -> list[RegionRow]:
    return regions_with_latest(
        Region.objects.filter(level=RegionLevel.PROVINCE).select_related("kanwil").order_by("code")
    )


def child_latest_rows(region: Region) -> list[RegionRow]:
    return regions_with_latest(region.children.order_by("code"))


def region_for_page(code: str) -> Region:
    return get_object_or_404(Region.objects.select_related("parent__parent", "kanwil"), code=code)


def region_figures(region: Region) -> list[CoverageFigure]:
    return list(
        published_figures()
        .filter(region=region)
        .select_related("entered_by")
        .order_by("as_of", "segment", "pk")
    )


def region_targets(region: Region) -> list[CoverageTarget]:
    return list(
        CoverageTarget.objects.filter(PUBLISHED, region=region)
        .select_related("entered_by")
        .order_by("-is_primary", "target_date", "pk")
    )


def region_budgets(region: Region) -> list[BudgetAllocation]:
    return list(
        BudgetAllocation.objects.filter(PUBLISHED, region=region)
        .select_related("entered_by")
        .order_by("-year", "pk")
    )


def province_rate_history() -> dict[int, list[CoverageFigure]]:
    """Every published total-segment rate of every province, by region id:
    what the national page needs to judge each province's progress. One
    query."""
    history: dict[int, list[CoverageFigure]] = {}
    rows = published_figures().filter(
        region__level=RegionLevel.PROVINCE, segment=Segment.TOTAL, percent__isnull=False
    )
    for figure in rows.order_by("as_of", "pk"):
        history.setdefault(figure.region_id, []).append(figure)
    return history


def primary_targets(level: str = RegionLevel.PROVINCE) -> dict[int, CoverageTarget]:
    """The target each region's page judges progress against (its primary
    total-segment target, else its latest), by region id. One query."""
    chosen: dict[int, CoverageTarget] = {}
    targets = CoverageTarget.objects.filter(PUBLISHED, region__level=level, segment=Segment.TOTAL)
    for target in targets.order_by("region_id", "-is_primary", "-target_date", "-pk"):
        chosen.setdefault(target.region_id, target)
    return chosen


def region_list_queryset() -> QuerySet[Region]:
    """Every province, regency and city with its latest total-segment rate
    (chosen as the region page chooses it) and the target its page uses,
    as annotations the list's filters and sorting can use."""
    return (
        Region.objects.exclude(level=RegionLevel.NATION)
        .select_related("parent")
        .annotate(
            latest_rate_id=_latest_figure(segment=Segment.TOTAL, with_percent=True),
            latest_percent=_latest_figure(
                segment=Segment.TOTAL, with_percent=True, field="percent"
            ),
            target_id=_target_for_page(),
            has_target=Exists(CoverageTarget.objects.filter(PUBLISHED, region=OuterRef("pk"))),
        )
        .order_by("code")
    )


def rate_history(region_ids: list[int]) -> dict[int, list[CoverageFigure]]:
    """Total-segment rates of the given regions, by region id. One query."""
    history: dict[int, list[CoverageFigure]] = {}
    rows = published_figures().filter(
        region_id__in=region_ids, segment=Segment.TOTAL, percent__isnull=False
    )
    for figure in rows.order_by("as_of", "pk"):
        history.setdefault(figure.region_id, []).append(figure)
    return history
