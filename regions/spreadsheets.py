"""Spreadsheets in and out: the columns of the import/export files, reading
CSV and XLSX into plain rows of text, turning a row's cells into the values
the admin forms expect, and writing CSV and XLSX back. Pure: no Django
imports (the service in ``regions/imports.py`` resolves regions, checks
scope and validates every row with the admin's own forms).

Row numbers are the ones a spreadsheet user sees: the header is row 1, the
first data row is row 2. Messages are Indonesian; they are marked with
``gettext_noop`` so ``makemessages`` finds them, and the service translates
them when it shows them.

>>> parse_date_text("10 Juli 2025")
(datetime.date(2025, 7, 10), 'day')
>>> parse_date_text("07/2025")
(datetime.date(2025, 7, 31), 'month')
>>> neutralise("=HYPERLINK(1)"), unneutralise("'=HYPERLINK(1)")
("'=HYPERLINK(1)", '=HYPERLINK(1)')
"""

from __future__ import annotations

import base64
import calendar
import csv
import datetime as dt
import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
MAX_COLUMNS = 60
# Physical rows read from an XLSX sheet, blank ones included (formatted but
# empty rows make the sheet long without adding data).
MAX_SHEET_ROWS = 5 * MAX_ROWS
# An XLSX is a zip: refuse one that would unpack to more than this.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# Floats hold whole numbers exactly up to 2**53; larger ones go out as text.
MAX_EXACT_FLOAT_INT = 2**53

FIGURES, TARGETS, BUDGETS = "figures", "targets", "budgets"

# Column types
TEXT, COUNT, DECIMAL, INTEGER, DATE, PRECISION, BOOL, CHOICE, REGION, REGION_NAME = (
    "text", "count", "decimal", "integer", "date", "precision", "bool", "choice", "region",
    "region_name",
)  # fmt: skip

DAY, MONTH, YEAR = "day", "month", "year"


def gettext_noop(message: str) -> str:
    """Marks a message for ``makemessages``; the service translates it."""
    return message


# ---- problems -------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Problem:
    """One thing wrong with the file: where (row and column as the user sees
    them, either may be None for the whole file or a whole row) and why."""

    row: int | None
    column: str | None
    reason: str
    params: dict = field(default_factory=dict)

    def reason_text(self, translate: Callable[[str], str] = str) -> str:
        reason = translate(self.reason)
        return reason % self.params if self.params else reason

    def text(self, translate: Callable[[str], str] = str) -> str:
        reason = self.reason_text(translate)
        if self.row is not None and self.column:
            prefix = translate(gettext_noop("Baris %(row)s, kolom %(column)s: "))
            return prefix % {"row": self.row, "column": self.column} + reason
        if self.row is not None:
            return translate(gettext_noop("Baris %(row)s: ")) % {"row": self.row} + reason
        return reason


class SpreadsheetError(ValueError):
    """The file as a whole cannot be read (size, format, encoding)."""

    # Positional-only: a message may itself have a %(reason)s parameter.
    def __init__(self, reason: str, /, **params):
        self.problem = Problem(None, None, reason, params)
        super().__init__(self.problem.text())


# ---- the columns ------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    header: str
    field: str | None
    type: str
    description: str
    example: str = ""
    required: bool = False
    #: the value an empty cell stands for (the model's default)
    default: str = ""
    #: for a DATE column: the field that receives the precision the date's
    #: form implies ("2025" -> year), unless a precision column says otherwise
    precision_field: str | None = None


@dataclass(frozen=True)
class Kind:
    name: str
    title: str
    columns: tuple[Column, ...]
    #: fields that identify a record: a row with the same values updates it
    natural_key: tuple[str, ...]
    #: a header only this kind has: how ``detect_kind`` tells the files apart
    signature: str

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def column(self, header: str) -> Column:
        return next(c for c in self.columns if c.header == header)

    def column_for_field(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.field == name), None)

    def key_headers(self) -> list[str]:
        return [self.column_for_field(f).header for f in self.natural_key]


