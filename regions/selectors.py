"""Read queries for pages: a fixed number of queries whatever the data size.

Latest-figure lookups walk the (region, segment, as_of) indexes from the
newest row down and stop at the first match, so they cost the same with a
year of history or a century. Aggregates over every region (the latest rows,
the rate histories) are cached until the next write (regions/cache.py).
"""

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db.models import (
    Case,
    DecimalField,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Abs, Coalesce, Round, RowNumber
from django.db.models.lookups import GreaterThan
from django.shortcuts import get_object_or_404

from . import cache, quality, summaries
from .choices import RecordStatus, RegionLevel, Segment
from .models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from .progress import DAYS_PER_MONTH, TREND_WINDOW_MONTHS
from .series import BPS_BASED, PRIORITY

PUBLISHED = Q(status=RecordStatus.PUBLISHED)


@dataclass(frozen=True)
class RegionRow:
    region: Region
    figure: CoverageFigure | None  # latest rate (or count) of the total segment


def published_figures() -> QuerySet[CoverageFigure]:
    return CoverageFigure.objects.filter(PUBLISHED)


def _publisher_priority() -> Case:
    return Case(
        *[When(publisher_kind=kind, then=Value(rank)) for kind, rank in PRIORITY.items()],
        default=Value(99),
        output_field=IntegerField(),
    )


def _rate_preference() -> list:
    """The order of regions.series.choose_series in SQL, within one family
    of denominators: newest first, then the publisher's priority, then the
    first recorded."""
    return ["-as_of", _publisher_priority(), "pk"]


def contradictory_first_last() -> Case:
    """1 for a figure whose own counts give a rate that differs from its
    quoted percent beyond rounding (quality.percent_mismatch in SQL), else
    0: ordering by it first makes the latest consistent rate the headline,
    and a contradictory one only when no consistent rate exists, as the
    region page's cards choose (pages.headline_choice)."""
    recomputed = Round(
        ExpressionWrapper(
            F("covered") * Decimal("100.0") / F("eligible"),
            output_field=DecimalField(max_digits=30, decimal_places=10),
        ),
        2,
    )
    # NULL counts or a NULL percent make the difference NULL: not contradictory.
    differs = GreaterThan(Abs(F("percent") - recomputed), quality.ROUNDING_TOLERANCE)
    return Case(When(differs, then=Value(1)), default=Value(0), output_field=IntegerField())


def _latest_figure(*, segment: str | None, with_percent: bool, field: str = "pk"):
    """The region's latest published figure (its ``field``) as a subquery.

    With ``with_percent``, the latest rate on the BPJS family of
    denominators, else the latest BPS-based one (as choose_series charts
    them): two subqueries, each an index walk from the newest row, rather
    than one that sorts the region's whole history by family first."""
    figures = published_figures().filter(region=OuterRef("pk"))
    if segment:
        figures = figures.filter(segment=segment)
    if not with_percent:
        return Subquery(figures.order_by("-as_of", "-pk").values(field)[:1])
    rates = figures.filter(percent__isnull=False).annotate(contradictory=contradictory_first_last())
    preference = ["contradictory", *_rate_preference()]
    bpjs = rates.exclude(publisher_kind__in=BPS_BASED).order_by(*preference)
    bps = rates.filter(publisher_kind__in=BPS_BASED).order_by(*preference)
    return Coalesce(Subquery(bpjs.values(field)[:1]), Subquery(bps.values(field)[:1]))


def target_for_page() -> Subquery:
    """The id of the target the region page judges progress against (its
    primary total-segment target, else the latest deadline), a subquery."""
    targets = CoverageTarget.objects.filter(
        PUBLISHED, region=OuterRef("pk"), segment=Segment.TOTAL
    ).order_by("-is_primary", "-target_date", "-pk")
    return Subquery(targets.values("pk")[:1])


def has_published_target() -> Exists:
    return Exists(CoverageTarget.objects.filter(PUBLISHED, region=OuterRef("pk")))


def with_latest_figures(regions: QuerySet[Region]) -> QuerySet[Region]:
    """The regions annotated with the ids of their latest published figures,
    computed from the records (the from-scratch computation the summaries
    store): ``latest_rate_id`` (the total-segment rate the region page
    charts), ``latest_total_id`` and ``latest_any_id``."""
    return regions.annotate(
        latest_rate_id=_latest_figure(segment=Segment.TOTAL, with_percent=True),
        latest_total_id=_latest_figure(segment=Segment.TOTAL, with_percent=False),
        latest_any_id=_latest_figure(segment=None, with_percent=False),
    )


def with_summary(regions: QuerySet[Region]) -> QuerySet[Region]:
    """The same annotations read from the regions' summaries (one join; a
    region without a summary row yet has none)."""
    summaries.flush_pending()
    return regions.annotate(
        latest_rate_id=F("summary__rate_figure_id"),
        latest_total_id=F("summary__total_figure_id"),
        latest_any_id=F("summary__any_figure_id"),
        latest_percent=F("summary__rate_percent"),
        target_id=F("summary__target_id"),
        has_target=Coalesce(F("summary__has_target"), Value(False)),
        trend=F("summary__trend"),
        **{f"summary_{name}": F(f"summary__{name}") for name in SUMMARY_COPIES},
    )


# What the region list and its exports read of a summary besides the above
# (annotated as ``summary_<name>``).
SUMMARY_COPIES = (
    "rate_as_of",
    "rate_as_of_precision",
    "rate_publisher",
    "rate_is_synthetic",
    "rate_exceeds_estimate",
    "target_percent",
    "target_date",
    "target_date_precision",
    "baseline_percent",
    "baseline_date",
    "verdict",
    "progress_on",
    # When the summary was last written: a list row's cached HTML is keyed
    # by it, so an edit re-renders the rows of the regions it touched only.
    "refreshed_at",
)
LIST_VALUES = (
    "pk",
    "code",
    "name",
    "level",
    "parent__pk",
    "parent__code",
    "parent__name",
    "parent__level",
    "latest_rate_id",
    "latest_percent",
    "target_id",
    *(f"summary_{name}" for name in SUMMARY_COPIES),
)


def region_list_values(regions: QuerySet[Region]):
    """The rows of ``region_list_queryset()`` (filtered, in any order) as
    dicts of LIST_VALUES: one query, no model instances. Without the trends
    (JSON, the costliest column to read): ``summary_trends`` fetches the
    few a list needs."""
    return regions.values(*LIST_VALUES)


def region_list_ids(regions: QuerySet[Region]) -> list[int]:
    """The ids of the regions ``regions`` (``region_list_queryset()``,
    filtered) selects, in its order: one query of ids alone, none for a
    queryset that can match nothing."""
    return list(regions.values_list("pk", flat=True))


def summary_trends(region_ids) -> dict[int, list]:
    """The stored trend of these regions' summaries, by region id: one query."""
    from .models import RegionSummary

    return dict(
        RegionSummary.objects.filter(region_id__in=list(region_ids)).values_list(
            "region_id", "trend"
        )
    )


def regions_with_latest(regions: QuerySet[Region]) -> list[RegionRow]:
    """Each region with its latest published total-segment figure, preferring
    a rate over a bare count, else the latest figure of any segment (from
    the summaries). Two queries for any number of regions."""
    annotated = list(with_summary(regions))

    def chosen(region: Region) -> int | None:
        return region.latest_rate_id or region.latest_total_id or region.latest_any_id

    figures = CoverageFigure.objects.in_bulk({chosen(r) for r in annotated} - {None})
    return [RegionRow(region=r, figure=figures.get(chosen(r))) for r in annotated]


def province_latest_rows() -> list[RegionRow]:
    return cache.cached(
        "province_latest_rows",
        build=lambda: regions_with_latest(
            Region.objects.filter(level=RegionLevel.PROVINCE)
            .select_related("kanwil")
            .order_by("code")
        ),
    )


def child_latest_rows(region: Region) -> list[RegionRow]:
    return cache.cached(
        "child_latest_rows",
        region.pk,
        build=lambda: regions_with_latest(region.children.order_by("code")),
        region=region.code,
    )


def region_for_page(code: str) -> Region:
    return get_object_or_404(Region.objects.select_related("parent__parent", "kanwil"), code=code)


def ancestry(region: Region) -> list[Region]:
    """The region's chain of parents, the nation first and the region last
    (no query for a region read by ``region_for_page``)."""
    chain = []
    node: Region | None = region
    while node is not None:
        chain.append(node)
        node = node.parent
    return list(reversed(chain))


def figures_by_pk(pks) -> dict[int, CoverageFigure]:
    """The full records of these figures by pk. One query (none for none)."""
    return CoverageFigure.objects.in_bulk(pks)


def query_key(queryset: QuerySet) -> str | None:
    """A key naming what ``queryset`` selects (a hash of its SQL and
    parameters), or None when it can match nothing. No query."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    return hashlib.sha256(repr((sql, params)).encode()).hexdigest()


def nation_with_latest_totals() -> tuple[
    Region | None, CoverageFigure | None, CoverageFigure | None
]:
    """The nation row, its newest published total-segment rate and its
    newest total count: two queries, each latest one an index walk from the
    newest row rather than the whole history."""

    def latest(with_percent: bool) -> Subquery:
        figures = published_figures().filter(region=OuterRef("pk"), segment=Segment.TOTAL)
        if with_percent:
            figures = figures.filter(percent__isnull=False)
        else:
            figures = figures.filter(covered__isnull=False)
        return Subquery(figures.order_by("-as_of", "-pk").values("pk")[:1])

    nation = (
        Region.objects.filter(level=RegionLevel.NATION)
        .annotate(latest_rate_id=latest(True), latest_count_id=latest(False))
        .order_by("pk")
        .first()
    )
    if nation is None:
        return None, None, None
    figures = CoverageFigure.objects.in_bulk(
        {nation.latest_rate_id, nation.latest_count_id} - {None}
    )
    return nation, figures.get(nation.latest_rate_id), figures.get(nation.latest_count_id)


def region_targets(region: Region) -> list[CoverageTarget]:
    return list(
        CoverageTarget.objects.filter(PUBLISHED, region=region).order_by(
            "-is_primary", "target_date", "pk"
        )
    )


def region_budgets(region: Region) -> list[BudgetAllocation]:
    return list(BudgetAllocation.objects.filter(PUBLISHED, region=region).order_by("-year", "pk"))


def primary_targets(level: str = RegionLevel.PROVINCE) -> dict[int, CoverageTarget]:
    """The target each region's page judges progress against (its primary
    total-segment target, else its latest), by region id. One query, cached."""
    return cache.cached("primary_targets", level, build=lambda: _primary_targets(level))


def _primary_targets(level: str) -> dict[int, CoverageTarget]:
    from .models import RegionSummary

    summaries.flush_pending()
    chosen = RegionSummary.objects.filter(region__level=level, target__isnull=False)
    targets = CoverageTarget.objects.filter(pk__in=chosen.values("target_id"))
    return {target.region_id: target for target in targets.order_by("region_id")}


def region_list_queryset() -> QuerySet[Region]:
    """Every province, regency and city with its latest total-segment rate
    (chosen as the region page chooses it), the target its page uses and
    the trend its verdict is drawn from, read from the summaries, as
    annotations the list's filters and sorting can use."""
    return with_summary(
        Region.objects.exclude(level=RegionLevel.NATION).select_related("parent")
    ).order_by("code")


