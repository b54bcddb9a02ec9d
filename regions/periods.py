"""Partial dates ("2023", "2025-07", "2025-07-10") as stored dates with a
precision. Pure: no Django imports.

Convention: a figure for a whole year or month is stored on the last day of
that period ("2023" -> 2023-12-31), because a published figure describes the
state at the end of the period it names ("data tahun 2023"). The precision
travels with the date so pages print "2023", "Juli 2025" or "10 Juli 2025".
"""

import calendar
import re
from datetime import date

YEAR, MONTH, DAY = "year", "month", "day"

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(text: str) -> tuple[date, str]:
    """
    >>> parse_partial_date("2023")
    (datetime.date(2023, 12, 31), 'year')
    >>> parse_partial_date("2024-02")
    (datetime.date(2024, 2, 29), 'month')
    >>> parse_partial_date("2025-07-10")
    (datetime.date(2025, 7, 10), 'day')
    """
    match = _PARTIAL.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
    year, month, day = match.groups()
    if day:
        return date(int(year), int(month), int(day)), DAY
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return date(int(year), int(month), last), MONTH
    return date(int(year), 12, 31), YEAR


def format_partial_date(value: date, precision: str) -> str:
    """The inverse of parse_partial_date.

    >>> format_partial_date(date(2023, 12, 31), "year")
    '2023'
    """
    if precision == YEAR:
        return f"{value:%Y}"
    if precision == MONTH:
        return f"{value:%Y-%m}"
    return value.isoformat()