_REGION = Column(
    "kode_wilayah",
    "region",
    REGION,
    gettext_noop(
        "Kode Kemendagri (73, 73.01, ID untuk nasional), atau nama wilayah atau nama lainnya "
        "(Sulawesi Selatan, Sulsel, Kab. Kepulauan Selayar)."
    ),
    "73.01",
    required=True,
)
_REGION_NAME = Column(
    "nama_wilayah",
    None,
    REGION_NAME,
    gettext_noop(
        "Nama wilayah, sebagai pengecekan: bila kode juga diisi, keduanya harus menunjuk "
        "wilayah yang sama. Boleh kosong."
    ),
    "Kabupaten Kepulauan Selayar",
)
_SEGMENT = Column(
    "segmen",
    "segment",
    CHOICE,
    gettext_noop(
        "total, formal (PU), informal (BPU), construction (Jakon), migrant (PMI), "
        "vulnerable (rentan) atau other. Kosong berarti total."
    ),
    "total",
    default="total",
)
_PROVENANCE = (
    Column(
        "sumber_media", "source_outlet", TEXT, gettext_noop("Media atau penerbit sumber."),
        "Porostengah.com",
    ),
    Column("sumber_judul", "source_title", TEXT, gettext_noop("Judul berita atau dokumen sumber.")),
    Column("sumber_url", "source_url", TEXT, gettext_noop("Alamat (URL) sumber.")),
    Column(
        "sumber_tanggal", "source_date", DATE,
        gettext_noop("Tanggal terbit sumber: 2025-07-10, 10/07/2025 atau 10 Juli 2025."),
    ),
    Column("catatan", "note", TEXT, gettext_noop("Catatan bebas."), "CONTOH: hapus baris ini"),
    Column(
        "status", "status", CHOICE,
        gettext_noop(
            "published (terbit, tampil di dasbor) atau draft (draf). Kosong: published. Tanpa "
            "sumber lengkap (sumber_media, sumber_judul, sumber_url) baris disimpan sebagai "
            "unverified (belum bersumber)."
        ),
        "published", default="published",
    ),
)  # fmt: skip

FIGURE_KIND = Kind(
    FIGURES,
    gettext_noop("angka cakupan"),
    (
        _REGION,
        _REGION_NAME,
        _SEGMENT,
        Column(
            "per_tanggal", "as_of", DATE,
            gettext_noop(
                "Tanggal angka: 2025-07-10, 10/07/2025, 10 Juli 2025; juga 2025-07 atau "
                "Juli 2025 (bulan) dan 2025 (tahun), disimpan pada akhir periodenya."
            ),
            "2025-06-30", required=True, precision_field="as_of_precision",
        ),
        Column(
            "ketelitian", "as_of_precision", PRECISION,
            gettext_noop(
                "hari, bulan atau tahun. Kosong: mengikuti bentuk tanggal (2025 = tahun)."
            ),
            "hari",
        ),
        Column(
            "terlindungi", "covered", COUNT,
            gettext_noop("Jumlah pekerja terlindungi, mis. 1.300.000 atau 1300000."), "24.874",
        ),
        Column(
            "penyebut", "eligible", COUNT,
            gettext_noop("Jumlah pekerja yang seharusnya terlindungi (penyebut)."), "46.933",
        ),
        Column(
            "persen", "percent", DECIMAL,
            gettext_noop(
                "Cakupan dalam persen, mis. 46,44 atau 46.44 atau 46,44%. Isi persen, "
                "terlindungi, atau keduanya."
            ),
            "53",
        ),
        Column(
            "penerbit", "publisher", TEXT,
            gettext_noop("Lembaga yang menyebut angka ini."),
            "BPJS Ketenagakerjaan Cabang Bulukumba", required=True,
        ),
        Column(
            "jenis_penerbit", "publisher_kind", CHOICE,
            gettext_noop("Jenis penerbit (lihat daftar pilihan)."), "bpjs_branch", required=True,
        ),
        Column(
            "jenis_penyebut", "denominator_kind", CHOICE,
            gettext_noop("employed, potential atau labour_force; kosong bila tidak disebut."),
        ),
        Column(
            "penyebut_sebutan", "denominator_label", TEXT,
            gettext_noop("Penyebut sebagaimana ditulis sumber, mis. “pekerja rentan”."),
        ),
        Column(
            "jenis_peserta", "participant_kind", CHOICE,
            gettext_noop("active atau registered; kosong bila tidak disebut."),
        ),
        Column(
            "perkiraan", "is_approximate", BOOL,
            gettext_noop("ya bila sumber menyebut “sekitar”; kosong atau tidak bila tidak."),
            "tidak",
        ),
        *_PROVENANCE,
    ),
    natural_key=("region", "segment", "as_of", "publisher"),
    signature="per_tanggal",
)  # fmt: skip

