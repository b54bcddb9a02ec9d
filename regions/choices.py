"""Value lists of the regions app. Stored values are stable English slugs;
labels are Indonesian and translatable."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .progress import Verdict


class RegionLevel(models.TextChoices):
    NATION = "nation", _("Nasional")
    PROVINCE = "province", _("Provinsi")
    REGENCY = "regency", _("Kabupaten")
    CITY = "city", _("Kota")


class Segment(models.TextChoices):
    TOTAL = "total", _("Total (semua segmen)")
    FORMAL = "formal", _("Penerima Upah (PU, formal)")
    INFORMAL = "informal", _("Bukan Penerima Upah (BPU, informal)")
    CONSTRUCTION = "construction", _("Jasa Konstruksi (Jakon)")
    MIGRANT = "migrant", _("Pekerja Migran Indonesia (PMI)")
    VULNERABLE = "vulnerable", _("Pekerja rentan")
    OTHER = "other", _("Lainnya")


class DatePrecision(models.TextChoices):
    YEAR = "year", _("Tahun")
    MONTH = "month", _("Bulan")
    DAY = "day", _("Hari")


class PublisherKind(models.TextChoices):
    BPJS_NATIONAL = "bpjs_national", _("BPJS Ketenagakerjaan (kantor pusat)")
    BPJS_KANWIL = "bpjs_kanwil", _("BPJS Ketenagakerjaan Kantor Wilayah")
    BPJS_BRANCH = "bpjs_branch", _("BPJS Ketenagakerjaan Kantor Cabang")
    KEMNAKER = "kemnaker", _("Kementerian Ketenagakerjaan")
    KEMENDAGRI = "kemendagri", _("Kementerian Dalam Negeri")
    PROVINCIAL_GOVERNMENT = "pemprov", _("Pemerintah Provinsi")
    LOCAL_GOVERNMENT = "pemda", _("Pemerintah Kabupaten/Kota")
    PROSECUTOR = "kejaksaan", _("Kejaksaan")
    BPS = "bps", _("Badan Pusat Statistik")
    OTHER = "other", _("Lainnya")


class DenominatorKind(models.TextChoices):
    UNKNOWN = "", _("Tidak disebutkan")
    EMPLOYED = "employed", _("Penduduk bekerja")
    POTENTIAL = "potential", _("Potensi pekerja (semesta BPJS)")
    LABOUR_FORCE = "labour_force", _("Angkatan kerja")


class ParticipantKind(models.TextChoices):
    UNKNOWN = "", _("Tidak disebutkan")
    ACTIVE = "active", _("Peserta aktif")
    REGISTERED = "registered", _("Peserta terdaftar")


class RecordStatus(models.TextChoices):
    DRAFT = "draft", _("Draf")
    PUBLISHED = "published", _("Terbit")
    # Saved without a source: its editors and reviewers see it in the admin;
    # public pages, exports and cached aggregates never do.
    UNVERIFIED = "unverified", _("Belum bersumber")


class SourceKind(models.TextChoices):
    """What a record's source is (set by the record, never typed)."""

    NONE = "", _("Belum ada")
    ARTICLE = "article", _("Artikel (klaim yang diterima)")
    DOCUMENT = "document", _("Dokumen (penerbit, judul, alamat)")


class FundingSource(models.TextChoices):
    APBD = "apbd", _("APBD")
    APBDES = "apbdes", _("APBDes")
    ASN_SPONSORSHIP = "asn_sponsorship", _("Sponsor ASN (satu ASN menanggung satu pekerja)")
    CSR = "csr", _("CSR")
    DBH = "dbh", _("Dana Bagi Hasil (DBH)")
    APBN = "apbn", _("APBN")
    MIXED = "mixed", _("Campuran")
    OTHER = "other", _("Lainnya")


class TargetIssuerKind(models.TextChoices):
    RPJMN = "rpjmn", _("RPJMN / RPJPN / RKP")
    KEMENDAGRI = "kemendagri", _("Kemendagri (surat edaran)")
    PROVINCIAL_PLAN = "pemprov", _("Rencana Pemerintah Provinsi")
    LOCAL_PLAN = "pemda", _("Rencana Pemerintah Kabupaten/Kota")
    BPJS = "bpjs", _("BPJS Ketenagakerjaan")
    PROSECUTOR = "kejaksaan", _("Pernyataan Kejaksaan")
    OTHER = "other", _("Lainnya")


class BasisKind(models.TextChoices):
    """How sure we are of a mapping (domain.md marks [C] and [I])."""

    CONFIRMED = "confirmed", _("Dikonfirmasi sumber")
    INFERRED = "inferred", _("Disimpulkan")


# The verdicts of regions.progress with their labels, for the list's filter
# and its table (the templates show the same words with a sign).
VERDICT_LABELS = {
    Verdict.ACHIEVED: _("Target tercapai"),
    Verdict.ON_TRACK: _("Sesuai jalur"),
    Verdict.BEHIND: _("Tertinggal"),
    Verdict.NO_TARGET: _("Belum ada target"),
    Verdict.NOT_ENOUGH_DATA: _("Data belum cukup"),
}
VERDICT_CHOICES = [(verdict.value, VERDICT_LABELS[verdict]) for verdict in Verdict]
