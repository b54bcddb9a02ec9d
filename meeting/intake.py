"""Reading a spreadsheet of Inpres 2/2021 follow-up rows. Pure: no Django
imports (the service writes; the admin view shows the messages).

One row per step of a region as of a date. Columns (header row first, any
order, names case-insensitive; the first six are required):

    kode_wilayah, butir, tahap, tanggal, kelompok (for ecosystem rows),
    nomor_peraturan, tanggal_peraturan, anggaran_tahun, jumlah, penyebut,
    persen, kelompok_disebut, pelapor, kutipan, media_sumber, judul_sumber,
    tanggal_sumber, url_sumber, catatan

Every problem names its row (the header is row 1) and its column. Messages
are Indonesian, as the numbers module's are.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from regions.numbers import NumberError, parse_count, parse_decimal
from regions.periods import parse_partial_date

REQUIRED = ("kode_wilayah", "butir", "tahap", "tanggal")
COLUMNS = (
    *REQUIRED,
    "kelompok",
    "kelompok_disebut",
    "nomor_peraturan",
    "tanggal_peraturan",
    "anggaran_tahun",
    "jumlah",
    "penyebut",
    "persen",
    "pelapor",
    "kutipan",
    "media_sumber",
    "judul_sumber",
    "tanggal_sumber",
    "url_sumber",
    "catatan",
)

KIND_WORDS = {
    "regulation": ("regulation", "peraturan", "perkada", "pergub", "perbup", "perwali"),
    "budget": ("budget", "apbd", "anggaran"),
    "ecosystem": ("ecosystem", "ekosistem", "kepesertaan"),
    "licensing": ("licensing", "perizinan", "izin"),
    "prosecutor": ("prosecutor", "kejaksaan", "skk", "kejati", "kejari"),
    "uptake": ("uptake", "rekap"),
}
STATE_WORDS = {
    "done": ("done", "sudah", "selesai", "ada", "ya"),
    "in_progress": ("in_progress", "berjalan", "proses", "sebagian"),
    "not_yet": ("not_yet", "belum", "tidak", "tidak ada"),
}
GROUP_WORDS = {
    "non_asn": ("non_asn", "non-asn", "non asn", "honorer", "ptt"),
    "village": ("village", "aparatur desa", "perangkat desa", "desa", "gampong"),
    "rt_rw": ("rt_rw", "rt/rw", "rt rw"),
    "education": ("education", "gtk", "guru", "guru dan tenaga kependidikan"),
    "health": ("health", "nakes", "tenaga kesehatan"),
    "religious": ("religious", "keagamaan", "pekerja rentan keagamaan"),
    "election": ("election", "pemilu", "penyelenggara pemilu"),
    "vulnerable": ("vulnerable", "rentan", "pekerja rentan"),
    "other": ("other", "lainnya"),
}


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"baris {self.row}" + (f", kolom {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class ParsedRow:
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    region_code: str = ""
    budget_year: int | None = None


def _word(mapping: dict[str, tuple[str, ...]], text: str) -> str | None:
    """
    >>> _word(STATE_WORDS, " Sudah "), _word(KIND_WORDS, "Perbup"), _word(STATE_WORDS, "?")
    ('done', 'regulation', None)
    """
    wanted = " ".join(str(text).strip().lower().split())
    for code, words in mapping.items():
        if wanted in words:
            return code
    return None


def _date(text: Any) -> tuple[date, str]:
    """A date cell: a spreadsheet date, 2023, 2023-04, 2023-04-30 or 30/04/2023.

    >>> _date("30/04/2023"), _date("2023")
    ((datetime.date(2023, 4, 30), 'day'), (datetime.date(2023, 12, 31), 'year'))
    """
    if isinstance(text, datetime):
        return text.date(), "day"
    if isinstance(text, date):
        return text, "day"
    raw = str(text).strip()
    if "/" in raw:
        parts = raw.split("/")
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            day, month, year = (int(p) for p in parts)
            return date(year, month, day), "day"
        raise ValueError(raw)
    if raw.endswith(" 00:00:00"):
        raw = raw[: -len(" 00:00:00")]
    return parse_partial_date(raw)


def read_table(name: str, content: bytes) -> list[list[Any]]:
    """The cells of a CSV (UTF-8, comma or semicolon) or XLSX file, header
    row first."""
    if name.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        book.close()
        return rows
    text = content.decode("utf-8-sig")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def parse_rows(cells: list[list[Any]]) -> tuple[list[ParsedRow], list[RowError]]:
    """Rows as model field values, and every problem found (all rows are
    checked, not only up to the first error).

    >>> rows, errors = parse_rows([["kode_wilayah", "butir", "tahap", "tanggal", "kelompok",
    ...     "jumlah", "penyebut"], ["73", "ekosistem", "sudah", "2023", "non-ASN", "23.446", ""],
    ...     ["73", "perbup", "mungkin", "2023", "", "", ""]])
    >>> rows[0].values["group"], rows[0].values["count"], [str(e) for e in errors]
    ('non_asn', 23446, ['baris 3, kolom tahap: “mungkin” bukan tahap (sudah, berjalan, belum).'])
    """
    errors: list[RowError] = []
    if not cells:
        return [], [RowError(1, "", "Berkas kosong: baris pertama harus judul kolom.")]
    header = [" ".join(str(c or "").strip().lower().split()).replace(" ", "_") for c in cells[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [RowError(1, ", ".join(missing), "Kolom wajib tidak ada.")]
    unknown = [c for c in header if c and c not in COLUMNS]
    if unknown:
        errors.append(
            RowError(
                1,
                ", ".join(unknown),
                f"Kolom tidak dikenal. Kolom yang dikenal: {', '.join(COLUMNS)}.",
            )
        )
    parsed = []
    for number, raw in enumerate(cells[1:], start=2):
        cell = {
            name: ("" if value is None else value)
            for name, value in zip(header, raw, strict=False)
            if name in COLUMNS
        }
        if all(str(v).strip() == "" for v in cell.values()):
            continue
        row, row_errors = _parse_row(number, cell)
        errors.extend(row_errors)
        if not row_errors:
            parsed.append(row)
    return parsed, errors


def _text(cell: dict, name: str) -> str:
    value = cell.get(name, "")
    return "" if value is None else str(value).strip()


def _parse_row(number: int, cell: dict) -> tuple[ParsedRow, list[RowError]]:
    """One row's values and every error in it (column by column, in the
    order of the template), each step reading the columns of one rule."""
    errors: list[RowError] = []
    row = ParsedRow(row=number)

    def fail(column: str, message: str) -> None:
        errors.append(RowError(number, column, message))

    kind = _read_item(cell, row, fail)
    _read_group(cell, row.values, kind, fail)
    _read_regulation(cell, row.values, kind, fail)
    _read_budget_year(cell, row, kind, fail)
    _read_numbers(cell, row.values, kind, fail)
    _read_source(cell, row.values, fail)
    return row, errors


def _optional_date(cell: dict, column: str, fail) -> date | None:
    """The date in ``column``, None when blank or (with an error) unreadable."""
    if not _text(cell, column):
        return None
    try:
        return _date(cell[column])[0]
    except ValueError:
        fail(column, f"“{_text(cell, column)}” bukan tanggal.")
        return None


def _read_item(cell: dict, row: ParsedRow, fail) -> str | None:
    """The region, the item's kind, its state and date; returns the kind."""
    values = row.values
    row.region_code = _text(cell, "kode_wilayah")
    if not row.region_code:
        fail("kode_wilayah", "Kode wilayah kosong (contoh: 73 atau 73.01).")
    kind = _word(KIND_WORDS, _text(cell, "butir"))
    if kind is None:
        fail(
            "butir",
            f"“{_text(cell, 'butir')}” bukan butir Inpres (peraturan, apbd, ekosistem, "
            "perizinan, kejaksaan, rekap).",
        )
    values["kind"] = kind
    state = _word(STATE_WORDS, _text(cell, "tahap"))
    if state is None:
        fail("tahap", f"“{_text(cell, 'tahap')}” bukan tahap (sudah, berjalan, belum).")
    values["state"] = state
    try:
        values["as_of"], values["as_of_precision"] = _date(cell.get("tanggal", ""))
    except ValueError:
        fail(
            "tanggal", f"“{_text(cell, 'tanggal')}” bukan tanggal (2023, 2023-04 atau 30/04/2023)."
        )
    return kind