TARGET_KIND = Kind(
    TARGETS,
    gettext_noop("target cakupan"),
    (
        _REGION,
        _REGION_NAME,
        _SEGMENT,
        Column(
            "target_utama", "is_primary", BOOL,
            gettext_noop("ya bila ini target yang dipakai halaman wilayah (satu per wilayah "
                         "dan segmen)."),
            "ya",
        ),
        Column(
            "awal_persen", "baseline_percent", DECIMAL,
            gettext_noop("Angka awal dalam persen (boleh kosong)."), "47",
        ),
        Column(
            "awal_tanggal", "baseline_date", DATE,
            gettext_noop("Tanggal angka awal; wajib bila awal_persen diisi."), "2025-07-10",
        ),
        Column(
            "target_persen", "target_percent", DECIMAL,
            gettext_noop("Target dalam persen."), "68", required=True,
        ),
        Column(
            "target_tanggal", "target_date", DATE,
            gettext_noop("Tenggat target: 2025 (akhir tahun), Desember 2025, atau tanggal."),
            "2025", required=True, precision_field="target_date_precision",
        ),
        Column(
            "target_ketelitian", "target_date_precision", PRECISION,
            gettext_noop("hari, bulan atau tahun. Kosong: mengikuti bentuk tanggal."),
            "tahun",
        ),
        Column(
            "penetap", "issuer", TEXT, gettext_noop("Siapa yang menetapkan target."),
            "Kejaksaan Tinggi Sulawesi Selatan", required=True,
        ),
        Column(
            "jenis_penetap", "issuer_kind", CHOICE,
            gettext_noop("Jenis penetap (lihat daftar pilihan)."), "kejaksaan", required=True,
        ),
        Column(
            "dasar_hukum", "legal_basis", TEXT,
            gettext_noop("Dasar hukum atau dokumen, mis. nomor surat edaran."),
        ),
        *_PROVENANCE,
    ),
    natural_key=("region", "segment", "target_date", "issuer"),
    signature="target_persen",
)  # fmt: skip

BUDGET_KIND = Kind(
    BUDGETS,
    gettext_noop("anggaran perlindungan"),
    (
        _REGION,
        _REGION_NAME,
        Column(
            "tahun_anggaran", "year", INTEGER, gettext_noop("Tahun anggaran, mis. 2024."),
            "2024", required=True,
        ),
        Column(
            "jumlah", "amount", COUNT,
            gettext_noop("Jumlah dalam rupiah, mis. 1.000.000.000 atau Rp1.000.000.000."),
            "1.000.000.000", required=True,
        ),
        Column(
            "jumlah_perkiraan", "amount_is_approximate", BOOL,
            gettext_noop("ya bila sumber menyebut “sekira”."), "tidak",
        ),
        Column(
            "peruntukan", "purpose", TEXT, gettext_noop("Untuk apa anggaran ini."),
            "Perlindungan pekerja informal rentan", required=True,
        ),
        Column(
            "sumber_dana", "funding_source", CHOICE,
            gettext_noop("apbd, apbdes, asn_sponsorship, csr, dbh, apbn, mixed atau other. "
                         "Kosong: apbd."),
            "apbd", default="apbd",
        ),
        Column(
            "berulang", "recurring", BOOL,
            gettext_noop("ya bila sumber menyebut “setiap tahun”."), "tidak",
        ),
        Column(
            "bulan_dibiayai", "months_covered", INTEGER,
            gettext_noop("Berapa bulan iuran yang dibiayai (1 sampai 12)."), "12",
        ),
        Column(
            "pekerja_dibiayai", "workers_funded", COUNT,
            gettext_noop("Jumlah pekerja yang dibiayai menurut sumber."), "",
        ),
        Column(
            "penerbit", "publisher", TEXT, gettext_noop("Lembaga yang menyebut anggaran ini."),
            "Pemerintah Kabupaten Kepulauan Selayar", required=True,
        ),
        *_PROVENANCE,
    ),
    natural_key=("region", "year", "funding_source", "purpose"),
    signature="tahun_anggaran",
)  # fmt: skip

