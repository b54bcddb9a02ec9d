from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class JobKind(models.TextChoices):
    IMPORT_CHECK = "import_check", _("Pemeriksaan berkas impor")
    IMPORT_WRITE = "import_write", _("Penyimpanan impor")
    ARTICLE_EXTRACT = "article_extract", _("Pembacaan angka dari artikel")
    EXPORT = "export", _("Ekspor data")
    SUMMARY_REBUILD = "summary_rebuild", _("Penyusunan ulang ringkasan wilayah")


class JobState(models.TextChoices):
    QUEUED = "queued", _("menunggu")
    RUNNING = "running", _("berjalan")
    SUCCEEDED = "succeeded", _("selesai")
    FAILED = "failed", _("gagal")


FINISHED = (JobState.SUCCEEDED, JobState.FAILED)


class Job(models.Model):
    """One piece of long work, run by a Celery worker (jobs/tasks.py).

    The row is the truth about the job: the worker claims it by moving it
    from queued to running in one UPDATE, so a message delivered twice
    runs it once; an import's write commits in the same transaction that
    marks the job succeeded, so a job that did not finish wrote nothing."""

    kind = models.CharField(_("jenis"), max_length=20, choices=JobKind.choices)
    state = models.CharField(
        _("status"), max_length=10, choices=JobState.choices, default=JobState.QUEUED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("oleh"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="jobs",
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    started_at = models.DateTimeField(_("mulai"), null=True, blank=True)
    finished_at = models.DateTimeField(_("berakhir"), null=True, blank=True)
    #: what the job works on, e.g. {"import": "figures", "language": "id"}
    params = models.JSONField(_("parameter"), default=dict, blank=True)
    file_name = models.CharField(_("berkas"), max_length=200, blank=True)
    #: the uploaded file, kept until the job succeeds (in the database, so
    #: any worker on any machine can read it)
    upload = models.BinaryField(_("isi berkas"), null=True, blank=True, editable=False)
    progress_done = models.PositiveIntegerField(_("selesai"), default=0)
    progress_total = models.PositiveIntegerField(_("jumlah"), default=0)
    result = models.JSONField(_("hasil"), default=dict, blank=True)
    summary = models.CharField(_("ringkasan hasil"), max_length=300, blank=True)
    error = models.TextField(_("alasan gagal"), blank=True)
    #: the admin page of what the job changed (or of its preview)
    link = models.CharField(_("tautan"), max_length=300, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("pekerjaan asal"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
    )
    #: one job per key: confirming the same preview twice starts one write
    idempotency_key = models.CharField(max_length=100, null=True, blank=True, unique=True)
    #: what the job made for its user (an export's file), kept until ``expires_at``
    output = models.BinaryField(_("berkas hasil"), null=True, blank=True, editable=False)
    output_name = models.CharField(_("nama berkas hasil"), max_length=200, blank=True)
    expires_at = models.DateTimeField(_("kedaluwarsa"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    worker = models.CharField(_("pekerja"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("pekerjaan")
        verbose_name_plural = pgettext_lazy("plural", "pekerjaan")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["created_by", "-created_at"], name="jobs_job_user_created"),
            models.Index(fields=["state", "started_at"], name="jobs_job_state_started"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=JobState.values), name="%(app_label)s_%(class)s_state"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=JobKind.values), name="%(app_label)s_%(class)s_kind"
            ),
            models.CheckConstraint(
                condition=Q(progress_done__lte=models.F("progress_total")),
                name="%(app_label)s_%(class)s_progress_le_total",
            ),
            models.CheckConstraint(
                condition=Q(finished_at__isnull=True) | Q(state__in=FINISHED),
                name="%(app_label)s_%(class)s_finished_only_when_ended",
            ),
            models.CheckConstraint(
                condition=Q(output__isnull=True) | Q(expires_at__isnull=False),
                name="%(app_label)s_%(class)s_output_expires",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk} ({self.get_state_display()})"

    @property
    def finished(self) -> bool:
        return self.state in FINISHED

    @property
    def has_output(self) -> bool:
        """An output still to be downloaded (``output`` deferred in lists:
        its name says whether there is one)."""
        return bool(self.output_name) and (
            self.expires_at is None or self.expires_at > timezone.now()
        )

    @property
    def percent(self) -> int:
        if not self.progress_total:
            return 100 if self.state == JobState.SUCCEEDED else 0
        return min(100, self.progress_done * 100 // self.progress_total)
