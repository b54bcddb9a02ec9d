"""How old a region's latest figure is, and when the next one is due.
Pure: no Django imports.

Each publisher releases on its own rhythm: BPJS Ketenagakerjaan offices
report participants every month; BPS's Sakernas (and the rates Kemnaker
computes from it) is yearly for regencies; governments and others quote
figures about once a year. The next figure is expected one cadence after
the latest one; a figure older than two cadences is stale (one missed
release is ordinary, two are a gap a reader must be told about).

Ages are counted in whole calendar months, as a reader says them: a
figure as of 31 May is "5 bulan" old on 31 October, "4 bulan" on 30
October.
"""

import calendar
from dataclasses import dataclass
from datetime import date

MONTHLY = 1
YEARLY = 12
CADENCE_MONTHS = {
    "bpjs_national": MONTHLY,
    "bpjs_kanwil": MONTHLY,
    "bpjs_branch": MONTHLY,
    "bps": YEARLY,
    "kemnaker": YEARLY,
}
DEFAULT_CADENCE_MONTHS = YEARLY
STALE_AFTER_CADENCES = 2


@dataclass(frozen=True)
class Freshness:
    as_of: date
    publisher_kind: str
    age_months: int
    cadence_months: int
    next_expected: date
    #: the next release is past due (today is after ``next_expected``)
    overdue: bool
    #: older than STALE_AFTER_CADENCES cadences
    stale: bool

    @property
    def monthly(self) -> bool:
        return self.cadence_months == MONTHLY


def cadence_of(publisher_kind: str) -> int:
    """Months between two releases of this kind of publisher.

    >>> cadence_of("bpjs_kanwil"), cadence_of("bps"), cadence_of("pemprov")
    (1, 12, 12)
    """
    return CADENCE_MONTHS.get(publisher_kind, DEFAULT_CADENCE_MONTHS)


def whole_months(start: date, end: date) -> int:
    """Whole calendar months from start to end (0 when end is before start).
    The last day of a month counts as a full month up to the last day of a
    shorter one (31 May -> 30 June is one month).

    >>> whole_months(date(2025, 5, 31), date(2025, 10, 31))
    5
    >>> whole_months(date(2025, 5, 31), date(2025, 10, 30))
    4
    >>> whole_months(date(2025, 5, 31), date(2025, 6, 30))
    1
    >>> whole_months(date(2025, 6, 1), date(2025, 5, 1))
    0
    """
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    end_is_month_end = end.day == calendar.monthrange(end.year, end.month)[1]
    if end.day < start.day and not end_is_month_end:
        months -= 1
    return max(months, 0)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, the day clamped to the month's end;
    a month-end stays a month-end (31 May + 1 -> 30 June, 30 June + 1 ->
    31 July).

    >>> add_months(date(2025, 5, 31), 1), add_months(date(2025, 6, 30), 1)
    (datetime.date(2025, 6, 30), datetime.date(2025, 7, 31))
    >>> add_months(date(2024, 12, 31), 12)
    datetime.date(2025, 12, 31)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    was_month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return date(year, month, last if was_month_end else min(day.day, last))


def assess_freshness(*, as_of: date, publisher_kind: str, today: date) -> Freshness:
    """The age of a figure dated ``as_of`` on ``today`` and when the next
    one from the same kind of publisher is due.

    >>> f = assess_freshness(as_of=date(2025, 5, 31), publisher_kind="bpjs_kanwil",
    ...                      today=date(2025, 10, 31))
    >>> f.age_months, f.next_expected, f.overdue, f.stale
    (5, datetime.date(2025, 6, 30), True, True)
    >>> f = assess_freshness(as_of=date(2024, 12, 31), publisher_kind="bps",
    ...                      today=date(2025, 10, 31))
    >>> f.age_months, f.next_expected, f.overdue, f.stale
    (10, datetime.date(2025, 12, 31), False, False)
    """
    cadence = cadence_of(publisher_kind)
    age = whole_months(as_of, today)
    next_expected = add_months(as_of, cadence)
    return Freshness(
        as_of=as_of,
        publisher_kind=publisher_kind,
        age_months=age,
        cadence_months=cadence,
        next_expected=next_expected,
        overdue=today > next_expected,
        stale=age > STALE_AFTER_CADENCES * cadence,
    )
