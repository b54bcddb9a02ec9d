"""Indonesian dates as news articles write them. Pure Python, no Django.

- ``parse_indonesian_date("Kamis (9/2/2023)")`` -> ``(date(2023, 2, 9), "day")``;
  ``"Februari 2025"`` -> month precision, ``"tahun 2023"`` -> year precision.
- ``infer_year(29, 9, "Jumat", earliest=2021, latest=2026)`` -> ``[2023]``: the
  years in a window where that day and month fall on that weekday.
- ``find_dates(text, published=...)`` lists every date mention in a text with
  its span. A day and month written without a year ("Jumat (29/9)", "Ahad,
  11/8") get their year from the weekday named beside them, within a window
  bounded by the years the text mentions elsewhere and the publication date.

Precisions are the stored values of ``regions.choices.DatePrecision``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

DAY = "day"
MONTH = "month"
YEAR = "year"

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agust": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
}

# Python's date.weekday(): Monday is 0.
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})

MIN_YEAR = 1900
MAX_YEAR = 2100


def month_number(name: str) -> int | None:
    """1-12 for an Indonesian month name or short form ("Agt", "Des."), else None."""
    return MONTHS.get(name.strip().rstrip(".").lower())


def weekday_number(weekday: str | int) -> int:
    """0 (Senin) to 6 (Minggu/Ahad) for a weekday name or number; ValueError otherwise."""
    if isinstance(weekday, int) and not isinstance(weekday, bool):
        if 0 <= weekday <= 6:
            return weekday
        raise ValueError(f"weekday number out of range: {weekday}")
    key = str(weekday).strip().translate(_APOSTROPHES).lower()
    if key in WEEKDAYS:
        return WEEKDAYS[key]
    raise ValueError(f"not an Indonesian weekday: {weekday!r}")


def weekday_matches(day: dt.date, weekday: str | int) -> bool:
    return day.weekday() == weekday_number(weekday)


def infer_year(
    day: int, month: int, weekday: str | int, *, earliest: int, latest: int
) -> list[int]:
    """Every year in [earliest, latest] in which day/month falls on weekday.

    >>> infer_year(29, 9, "Jumat", earliest=2021, latest=2026)
    [2023]
    """
    lo = max(earliest, dt.MINYEAR)
    hi = min(latest, dt.MAXYEAR)
    return list(_fitting_years(day, month, weekday_number(weekday), lo, hi))


@functools.lru_cache(maxsize=4096)
def _fitting_years(day: int, month: int, wd: int, lo: int, hi: int) -> tuple[int, ...]:
    years = []
    for year in range(lo, hi + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == wd:
            years.append(year)
    return tuple(years)


def as_of_string(day: dt.date, precision: str) -> str:
    """ "2023", "2023-02" or "2023-02-09" by precision."""
    if precision == YEAR:
        return f"{day.year:04d}"
    if precision == MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: ``text[start:end]`` is how it was written."""

    start: int
    end: int
    date: dt.date
    precision: str
    weekday: int | None = None  # the weekday named beside it, 0 = Senin
    year_inferred: bool = False  # the text gave no year; it was worked out

    @property
    def as_of(self) -> str:
        return as_of_string(self.date, self.precision)

    @property
    def anchored(self) -> bool:
        """A full date with a weekday beside it: news reports name the day of
        the event that way ("Kamis (9/2/2023)")."""
        return self.weekday is not None and self.precision == DAY


_WD = r"senin|selasa|rabu|kamis|jum['\u2019]?at|sabtu|minggu|ahad"
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUM_SEP = r"\s{0,2}[/-]\s{0,2}"

