"""Data-quality checks on coverage figures. Pure: no Django imports.

Published rates are often rounded ("53 persen") and sometimes simply wrong
(Bali, 31 March 2025: 935.079 / 1.873.899 is 49,90 %, quoted as 50,88 %). When a
figure carries the count, the denominator and the rate, the rate is recomputed
and a disagreement larger than rounding can explain is reported.
"""

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .freshness import STALE_AFTER_CADENCES, Freshness, assess_freshness, cadence_of
from .series import BPS_BASED

# A quoted rate may be rounded to whole points ("47 persen"): half a point is
# the largest gap rounding alone can produce.
ROUNDING_TOLERANCE = Decimal("0.5")


def computed_percent(covered: int | None, eligible: int | None) -> Decimal | None:
    """covered / eligible as a percentage with two decimals, or None.

    >>> computed_percent(935_079, 1_873_899)
    Decimal('49.90')
    >>> computed_percent(10, None) is None
    True
    """
    if covered is None or not eligible:
        return None
    value = Decimal(covered) * 100 / Decimal(eligible)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def percent_mismatch(
    covered: int | None,
    eligible: int | None,
    percent: Decimal | None,
    tolerance: Decimal = ROUNDING_TOLERANCE,
) -> Decimal | None:
    """The recomputed rate when it disagrees with the quoted one beyond
    ``tolerance`` points, else None.

    >>> percent_mismatch(935_079, 1_873_899, Decimal("50.88"))
    Decimal('49.90')
    >>> percent_mismatch(1_159_887, 2_871_182, Decimal("40.40")) is None
    True
    """
    if percent is None:
        return None
    recomputed = computed_percent(covered, eligible)
    if recomputed is None:
        return None
    if abs(recomputed - Decimal(percent)) > tolerance:
        return recomputed
    return None


# ---- expected range from a region's own history -------------------------------------
#
# Each region and segment is checked against its own past, as the health
# information systems' data-quality tools do (DHIS2's outlier checks, WHO's
# data-quality review). Two textbook methods exist: a robust z-score
# (distance from the median in MADs) and the min-max of past values widened
# by a margin. We use min-max with a margin, because:
#
# - a series here is short: three to six yearly figures, a few dozen monthly
#   ones at best. With three values the MAD is often zero (two equal
#   figures) or decided by a single point, so a z-score swings between
#   flagging everything and nothing;
# - coverage climbs: a z-score around the median of a rising series flags
#   every new high, while "the past range plus what can change since"
#   grows with the time since the last figure;
# - it can be said in a sentence a data-entry clerk checks at a glance:
#   "jauh di atas riwayat wilayah ini: 12–15 % selama 3 tahun".
#
# The margin is MIN_MARGIN_POINTS or half the past spread, whichever is
# larger, plus DRIFT_POINTS_PER_MONTH for every month since the last past
# figure (half a point a month, six a year, is a very fast real rise: Sulsel
# went from 40,4 % to 47 % in a year). Only figures of the same region,
# segment and family of denominators (BPJS vs BPS-based, series.py) from
# the HISTORY_YEARS before it (inclusive) count, and at least MIN_HISTORY of them.

HISTORY_YEARS = 3
MIN_HISTORY = 3
MIN_MARGIN_POINTS = Decimal("5")
DRIFT_POINTS_PER_MONTH = Decimal("0.5")
_DAYS_PER_MONTH = Decimal("30.4375")

ABOVE = "above"
BELOW = "below"


@dataclass(frozen=True)
class ExpectedRange:
    """What a region's own history makes plausible for its next figure."""

    low: Decimal  # the lowest past value
    high: Decimal  # the highest past value
    floor: Decimal  # below this, a value is unusual
    ceiling: Decimal  # above this, a value is unusual
    count: int
    first: date
    last: date

    @property
    def years(self) -> int:
        """The span of the history in whole years, at least one."""
        return max(1, round((self.last - self.first).days / 365.25))


