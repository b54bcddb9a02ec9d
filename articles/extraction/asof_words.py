"""Word patterns of the as-of rules (``asof``): the part of a year named
before it ("semester I tahun 2021", "triwulan III 2024"), a statistics survey
named before a date ("data BPS pada 2022", "Sakernas Februari 2024": the date
of the workforce it counted, not of the counts beside it) and a year the text
says it is throughout ("Sepanjang tahun 2024, ..."), and how the text dated a
figure (by a date of its own sentence or otherwise: ``dedupe`` keeps the
better dated mention of a figure told twice). Pure Python."""

from __future__ import annotations

import bisect
import re

from .dedupe import DATED, NAMED_DATE, NOT_DATED
from .tokens import _WordTest

# "semester I tahun 2021", "triwulan III 2024", "kuartal kedua tahun 2023", "kuartal I-2025"
_PERIOD_BEFORE_RE = re.compile(
    r"\b(?P<kind>semester|triwulan|kuartal)[ \t]+(?:ke-?)?"
    r"(?P<n>IV|III|II|I|[1-4]|pertama|kedua|ketiga|keempat)(?:[ \t]+(?:tahun[ \t]+)?|-)$",
    re.IGNORECASE,
)
# the words the matches of _PERIOD_BEFORE_RE start with
_PERIOD_START = _WordTest({"semester", "triwulan", "kuartal"})
_PERIOD_NUMBERS = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "pertama": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
}
# "Sepanjang tahun 2024, ...", "selama 2023": the year the figures after it are of
_THROUGHOUT_TAIL_RE = re.compile(r"\b(?:sepanjang|selama)[ \t]+(?:tahun[ \t]+)?$", re.IGNORECASE)
_THROUGHOUT_WORDS = ("sepanjang", "selama")
# a statistics survey named right before a date ("data BPS pada 2022", "Sakernas
# Februari 2024", "tercatat di Badan Pusat Statistik (BPS) 2023")
_SURVEY_BEFORE_RE = re.compile(
    r"\b(?:BPS|Badan[ \t]+Pusat[ \t]+Statistik|Sakernas|Susenas)\b[^.;\d]{0,50}$", re.IGNORECASE
)
_SURVEY_WORDS = ("bps", "statistik", "sakernas", "susenas")


def _names_any(lower: str | None, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether any of the (lower-case) words occurs in lower[lo:hi]: a quick
    look before a pattern is tried (no lower-cased text: maybe)."""
    if lower is None:
        return True
    return any(lower.find(word, lo, hi) >= 0 for word in words)


def names_survey(lower: str | None, lo: int, hi: int) -> bool:
    """Whether a statistics survey may be named in lower[lo:hi]."""
    return _names_any(lower, _SURVEY_WORDS, lo, hi)


def survey_before(text: str, lower: str | None, pos: int) -> bool:
    """Whether a statistics survey is named right before the date at ``pos``."""
    lo = max(0, pos - 70)
    return names_survey(lower, lo, pos) and _SURVEY_BEFORE_RE.search(text, lo, pos) is not None


def throughout_before(text: str, lower: str | None, pos: int) -> bool:
    """Whether "sepanjang" or "selama" (tahun) comes right before ``pos``."""
    lo = max(0, pos - 20)
    return (
        _names_any(lower, _THROUGHOUT_WORDS, lo, pos)
        and _THROUGHOUT_TAIL_RE.search(text, lo, pos) is not None
    )


# a sum of money just before a date: "Rp106 juta dari DBHCHT di tahun 2025"
_MONEY_BEFORE_RE = re.compile(r"\bRp\.?[ \t]?\d", re.IGNORECASE)


def how_dated(text: str, date_starts: list[int], pos: int | None, s) -> int:
    """How the text dated a figure whose date was chosen at ``pos`` (None: not
    at all): ``NAMED_DATE`` by a date written in its own sentence ``s``
    ("Pada November 2025 ini sebanyak 9.650 ..."), ``DATED`` otherwise ("saat
    ini", a date carried from before, the story's day). A year right after a
    sum of money ("dana Rp106 juta dari DBHCHT di tahun 2025 ini mampu
    menanggung iuran 2.104 pekerja") is the money's, not the count's own."""
    if pos is None:
        return NOT_DATED
    k = bisect.bisect_left(date_starts, pos)
    if (
        s is not None
        and s.lo <= pos < s.hi
        and k < len(date_starts)
        and date_starts[k] == pos
        and not _MONEY_BEFORE_RE.search(text, max(s.lo, pos - 50), pos)
    ):
        return NAMED_DATE
    return DATED
