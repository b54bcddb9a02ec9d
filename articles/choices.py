from django.db import models
from django.utils.translation import gettext_lazy as _


class Metric(models.TextChoices):
    COVERAGE_PCT = "coverage_pct", _("Persentase cakupan")
    PARTICIPANTS = "participants", _("Jumlah peserta")
    TARGET_PCT = "target_pct", _("Target cakupan")
    BUDGET_IDR = "budget_idr", _("Anggaran (Rp)")
    AWARD_RANK = "award_rank", _("Peringkat penghargaan")
    WORKFORCE = "workforce", _("Jumlah pekerja (penyebut)")
    # Facts without a number: recorded from a source, never proposed by the
    # figure extractor.
    AWARD_CATEGORY = "award_category", _("Kategori penghargaan")
    PANEL_MEMBER = "panel_member", _("Anggota tim penilai")


NUMERIC_METRICS = frozenset(
    {
        Metric.COVERAGE_PCT,
        Metric.PARTICIPANTS,
        Metric.TARGET_PCT,
        Metric.BUDGET_IDR,
        Metric.AWARD_RANK,
        Metric.WORKFORCE,
    }
)


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Menunggu tinjauan")
    ACCEPTED = "accepted", _("Diterima")
    REJECTED = "rejected", _("Ditolak")