@dataclass(frozen=True)
class Unusual:
    value: Decimal
    expected: ExpectedRange
    direction: str  # ABOVE or BELOW
    beyond: Decimal  # points outside the floor/ceiling


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def expected_range(history: list[tuple[date, Decimal]], *, at: date) -> ExpectedRange | None:
    """The plausible range for a figure dated ``at``, from the (date, percent)
    figures of the same series dated before it, back to HISTORY_YEARS; None
    with fewer than MIN_HISTORY of them.

    >>> h = [(date(2022, 12, 31), Decimal("12")), (date(2023, 12, 31), Decimal("13")),
    ...      (date(2024, 12, 31), Decimal("15"))]
    >>> r = expected_range(h, at=date(2025, 12, 31))
    >>> r.low, r.high, r.floor, r.ceiling, r.years
    (Decimal('12'), Decimal('15'), Decimal('1.00'), Decimal('26.00'), 2)
    >>> expected_range(h[:2], at=date(2025, 12, 31)) is None
    True
    """
    start = _years_before(at, HISTORY_YEARS)
    past = sorted((d, Decimal(p)) for d, p in history if p is not None and start <= d < at)
    if len(past) < MIN_HISTORY:
        return None
    values = [p for _d, p in past]
    low, high = min(values), max(values)
    months_since = Decimal((at - past[-1][0]).days) / _DAYS_PER_MONTH
    margin = max(MIN_MARGIN_POINTS, (high - low) / 2) + DRIFT_POINTS_PER_MONTH * months_since
    margin = margin.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return ExpectedRange(
        low=low,
        high=high,
        floor=max(Decimal("0.00"), low - margin),
        ceiling=high + margin,
        count=len(past),
        first=past[0][0],
        last=past[-1][0],
    )


def check_value(value: Decimal | None, expected: ExpectedRange | None) -> Unusual | None:
    """An Unusual when ``value`` falls outside the expected range.

    >>> r = ExpectedRange(Decimal(12), Decimal(15), Decimal(1), Decimal(26), 3,
    ...                   date(2022, 12, 31), date(2024, 12, 31))
    >>> check_value(Decimal("40"), r).direction, check_value(Decimal("40"), r).beyond
    ('above', Decimal('14'))
    >>> check_value(Decimal("20"), r) is None
    True
    """
    if value is None or expected is None:
        return None
    value = Decimal(value)
    if value > expected.ceiling:
        return Unusual(value, expected, ABOVE, value - expected.ceiling)
    if value < expected.floor:
        return Unusual(value, expected, BELOW, expected.floor - value)
    return None


def unusual_against_history(
    *, value: Decimal | None, at: date, history: list[tuple[date, Decimal]]
) -> Unusual | None:
    """``value`` dated ``at`` checked against the series' own history."""
    return check_value(value, expected_range(history, at=at))


# ---- the reviewers' list ------------------------------------------------------------

UNUSUAL = "unusual"
CONTRADICTORY = "contradictory"
STALE = "stale"
UNSOURCED = "unsourced"
FINDING_KINDS = (UNUSUAL, CONTRADICTORY, STALE, UNSOURCED)


@dataclass(frozen=True, slots=True)
class FigureFacts:
    """The numbers of one recorded figure, as the checks read them."""

    pk: int
    region_id: int
    segment: str
    as_of: date
    percent: Decimal | None
    covered: int | None
    eligible: int | None
    publisher_kind: str
    published: bool
    unsourced: bool = False

    @property
    def rate(self) -> Decimal | None:
        """The quoted rate, else the one its counts give."""
        if self.percent is not None:
            return Decimal(self.percent)
        return computed_percent(self.covered, self.eligible)

    @property
    def series(self) -> tuple[int, str, bool]:
        """Figures comparable with each other: same region, segment and
        family of denominators."""
        return (self.region_id, self.segment, self.publisher_kind in BPS_BASED)


