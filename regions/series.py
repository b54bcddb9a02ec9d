"""Which published rates a region page charts, when publishers disagree.
Pure: no Django imports.

Rates for the same place and month differ because denominators differ
(NTB, June 2025: 32 % by BPJS against the BPJS "potensi pekerja", 15,62 % by
Kemnaker against BPS "penduduk bekerja"). Mixing them in one trend line
would invent a collapse or a leap. The rule:

1. The charted series is every rate published by BPJS Ketenagakerjaan or by
   the governments and prosecutors that quote its figures; rates computed by
   Kemnaker or BPS on BPS denominators form their own series and are charted
   only when nothing else exists.
2. Within the series, one rate per date: BPJS offices first (Kanwil, branch,
   head office), then governments, then others; the rest are listed as
   alternatives beside it.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

BPS_BASED = frozenset({"kemnaker", "bps"})
PRIORITY = {
    "bpjs_kanwil": 0,
    "bpjs_branch": 1,
    "bpjs_national": 2,
    "pemprov": 3,
    "pemda": 4,
    "kemendagri": 5,
    "kejaksaan": 6,
    "kemnaker": 7,
    "bps": 8,
    "other": 9,
}

REASON_BPJS = "bpjs"
REASON_BPS_ONLY = "bps_only"
REASON_NONE = "none"


@dataclass(frozen=True)
class Rate:
    as_of: date
    percent: Decimal
    publisher: str
    publisher_kind: str
    figure_id: int


@dataclass(frozen=True)
class SeriesChoice:
    charted: list[Rate]  # one per date, oldest first
    alternatives: list[Rate]  # same series, same date, lower priority
    other_basis: list[Rate]  # different denominator family, not charted
    reason: str


def choose_series(rates: list[Rate]) -> SeriesChoice:
    """
    >>> from datetime import date as d
    >>> r = [Rate(d(2025, 6, 30), Decimal("32"), "BPJS NTB", "bpjs_branch", 1),
    ...      Rate(d(2025, 6, 30), Decimal("15.62"), "Kemnaker", "kemnaker", 2)]
    >>> choice = choose_series(r)
    >>> [x.figure_id for x in choice.charted], [x.figure_id for x in choice.other_basis]
    ([1], [2])
    """
    if not rates:
        return SeriesChoice([], [], [], REASON_NONE)
    main = [r for r in rates if r.publisher_kind not in BPS_BASED]
    other = [r for r in rates if r.publisher_kind in BPS_BASED]
    reason = REASON_BPJS
    if not main:
        main, other, reason = other, [], REASON_BPS_ONLY
    by_date: dict[date, list[Rate]] = {}
    for rate in main:
        by_date.setdefault(rate.as_of, []).append(rate)
    charted, alternatives = [], []
    for as_of in sorted(by_date):
        ranked = sorted(
            by_date[as_of], key=lambda r: (PRIORITY.get(r.publisher_kind, 99), r.figure_id)
        )
        charted.append(ranked[0])
        alternatives.extend(ranked[1:])
    return SeriesChoice(
        charted=charted,
        alternatives=alternatives,
        other_basis=sorted(other, key=lambda r: r.as_of),
        reason=reason,
    )
