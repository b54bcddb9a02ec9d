"""The nominees of a category and the evidence documents they submitted."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from regions.models import Region

from ..choices import CategoryKind, OrganisationSize
from .editions import Category

__all__ = ["Nominee", "EvidenceStorage", "evidence_storage", "evidence_path", "Evidence"]


class Nominee(models.Model):
    """A region (government categories) or an organisation."""

    category = models.ForeignKey(
        Category, verbose_name=_("kategori"), on_delete=models.CASCADE, related_name="nominees"
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("wilayah"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="award_nominations",
    )
    organisation = models.CharField(_("organisasi"), max_length=200, blank=True)
    sector = models.CharField(_("sektor"), max_length=120, blank=True)
    size = models.CharField(
        _("skala usaha"), max_length=10, choices=OrganisationSize.choices, blank=True
    )
    shortlisted = models.BooleanField(
        _("masuk daftar pendek"),
        default=False,
        editable=False,
        help_text=_("Diputuskan rapat pleno setelah penilaian dokumen; hanya mereka diwawancarai."),
    )
    carried_from = models.ForeignKey(
        "Outcome",
        verbose_name=_("maju dari"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="carried_to",
        help_text=_("Juara tingkat provinsi yang maju ke edisi nasional ini."),
    )

    class Meta:
        verbose_name = _("nomine")
        verbose_name_plural = pgettext_lazy("plural", "nomine")
        ordering = ["category", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(region__isnull=False) & Q(organisation=""))
                | (Q(region__isnull=True) & ~Q(organisation="")),
                name="%(app_label)s_%(class)s_region_xor_organisation",
            ),
            models.CheckConstraint(
                condition=Q(region__isnull=True) | Q(size=""),
                name="%(app_label)s_%(class)s_size_only_for_organisations",
            ),
            models.UniqueConstraint(
                fields=["category", "region"],
                condition=Q(region__isnull=False),
                name="%(app_label)s_%(class)s_unique_region",
            ),
            models.UniqueConstraint(
                fields=["category", "organisation"],
                condition=~Q(organisation=""),
                name="%(app_label)s_%(class)s_unique_organisation",
            ),
        ]

    def __str__(self) -> str:
        return self.region.name if self.region_id else self.organisation

    def clean(self):
        """Government categories nominate regions of the right level (inside
        the province of a provincial edition); the others organisations."""
        super().clean()
        category = getattr(self, "category", None)
        if category is None:
            return
        if category.is_government:
            if self.region_id is None:
                raise ValidationError({"region": _("Kategori pemerintah menominasikan wilayah.")})
            region = self.region
            wanted = (
                {"province"}
                if category.kind == CategoryKind.PROVINCIAL_GOVERNMENT
                else {"regency", "city"}
            )
            if region.level not in wanted:
                raise ValidationError(
                    {"region": _("Wilayah ini tidak cocok dengan jenis kategori.")}
                )
            province_id = category.edition.province_id
            if province_id is not None and province_id not in (region.pk, region.parent_id):
                raise ValidationError(
                    {"region": _("Wilayah harus berada di provinsi penyelenggara edisi ini.")}
                )
        elif self.region_id is not None:
            raise ValidationError(
                {"region": _("Kategori ini menominasikan organisasi, bukan wilayah.")}
            )


class EvidenceStorage(FileSystemStorage):
    """MEDIA_ROOT, with addresses that go through the access check of the
    awards admin (admin_views.evidence_file), never a public /media/ URL."""

    def url(self, name):
        return reverse("admin:awards_evidence_file", args=[name])


def evidence_storage():
    return EvidenceStorage()


def evidence_path(instance, filename: str) -> str:
    return (
        f"paritrana/bukti/{instance.nominee.category.edition_id}/{instance.nominee_id}/{filename}"
    )


class Evidence(models.Model):
    """A document a nominee submitted for the document scoring (a regional
    regulation, a budget page, a participants' report). Stored under
    MEDIA_ROOT and handed only to the panel and the organisers."""

    nominee = models.ForeignKey(
        Nominee, verbose_name=_("nomine"), on_delete=models.CASCADE, related_name="evidence"
    )
    title = models.CharField(_("judul dokumen"), max_length=200)
    file = models.FileField(
        _("berkas"), upload_to=evidence_path, max_length=300, storage=evidence_storage
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("diunggah oleh"), on_delete=models.SET_NULL,
        null=True, blank=True, editable=False, related_name="+",
    )  # fmt: skip
    uploaded_at = models.DateTimeField(_("diunggah pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("dokumen bukti")
        verbose_name_plural = pgettext_lazy("plural", "dokumen bukti")
        ordering = ["nominee", "id"]

    def __str__(self) -> str:
        return self.title