# The trend window of regions.progress.trend_slope, with a day to spare.
TREND_WINDOW = timedelta(days=int(TREND_WINDOW_MONTHS * DAYS_PER_MONTH) + 1)


class FigureRow(NamedTuple):
    """A published figure's numbers without the cost of a model instance
    (pages that read thousands of figures to draw a trend): the fields that
    regions.pages' progress, series and segment helpers read."""

    pk: int
    region_id: int
    as_of: date
    segment: str
    percent: Decimal | None
    covered: int | None
    eligible: int | None
    publisher: str
    publisher_kind: str

    @property
    def computed_percent(self) -> Decimal | None:
        return quality.computed_percent(self.covered, self.eligible)


FIGURE_ROW_FIELDS = [
    "pk",
    "region_id",
    "as_of",
    "segment",
    "percent",
    "covered",
    "eligible",
    "publisher",
    "publisher_kind",
]


def region_figure_rows(region: Region) -> list[FigureRow]:
    """Every published figure of the region as a FigureRow, oldest first
    (then by segment and pk). One query."""
    figures = published_figures().filter(region=region).order_by("as_of", "segment", "pk")
    return [FigureRow(*row) for row in figures.values_list(*FIGURE_ROW_FIELDS)]


EXPORT_FIELDS = [
    "as_of",
    "as_of_precision",
    "segment",
    "percent",
    "covered",
    "eligible",
    "is_approximate",
    "publisher",
    "publisher_kind",
    "source_kind",
    "source_outlet",
    "source_title",
    "source_date",
    "source_url",
    "is_synthetic",
]