def _read_group(cell: dict, values: dict, kind: str | None, fail) -> None:
    """The ecosystem group: required for an ecosystem item, refused elsewhere."""
    group_text = _text(cell, "kelompok")
    values["group"] = ""
    if kind == "ecosystem":
        group = _word(GROUP_WORDS, group_text)
        if group is None:
            fail("kelompok", f"“{group_text}” bukan kelompok ekosistem (mis. non-ASN, RT/RW, GTK).")
        values["group"] = group or ""
    elif group_text:
        fail("kelompok", "Kelompok hanya untuk butir kepesertaan ekosistem.")
    values["group_label"] = _text(cell, "kelompok_disebut")


def _read_regulation(cell: dict, values: dict, kind: str | None, fail) -> None:
    """The regulation's number and date, for a regulation item only."""
    values["regulation_number"] = _text(cell, "nomor_peraturan")
    values["regulation_date"] = _optional_date(cell, "tanggal_peraturan", fail)
    if kind != "regulation" and (values["regulation_number"] or values["regulation_date"]):
        fail("nomor_peraturan", "Nomor dan tanggal peraturan hanya untuk butir peraturan.")


def _read_budget_year(cell: dict, row: ParsedRow, kind: str | None, fail) -> None:
    """The budget year, for a budget item only."""
    if not _text(cell, "anggaran_tahun"):
        return
    if kind != "budget":
        fail("anggaran_tahun", "Tahun anggaran hanya untuk butir APBD.")
        return
    try:
        row.budget_year = parse_count(_text(cell, "anggaran_tahun"))
    except NumberError as error:
        fail("anggaran_tahun", str(error))


def _read_numbers(cell: dict, values: dict, kind: str | None, fail) -> None:
    """Count, denominator and percent: for an ecosystem or uptake item, in range."""
    for column, key, parse in (
        ("jumlah", "count", parse_count),
        ("penyebut", "denominator", parse_count),
        ("persen", "percent", parse_decimal),
    ):
        values[key] = None
        if _text(cell, column):
            try:
                values[key] = parse(_text(cell, column))
            except NumberError as error:
                fail(column, str(error))
            if kind not in ("ecosystem", "uptake"):
                fail(column, "Angka hanya untuk butir ekosistem atau rekap kab/kota.")
    if values["denominator"] is not None and values["denominator"] <= 0:
        fail("penyebut", "Penyebut harus lebih dari nol.")
    if values["percent"] is not None and not (Decimal(0) <= values["percent"] < 10000):
        fail("persen", "Persen di luar batas (0 sampai 9.999,99).")


def _read_source(cell: dict, values: dict, fail) -> None:
    """Who reported it, the quote, the source document and a note."""
    for column, key in (
        ("pelapor", "publisher"),
        ("kutipan", "quote"),
        ("media_sumber", "source_outlet"),
        ("judul_sumber", "source_title"),
        ("url_sumber", "source_url"),
        ("catatan", "note"),
    ):
        values[key] = _text(cell, column)
    values["source_date"] = _optional_date(cell, "tanggal_sumber", fail)
