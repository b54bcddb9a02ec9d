"""From a row's cells to what the admin form expects: the header matched to
the kind's columns, dates read with the precision their form implies,
choices to stored values, yes/no to booleans, the formula guard undone.
Numbers stay as typed: the admin form reads them (46,44, 1.300.000,
46.44 %) with its own messages. Pure: no Django imports.

>>> parse_date_text("10 Juli 2025")
(datetime.date(2025, 7, 10), 'day')
>>> parse_date_text("07/2025")
(datetime.date(2025, 7, 31), 'month')
>>> neutralise("=HYPERLINK(1)"), unneutralise("'=HYPERLINK(1)")
("'=HYPERLINK(1)", '=HYPERLINK(1)')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .columns import (
    BOOL,
    CHOICE,
    COUNT,
    DATE,
    DAY,
    DECIMAL,
    FALSE_WORDS,
    INTEGER,
    MONTH,
    PRECISION,
    PRECISION_WORDS,
    REGION,
    REGION_NAME,
    TEXT,
    TRUE_WORDS,
    YEAR,
    Column,
    Kind,
    Problem,
    gettext_noop,
    normalise_header,
    normalise_token,
)

# ---- cell values -------------------------------------------------------------------

INJECTION_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_guard(text: str) -> bool:
    stripped = text.lstrip("'")
    return stripped.startswith(INJECTION_STARTS)


def neutralise(text: str) -> str:
    """A text cell that a spreadsheet would read as a formula gets a leading
    apostrophe (CSV/formula injection). Text that already starts with
    apostrophes before such a character gets one more, so that
    ``unneutralise`` gives it back unchanged.

    >>> neutralise("-5"), neutralise("'=x"), neutralise("'a")
    ("'-5", "''=x", "'a")
    """
    return "'" + text if _needs_guard(text) else text


def unneutralise(text: str) -> str:
    """The inverse of ``neutralise``: "'=x" -> "=x"; "'hello" stays."""
    if text.startswith("'") and _needs_guard(text[1:]):
        return text[1:]
    return text


MONTH_NAMES: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip

_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_ISO_DAY = re.compile(rf"^(\d{{4}})-(\d{{1,2}})-(\d{{1,2}}){_TIME}$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DMY = re.compile(rf"^(\d{{1,2}})[/.\-](\d{{1,2}})[/.\-](\d{{4}}){_TIME}$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_D_NAME_Y = re.compile(r"^(\d{1,2})[\s\-]+([a-z]+)\.?,?[\s\-]+(\d{4})$")
_NAME_Y = re.compile(r"^([a-z]+)\.?,?[\s\-]+(\d{4})$")

BAD_DATE = gettext_noop(
    "“%(value)s” bukan tanggal. Contoh: 2025-07-10, 10/07/2025 atau 10 Juli 2025."
)


class CellError(ValueError):
    def __init__(self, reason: str, **params):
        self.reason, self.params = reason, params
        super().__init__(reason % params if params else reason)


def _period_end(year: int, month: int | None) -> dt.date:
    if month is None:
        return dt.date(year, 12, 31)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_date_text(text: str) -> tuple[dt.date, str]:
    """A date as people type it, with the precision its form implies; a
    month or a year is stored on its last day (regions/periods.py).

    >>> parse_date_text("2025-07-10"), parse_date_text("10/07/2025")[0]
    ((datetime.date(2025, 7, 10), 'day'), datetime.date(2025, 7, 10))
    >>> parse_date_text("Agu 2025"), parse_date_text("2023")
    ((datetime.date(2025, 8, 31), 'month'), (datetime.date(2023, 12, 31), 'year'))
    """
    raw = str(text).strip()
    low = re.sub(r"\s+", " ", raw.lower())
    try:
        if m := _ISO_DAY.match(low):
            y, mo, d = (int(g) for g in m.groups())
            return _checked(y, mo, d), DAY
        if m := _DMY.match(low):
            d, mo, y = (int(g) for g in m.groups())
            return _checked(y, mo, d), DAY
        if m := _D_NAME_Y.match(low):
            d, name, y = m.groups()
            if name in MONTH_NAMES:
                return _checked(int(y), MONTH_NAMES[name], int(d)), DAY
        if m := _ISO_MONTH.match(low):
            y, mo = (int(g) for g in m.groups())
            return _checked_month(y, mo), MONTH
        if m := _MY.match(low):
            mo, y = (int(g) for g in m.groups())
            return _checked_month(y, mo), MONTH
        if m := _NAME_Y.match(low):
            name, y = m.groups()
            if name in MONTH_NAMES:
                return _checked_month(int(y), MONTH_NAMES[name]), MONTH
        if m := _YEAR.match(low):
            y = int(m.group(1))
            if 1900 <= y <= 2100:
                return _period_end(y, None), YEAR
    except ValueError as error:
        if isinstance(error, CellError):
            raise
        raise CellError(
            gettext_noop("“%(value)s” bukan tanggal yang ada di kalender."), value=raw
        ) from error
    raise CellError(BAD_DATE, value=raw)


def _checked(year: int, month: int, day: int) -> dt.date:
    if not 1900 <= year <= 2100:
        raise CellError(gettext_noop("Tahun %(year)s di luar 1900–2100."), year=year)
    return dt.date(year, month, day)


def _checked_month(year: int, month: int) -> dt.date:
    _checked(year, month, 1)
    return _period_end(year, month)


def parse_precision(text: str) -> str:
    """
    >>> parse_precision("Bulan"), parse_precision("year")
    ('month', 'year')
    """
    word = normalise_token(text)
    if word not in PRECISION_WORDS:
        raise CellError(
            gettext_noop("“%(value)s” bukan ketelitian yang dikenal. Pilihan: hari, bulan, tahun."),
            value=text,
        )
    return PRECISION_WORDS[word]


def parse_bool(text: str) -> bool:
    """
    >>> parse_bool("Ya"), parse_bool(""), parse_bool("tidak")
    (True, False, False)
    """
    word = normalise_token(text)
    if word == "" or word in FALSE_WORDS:
        return False
    if word in TRUE_WORDS:
        return True
    raise CellError(gettext_noop("“%(value)s” bukan ya atau tidak."), value=text)


_NBSP = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})


def clean_cell(value: str) -> str:
    return str(value).translate(_NBSP).strip()


# ---- rows -> form data -----------------------------------------------------------------


@dataclass
class HeaderMap:
    #: column index in the file -> Column
    columns: dict[int, Column]
    problems: list[Problem]

    @property
    def present(self) -> set[str]:
        return {c.header for c in self.columns.values()}


def map_header(header: Sequence[str], kind: Kind, header_row: int = 1) -> HeaderMap:
    """Match the file's header cells to the kind's columns; unknown,
    repeated and missing required columns are problems."""
    by_name = {c.header: c for c in kind.columns}
    columns: dict[int, Column] = {}
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(header):
        if not cell:
            continue
        name = normalise_header(cell)
        column = by_name.get(name)
        if column is None:
            problems.append(
                Problem(
                    header_row,
                    cell,
                    gettext_noop(
                        "kolom tidak dikenal untuk berkas %(kind)s. Kolom yang dikenal: %(known)s."
                    ),
                    {"kind": kind.title, "known": ", ".join(kind.headers)},
                )
            )
            continue
        if name in seen:
            problems.append(Problem(header_row, cell, gettext_noop("kolom ini muncul dua kali.")))
            continue
        seen[name] = index
        columns[index] = column
    for column in kind.columns:
        if column.required and column.header not in seen:
            if column.type == REGION and "nama_wilayah" in seen:
                continue
            problems.append(
                Problem(
                    None,
                    None,
                    gettext_noop("Kolom wajib “%(column)s” tidak ada di baris judul."),
                    {"column": column.header},
                )
            )
    return HeaderMap(columns, problems)


@dataclass
class RowData:
    """One data row turned into what the form expects (text values keyed by
    form field), plus the region as written and the problems found in the
    cells themselves."""

    number: int
    data: dict[str, str]
    cells: dict[str, str]
    region_text: str = ""
    region_name: str = ""
    problems: list[Problem] = field(default_factory=list)
    #: fields whose cell already has a problem: the form's own message for
    #: them would only repeat it
    bad_fields: set[str] = field(default_factory=set)


def _unheaded(row: RowData, cells: Sequence[str], header: HeaderMap) -> None:
    for index, cell in enumerate(cells):
        if cell and index not in header.columns:
            row.problems.append(
                Problem(
                    row.number,
                    None,
                    gettext_noop("ada isian “%(value)s” di kolom ke-%(n)s yang tidak berjudul."),
                    {"value": cell[:40], "n": index + 1},
                )
            )


@dataclass
class _Precisions:
    """Per precision field: what its column says, and what its date's form implies."""

    given: dict[str, str] = field(default_factory=dict)
    inferred: dict[str, str] = field(default_factory=dict)

    def of(self, name: str) -> str:
        return self.given.get(name) or self.inferred.get(name) or DAY


