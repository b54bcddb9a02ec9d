"""Progress against a coverage target. Pure: no Django imports.

Given the baseline, the target and the published history of one region and
segment, say where the region stands:

- gap: target minus current, in percentage points, and in workers when the
  current figure carries its denominator (gap share x eligible workers);
- progress: the share of the distance from the baseline to the target
  already covered (a share of that distance, not percentage points);
- pace needed: the gap divided by the months from *today* (not from the
  latest figure's date) to the deadline, in points per month. Once the
  deadline has passed there is no pace to reach it in time: None, and
  ``deadline_passed`` says so;
- pace so far: least-squares slope of the published figures over the
  last three years before the latest one (points per month);
- projection: the level reached at the deadline and the date the target is
  reached at the pace so far;
- verdict: achieved / on track / behind / no target / not enough data
  (without a trend, still behind when the pace needed is beyond reach).

``today`` is always passed in (the page passes the local date; tests a
fixed one). Dates are plain dates; a month is 365.25 / 12 days.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from .series import Rate, SeriesChoice, choose_series

DAYS_PER_MONTH = Decimal("30.4375")
TREND_WINDOW_MONTHS = 36
# A slope needs at least two figures at least this far apart.
MIN_TREND_SPAN_DAYS = 60
# Without a trend, a region is still judged behind when the pace it needs
# from today is beyond reach: 3 points a month is 36 a year, about five
# times the fastest rise on record (Sulsel, 40,4 % to 47 % in a year).
PACE_BEYOND_REACH = Decimal("3")


class Verdict(StrEnum):
    """Where a region stands against its target. The values are stored
    (RegionSummary.verdict), travel in query strings (?verdict=behind) and
    key the verdict colours (regions/scales.py): they never change. Labels
    are in regions/choices.py."""

    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_TARGET = "no_target"
    NOT_ENOUGH_DATA = "not_enough_data"


@dataclass(frozen=True)
class Point:
    as_of: date
    percent: Decimal
    #: the published denominator (workers who should be covered), when known
    eligible: int | None = None


@dataclass(frozen=True)
class Progress:
    verdict: Verdict
    current: Point | None = None
    baseline: Point | None = None
    target: Point | None = None
    gap_points: Decimal | None = None
    gap_workers: int | None = None
    progress_share: Decimal | None = None
    months_left: Decimal | None = None
    pace_needed: Decimal | None = None
    pace_so_far: Decimal | None = None
    projected_at_deadline: Decimal | None = None
    projected_date: date | None = None
    deadline_passed: bool = False
    reason: str = ""


def months_between(start: date, end: date) -> Decimal:
    """Signed months from start to end.

    >>> months_between(date(2025, 7, 10), date(2025, 12, 31))
    Decimal('5.72')
    """
    return _round(Decimal((end - start).days) / DAYS_PER_MONTH)


def gap_in_workers(gap_points: Decimal, eligible: int | None) -> int | None:
    """Workers still to cover: the gap as a share of the eligible workers the
    current figure was computed on; None without a denominator or without a
    gap.

    >>> gap_in_workers(Decimal("21.00"), 2_871_182)
    602948
    >>> gap_in_workers(Decimal("-1.5"), 1_000) is None
    True
    """
    if not eligible or gap_points <= 0:
        return None
    return int(_round(gap_points * Decimal(eligible) / 100, "1"))


def pace_needed_from(*, gap_points: Decimal, today: date, deadline: date) -> Decimal | None:
    """Points per month needed from ``today`` to close ``gap_points`` by
    ``deadline``; None when there is no gap or the deadline is today or past.

    >>> pace_needed_from(gap_points=Decimal("24"), today=date(2026, 1, 1),
    ...                  deadline=date(2027, 1, 1))
    Decimal('2.001')
    >>> pace_needed_from(gap_points=Decimal("21"), today=date(2026, 1, 1),
    ...                  deadline=date(2025, 12, 31)) is None
    True
    """
    if gap_points <= 0 or today >= deadline:
        return None
    months = Decimal((deadline - today).days) / DAYS_PER_MONTH
    return _round(gap_points / months, "0.001")


def _round(value: Decimal, places: str = "0.01") -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def trend_slope(points: list[Point], *, until: date) -> Decimal | None:
    """Least-squares slope in points per month of the figures dated within
    TREND_WINDOW_MONTHS before ``until`` (inclusive); None when fewer than two
    figures or they span less than MIN_TREND_SPAN_DAYS."""
    start = until - timedelta(days=int(TREND_WINDOW_MONTHS * DAYS_PER_MONTH))
    window = [p for p in points if start <= p.as_of <= until]
    if len(window) < 2:
        return None
    days = [(p.as_of - window[0].as_of).days for p in window]
    if max(days) - min(days) < MIN_TREND_SPAN_DAYS:
        return None
    xs = [Decimal(d) / DAYS_PER_MONTH for d in days]
    ys = [Decimal(p.percent) for p in window]
    n = Decimal(len(window))
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return _round(slope, "0.001")


def assess(
    *,
    target: Point | None,
    baseline: Point | None,
    history: list[Point],
    today: date,
) -> Progress:
    """Where a region stands against its target. ``history`` is every
    published figure of the series, in any order."""
    points = sorted(history, key=lambda p: p.as_of)
    current = points[-1] if points else None
    if target is None:
        return Progress(verdict=Verdict.NO_TARGET, current=current, reason="no target recorded")
    if current is None:
        return Progress(
            verdict=Verdict.NOT_ENOUGH_DATA, target=target, baseline=baseline, reason="no figure"
        )

    gap = _round(target.percent - current.percent)
    months_left = months_between(today, target.as_of)
    deadline_passed = today > target.as_of
    share = None
    if baseline is not None and target.percent != baseline.percent:
        share = _round(
            (current.percent - baseline.percent) * 100 / (target.percent - baseline.percent), "0.1"
        )
    # The projection runs from the latest figure; the pace needed from today.
    months_to_deadline = months_between(current.as_of, target.as_of)
    pace_needed = pace_needed_from(gap_points=gap, today=today, deadline=target.as_of)
    pace = trend_slope(points, until=current.as_of)

    common = {
        "current": current,
        "baseline": baseline,
        "target": target,
        "gap_points": gap,
        "gap_workers": gap_in_workers(gap, current.eligible),
        "progress_share": share,
        "months_left": months_left,
        "pace_needed": pace_needed,
        "pace_so_far": pace,
        "deadline_passed": deadline_passed,
    }
    if gap <= 0:
        return Progress(verdict=Verdict.ACHIEVED, **common)

    projected_date = None
    if pace is not None and pace > 0:
        projected_date = current.as_of + timedelta(days=int(gap / pace * DAYS_PER_MONTH))
    if deadline_passed or pace_needed is None or months_to_deadline <= 0:
        # No time left to close the gap: say so, with no pace needed.
        return Progress(
            verdict=Verdict.BEHIND,
            projected_date=projected_date,
            reason="deadline passed" if deadline_passed else "no time left",
            **common,
        )
    if pace is None and pace_needed > PACE_BEYOND_REACH:
        return Progress(verdict=Verdict.BEHIND, reason="pace needed beyond reach", **common)
    if pace is None:
        return Progress(
            verdict=Verdict.NOT_ENOUGH_DATA,
            reason="fewer than two figures over at least two months",
            **common,
        )
    projected = _round(current.percent + pace * months_to_deadline)
    verdict = Verdict.ON_TRACK if projected >= target.percent else Verdict.BEHIND
    return Progress(
        verdict=verdict,
        projected_at_deadline=min(projected, Decimal(100)),
        projected_date=projected_date,
        reason="" if pace > 0 else "flat or falling trend",
        **common,
    )


# --- The points progress is judged on ----------------------------------------


def figure_rates(figures: list) -> list[Rate]:
    """The rates of these figures (published or recomputed from their
    counts) as regions.series reads them; figures without one are left out.
    A figure is anything with the fields of selectors.FigureRow."""
    rates = []
    for figure in figures:
        percent = figure.percent if figure.percent is not None else figure.computed_percent
        if percent is not None:
            rates.append(
                Rate(figure.as_of, Decimal(percent), figure.publisher, figure.publisher_kind,
                     figure.pk)
            )  # fmt: skip
    return rates


def series_points(series: SeriesChoice, rate_figures: list) -> list[Point]:
    """The charted rates of ``series`` as points, with the denominator of
    the figure each came from (one of ``rate_figures``)."""
    eligible = {f.pk: f.eligible for f in rate_figures}
    return [Point(r.as_of, r.percent, eligible.get(r.figure_id)) for r in series.charted]


def charted_points(rate_figures: list) -> list[Point]:
    """The points progress is judged on: the series choose_series charts
    from these total-segment rates, with each figure's denominator."""
    return series_points(choose_series(figure_rates(rate_figures)), rate_figures)