@dataclass(frozen=True)
class Finding:
    """One thing a reviewer should look at, with how much it matters:
    ``impact`` is the number of percentage points the published number of
    its series moves because of it (for stale data: months past the second
    missed release)."""

    kind: str
    figure: FigureFacts
    impact: Decimal
    unusual: Unusual | None = None
    recomputed: Decimal | None = None
    previous: Decimal | None = None  # the published value it moves away from
    freshness: Freshness | None = None


def review_findings(
    figures: list[FigureFacts], *, today: date, since: date | None = None
) -> dict[str, list[Finding]]:
    """Every unusual, contradictory, stale and unsourced figure among
    ``figures`` (any order), each list ranked by impact, largest first.
    With ``since``, figures dated before it are only history: they are not
    checked against their own past (a decade of monthly figures is checked
    where it still moves what the pages show).

    - unusual: outside the range its series' published history makes
      plausible (``expected_range``); impact: the distance from the latest
      earlier published value of the series;
    - contradictory: its counts give a rate that differs from the quoted
      one beyond rounding; impact: that difference;
    - unsourced: recorded without a source, so not public; impact: how far
      publishing it would move the series' latest published value before
      it (its whole value when the series has none);
    - stale: the newest figure of a region, when older than two release
      cadences of its publisher; impact: months beyond that.
    """
    by_series: dict[tuple, list[FigureFacts]] = {}
    for figure in sorted(figures, key=lambda f: (f.as_of, f.pk)):
        by_series.setdefault(figure.series, []).append(figure)

    found: dict[str, list[Finding]] = {kind: [] for kind in FINDING_KINDS}
    for series in by_series.values():
        published: list[tuple[date, Decimal]] = []  # oldest first
        days: list[date] = []
        for figure in series:
            rate = figure.rate
            # Only the window before the figure: a decade of monthly
            # figures costs a binary search, not a scan per figure.
            end = bisect_left(days, figure.as_of)
            previous = published[end - 1][1] if end else None
            unusual = None
            if since is None or figure.as_of >= since:
                start = bisect_left(days, _years_before(figure.as_of, HISTORY_YEARS))
                unusual = unusual_against_history(
                    value=rate, at=figure.as_of, history=published[start:end]
                )
            if unusual is not None:
                moved = abs(rate - previous) if previous is not None else unusual.beyond
                found[UNUSUAL].append(
                    Finding(UNUSUAL, figure, moved, unusual=unusual, previous=previous)
                )
            recomputed = percent_mismatch(figure.covered, figure.eligible, figure.percent)
            if recomputed is not None:
                found[CONTRADICTORY].append(
                    Finding(
                        CONTRADICTORY,
                        figure,
                        abs(Decimal(figure.percent) - recomputed),
                        recomputed=recomputed,
                    )
                )
            if figure.unsourced and rate is not None:
                moved = abs(rate - previous) if previous is not None else rate
                found[UNSOURCED].append(Finding(UNSOURCED, figure, moved, previous=previous))
            if figure.published and rate is not None:
                published.append((figure.as_of, rate))
                days.append(figure.as_of)

    newest: dict[int, FigureFacts] = {}
    for figure in figures:
        if not figure.published:
            continue
        held = newest.get(figure.region_id)
        if held is None or _freshness_key(figure) > _freshness_key(held):
            newest[figure.region_id] = figure
    for figure in newest.values():
        fresh = assess_freshness(
            as_of=figure.as_of, publisher_kind=figure.publisher_kind, today=today
        )
        if fresh.stale:
            late = fresh.age_months - STALE_AFTER_CADENCES * fresh.cadence_months
            found[STALE].append(Finding(STALE, figure, Decimal(late), freshness=fresh))

    for kind in FINDING_KINDS:
        found[kind].sort(key=lambda f: (-f.impact, f.figure.region_id, f.figure.as_of))
    return found


def _freshness_key(figure: FigureFacts) -> tuple:
    # On one date the publisher releasing most often decides (as the page).
    return (figure.as_of, -cadence_of(figure.publisher_kind), -figure.pk)