# Whitespace is bounded ({0,3}) so no input can make the pattern backtrack badly.
_S = r"\s{0,3}"
_DATE_RE = re.compile(
    # A: weekday with d/m or d/m/y: "Kamis (9/2/2023)", "Jumat (29/9)", "Ahad, 11/8"
    rf"\b(?P<a_wd>{_WD})\b{_S}(?:,{_S})?(?:\({_S})?(?P<a_d>\d{{1,2}}){_NUM_SEP}(?P<a_m>\d{{1,2}})"
    rf"(?:{_NUM_SEP}(?P<a_y>\d{{4}}|\d{{2}}))?(?![\d/])(?:{_S}\))?"
    # B: weekday with d month [y]: "Senin, 10 Juli 2025", "Kamis (9 Februari)"
    rf"|\b(?P<b_wd>{_WD})\b{_S}(?:,{_S})?(?:\({_S})?(?P<b_d>\d{{1,2}})\s{{1,3}}(?P<b_m>{_MON})\b\.?"
    rf"(?:{_S}(?:,{_S})?(?P<b_y>\d{{4}})(?!\d))?(?:{_S}\))?"
    # C: ISO 2023-02-09
    r"|(?<![\w/.,-])(?P<i_y>\d{4})-(?P<i_m>\d{1,2})-(?P<i_d>\d{1,2})(?![\w/-])"
    # D: numeric d/m/y: "10/7/2025", "9-2-2023"
    rf"|(?<![\w/.,-])(?P<c_d>\d{{1,2}}){_NUM_SEP}(?P<c_m>\d{{1,2}}){_NUM_SEP}"
    r"(?P<c_y>\d{4}|\d{2})(?![\w/]|[.,]\d)"
    # E: d month [y]: "9 Februari 2023", "31 Des 2024", "11 Agustus"
    rf"|(?<![\w/.,-])(?P<e_d>\d{{1,2}})\s{{1,3}}(?P<e_m>{_MON})\b\.?"
    rf"(?:{_S}(?:,{_S})?(?P<e_y>\d{{4}})(?!\d))?"
    # F: month y: "Februari 2025", "Juni tahun 2024"
    rf"|\b(?P<f_m>{_MON})\b\.?{_S}(?:,{_S})?(?:tahun\s{{1,3}})?(?P<f_y>\d{{4}})(?![\w]|[.,]\d)"
    # G: "tahun 2023", "Tahun Anggaran 2024", "TA 2024"
    r"|\b(?:tahun(?:\s{1,3}anggaran)?|thn\.?|ta)\s{1,3}(?P<g_y>\d{4})(?![\w]|[.,]\d)"
    # H: a bare year
    r"|(?<![\w/.,-])(?P<h_y>(?:19[5-9]|20\d)\d)(?![\w]|[.,/]\d)"
    # K: the year of a part of it in Roman numerals: "kuartal I-2025", "semester II-2024"
    r"|(?<=[IV]-)(?P<k_y>(?:19[5-9]|20\d)\d)(?![\w]|[.,/]\d)"
    # I: "(29/9)" without a weekday
    r"|(?<=\()(?P<p_d>\d{1,2})\s{0,2}/\s{0,2}(?P<p_m>\d{1,2})\s{0,2}\)",
    re.IGNORECASE,
)
# Where a date can start: a weekday, month or "tahun" word, or digits. The
# full pattern is only tried there (searching it everywhere is slow).
_TRIGGER_WORDS = "|".join(
    sorted([*MONTHS, *WEEKDAYS, "jum\u2019at", "tahun", "thn", "ta"], key=len, reverse=True)
)
_TRIGGER_WORD_RE = re.compile(rf"\b(?:{_TRIGGER_WORDS})\b")
_TRIGGER_DIGIT_RE = re.compile(
    rf"(?<![\w.,/-])(?:\d{{1,2}}\s{{0,2}}[/-]|\d{{1,2}}\s{{1,3}}(?:{_MON})\b"
    r"|\d{4}(?:-|(?![\w]|[.,/]\d)))"
    r"|(?<=[iv]-)\d{4}(?![\w]|[.,/]\d)"
)
# "kuartal I-", "triwulan III-", "semester II-": the part of the year that follows
_PART_OF_YEAR_BEFORE_RE = re.compile(
    r"\b(?:kuartal|triwulan|semester)\s{1,3}(?:IV|I{1,3})-$", re.IGNORECASE
)


