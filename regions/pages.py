"""Assembles the data of the dashboard pages from selectors, the pure
progress/series modules and charts. Views stay thin: they call one function
here and render."""

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from django.urls import reverse

from coverage_site.tables import RowSet

from . import cache, charts, quality, selectors, summaries
from .budget import workers_protected
from .choices import RegionLevel, Segment
from .freshness import Freshness, assess_freshness
from .models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from .progress import Point, Progress, Verdict, assess, charted_points, figure_rates, series_points
from .sections import (
    Citation,
    citations_for,
    home_section_blocks,
    record_key,
    region_section_blocks,
)
from .series import PRIORITY, SeriesChoice, choose_series

HEADLINE_SEGMENTS = [
    Segment.TOTAL,
    Segment.FORMAL,
    Segment.INFORMAL,
    Segment.CONSTRUCTION,
    Segment.MIGRANT,
    Segment.VULNERABLE,
]


@dataclass(frozen=True)
class Cited:
    """A recorded row with the source it came from."""

    record: Any
    citation: Citation | None
    # A headline card's newer figure of the same segment whose own counts
    # contradict its percent, passed over for ``record`` (the latest
    # consistent one); the card names it and both values.
    passed_over: Any = None


@dataclass(frozen=True)
class BudgetRow:
    budget: BudgetAllocation
    citation: Citation | None
    workers_computed: int
    months_assumed: bool


@dataclass
class RegionPage:
    region: Region
    breadcrumbs: list[Region]
    headline: list[Cited]
    target: Cited | None
    other_targets: list[Cited]
    progress: Progress
    series: SeriesChoice
    figures: list[Cited]
    budgets: list[BudgetRow]
    children: list[selectors.RegionRow]
    children_missing: list[Region]
    sources: list[Citation]
    segment_rows: list[tuple] = field(default_factory=list)  # the newest SEGMENT_MONTHS_SHOWN
    segment_months_total: int = 0
    charts: dict[str, dict] = field(default_factory=dict)
    sections: list[tuple[str, dict]] = field(default_factory=list)
    figures_total: int = 0  # ``figures`` holds the newest FIGURES_SHOWN of them
    alternatives_total: int = 0  # ``series.alternatives`` the newest ALTERNATIVES_SHOWN
    # The trend chart's monthly points (``series.charted`` and ``other_basis``,
    # one per month per series) and the newest TABLE_MONTHS_SHOWN of each for its table.
    trend_table: list = field(default_factory=list)
    other_basis_table: list = field(default_factory=list)
    trend_months_total: int = 0
    freshness: Freshness | None = None  # of the newest figure, any segment

    @property
    def figures_rest(self) -> int:
        return self.figures_total - len(self.figures)

    @property
    def trend_table_months(self) -> int:
        return TABLE_MONTHS_SHOWN

    @property
    def trend_table_size(self) -> int:
        return len(self.trend_table) + len(self.other_basis_table)


# A region with years of daily or monthly figures from several publishers
# would make a page of thousands of rows (one import of 10.000 figures made
# a regency page 1 MB). Every list on the page is bounded: the trend and
# segment charts draw one point per month per series (the latest figure of
# the month, which is what a monthly chart shows anyway); their data tables
# list the newest TABLE_MONTHS_SHOWN months of it, the segment chart the
# newest SEGMENT_MONTHS_SHOWN months; the figure table the newest
# FIGURES_SHOWN figures and the rates not charted (other publishers, same
# date) the newest ALTERNATIVES_SHOWN. The page says how many it left out
# and links to the region's CSV of every published figure.
FIGURES_SHOWN = 50
ALTERNATIVES_SHOWN = 24
TABLE_MONTHS_SHOWN = 36
SEGMENT_MONTHS_SHOWN = 24

# The verdicts of a region that reaches its target in time.
ON_COURSE = (Verdict.ACHIEVED, Verdict.ON_TRACK)


def pick_target(targets: list[CoverageTarget]) -> CoverageTarget | None:
    """The total-segment target the page judges progress against: the one
    marked primary, else the one with the latest deadline."""
    total = [t for t in targets if t.segment == Segment.TOTAL]
    if not total:
        return None
    primary = [t for t in total if t.is_primary]
    return primary[0] if primary else max(total, key=lambda t: (t.target_date, t.pk))