def region_figures_export(region: Region):
    """Every published figure of the region, newest first, as tuples of
    EXPORT_FIELDS, read from the database in chunks (an iterator: the
    region page's CSV streams however many there are). One query."""
    figures = published_figures().filter(region=region).order_by("-as_of", "segment", "pk")
    return figures.values_list(*EXPORT_FIELDS).iterator(chunk_size=2000)


def rate_history_from(latest: dict[int, tuple[date, str]]) -> dict[int, list[FigureRow]]:
    """Total-segment rates by region id, oldest first, given each region's
    latest rate (its date and publisher kind): the rates of the same family
    of denominators (BPJS, else BPS-based, as choose_series decides) from
    the trend window before that date to that date, which is all that
    regions.progress.assess reads. One query, whatever the length of the
    history."""
    history: dict[int, list[FigureRow]] = {}
    windows: dict[tuple[date, bool], list[int]] = {}
    for region_id, (as_of, kind) in latest.items():
        windows.setdefault((as_of, kind in BPS_BASED), []).append(region_id)
    if not windows:
        return history
    condition = Q()
    for (end, bps_based), ids in sorted(windows.items()):
        family = Q(publisher_kind__in=BPS_BASED)
        condition |= Q(
            family if bps_based else ~family,
            region_id__in=ids,
            as_of__gte=end - TREND_WINDOW,
            as_of__lte=end,
        )
    rows = (
        published_figures()
        .filter(condition, segment=Segment.TOTAL, percent__isnull=False)
        # One rate per region and date, the one choose_series would chart:
        # several publishers of the same month cost the database a little
        # more, not Python ten times more.
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("region_id"), F("as_of")],
                order_by=[_publisher_priority().asc(), F("pk").asc()],
            )
        )
        .filter(rank=1)
        .order_by("as_of", "pk")
        .values_list(*FIGURE_ROW_FIELDS)
    )
    for row in rows:
        figure = FigureRow(*row)
        history.setdefault(figure.region_id, []).append(figure)
    return history
