"""Reading CSV and XLSX into plain rows of text, streamed from the file
object: a CSV reader over the decoded stream, openpyxl's read-only sheet for
XLSX. Nothing here holds the whole sheet; ``read_table`` collects the rows
when a caller wants them all (the tests, a preview kept as a payload).
Pure: no Django imports.

Row numbers are the ones a spreadsheet user sees: the header is row 1
(or the first non-blank row), blank rows are left out with their numbers kept.

>>> sheet = open_sheet(io.BytesIO(b"kode_wilayah;persen\\n\\n73;46,44\\n"))
>>> sheet.header, list(sheet.rows)
(['kode_wilayah', 'persen'], [(3, ['73', '46,44'])])
>>> sniff_delimiter("kode_wilayah;persen\\n73;46,44"), sniff_delimiter("a,b\\n")
(';', ',')
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import itertools
import json
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO

from .columns import BOOL_OUT, SpreadsheetError, gettext_noop
from .normalise import clean_cell

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
MAX_COLUMNS = 60
# Physical rows read from an XLSX sheet, blank ones included (formatted but
# empty rows make the sheet long without adding data).
MAX_SHEET_ROWS = 5 * MAX_ROWS
# An XLSX is a zip: refuse one that would unpack to more than this.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024

XLSX_MAGIC = b"PK\x03\x04"
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

TOO_BIG = gettext_noop("Berkas terlalu besar (%(size)s MB); batasnya %(max)s MB.")
NOT_XLSX = gettext_noop("Berkas XLSX tidak dapat dibaca: rusak atau bukan XLSX.")

Rows = Iterable[tuple[int, list[str]]]


# ---- what a file holds --------------------------------------------------------------


@dataclass
class Table:
    """A sheet as text, every row held: the header row and the data rows
    with their numbers (blank rows left out, their numbers kept)."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    header_row: int = 1
    source: str = "csv"

    @property
    def total(self) -> int:
        return len(self.rows)

    def payload(self) -> str:
        """A compact text form of the rows (kept between preview and confirmation)."""
        raw = json.dumps(
            {"h": self.header, "r": self.rows, "n": self.header_row, "s": self.source},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
        return base64.b64encode(zlib.compress(raw, 6)).decode("ascii")

    @classmethod
    def from_payload(cls, payload: str) -> Table:
        data = json.loads(zlib.decompress(base64.b64decode(payload.encode("ascii"))))
        rows = [(int(n), [str(c) for c in cells]) for n, cells in data["r"]]
        return cls([str(h) for h in data["h"]], rows, int(data["n"]), str(data["s"]))


@dataclass
class Sheet:
    """A sheet being read: its header, and its data rows as they come off
    the file (iterate once). ``total`` is the number of data rows when it is
    known before reading them (CSV: counted in a quick first pass), else an
    estimate from the file (XLSX: the sheet's stated size), for progress only."""

    header: list[str]
    rows: Iterator[tuple[int, list[str]]]
    header_row: int = 1
    source: str = "csv"
    total: int = 0


def payload_digest(payload: str) -> str:
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def file_digest(data: bytes) -> str:
    """What a preview is confirmed against: the checked file itself."""
    return hashlib.sha256(data).hexdigest()


# ---- opening a file ------------------------------------------------------------------


def _too_big(size: int) -> SpreadsheetError:
    return SpreadsheetError(
        TOO_BIG,
        size=f"{size / 1024 / 1024:.1f}".replace(".", ","),
        max=MAX_BYTES // (1024 * 1024),
    )


def _too_many_rows() -> SpreadsheetError:
    return SpreadsheetError(
        gettext_noop("Berkas berisi lebih dari %(max)s baris data; bagi menjadi beberapa berkas."),
        max=f"{MAX_ROWS:,}".replace(",", "."),
    )


def _size(stream: BinaryIO) -> int:
    here = stream.tell()
    stream.seek(0, io.SEEK_END)
    size = stream.tell() - here
    stream.seek(here)
    return size


def open_sheet(stream: BinaryIO, filename: str = "") -> Sheet:
    """A CSV or XLSX file object (seekable; told apart by its first bytes,
    not the name) -> Sheet. Raises SpreadsheetError for what makes the whole
    file unreadable; a problem found further down (too many rows, a broken
    CSV line) is raised when the rows get there."""
    size = _size(stream)
    if size > MAX_BYTES:
        raise _too_big(size)
    start = stream.read(8192)
    stream.seek(0)
    if not start.strip() and size <= len(start):
        raise SpreadsheetError(gettext_noop("Berkas kosong."))
    if start.startswith(XLSX_MAGIC):
        records, source, estimate = _xlsx_records(stream), "xlsx", None
    elif start.startswith(XLS_MAGIC):
        raise SpreadsheetError(
            gettext_noop(
                "Format .xls (Excel 97–2003) tidak didukung; simpan sebagai .xlsx atau CSV."
            )
        )
    elif filename.lower().endswith(".xlsx"):
        raise SpreadsheetError(NOT_XLSX)
    else:
        if b"\x00" in start:
            raise SpreadsheetError(
                gettext_noop("Berkas ini bukan CSV atau XLSX (berisi data biner).")
            )
        estimate = _csv_count(stream)
        records, source = _csv_records(stream), "csv"
    return _sheet(records, source, estimate)


def _sheet(records: Iterator[tuple[int, list[str]]], source: str, estimate) -> Sheet:
    """The header (the first non-blank row) and a stream of the rows after
    it; refuses a file without a header or without a data row."""
    kept = _kept_rows(records)
    header_row, header = next(kept, (1, None))
    if not header:
        raise SpreadsheetError(gettext_noop("Baris judul kolom tidak ditemukan."))
    first = next(kept, None)
    if first is None:
        raise SpreadsheetError(gettext_noop("Berkas tidak berisi baris data, hanya judul kolom."))
    return Sheet(header, _counted(itertools.chain([first], kept)), header_row, source,
                 max(1, estimate or 0))  # fmt: skip


def _kept_rows(records: Iterable[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    for number, raw in records:
        cells = [clean_cell(c) for c in raw]
        if not any(cells):
            continue
        while cells and not cells[-1]:
            cells.pop()
        yield number, cells


def _counted(rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    for count, row in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise _too_many_rows()
        yield row


def read_table(data: bytes, filename: str = "") -> Table:
    """CSV or XLSX bytes -> Table, every row read (SpreadsheetError for a
    file that cannot be read, however far down its problem is)."""
    if len(data) > MAX_BYTES:
        raise _too_big(len(data))
    if not data.strip():
        raise SpreadsheetError(gettext_noop("Berkas kosong."))
    sheet = open_sheet(io.BytesIO(data), filename)
    return Table(sheet.header, list(sheet.rows), sheet.header_row, sheet.source)


# ---- CSV ------------------------------------------------------------------------------


def _csv_text(text: io.TextIOWrapper) -> tuple[str, Iterator[str]]:
    """The separator and the lines of a CSV stream (a byte-order mark and
    Excel's "sep=;" first line taken off: Excel does not show that line,
    so the header is still row 1)."""
    buffered: list[str] = []
    first = text.readline()
    hint = re.match(r"sep=(.)\r?\n", first)
    if hint:
        delimiter = hint.group(1)
    else:
        buffered.append(first)
        line = first
        while line and not line.strip():
            line = text.readline()
            buffered.append(line)
        delimiter = sniff_delimiter(line)
    return delimiter, itertools.chain(buffered, text)


def _text(stream: BinaryIO) -> io.TextIOWrapper:
    stream.seek(0)
    return io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")


def _csv_records(stream: BinaryIO) -> Iterator[tuple[int, list[str]]]:
    text = _text(stream)
    if csv.field_size_limit() <= MAX_CELL_CHARS:
        # Raised only (never lowered), so that the rule below decides.
        csv.field_size_limit(MAX_CELL_CHARS + 1)
    number = 0
    try:
        delimiter, lines = _csv_text(text)
        reader = csv.reader(lines, delimiter=delimiter)
        for number, record in enumerate(reader, start=1):
            _refuse_long_cell(record, number)
            yield number, record
    except UnicodeDecodeError as error:
        raise _not_utf8(stream) from error
    except csv.Error as error:
        if csv.field_size_limit() == MAX_CELL_CHARS + 1 and "field limit" in str(error):
            # the csv module met the long cell first (no other library raised
            # its limit in this process): the same message as the rule below
            raise _long_cell(number + 1) from error
        raise SpreadsheetError(
            gettext_noop("Berkas CSV tidak dapat dibaca: %(reason)s"), reason=str(error)
        ) from error
    finally:
        _let_go(text)


# No figure, date, name or address needs more; the csv module's own limit is
# process-wide and other libraries raise it (frictionless does on import), so
# the import keeps its own.
MAX_CELL_CHARS = 131_072


def _refuse_long_cell(record: list[str], number: int) -> None:
    """A cell longer than MAX_CELL_CHARS makes the whole file unreadable.

    >>> _refuse_long_cell(["73", "9" * 10], 2)
    >>> _refuse_long_cell(["73", "9" * (MAX_CELL_CHARS + 1)], 2)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    regions.intake.columns.SpreadsheetError: ... baris 2 punya sel lebih dari 131.072 karakter.
    """
    if any(len(cell) > MAX_CELL_CHARS for cell in record):
        raise _long_cell(number)


def _long_cell(number: int) -> SpreadsheetError:
    return SpreadsheetError(
        gettext_noop(
            "Berkas CSV tidak dapat dibaca: baris %(row)s punya sel lebih dari %(limit)s karakter."
        ),
        row=number,
        limit=f"{MAX_CELL_CHARS:,}".replace(",", "."),
    )


def _let_go(text: io.TextIOWrapper) -> None:
    """Detach the wrapper, so the caller's file stays open (it may already
    be closed: a caller that stopped reading and closed it)."""
    try:
        text.detach()
    except ValueError:
        return


def _csv_count(stream: BinaryIO) -> int:
    """The CSV's records less the header (blank lines included), from a
    quick first pass, for progress; 0 when that pass meets a problem the
    real read will report."""
    text = _text(stream)
    try:
        _, lines = _csv_text(text)
        return sum(1 for _ in csv.reader(lines)) - 1
    except (UnicodeDecodeError, csv.Error):
        return 0
    finally:
        text.detach()
        stream.seek(0)


def _not_utf8(stream: BinaryIO) -> SpreadsheetError:
    """Where the CSV stops being UTF-8: byte, position and line (the error
    path reads the file whole to say so)."""
    stream.seek(0)
    data = stream.read()
    bom = b"\xef\xbb\xbf"
    body = data[len(bom) :] if data.startswith(bom) else data
    try:
        body.decode("utf-8")
        position = 0
    except UnicodeDecodeError as error:
        position = error.start + (len(data) - len(body))
    return SpreadsheetError(
        gettext_noop(
            "Berkas CSV bukan teks UTF-8: byte 0x%(byte)s di posisi %(position)s (baris "
            "%(line)s) tidak dikenal. Di Excel, simpan dengan jenis “CSV UTF-8”."
        ),
        byte=f"{data[position]:02X}",
        position=position,
        line=data[:position].count(b"\n") + 1,
    )


def sniff_delimiter(text: str) -> str:
    """The separator of the header line: ",", ";" (Indonesian Excel) or tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# ---- XLSX -----------------------------------------------------------------------------


def _workbook(stream: BinaryIO):
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(stream) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise SpreadsheetError(
                gettext_noop("Berkas XLSX terlalu besar setelah dibuka; batasnya %(max)s MB."),
                max=MAX_UNPACKED_BYTES // (1024 * 1024),
            )
        stream.seek(0)
        # read_only streams the sheet; formulas come back as their text
        # ("=SUM(B2:B9)"), never evaluated.
        return load_workbook(stream, read_only=True, data_only=False)
    except SpreadsheetError:
        raise
    except Exception as error:  # zipfile, XML and openpyxl errors alike
        raise SpreadsheetError(NOT_XLSX) from error


def _xlsx_records(stream: BinaryIO) -> Iterator[tuple[int, list[str]]]:
    workbook = _workbook(stream)
    try:
        if not workbook.worksheets:
            raise SpreadsheetError(gettext_noop("Berkas XLSX tidak berisi lembar kerja."))
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # do not trust the stored size (it may claim XFD1048576)
        for number, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS), start=1):
            if number > MAX_SHEET_ROWS:
                raise _too_many_rows()
            yield number, [xlsx_cell_text(cell) for cell in row]
    except SpreadsheetError:
        raise
    except Exception as error:
        raise SpreadsheetError(NOT_XLSX) from error
    finally:
        workbook.close()


def _format_letters(number_format: str) -> str:
    """The date letters of an Excel number format, without quoted text,
    bracketed parts ([$-421], [Red]) and escapes."""
    fmt = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", number_format or "").lower()
    return re.sub(r"[^a-z]", "", fmt)


def _date_text(value: dt.date | dt.datetime, number_format: str) -> str:
    day = value.date() if isinstance(value, dt.datetime) else value
    letters = _format_letters(number_format)
    if letters and "d" not in letters and "y" in letters:
        return f"{day:%Y-%m}" if "m" in letters else f"{day:%Y}"
    return day.isoformat()


def _number_text(value: int | float | Decimal, number_format: str) -> str:
    if "%" in number_format:
        return f"{_plain(Decimal(repr(value)) * 100)}%"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def xlsx_cell_text(cell) -> str:
    """A cell's value as the text a person would have typed."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    number_format = getattr(cell, "number_format", "") or ""
    if isinstance(value, bool):
        return BOOL_OUT[value]
    if isinstance(value, dt.datetime | dt.date):
        return _date_text(value, number_format)
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return _number_text(value, number_format)
    return str(value)


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")