def progress_for(
    target: CoverageTarget | None, rate_figures: list[CoverageFigure], today: date
) -> Progress:
    """Progress of one region's total segment against ``target``, from its
    published total-segment rates (any order, any publisher)."""
    return judge(target, charted_points(rate_figures), today)


def judge(target: CoverageTarget | None, history: list[Point], today: date) -> Progress:
    """Progress against ``target`` from the charted points of the rates."""
    target_point = baseline = None
    if target is not None:
        target_point = Point(target.target_date, target.target_percent)
        if target.baseline_percent is not None:
            baseline = Point(target.baseline_date, target.baseline_percent)
    return assess(
        target=target_point,
        baseline=baseline,
        history=history,
        today=today,
    )


# Plain (not slotted) dataclasses: a cached list of rows is pickled and
# read back, and a slotted dataclass pickles field by field in Python.
@dataclass(frozen=True)
class ListRegion:
    """What the region list shows of a region (plain values: a cached list
    of 552 rows is read back without building model instances)."""

    pk: int
    code: str
    name: str
    level: str

    def get_level_display(self) -> str:
        return str(RegionLevel(self.level).label)


@dataclass(frozen=True)
class ListFigure:
    pk: int
    percent: Decimal | None
    as_of: date
    as_of_precision: str
    publisher: str
    is_synthetic: bool
    exceeds_estimate: bool


@dataclass(frozen=True)
class ListTarget:
    pk: int
    target_percent: Decimal
    target_date: date
    target_date_precision: str
    baseline_percent: Decimal | None = None
    baseline_date: date | None = None


@dataclass(frozen=True)
class ListRow:
    """One line of the region list (and of its CSV/XLSX export)."""

    region: ListRegion
    province: ListRegion | None
    figure: ListFigure | None
    target: ListTarget | None
    verdict: Verdict  # as judged today (regions.progress)
    # When the region's summary was written (its HTML row is cached under it).
    stamp: str = ""

    @property
    def percent(self):
        return self.figure.percent if self.figure else None


def _list_region(region: Region | None) -> ListRegion | None:
    if region is None:
        return None
    return ListRegion(region.pk, region.code, region.name, region.level)


def region_list_rows(regions, *, today: date, verdict: str = "") -> list[ListRow]:
    """The filtered regions as list rows with their progress verdict; the
    verdict filter is applied here because it depends on today's date.

    The rows of every region are built once per lists version (and day)
    and shared by every address of the list, in the shared cache and in
    each process (regions/cache.py ``shared``): an address asks the
    database only which regions its filters select (one query of ids, none
    when it can match nothing). Right after a write, the first address
    builds the rows (one query for any number of regions); the others reuse
    them. Caching off, or in a transaction that wrote: built from
    ``regions`` alone (one query)."""
    if not cache.usable():
        return _region_list_rows(regions, today=today, verdict=verdict)
    selected = selectors.region_list_ids(regions)
    if not selected:
        return []
    every = cache.shared(
        "region_list_every_row", today.isoformat(), build=lambda: _every_list_row(today)
    )
    if not every.by_pk.keys() >= set(selected):  # a region newer than the shared rows
        return _region_list_rows(regions, today=today, verdict=verdict)
    rows = [every.by_pk[pk] for pk in selected]
    # Sorted by their places in all the rows, sorted once per order.
    return every.part([row for row in rows if row.verdict == verdict] if verdict else rows)


class ListRows(RowSet):
    """The rows of every region of the list, in its order (by code), and
    by region id."""

    def _reset(self) -> None:
        super()._reset()
        self.by_pk = {row.region.pk: row for row in self.rows}


def _every_list_row(today: date) -> ListRows:
    return ListRows(_region_list_rows(selectors.region_list_queryset(), today=today, verdict=""))


def _region_list_rows(regions, *, today: date, verdict: str) -> list[ListRow]:
    """From the summaries alone (regions annotated by
    selectors.with_summary): the verdict judged today when the summary was
    refreshed today, else judged now from its stored trend (a dozen points)."""
    values = list(selectors.region_list_values(regions))
    # A summary written today holds today's verdict; the others (written on
    # an earlier day: rebuild_summaries runs daily) are judged from their
    # trend, read for them alone (a second query only when there are some;
    # a region without a summary has no trend).
    stale = [
        v["pk"]
        for v in values
        if v["summary_refreshed_at"] is not None and not _judged_today(v, today)
    ]
    trends = selectors.summary_trends(stale) if stale else {}
    rows = []
    for v in values:
        row = _list_row(v, today, trends.get(v["pk"]) or [])
        if not verdict or row.verdict == verdict:
            rows.append(row)
    return rows