KINDS: dict[str, Kind] = {k.name: k for k in (FIGURE_KIND, TARGET_KIND, BUDGET_KIND)}

HEADER_ALIASES = {"wilayah": "kode_wilayah", "kode": "kode_wilayah", "nama": "nama_wilayah"}

# Words people type for choices, beyond the stored values and the labels.
SYNONYMS: dict[str, dict[str, str]] = {
    "segment": {
        "semua": "total", "semua segmen": "total", "pu": "formal", "penerima upah": "formal",
        "bpu": "informal", "bukan penerima upah": "informal", "jakon": "construction",
        "jasa konstruksi": "construction", "konstruksi": "construction", "pmi": "migrant",
        "migran": "migrant", "pekerja migran": "migrant", "rentan": "vulnerable",
        "pekerja rentan": "vulnerable", "lainnya": "other", "lain": "other",
    },
    "status": {"terbit": "published", "draf": "draft", "belum bersumber": "unverified"},
    "publisher_kind": {"bpjs": "bpjs_national", "kanwil": "bpjs_kanwil", "cabang": "bpjs_branch"},
    "denominator_kind": {"tidak disebutkan": "", "-": ""},
    "participant_kind": {"aktif": "active", "terdaftar": "registered", "-": ""},
}  # fmt: skip

PRECISION_WORDS = {
    "hari": DAY, "harian": DAY, "tanggal": DAY, "day": DAY, "d": DAY,
    "bulan": MONTH, "bulanan": MONTH, "month": MONTH, "m": MONTH,
    "tahun": YEAR, "tahunan": YEAR, "year": YEAR, "y": YEAR,
}  # fmt: skip
PRECISION_OUT = {DAY: "hari", MONTH: "bulan", YEAR: "tahun"}

TRUE_WORDS = {"ya", "y", "yes", "true", "benar", "1", "x", "✓", "v"}
FALSE_WORDS = {"tidak", "tdk", "no", "n", "false", "salah", "0", "-"}
BOOL_OUT = {True: "ya", False: "tidak"}


def detect_kind(header: Sequence[str]) -> str | None:
    """Which kind of file a header row belongs to, from the header only that
    kind has; None when none or several match.

    >>> detect_kind(["kode_wilayah", "Per tanggal", "persen"])
    'figures'
    >>> detect_kind(["kode_wilayah"]) is None
    True
    """
    names = {normalise_header(h) for h in header}
    found = [k.name for k in KINDS.values() if k.signature in names]
    return found[0] if len(found) == 1 else None


def normalise_header(text: str) -> str:
    """
    >>> normalise_header("  Per Tanggal* "), normalise_header("kode-wilayah")
    ('per_tanggal', 'kode_wilayah')
    """
    name = re.sub(r"[\s\-]+", "_", str(text).strip().strip("*").strip().lower())
    return HEADER_ALIASES.get(name, name)


def normalise_token(text: str) -> str:
    return re.sub(r"\s+", " ", str(text).strip().lower())


