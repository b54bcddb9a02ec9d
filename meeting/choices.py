"""Choices of the Inpres 2/2021 follow-up (domain.md §3)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ItemKind(models.TextChoices):
    """The steps Inpres 2/2021 asks of a governor, bupati or wali kota."""

    REGULATION = "regulation", _("Peraturan kepala daerah (Pergub/Perbup/Perwali)")
    BUDGET = "budget", _("Alokasi APBD untuk pekerja rentan")
    ECOSYSTEM = "ecosystem", _("Kepesertaan ekosistem")
    LICENSING = "licensing", _("Kepesertaan sebagai syarat perizinan")
    PROSECUTOR = "prosecutor", _("Kerja sama dengan Kejaksaan (SKK)")
    # A province's own count of its kab/kota that issued a regulation, as a
    # source reported it ("19 dari 24 kab/kota", Sulsel, April 2023).
    REGULATION_UPTAKE = "uptake", _("Rekap peraturan kepala daerah kab/kota")


class EcosystemGroup(models.TextChoices):
    """Who a region enrols in its own "ecosystem", each counted against its
    own denominator."""

    NON_ASN = "non_asn", _("Pegawai non-ASN")
    VILLAGE_APPARATUS = "village", _("Aparatur desa/gampong")
    RT_RW = "rt_rw", _("Ketua RT/RW")
    EDUCATION_STAFF = "education", _("Guru dan tenaga kependidikan (GTK)")
    HEALTH_WORKERS = "health", _("Tenaga kesehatan")
    RELIGIOUS_WORKERS = "religious", _("Pekerja rentan keagamaan")
    ELECTION_STAFF = "election", _("Penyelenggara pemilu ad hoc")
    VULNERABLE = "vulnerable", _("Pekerja rentan")
    OTHER = "other", _("Lainnya")


class ItemState(models.TextChoices):
    DONE = "done", _("Sudah")
    IN_PROGRESS = "in_progress", _("Berjalan")
    NOT_YET = "not_yet", _("Belum")
