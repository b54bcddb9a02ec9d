"""Progress against a coverage target. Pure: no Django imports.

Given the baseline, the target and the published history of one region and
segment, say where the region stands:

- gap: target minus current, in percentage points;
- progress: share of the baseline -> target gap already closed (%);
- pace needed: points per month from the latest figure to the target date;
- pace so far: least-squares slope of the published figures over the
  last three years before the latest one (points per month);
- projection: the date the target is reached at the pace so far;
- verdict: achieved / on track / behind / no target / not enough data.

Dates are plain dates; a month is 365.25 / 12 days.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

DAYS_PER_MONTH = Decimal("30.4375")
TREND_WINDOW_MONTHS = 36
# A slope needs at least two figures at least this far apart.
MIN_TREND_SPAN_DAYS = 60

ACHIEVED = "achieved"
ON_TRACK = "on_track"
BEHIND = "behind"
NO_TARGET = "no_target"
NOT_ENOUGH_DATA = "not_enough_data"


@dataclass(frozen=True)
class Point:
    as_of: date
    percent: Decimal


@dataclass(frozen=True)
class Progress:
    verdict: str
    current: Point | None = None
    baseline: Point | None = None
    target: Point | None = None
    gap_points: Decimal | None = None
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
        return Progress(verdict=NO_TARGET, current=current, reason="no target recorded")
    if current is None:
        return Progress(
            verdict=NOT_ENOUGH_DATA, target=target, baseline=baseline, reason="no figure"
        )

    gap = _round(target.percent - current.percent)
    months_left = months_between(today, target.as_of)
    deadline_passed = today > target.as_of
    share = None
    if baseline is not None and target.percent != baseline.percent:
        share = _round(
            (current.percent - baseline.percent) * 100 / (target.percent - baseline.percent), "0.1"
        )
    months_to_deadline = months_between(current.as_of, target.as_of)
    pace_needed = None
    if gap > 0 and months_to_deadline > 0:
        pace_needed = _round(gap / months_to_deadline, "0.001")
    pace = trend_slope(points, until=current.as_of)

    common = {
        "current": current,
        "baseline": baseline,
        "target": target,
        "gap_points": gap,
        "progress_share": share,
        "months_left": months_left,
        "pace_needed": pace_needed,
        "pace_so_far": pace,
        "deadline_passed": deadline_passed,
    }
    if gap <= 0:
        return Progress(verdict=ACHIEVED, **common)

    projected_date = None
    if pace is not None and pace > 0:
        projected_date = current.as_of + timedelta(days=int(gap / pace * DAYS_PER_MONTH))
    if deadline_passed or months_to_deadline <= 0:
        return Progress(
            verdict=BEHIND, projected_date=projected_date, reason="deadline passed", **common
        )
    if pace is None:
        return Progress(
            verdict=NOT_ENOUGH_DATA,
            reason="fewer than two figures over at least two months",
            **common,
        )
    projected = _round(current.percent + pace * months_to_deadline)
    verdict = ON_TRACK if projected >= target.percent else BEHIND
    return Progress(
        verdict=verdict,
        projected_at_deadline=min(projected, Decimal(100)),
        projected_date=projected_date,
        reason="" if pace > 0 else "flat or falling trend",
        **common,
    )