def choice_map(choices: Iterable[tuple[str, str]], synonyms: dict[str, str]) -> dict[str, str]:
    """Everything a cell may say for a choice -> the stored value: the value,
    the label(s) given, and the synonyms.

    >>> choice_map([("formal", "Penerima Upah (PU)")], {"pu": "formal"})["penerima upah (pu)"]
    'formal'
    """
    mapping: dict[str, str] = {}
    for value, label in choices:
        mapping[normalise_token(value)] = value
        mapping[normalise_token(label)] = value
    mapping.update({normalise_token(k): v for k, v in synonyms.items()})
    return mapping


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
            return _checked(y, mo, d, raw), DAY
        if m := _DMY.match(low):
            d, mo, y = (int(g) for g in m.groups())
            return _checked(y, mo, d, raw), DAY
        if m := _D_NAME_Y.match(low):
            d, name, y = m.groups()
            if name in MONTH_NAMES:
                return _checked(int(y), MONTH_NAMES[name], int(d), raw), DAY
        if m := _ISO_MONTH.match(low):
            y, mo = (int(g) for g in m.groups())
            return _checked_month(y, mo, raw), MONTH
        if m := _MY.match(low):
            mo, y = (int(g) for g in m.groups())
            return _checked_month(y, mo, raw), MONTH
        if m := _NAME_Y.match(low):
            name, y = m.groups()
            if name in MONTH_NAMES:
                return _checked_month(int(y), MONTH_NAMES[name], raw), MONTH
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


def _checked(year: int, month: int, day: int, raw: str) -> dt.date:
    if not 1900 <= year <= 2100:
        raise CellError(gettext_noop("Tahun %(year)s di luar 1900–2100."), year=year)
    return dt.date(year, month, day)


def _checked_month(year: int, month: int, raw: str) -> dt.date:
    _checked(year, month, 1, raw)
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


# ---- tables -------------------------------------------------------------------------


