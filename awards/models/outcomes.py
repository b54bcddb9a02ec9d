"""The results as a source reported them or as announced from the panel's ranking."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from regions.models import Region

from .editions import Category, Edition
from .nominees import Nominee

__all__ = ["OutcomeOrigin", "Outcome"]


class OutcomeOrigin(models.TextChoices):
    SOURCE = "source", _("dilaporkan sumber")
    PANEL = "panel", _("diumumkan dari penilaian tim")


class Outcome(models.Model):
    """A result as a source reported it, with or without scores behind it
    (Selayar: fourth-highest coverage in Sulsel for 2023), or announced
    here from the panel's locked ranking (origin "panel", with its nominee)."""

    edition = models.ForeignKey(
        Edition, verbose_name=_("edisi"), on_delete=models.PROTECT, related_name="outcomes"
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("kategori"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="outcomes",
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("wilayah"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="award_outcomes",
    )
    organisation = models.CharField(_("organisasi"), max_length=200, blank=True)
    rank = models.PositiveSmallIntegerField(_("peringkat"), null=True, blank=True)
    for_year = models.PositiveSmallIntegerField(
        _("untuk kinerja tahun"),
        null=True,
        blank=True,
        help_text=_("Tahun capaian yang dihargai, sebagaimana disebut sumber."),
    )
    zone = models.CharField(_("zona"), max_length=120, blank=True)
    title = models.CharField(_("penghargaan"), max_length=300)
    awarded_on = models.DateField(_("tanggal penyerahan"), null=True, blank=True)
    venue = models.CharField(_("tempat"), max_length=200, blank=True)
    note = models.TextField(_("catatan"), blank=True)
    # The source that reported the result, with its exact sentence.
    source_outlet = models.CharField(_("media sumber"), max_length=120, blank=True)
    source_title = models.CharField(_("judul sumber"), max_length=300, blank=True)
    source_url = models.URLField(_("URL sumber"), max_length=500, blank=True)
    source_date = models.DateField(_("tanggal sumber"), null=True, blank=True)
    quote = models.TextField(_("kutipan sumber"), blank=True)
    origin = models.CharField(
        _("asal"), max_length=10, choices=OutcomeOrigin.choices, default=OutcomeOrigin.SOURCE
    )
    nominee = models.ForeignKey(
        Nominee, verbose_name=_("nomine"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="outcomes",
    )  # fmt: skip

    class Meta:
        verbose_name = _("hasil penghargaan")
        verbose_name_plural = pgettext_lazy("plural", "hasil penghargaan")
        ordering = ["-edition__year", "rank"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rank__isnull=True) | Q(rank__gte=1),
                name="%(app_label)s_%(class)s_rank_from_1",
            ),
            models.CheckConstraint(
                condition=Q(region__isnull=False) | ~Q(organisation=""),
                name="%(app_label)s_%(class)s_has_winner",
            ),
            models.CheckConstraint(
                condition=Q(origin="source") | Q(nominee__isnull=False),
                name="%(app_label)s_%(class)s_panel_has_nominee",
            ),
            models.UniqueConstraint(
                fields=["nominee"],
                condition=Q(origin="panel"),
                name="%(app_label)s_%(class)s_panel_once_per_nominee",
            ),
        ]

    def __str__(self) -> str:
        who = self.region or self.organisation
        return f"{who}: {self.title}"
