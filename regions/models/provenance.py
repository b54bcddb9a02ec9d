"""Where a recorded number came from (the abstract base of every record)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import RecordStatus, SourceKind

__all__ = ["RecordProvenance"]


class RecordProvenance(models.Model):
    """Where a recorded number came from: the article of an accepted claim,
    or a document (issuer, title, date, address). A record without either is
    kept as unverified ("belum bersumber"): its editors and reviewers see it
    in the admin, public pages and exports never do."""

    status = models.CharField(
        _("status"), max_length=10, choices=RecordStatus.choices, default=RecordStatus.PUBLISHED
    )
    note = models.TextField(_("catatan"), blank=True)
    source_outlet = models.CharField(_("media / penerbit sumber"), max_length=120, blank=True)
    source_title = models.CharField(_("judul sumber"), max_length=300, blank=True)
    source_date = models.DateField(_("tanggal sumber"), null=True, blank=True)
    source_url = models.URLField(_("URL sumber"), max_length=500, blank=True)
    source_kind = models.CharField(
        _("jenis sumber"), max_length=10, choices=SourceKind.choices, blank=True, default=""
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dimasukkan oleh"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_synthetic = models.BooleanField(
        _("data sintetis"),
        default=False,
        db_index=True,
        help_text=_("Dibuat oleh generate_demo_data untuk uji beban; bukan angka nyata."),
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        self.apply_source_rule()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        self.apply_source_rule()

    def from_article(self) -> bool:
        return self.source_kind == SourceKind.ARTICLE

    def document_complete(self) -> bool:
        return bool(self.source_outlet and self.source_title and self.source_url)

    @property
    def is_sourced(self) -> bool:
        return self.from_article() or self.is_synthetic or self.document_complete()

    def apply_source_rule(self) -> None:
        """Name the kind of source the record has, and keep a record without
        one out of public view: asked to publish it, save it as unverified."""
        if not self.from_article():
            self.source_kind = SourceKind.DOCUMENT if self.document_complete() else ""
        if self.status == RecordStatus.PUBLISHED and not self.is_sourced:
            self.status = RecordStatus.UNVERIFIED