def _judged_today(v: dict, today: date) -> bool:
    return v["summary_progress_on"] == today and bool(v["summary_verdict"])


def _list_row(v: dict, today: date, trend: list) -> ListRow:
    figure = target = None
    if v["latest_rate_id"] is not None:
        figure = ListFigure(
            v["latest_rate_id"],
            v["latest_percent"],
            v["summary_rate_as_of"],
            v["summary_rate_as_of_precision"],
            v["summary_rate_publisher"],
            v["summary_rate_is_synthetic"],
            v["summary_rate_exceeds_estimate"],
        )
    if v["target_id"] is not None:
        target = ListTarget(
            v["target_id"],
            v["summary_target_percent"],
            v["summary_target_date"],
            v["summary_target_date_precision"],
            v["summary_baseline_percent"],
            v["summary_baseline_date"],
        )
    if _judged_today(v, today):
        verdict = Verdict(v["summary_verdict"])
    else:
        verdict = summaries.progress(target, trend, today).verdict
    province = None
    if v["level"] != RegionLevel.PROVINCE and v["parent__pk"] is not None:
        province = ListRegion(
            v["parent__pk"], v["parent__code"], v["parent__name"], v["parent__level"]
        )
    return ListRow(
        region=ListRegion(v["pk"], v["code"], v["name"], v["level"]),
        province=province,
        figure=figure,
        target=target,
        verdict=verdict,
        stamp=v["summary_refreshed_at"].isoformat() if v["summary_refreshed_at"] else "",
    )


def breadcrumbs_of(region: Region) -> list[Region]:
    """The nation, the province and the region itself, as far as they go."""
    return selectors.ancestry(region)


def _latest_by_segment(figures: list[CoverageFigure]) -> dict[str, CoverageFigure]:
    """The newest figure of each segment, a rate before a bare count."""
    latest: dict[str, CoverageFigure] = {}
    for figure in figures:  # oldest first: later ones replace earlier ones
        kept = latest.get(figure.segment)
        if figure.percent is not None or kept is None or kept.percent is None:
            latest[figure.segment] = figure
    return latest


def contradicts(figure) -> bool:
    """Its counts give another percent than the one quoted, beyond rounding."""
    return quality.percent_mismatch(figure.covered, figure.eligible, figure.percent) is not None


def headline_choice(figures) -> dict[str, tuple[Any, Any]]:
    """Per segment, the figure its headline card shows and the newer one it
    passed over. The newest figure (a rate before a bare count) heads the
    card unless its counts contradict its percent: then the latest
    consistent rate does, and the card names the contradictory one with
    both of its values. With no consistent rate, the contradictory figure
    stays, showing both values and why."""
    by_segment: dict[str, list] = {}
    for figure in figures:
        by_segment.setdefault(figure.segment, []).append(figure)
    choice = {}
    for segment, group in by_segment.items():
        chosen, passed_over = _latest_by_segment(group)[segment], None
        if contradicts(chosen):
            consistent = _latest_by_segment([f for f in group if not contradicts(f)])
            fallback = consistent.get(segment)
            if fallback is not None and fallback.percent is not None:
                chosen, passed_over = fallback, chosen
        choice[segment] = (chosen, passed_over)
    return choice


def _headline(choice: dict[str, tuple[Any, Any]], records, cites) -> list[Cited]:
    cards = []
    for segment in HEADLINE_SEGMENTS:
        if segment in choice:
            chosen, passed_over = (
                records[f.pk] if f is not None else None for f in choice[segment]
            )
            cards.append(Cited(chosen, cites.get(record_key(chosen)), passed_over))
    return cards


def judged_figures(figures: list) -> list:
    """The total-segment figures progress and the trend are drawn from:
    without those whose counts contradict their percent, as long as a
    consistent rate remains (the headline makes the same choice)."""
    consistent = [f for f in figures if not contradicts(f)]
    if any(f.percent is not None for f in consistent):
        return consistent
    return figures