# Lower-cased words a date can start with: a trigger word, "jum" of "jum'at"
# (a word ends at the apostrophe) or a number of 1, 2 or 4 digits (a day, a
# month, a year: the digits of a date are never followed by a letter).
_START_WORDS = frozenset([*MONTHS, *WEEKDAYS, "jum", "tahun", "thn", "ta"])


class _WordTable(Protocol):
    """A text's words: ``starts[i]`` is where word i starts; ``indexes(accept)``
    the indexes, in order, of the words (lower-cased) ``accept`` takes."""

    starts: list[int]

    def indexes(self, accept: Callable[[str], bool]) -> list[int]: ...


def may_start_date(word: str) -> bool:
    """Whether a date can start at a word (a run of ``\\w``, lower-cased)."""
    return word in _START_WORDS or (len(word) in (1, 2, 4) and word.isdigit())


def _date_matches(text: str, starts: Iterable[int] | None = None):
    if starts is None:
        lower = text.lower()
        if len(lower) != len(text):
            yield from _DATE_RE.finditer(text)
            return
        starts = heapq.merge(
            (m.start() for m in _TRIGGER_WORD_RE.finditer(lower)),
            (m.start() for m in _TRIGGER_DIGIT_RE.finditer(lower)),
        )
    done = 0
    for pos in starts:
        # a number right after ".,/-" ("24.874", "1/2") starts no date, but for
        # the year of "kuartal I-2025"
        if pos < done or (
            pos
            and text[pos - 1] in ".,/-"
            and text[pos].isdigit()
            and not _PART_OF_YEAR_BEFORE_RE.search(text, max(0, pos - 16), pos)
        ):
            continue
        m = _DATE_RE.match(text, pos)
        if m and m.end() > pos:
            done = m.end()
            yield m


@dataclass
class _Raw:
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    weekday: int | None
    precision: str
    regulation: bool = False  # "Nomor 2 Tahun 2021": a regulation's year


# "Instruksi Presiden Nomor 2 Tahun 2021": the year names the regulation
_REGULATION_BEFORE_RE = re.compile(r"\b(?:nomor|no\.?)\s{0,3}\d{1,4}[a-z]?\s{1,3}$", re.IGNORECASE)


def _year_from(group: str | None) -> int | None:
    if not group:
        return None
    year = int(group)
    if len(group) == 2:
        year += 2000 if year < 70 else 1900
    return year if MIN_YEAR <= year <= MAX_YEAR else -1


def _raw_mentions(text: str, starts: Iterable[int] | None = None) -> list[_Raw]:
    found: list[_Raw] = []
    for m in _date_matches(text, starts):
        g = m.groupdict()
        wd = None
        if g["a_wd"] or g["b_wd"]:
            wd = weekday_number(g["a_wd"] or g["b_wd"])
        if g["a_d"]:
            day, month, year = int(g["a_d"]), int(g["a_m"]), _year_from(g["a_y"])
            precision = DAY
        elif g["b_d"]:
            day, month, year = int(g["b_d"]), MONTHS[g["b_m"].lower()], _year_from(g["b_y"])
            precision = DAY
        elif g["i_y"]:
            day, month, year = int(g["i_d"]), int(g["i_m"]), _year_from(g["i_y"])
            precision = DAY
        elif g["c_d"]:
            day, month, year = int(g["c_d"]), int(g["c_m"]), _year_from(g["c_y"])
            precision = DAY
        elif g["e_d"]:
            day, month, year = int(g["e_d"]), MONTHS[g["e_m"].lower()], _year_from(g["e_y"])
            precision = DAY
        elif g["f_m"]:
            day, month, year = 1, MONTHS[g["f_m"].lower()], _year_from(g["f_y"])
            precision = MONTH
        elif g["g_y"] or g["h_y"] or g["k_y"]:
            if g["k_y"] and not _PART_OF_YEAR_BEFORE_RE.search(
                text, max(0, m.start() - 16), m.start()
            ):
                continue
            day, month, year = 1, 1, _year_from(g["g_y"] or g["h_y"] or g["k_y"])
            precision = YEAR
        else:
            day, month, year = int(g["p_d"]), int(g["p_m"]), None
            precision = DAY
        if year == -1 or not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if year is not None:
            try:
                dt.date(year, month, day)
            except ValueError:
                continue
        raw = _Raw(m.start(), m.end(), day, month, year, wd, precision)
        if g["g_y"]:
            raw.regulation = bool(
                _REGULATION_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
            )
        found.append(raw)
    return found