@dataclass
class Table:
    """A sheet as text: the header row and the data rows with their numbers
    (blank rows left out, their numbers kept)."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    header_row: int = 1
    source: str = "csv"

    def payload(self) -> str:
        """A compact text form for keeping the rows between preview and
        confirmation (the session)."""
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


def payload_digest(payload: str) -> str:
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


XLSX_MAGIC = b"PK\x03\x04"
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_table(data: bytes, filename: str = "") -> Table:
    """CSV or XLSX (told apart by their first bytes, not the name) -> Table.
    Raises SpreadsheetError for what makes the whole file unreadable."""
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(
            gettext_noop("Berkas terlalu besar (%(size)s MB); batasnya %(max)s MB."),
            size=f"{len(data) / 1024 / 1024:.1f}".replace(".", ","),
            max=MAX_BYTES // (1024 * 1024),
        )
    if not data.strip():
        raise SpreadsheetError(gettext_noop("Berkas kosong."))
    if data.startswith(XLSX_MAGIC):
        table = read_xlsx(data)
    elif data.startswith(XLS_MAGIC):
        raise SpreadsheetError(
            gettext_noop(
                "Format .xls (Excel 97–2003) tidak didukung; simpan sebagai .xlsx atau CSV."
            )
        )
    elif filename.lower().endswith(".xlsx"):
        raise SpreadsheetError(
            gettext_noop("Berkas XLSX tidak dapat dibaca: rusak atau bukan XLSX.")
        )
    else:
        table = read_csv(data)
    if not table.header:
        raise SpreadsheetError(gettext_noop("Baris judul kolom tidak ditemukan."))
    if not table.rows:
        raise SpreadsheetError(gettext_noop("Berkas tidak berisi baris data, hanya judul kolom."))
    return table


def _too_many_rows() -> SpreadsheetError:
    return SpreadsheetError(
        gettext_noop("Berkas berisi lebih dari %(max)s baris data; bagi menjadi beberapa berkas."),
        max=f"{MAX_ROWS:,}".replace(",", "."),
    )


def _build(records: Iterable[tuple[int, list[str]]], source: str) -> Table:
    header: list[str] | None = None
    header_row = 1
    rows: list[tuple[int, list[str]]] = []
    for number, cells in records:
        cells = [clean_cell(c) for c in cells]
        if not any(cells):
            continue
        while cells and not cells[-1]:
            cells.pop()
        if header is None:
            header, header_row = cells, number
            continue
        rows.append((number, cells))
        if len(rows) > MAX_ROWS:
            raise _too_many_rows()
    return Table(header or [], rows, header_row, source)


def read_csv(data: bytes) -> Table:
    if b"\x00" in data[:8192]:
        raise SpreadsheetError(gettext_noop("Berkas ini bukan CSV atau XLSX (berisi data biner)."))
    bom = b"\xef\xbb\xbf"
    body = data[len(bom) :] if data.startswith(bom) else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        position = error.start + (len(data) - len(body))
        raise SpreadsheetError(
            gettext_noop(
                "Berkas CSV bukan teks UTF-8: byte 0x%(byte)s di posisi %(position)s (baris "
                "%(line)s) tidak dikenal. Di Excel, simpan dengan jenis “CSV UTF-8”."
            ),
            byte=f"{data[position]:02X}",
            position=position,
            line=data[:position].count(b"\n") + 1,
        ) from error
    # Excel may write a first line "sep=;" naming the separator; it does not
    # show that line, so the header is still row 1.
    hint = re.match(r"sep=(.)\r?\n", text)
    if hint:
        delimiter, text = hint.group(1), text[hint.end() :]
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _build(((n, row) for n, row in enumerate(reader, start=1)), "csv")
    except csv.Error as error:
        raise SpreadsheetError(
            gettext_noop("Berkas CSV tidak dapat dibaca: %(reason)s"), reason=str(error)
        ) from error


def sniff_delimiter(text: str) -> str:
    """The separator of the header line: ",", ";" (Indonesian Excel) or tab.

    >>> sniff_delimiter("kode_wilayah;persen\\n73;46,44"), sniff_delimiter("a,b\\n")
    (';', ',')
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise SpreadsheetError(
                gettext_noop("Berkas XLSX terlalu besar setelah dibuka; batasnya %(max)s MB."),
                max=MAX_UNPACKED_BYTES // (1024 * 1024),
            )
        # read_only streams the sheet; formulas come back as their text
        # ("=SUM(B2:B9)"), never evaluated.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except SpreadsheetError:
        raise
    except Exception as error:  # zipfile, XML and openpyxl errors alike
        raise SpreadsheetError(
            gettext_noop("Berkas XLSX tidak dapat dibaca: rusak atau bukan XLSX.")
        ) from error
    try:
        if not workbook.worksheets:
            raise SpreadsheetError(gettext_noop("Berkas XLSX tidak berisi lembar kerja."))
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # do not trust the stored size (it may claim XFD1048576)

        def records():
            for number, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS), start=1):
                if number > MAX_SHEET_ROWS:
                    raise _too_many_rows()
                yield number, [xlsx_cell_text(cell) for cell in row]

        return _build(records(), "xlsx")
    except SpreadsheetError:
        raise
    except Exception as error:
        raise SpreadsheetError(
            gettext_noop("Berkas XLSX tidak dapat dibaca: rusak atau bukan XLSX.")
        ) from error
    finally:
        workbook.close()


def _format_letters(number_format: str) -> str:
    """The date letters of an Excel number format, without quoted text,
    bracketed parts ([$-421], [Red]) and escapes."""
    fmt = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", number_format or "").lower()
    return re.sub(r"[^a-z]", "", fmt)