def _distinct_sources(citations: list[Citation]) -> list[Citation]:
    """One entry per source (an article cited by several claims once), newest
    first, without the quote: the figure rows carry the quotes."""
    seen, result = set(), []
    for citation in citations:
        url = citation.url.split("#", 1)[0]
        key = (url, citation.outlet, citation.title, citation.entered_by)
        if key not in seen:
            seen.add(key)
            result.append(replace(citation, url=url, quote=""))
    return sorted(result, key=lambda c: c.published or date.min, reverse=True)


def freshness_of(figures, *, today: date) -> Freshness | None:
    """How old the region's newest figure (any segment) is; on a date with
    several publishers, the one that releases most often decides."""
    if not figures:
        return None
    newest = max(figures, key=lambda f: (f.as_of, -PRIORITY.get(f.publisher_kind, 99)))
    return assess_freshness(as_of=newest.as_of, publisher_kind=newest.publisher_kind, today=today)


def region_page(region: Region, *, today: date) -> RegionPage:
    """Everything the region page shows, cached until a write touches the
    region, one of its children or what every page shows (regions/cache.py):
    officials who are logged in, to whom the rendered page is not served
    from the cache, get it without a query for its data."""
    return cache.cached(
        "region_page",
        region.pk,
        today.isoformat(),
        build=lambda: _region_page(region, today=today),
        region=region.code,
    )


def _region_page(region: Region, *, today: date) -> RegionPage:
    # The numbers of every figure (light rows: a decade of monthly figures
    # from several publishers is thousands), then the full records of the
    # ones the page shows: the newest, and the headline of each segment.
    figure_rows = selectors.region_figure_rows(region)
    wanted = {row.pk for row in figure_rows[-FIGURES_SHOWN:]}
    choice = headline_choice(figure_rows)
    wanted |= {f.pk for pair in choice.values() for f in pair if f is not None}
    records = selectors.figures_by_pk(wanted)
    figures = [records.get(row.pk, row) for row in figure_rows]  # records where shown
    shown = [records[row.pk] for row in figure_rows[-FIGURES_SHOWN:]]
    targets = selectors.region_targets(region)
    budgets = selectors.region_budgets(region)
    cites = citations_for([*records.values(), *targets, *budgets])

    total_figures = judged_figures([f for f in figure_rows if f.segment == Segment.TOTAL])
    series = choose_series(figure_rates(total_figures))
    monthly = charts.latest_per_month(series.charted)
    other_monthly = charts.latest_per_month(series.other_basis, group=lambda r: r.publisher)
    target = pick_target(targets)
    result = judge(target, series_points(series, total_figures), today)

    children, missing = [], []
    if region.level in (RegionLevel.NATION, RegionLevel.PROVINCE):
        rows = (
            selectors.province_latest_rows()
            if region.level == RegionLevel.NATION
            else selectors.child_latest_rows(region)
        )
        children = [r for r in rows if r.figure is not None and r.figure.percent is not None]
        children.sort(key=lambda r: r.figure.percent, reverse=True)
        missing = [r.region for r in rows if r.figure is None or r.figure.percent is None]

    budget_rows = [
        BudgetRow(
            budget=b,
            citation=cites.get(record_key(b)),
            workers_computed=workers_protected(b.amount, b.months_covered),
            months_assumed=b.months_covered is None,
        )
        for b in budgets
    ]
    page = RegionPage(
        region=region,
        breadcrumbs=breadcrumbs_of(region),
        headline=_headline(choice, records, cites),
        target=Cited(target, cites.get(record_key(target))) if target else None,
        other_targets=[Cited(t, cites.get(record_key(t))) for t in targets if t is not target],
        progress=result,
        series=replace(
            series,
            charted=monthly,
            other_basis=other_monthly,
            alternatives=series.alternatives[-ALTERNATIVES_SHOWN:],
        ),
        trend_table=monthly[-TABLE_MONTHS_SHOWN:],
        other_basis_table=other_monthly[-TABLE_MONTHS_SHOWN:],
        trend_months_total=len(monthly) + len(other_monthly),
        figures=[Cited(f, cites.get(record_key(f))) for f in reversed(shown)],
        budgets=budget_rows,
        children=children,
        children_missing=missing,
        sources=_distinct_sources(list(cites.values())),
        figures_total=len(figures),
        alternatives_total=len(series.alternatives),
        freshness=freshness_of(figure_rows, today=today),
    )
    segment_rows = charts.monthly_segment_pairs(
        [(f.as_of, f.segment, f.percent) for f in figure_rows]
    )
    page.segment_rows = segment_rows[-SEGMENT_MONTHS_SHOWN:]
    page.segment_months_total = len(segment_rows)
    page.charts = region_charts(page)
    page.sections = region_section_blocks(region=region)
    return page