def _near_publication(day: int, month: int, weekday: int | None, published: dt.date) -> int:
    """The year of a day/month an article published on ``published`` names."""
    year = published.year
    fitting = []
    for candidate_year in (year, year - 1, year + 1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if weekday is None or candidate.weekday() == weekday:
            fitting.append(candidate)
    # News reports an event on or shortly before the publication date ...
    for candidate in fitting:
        if candidate <= published + dt.timedelta(days=7) and (
            candidate.year <= year or weekday is not None
        ):
            return candidate.year
    if weekday is not None:
        # ... or one later in its year, or early in the next ("Kamis (2/1)"
        # in an article of 30 December)
        for candidate in fitting:
            if candidate.year == year or candidate <= published + dt.timedelta(days=60):
                return candidate.year
        # a weekday that fits no year near the publication is a slip of the pen:
        # the day and month are read as if it were not there
        return _near_publication(day, month, None, published)
    return year


def _pick_year(
    day: int,
    month: int,
    weekday: int | None,
    *,
    mentioned: list[int],
    home: int | None,
    published: dt.date | None,
    today: dt.date,
) -> int | None:
    """The year of a day/month written without one, or None if it cannot be
    told. ``mentioned``: the years the text talks about, sorted, none after
    ``latest``; ``home``: the one of them written nearest before the date."""
    if published is not None:
        return _near_publication(day, month, weekday, published)
    if weekday is None:
        return mentioned[-1] if mentioned else None
    latest = today.year
    if not mentioned:
        # nothing else to go on: the latest year the weekday fits
        years = infer_year(day, month, weekday, earliest=latest - 10, latest=latest)
        return years[-1] if years else None
    # The weekday chooses a year in the span the text talks about or one beside
    # it; the text is about a time at or after the latest year it mentions ...
    latest = min(latest, mentioned[-1] + 1)
    years = infer_year(day, month, weekday, earliest=mentioned[-1], latest=latest)
    if years:
        return years[0]
    years = infer_year(day, month, weekday, earliest=mentioned[0] - 1, latest=latest)
    if years:
        return years[-1]
    # ... and a weekday that fits none of them is a slip of the pen, not a
    # reason to move years away: the year the text was talking about stands
    return home if home is not None else mentioned[-1]


def find_dates(
    text: str,
    *,
    published: dt.date | None = None,
    today: dt.date | None = None,
    context_years: Iterable[int] = (),
    words: _WordTable | None = None,
) -> list[DateMention]:
    """Every date mention in ``text``, in order. Mentions without a year get
    one from the weekday beside them, bounded by the publication date and the
    years the text (or ``context_years``) mentions (see ``infer_year``);
    those that cannot be placed are left out.

    ``words``: the text's table of words (runs of ``\\w``, lower-cased) when the
    caller already holds one: dates are then tried only at the words they can
    start with, found there, instead of searching the text for them."""
    today = today or dt.date.today()
    if isinstance(published, dt.datetime):
        published = published.date()
    starts = None
    if words is not None:
        found = words.indexes(may_start_date)
        ends = getattr(words, "ends", None)
        if ends is None:
            starts = [words.starts[i] for i in found]
        else:
            # a date that starts with a number of one or two digits goes on after
            # it with a space, "/" or "-" ("9 Februari", "9/2", "(29 / 9)"): not
            # tried at "75" of "75.406" nor at "12" of "12,5 persen"
            size, begins = len(text), words.starts
            starts = [
                begins[i]
                for i in found
                if ends[i] - begins[i] > 2
                or not text[begins[i]].isdigit()
                or (ends[i] < size and (text[ends[i]].isspace() or text[ends[i]] in "/-"))
            ]
    raws = _raw_mentions(text, starts)
    latest = published.year if published else today.year
    # the years the text talks about (a regulation's year is its name), in order
    talked = [r for r in raws if r.year and not r.regulation and MIN_YEAR <= r.year <= latest]
    mentioned = sorted(
        {y for y in context_years if MIN_YEAR <= y <= latest} | {r.year for r in talked}
    )
    talked_starts = [r.start for r in talked]
    mentions = []
    for r in raws:
        year = r.year
        inferred = False
        if year is None:
            # the year written nearest before it, else the first one after it
            k = bisect.bisect_left(talked_starts, r.start)
            home = talked[max(k - 1, 0)].year if talked else None
            year = _pick_year(
                r.day,
                r.month,
                r.weekday,
                mentioned=mentioned,
                home=home,
                published=published,
                today=today,
            )
            inferred = True
            if year is None:
                continue
        try:
            when = dt.date(year, r.month, r.day)
        except ValueError:
            continue
        mentions.append(DateMention(r.start, r.end, when, r.precision, r.weekday, inferred))
    return mentions


_BARE_DM_RE = re.compile(r"\(?(\d{1,2})\s{0,2}[/-]\s{0,2}(\d{1,2})\)?")


def parse_indonesian_date(
    s: str, *, default_year: int | None = None, today: dt.date | None = None
) -> tuple[dt.date, str]:
    """The date written in ``s`` and its precision ("day", "month", "year").

    Accepts "10/7/2025", "9 Februari 2023", "Kamis (9/2/2023)", "Februari 2025",
    "tahun 2023", "2023", "2023-02-09"; a day/month without a year takes the
    year from the weekday beside it ("Jumat (29/9)": the latest such year up to
    ``today``) or from ``default_year``. Raises ValueError when there is no date.
    """
    if not isinstance(s, str) or not s.strip():
        raise ValueError("empty date")
    context = (default_year,) if default_year is not None else ()
    mentions = find_dates(s, today=today, context_years=context)
    if mentions:
        best = max(mentions, key=lambda m: (m.end - m.start, -m.start))
        if best.year_inferred and default_year is not None:
            try:
                return best.date.replace(year=default_year), best.precision
            except ValueError:
                pass
        return best.date, best.precision
    bare = _BARE_DM_RE.fullmatch(s.strip())
    if bare and default_year is not None:
        try:
            return dt.date(default_year, int(bare.group(2)), int(bare.group(1))), DAY
        except ValueError:
            pass
    raise ValueError(f"no Indonesian date in {s!r}")


_BARE_WEEKDAY_RE = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jum['\u2019]?at|Sabtu|Minggu|Ahad)\b")


def bare_weekdays(text: str) -> list[tuple[int, int]]:
    """(position, weekday) of capitalised weekday names ("..., Sabtu.")."""
    return [(m.start(), weekday_number(m.group(1))) for m in _BARE_WEEKDAY_RE.finditer(text)]


def last_weekday_on_or_before(day: dt.date, weekday: str | int) -> dt.date:
    """The latest date not after ``day`` that falls on ``weekday``."""
    back = (day.weekday() - weekday_number(weekday)) % 7
    return day - dt.timedelta(days=back)
