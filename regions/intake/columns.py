"""The columns of the import/export files: what each kind of file (coverage
figures, targets, budgets) holds, how a header row is recognised, and the
words people type for choices. Pure: no Django imports.

Messages are Indonesian, marked with ``gettext_noop`` so ``makemessages``
finds them; whoever shows them translates them. Row numbers are the ones a
spreadsheet user sees: the header is row 1, the first data row is row 2.

>>> Problem(7, "persen", "bukan angka").text()
'Baris 7, kolom persen: bukan angka'
>>> FIGURE_KIND.key_headers()
['kode_wilayah', 'segmen', 'per_tanggal', 'penerbit']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

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