def region_charts(page: RegionPage) -> dict[str, dict]:
    result: dict[str, dict] = {}
    progress = page.progress
    # Chart dates at their figures' precision ("Juli 2025" for a monthly one).
    precision = {c.record.as_of: c.record.as_of_precision for c in page.figures}
    if progress.current is not None or progress.target is not None:
        result["progress"] = charts.progress_figure(
            baseline=progress.baseline, current=progress.current, target=progress.target
        )
    if page.series.charted:
        projection = None
        if progress.projected_at_deadline is not None and progress.target is not None:
            projection = [
                (progress.current.as_of, progress.current.percent),
                (progress.target.as_of, progress.projected_at_deadline),
            ]
        by_publisher: dict[str, list[tuple[date, Decimal]]] = {}
        for rate in page.series.charted:
            by_publisher.setdefault(rate.publisher, []).append((rate.as_of, rate.percent))
        others: dict[str, list[tuple[date, Decimal]]] = {}
        for rate in page.series.other_basis:
            others.setdefault(rate.publisher, []).append((rate.as_of, rate.percent))
        result["trend"] = charts.trend_figure(
            series=by_publisher,
            other_basis=others,
            target=progress.target,
            baseline=progress.baseline,
            projection=projection,
            precision=precision,
        )
    counts = charts.count_series(
        (c.record.as_of, c.record.segment, c.record.covered, c.record.publisher)
        for c in page.figures
    )
    if counts:
        result["participants"] = charts.participants_figure(counts, precision)
    if page.segment_rows:
        result["segments"] = charts.segments_figure(page.segment_rows)
    if page.children:
        result["children"] = charts.ranking_figure(
            [(row.region.name, row.figure.percent) for row in page.children]
        )
    return result


@dataclass
class NationalPage:
    nation: Region | None
    national_rate: Cited | None
    national_participants: Cited | None
    provinces: list[selectors.RegionRow]
    with_target: int
    on_track: int
    judged: int
    verdicts: dict[int, Progress]
    charts: dict[str, dict]
    sections: list[tuple[str, dict]]


def national_page(*, today: date) -> NationalPage:
    """Everything the national page shows, cached until the next write."""
    return cache.cached(
        "national_page", today.isoformat(), build=lambda: _national_page(today=today)
    )


def _national_page(*, today: date) -> NationalPage:
    nation, rate, count = selectors.nation_with_latest_totals()
    national_rate = national_participants = None
    if nation is not None:
        cites = citations_for([f for f in (rate, count) if f is not None])
        if rate is not None:
            national_rate = Cited(rate, cites.get(record_key(rate)))
        if count is not None:
            national_participants = Cited(count, cites.get(record_key(count)))

    provinces = selectors.province_latest_rows()
    targets = selectors.primary_targets()
    verdicts = {
        row.region.pk: summaries.progress(targets[row.region.pk], row.region.trend, today)
        for row in provinces
        if row.region.pk in targets
    }
    on_track = sum(1 for p in verdicts.values() if p.verdict in ON_COURSE)
    judged = sum(1 for p in verdicts.values() if p.verdict != Verdict.NOT_ENOUGH_DATA)

    ranked = sorted(
        (r for r in provinces if r.figure is not None and r.figure.percent is not None),
        key=lambda r: r.figure.percent,
        reverse=True,
    )
    tiles = [
        charts.Tile(
            code=row.region.code,
            name=row.region.name,
            label=charts.SHORT_NAMES.get(row.region.code, row.region.code),
            percent=row.figure.percent if row.figure is not None else None,
            url=reverse("regions:region_detail", args=[row.region.code]),
        )
        for row in provinces
    ]
    page_charts = {"map": charts.province_map_figure(tiles)}
    if ranked:
        page_charts["provinces"] = charts.ranking_figure(
            [(r.region.name, r.figure.percent) for r in ranked]
        )
    return NationalPage(
        nation=nation,
        national_rate=national_rate,
        national_participants=national_participants,
        provinces=provinces,
        with_target=len(targets),
        on_track=on_track,
        judged=judged,
        verdicts=verdicts,
        charts=page_charts,
        sections=home_section_blocks(),
    )