def _date_cell(row: RowData, column: Column, raw: str, precisions: _Precisions) -> None:
    row.data[column.field] = ""
    if raw:
        value, precision = parse_date_text(raw)
        row.data[column.field] = value.isoformat()
        if column.precision_field:
            precisions.inferred[column.precision_field] = precision


def _cell(row, column: Column, raw: str, choices: dict, precisions: _Precisions) -> None:
    """One cell into the row's form data (CellError when it cannot be read)."""
    kind = column.type
    if kind == REGION:
        row.region_text = raw
    elif kind == REGION_NAME:
        row.region_name = raw
    elif kind == TEXT:
        row.data[column.field] = unneutralise(raw)
    elif kind in (COUNT, DECIMAL, INTEGER):
        row.data[column.field] = raw
    elif kind == DATE:
        _date_cell(row, column, raw, precisions)
    elif kind == PRECISION:
        if raw:
            precisions.given[column.field] = parse_precision(raw)
    elif kind == BOOL:
        row.data[column.field] = "true" if parse_bool(raw) else "false"
    elif kind == CHOICE:
        row.data[column.field] = _choice(raw, column, choices.get(column.field, {}))


def _defaults(row: RowData, kind: Kind, precisions: _Precisions) -> None:
    """Precisions from their dates; optional columns left out of the file
    take their default."""
    for column in kind.columns:
        if column.type == DATE and column.precision_field:
            row.data[column.precision_field] = precisions.of(column.precision_field)
        elif column.field and column.field not in row.data and column.type != PRECISION:
            row.data[column.field] = "false" if column.type == BOOL else column.default