def xlsx_cell_text(cell) -> str:
    """A cell's value as the text a person would have typed."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    number_format = getattr(cell, "number_format", "") or ""
    if isinstance(value, bool):
        return BOOL_OUT[value]
    if isinstance(value, dt.datetime | dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        letters = _format_letters(number_format)
        if letters and "d" not in letters and "y" in letters:
            return f"{day:%Y-%m}" if "m" in letters else f"{day:%Y}"
        return day.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        if "%" in number_format:
            return f"{_plain(Decimal(repr(value)) * 100)}%"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return repr(value) if isinstance(value, float) else str(value)
    return str(value)


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text


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
    for index, cell in enumerate(cells):
        if cell and index not in header.columns:
            row.problems.append(
                Problem(
                    number,
                    None,
                    gettext_noop("ada isian “%(value)s” di kolom ke-%(n)s yang tidak berjudul."),
                    {"value": cell[:40], "n": index + 1},
                )
            )
    given_precision: dict[str, str] = {}
    inferred_precision: dict[str, str] = {}
    for index, column in header.columns.items():
        raw = cells[index] if index < len(cells) else ""
        row.cells[column.header] = raw
        try:
            if column.type == REGION:
                row.region_text = raw
            elif column.type == REGION_NAME:
                row.region_name = raw
            elif column.type == TEXT:
                row.data[column.field] = unneutralise(raw)
            elif column.type in (COUNT, DECIMAL, INTEGER):
                row.data[column.field] = raw
            elif column.type == DATE:
                row.data[column.field] = ""
                if raw:
                    value, precision = parse_date_text(raw)
                    row.data[column.field] = value.isoformat()
                    if column.precision_field:
                        inferred_precision[column.precision_field] = precision
            elif column.type == PRECISION:
                if raw:
                    given_precision[column.field] = parse_precision(raw)
            elif column.type == BOOL:
                row.data[column.field] = "true" if parse_bool(raw) else "false"
            elif column.type == CHOICE:
                row.data[column.field] = _choice(raw, column, choices.get(column.field, {}))
        except CellError as error:
            row.problems.append(Problem(number, column.header, error.reason, error.params))
            if column.field:
                row.bad_fields.add(column.field)
                row.data[column.field] = raw
    for column in kind.columns:
        if column.type == DATE and column.precision_field:
            precision = (
                given_precision.get(column.precision_field)
                or inferred_precision.get(column.precision_field)
                or DAY
            )
            row.data[column.precision_field] = precision
        elif column.field and column.field not in row.data and column.type != PRECISION:
            # Optional columns left out of the file take their default.
            if column.type == BOOL:
                row.data[column.field] = "false"
            else:
                row.data[column.field] = column.default
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


# ---- writing ---------------------------------------------------------------------------


def cell_out(value) -> str:
    """A value as CSV text that reads back to the same value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return BOOL_OUT[value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return neutralise(str(value))


def write_csv(header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads it as UTF-8), comma-separated."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell_out(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_out(value):
    """A value as an XLSX cell value: numbers as numbers (whole numbers past
    2**53 as text, so no digit is lost), dates as dates, text guarded."""
    if value is None:
        return None
    if isinstance(value, bool):
        return BOOL_OUT[value]
    if isinstance(value, int) and abs(value) > MAX_EXACT_FLOAT_INT:
        return str(value)
    if isinstance(value, int | Decimal | dt.date):
        return value
    return neutralise(str(value))


def write_xlsx(
    header: Sequence[str],
    rows: Iterable[Sequence],
    *,
    title: str,
    notes_title: str = "",
    notes: Sequence[Sequence[str]] = (),
) -> bytes:
    """The data sheet (bold, frozen header; dates as yyyy-mm-dd) and, when
    ``notes`` are given, a second sheet explaining each column."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    for index, name in enumerate(header):
        letter = _column_letter(index)
        sheet.column_dimensions[letter].width = max(12, min(40, len(name) + 4))

    def header_cells(ws, names):
        cells = []
        for name in names:
            cell = WriteOnlyCell(ws, value=name)
            cell.font = bold
            cells.append(cell)
        return cells

    sheet.append(header_cells(sheet, header))
    for row in rows:
        cells = []
        for value in row:
            out = xlsx_out(value)
            if isinstance(out, dt.date):
                cell = WriteOnlyCell(sheet, value=out)
                cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            elif isinstance(out, str):
                cell = WriteOnlyCell(sheet, value=out)
                cell.data_type = "s"  # never a formula
                cells.append(cell)
            else:
                cells.append(out)
        sheet.append(cells)
    if notes:
        info = workbook.create_sheet(notes_title[:31] or "keterangan")
        widths = [22, 10, 80, 30]
        for index, width in enumerate(widths):
            info.column_dimensions[_column_letter(index)].width = width
        info.append(header_cells(info, notes[0]))
        for note in notes[1:]:
            info.append([neutralise(str(v)) for v in note])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
