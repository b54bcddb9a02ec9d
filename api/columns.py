"""The tables the API publishes, column by column: one definition that the
CSV downloads (their header and order) and the Frictionless data package
(its table schemas) both read, so the two cannot drift apart. Pure: no
Django imports.

Types are Frictionless Table Schema types; CSV writes numbers the machine
way (``47.38``), dates as ISO 8601, booleans as ``true``/``false`` and an
empty cell for a missing value.
"""

from dataclasses import dataclass


def _(text: str) -> str:
    """Marks a table's title and description for makemessages; the pages
    translate them (api/pages.py). The data package keeps Indonesian."""
    return text


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string, integer, number, date, boolean
    description: str
    required: bool = False
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    name: str  # the resource name in the data package
    path: str  # the list endpoint under /api/v1/
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: str = ""

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


def _region(prefix: str = "region") -> tuple[Column, ...]:
    return (
        Column(f"{prefix}_code", "string", "Kode wilayah Kemendagri (73, 73.01)", required=True),
        Column(f"{prefix}_bps_code", "string", "Kode wilayah BPS (73, 7301), bila ada"),
        Column(f"{prefix}_name", "string", "Nama wilayah", required=True),
    )


CITATION = (
    Column("citation_outlet", "string", "Media atau lembaga sumber"),
    Column("citation_title", "string", "Judul sumber"),
    Column("citation_date", "date", "Tanggal sumber"),
    Column("citation_url", "string", "Alamat sumber (artikel di situs ini atau dokumen luar)"),
    Column("citation_quote", "string", "Kalimat persis dari sumber, bila ada"),
)

REGIONS = Table(
    name="regions",
    path="regions/",
    title=_("Daftar wilayah"),
    description=_(
        "Negara, 38 provinsi dan 514 kabupaten/kota dengan kode Kemendagri dan kode BPS, "
        "induk, kantor wilayah BPJS Ketenagakerjaan dan nama lain."
    ),
    primary_key="code",
    columns=(
        Column("code", "string", "Kode wilayah Kemendagri", required=True),
        Column("bps_code", "string", "Kode wilayah BPS, bila ada di jembatan kode"),
        Column("name", "string", "Nama resmi", required=True),
        Column(
            "level",
            "string",
            "Tingkat",
            required=True,
            enum=("nation", "province", "regency", "city"),
        ),
        Column("parent_code", "string", "Kode Kemendagri wilayah induk"),
        Column("kanwil_code", "string", "Kode kantor wilayah BPJS Ketenagakerjaan (provinsi)"),
        Column("kanwil_name", "string", "Nama kantor wilayah BPJS Ketenagakerjaan"),
        Column("aliases", "string", "Nama lain, dipisah '; '"),
        Column(
            "latest_percent",
            "number",
            "Cakupan terakhir (segmen total) yang ditampilkan halaman wilayah, persen",
        ),
    ),
)

FIGURES = Table(
    name="figures",
    path="figures/",
    title=_("Angka cakupan"),
    description=_(
        "Angka cakupan kepesertaan BPJS Ketenagakerjaan yang terbit, sebagaimana "
        "dipublikasikan, masing-masing dengan sumbernya."
    ),
    primary_key="id",
    columns=(
        Column("id", "integer", "Nomor angka", required=True),
        *_region(),
        Column("as_of", "date", "Per tanggal", required=True),
        Column("as_of_precision", "string", "Ketelitian tanggal", enum=("year", "month", "day")),
        Column(
            "segment",
            "string",
            "Segmen peserta",
            required=True,
            enum=(
                "total",
                "formal",
                "informal",
                "construction",
                "migrant",
                "vulnerable",
                "other",
            ),
        ),
        Column("percent", "number", "Cakupan, persen (dapat di atas 100: penyebut perkiraan)"),
        Column("covered", "integer", "Pekerja terlindungi (peserta)"),
        Column("eligible", "integer", "Pekerja yang seharusnya terlindungi (penyebut)"),
        Column("is_approximate", "boolean", "Sumber menyebut angka perkiraan"),
        Column("publisher", "string", "Lembaga yang menerbitkan angka", required=True),
        Column("publisher_kind", "string", "Jenis penerbit"),
        Column("denominator_kind", "string", "Jenis penyebut (employed, potential, labour_force)"),
        Column("denominator_label", "string", "Penyebut sebagaimana disebut sumber"),
        Column("participant_kind", "string", "Peserta aktif atau terdaftar"),
        Column("quality_warning", "string", "Peringatan mutu data"),
        Column("previous_percent", "number", "Cakupan sebelum direvisi penerbit, persen"),
        Column("is_synthetic", "boolean", "Data sintetis uji beban, bukan angka nyata"),
        *CITATION,
    ),
)

