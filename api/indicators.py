"""Indicator metadata in the shape BPS uses for Satu Data Indonesia
(Perpres 39/2019; BPS's indicator metadata form: concept, definition,
formula, unit, periodicity, disaggregation, source, reference codes).

Served by /api/v1/indicators/ and shown on the "Tentang data" page. The
texts are translatable (Indonesian is the source language).
"""

from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

REFERENCE_CODES = (
    {
        "system": "kemendagri",
        "name": _("Kode wilayah Kemendagri"),
        "note": _(
            "Kode wilayah administrasi pemerintahan (Kepmendagri 300.2.2-2138 Tahun 2025): "
            "73 untuk provinsi, 73.01 untuk kabupaten/kota; kunci daftar wilayah."
        ),
    },
    {
        "system": "bps",
        "name": _("Kode wilayah BPS"),
        "note": _(
            "Kode wilayah kerja statistik BPS (7301), dijembatani ke kode Kemendagri dari "
            "tabel bridging BPS; dipakai Sakernas dan tabel BPS lain."
        ),
    },
)

REGION_LEVELS = _("wilayah: nasional, provinsi, kabupaten/kota")
SEGMENTS = _("segmen: total, Penerima Upah, Bukan Penerima Upah, Jasa Konstruksi, PMI, rentan")
PUBLISHER = _("penerbit angka (BPJS Ketenagakerjaan, Kemnaker, pemerintah daerah, BPS)")


@dataclass(frozen=True)
class Indicator:
    code: str
    name: Promise
    concept: Promise
    definition: Promise
    formula: Promise
    unit: Promise
    measure: str  # machine form of the unit: percent, persons, rupiah
    periodicity: Promise
    disaggregation: tuple[Promise, ...]
    source: Promise
    resource: str  # the data package resource and columns that hold it
    interpretation: Promise | str = ""
    reference_codes: tuple[dict, ...] = field(default=REFERENCE_CODES)


INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        code="cakupan_kepesertaan",
        name=_("Cakupan kepesertaan jaminan sosial ketenagakerjaan"),
        concept=_(
            "Universal Coverage Jamsostek (UCJ): bagian pekerja yang terlindungi program "
            "BPJS Ketenagakerjaan dari pekerja yang seharusnya terlindungi."
        ),
        definition=_(
            "Jumlah pekerja peserta BPJS Ketenagakerjaan di suatu wilayah dibagi jumlah "
            "pekerja yang seharusnya terlindungi (penyebut yang dipakai penerbit: penduduk "
            "bekerja, potensi pekerja atau angkatan kerja), dikali 100."
        ),
        formula=_("cakupan (%) = pekerja terlindungi / pekerja yang seharusnya terlindungi × 100"),
        unit=_("persen"),
        measure="percent",
        periodicity=_("bulanan atau tahunan, sebagaimana diterbitkan"),
        disaggregation=(REGION_LEVELS, SEGMENTS, PUBLISHER),
        source=_(
            "BPJS Ketenagakerjaan (kantor pusat, kantor wilayah, kantor cabang), Kemnaker, "
            "pemerintah daerah; dikutip dari berita dan dokumen yang disebut pada tiap angka."
        ),
        resource="figures: percent",
        interpretation=_(
            "Penyebut berbeda antarpenerbit, sehingga angka untuk wilayah dan bulan yang "
            "sama dapat berbeda; angka di atas 100 % mungkin karena penyebutnya perkiraan."
        ),
    ),
    Indicator(
        code="pekerja_terlindungi",
        name=_("Pekerja terlindungi"),
        concept=_("Pembilang cakupan: peserta BPJS Ketenagakerjaan."),
        definition=_(
            "Jumlah pekerja yang menjadi peserta BPJS Ketenagakerjaan di wilayah itu "
            "(peserta aktif atau terdaftar, sebagaimana disebut sumber)."
        ),
        formula=_("jumlah peserta (PU + BPU + Jakon, dan PMI bila dihitung)"),
        unit=_("orang"),
        measure="persons",
        periodicity=_("bulanan atau tahunan, sebagaimana diterbitkan"),
        disaggregation=(REGION_LEVELS, SEGMENTS, _("peserta aktif atau terdaftar")),
        source=_("BPJS Ketenagakerjaan, Kemnaker, pemerintah daerah."),
        resource="figures: covered",
    ),
    Indicator(
        code="pekerja_seharusnya_terlindungi",
        name=_("Pekerja yang seharusnya terlindungi"),
        concept=_("Penyebut cakupan."),
        definition=_(
            "Pekerja yang seharusnya terlindungi menurut penerbit: penduduk bekerja "
            "(Sakernas BPS), potensi pekerja (semesta BPJS) atau angkatan kerja."
        ),
        formula=_("sebagaimana diterbitkan"),
        unit=_("orang"),
        measure="persons",
        periodicity=_("tahunan atau semesteran (Sakernas)"),
        disaggregation=(REGION_LEVELS, _("jenis penyebut")),
        source=_("BPS (Sakernas), BPJS Ketenagakerjaan."),
        resource="figures: eligible",
    ),
    Indicator(
        code="target_cakupan",
        name=_("Target cakupan kepesertaan"),
        concept=_("Cakupan yang ditetapkan untuk dicapai pada suatu tenggat."),
        definition=_(
            "Persentase cakupan yang ditargetkan untuk wilayah dan segmen, dengan penetapnya "
            "(RPJMN, surat Kemendagri, rencana pemerintah daerah, BPJS, Kejaksaan)."
        ),
        formula=_("sebagaimana ditetapkan"),
        unit=_("persen"),
        measure="percent",
        periodicity=_("tahunan"),
        disaggregation=(REGION_LEVELS, SEGMENTS, _("penetap target")),
        source=_("Dokumen perencanaan dan pernyataan resmi yang disebut pada tiap target."),
        resource="targets: target_percent",
    ),
    Indicator(
        code="anggaran_perlindungan",
        name=_("Anggaran perlindungan pekerja"),
        concept=_("Dana yang disediakan untuk membayar iuran pekerja (terutama pekerja rentan)."),
        definition=_(
            "Jumlah rupiah yang dialokasikan pemerintah daerah atau sponsor (APBD, APBDes, "
            "CSR, DBH, sponsor ASN) untuk iuran BPJS Ketenagakerjaan dalam satu tahun anggaran."
        ),
        formula=_("pekerja yang dapat dibiayai = jumlah / (iuran minimum BPU Rp16.800 × bulan)"),
        unit=_("rupiah"),
        measure="rupiah",
        periodicity=_("tahunan"),
        disaggregation=(REGION_LEVELS, _("sumber dana")),
        source=_("APBD dan pernyataan pemerintah daerah yang disebut pada tiap anggaran."),
        resource="budgets: amount",
    ),
)


def indicator_rows() -> list[dict]:
    """The indicators as plain rows (strings in the active language)."""
    return [
        {
            "code": item.code,
            "name": str(item.name),
            "concept": str(item.concept),
            "definition": str(item.definition),
            "formula": str(item.formula),
            "unit": str(item.unit),
            "measure": item.measure,
            "periodicity": str(item.periodicity),
            "disaggregation": [str(part) for part in item.disaggregation],
            "source": str(item.source),
            "reference_codes": [
                {key: str(value) for key, value in code.items()} for code in item.reference_codes
            ],
            "resource": item.resource,
            "interpretation": str(item.interpretation),
        }
        for item in INDICATORS
    ]