def normalise_row(
    number: int,
    cells: Sequence[str],
    kind: Kind,
    header: HeaderMap,
    choices: dict[str, dict[str, str]],
) -> RowData:
    """The cells of one row as form data: dates to ISO with their precision,
    choices to stored values, yes/no to booleans, formula-guard apostrophes
    removed. Numbers stay as typed: the admin form reads them (46,44,
    1.300.000, 46.44 %) and gives its own messages."""
    row = RowData(number, {}, {})
    _unheaded(row, cells, header)
    precisions = _Precisions()
    for index, column in header.columns.items():
        raw = cells[index] if index < len(cells) else ""
        row.cells[column.header] = raw
        try:
            _cell(row, column, raw, choices, precisions)
        except CellError as error:
            row.problems.append(Problem(number, column.header, error.reason, error.params))
            if column.field:
                row.bad_fields.add(column.field)
                row.data[column.field] = raw
    _defaults(row, kind, precisions)
    return row


def _choice(raw: str, column: Column, mapping: dict[str, str]) -> str:
    if not raw:
        return column.default
    token = normalise_token(raw)
    if token in mapping:
        return mapping[token]
    allowed = sorted({v for v in mapping.values() if v})
    raise CellError(
        gettext_noop("“%(value)s” bukan pilihan yang dikenal. Pilihan: %(allowed)s."),
        value=raw,
        allowed=", ".join(allowed),
    )