TARGETS = Table(
    name="targets",
    path="targets/",
    title=_("Target cakupan"),
    description=_("Target cakupan yang terbit, dengan penetap dan sumbernya."),
    primary_key="id",
    columns=(
        Column("id", "integer", "Nomor target", required=True),
        *_region(),
        Column("segment", "string", "Segmen peserta", required=True),
        Column("baseline_percent", "number", "Angka awal, persen"),
        Column("baseline_date", "date", "Tanggal angka awal"),
        Column("target_percent", "number", "Target, persen", required=True),
        Column("target_date", "date", "Tenggat target", required=True),
        Column("target_date_precision", "string", "Ketelitian tenggat"),
        Column("issuer", "string", "Penetap target", required=True),
        Column("issuer_kind", "string", "Jenis penetap"),
        Column("legal_basis", "string", "Dasar hukum atau dokumen"),
        Column("is_primary", "boolean", "Target utama halaman wilayah"),
        Column("is_synthetic", "boolean", "Data sintetis uji beban"),
        *CITATION,
    ),
)

BUDGETS = Table(
    name="budgets",
    path="budgets/",
    title=_("Anggaran perlindungan"),
    description=_("Anggaran pemerintah atau sponsor untuk iuran pekerja, dengan sumbernya."),
    primary_key="id",
    columns=(
        Column("id", "integer", "Nomor anggaran", required=True),
        *_region(),
        Column("year", "integer", "Tahun anggaran", required=True),
        Column("amount", "integer", "Jumlah, rupiah", required=True),
        Column("amount_is_approximate", "boolean", "Jumlah perkiraan"),
        Column("purpose", "string", "Peruntukan", required=True),
        Column("funding_source", "string", "Sumber dana (apbd, csr, dbh, ...)"),
        Column("recurring", "boolean", "Berulang tiap tahun"),
        Column("months_covered", "integer", "Bulan yang dibiayai"),
        Column("workers_funded", "integer", "Pekerja yang dibiayai menurut sumber"),
        Column("publisher", "string", "Penerbit angka"),
        Column("is_synthetic", "boolean", "Data sintetis uji beban"),
        *CITATION,
    ),
)

AWARD_RESULTS = Table(
    name="award_results",
    path="award-results/",
    title=_("Hasil Paritrana Award"),
    description=_("Hasil Paritrana Award yang diumumkan, sebagaimana dilaporkan sumber."),
    primary_key="id",
    columns=(
        Column("id", "integer", "Nomor hasil", required=True),
        Column("edition", "string", "Edisi", required=True),
        Column("edition_year", "integer", "Tahun edisi", required=True),
        Column("edition_stage", "string", "Tingkat edisi (provincial, national)"),
        Column("category", "string", "Kategori"),
        Column("region_code", "string", "Kode Kemendagri wilayah pemenang"),
        Column("region_bps_code", "string", "Kode BPS wilayah pemenang"),
        Column("region_name", "string", "Nama wilayah pemenang"),
        Column("organisation", "string", "Organisasi pemenang"),
        Column("rank", "integer", "Peringkat"),
        Column("for_year", "integer", "Tahun kinerja yang dihargai"),
        Column("zone", "string", "Zona"),
        Column("title", "string", "Penghargaan", required=True),
        Column("awarded_on", "date", "Tanggal penyerahan"),
        Column(
            "origin",
            "string",
            "Asal: dilaporkan sumber atau diumumkan dari penilaian tim",
            enum=("source", "panel"),
        ),
        *CITATION,
    ),
)

SOURCES = Table(
    name="sources",
    path="articles/",
    title=_("Artikel sumber"),
    description=_("Artikel sumber yang sudah ditinjau (tanpa teks lengkapnya)."),
    primary_key="id",
    columns=(
        Column("id", "integer", "Nomor artikel", required=True),
        Column("outlet", "string", "Media", required=True),
        Column("title", "string", "Judul", required=True),
        Column("url", "string", "Alamat artikel asli"),
        Column("published_date", "date", "Tanggal terbit"),
        Column("published_precision", "string", "Ketelitian tanggal"),
        Column("date_inferred", "boolean", "Tanggal disimpulkan"),
        Column("page_url", "string", "Halaman artikel di situs ini", required=True),
    ),
)

CLAIMS = Table(
    name="claims",
    path="claims/",
    title=_("Klaim yang diterima"),
    description=_(
        "Angka yang ditemukan di artikel sumber dan diterima peninjau, dengan kutipan "
        "persisnya dan catatan yang dihasilkannya."
    ),
    primary_key="id",
    columns=(
        Column("id", "integer", "Nomor klaim", required=True),
        Column("article_id", "integer", "Nomor artikel sumber", required=True),
        Column("metric", "string", "Jenis angka", required=True),
        Column("segment", "string", "Segmen"),
        Column("value", "number", "Nilai"),
        Column("region_code", "string", "Kode Kemendagri wilayah"),
        Column("region_bps_code", "string", "Kode BPS wilayah"),
        Column("region_name", "string", "Nama wilayah"),
        Column("as_of", "date", "Per tanggal"),
        Column("quote", "string", "Kutipan persis", required=True),
        Column("record_type", "string", "Jenis catatan yang dihasilkan (figure, target, budget)"),
        Column("record_id", "integer", "Nomor catatan yang dihasilkan"),
    ),
)

TABLES: dict[str, Table] = {
    table.name: table
    for table in (REGIONS, FIGURES, TARGETS, BUDGETS, AWARD_RESULTS, SOURCES, CLAIMS)
}
