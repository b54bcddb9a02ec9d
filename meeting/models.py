"""The Inpres 2/2021 follow-up of a region: one row per step and date, as a
source reported it. A row without a source is unverified: editors see it in
the admin, public pages never do (regions.models.RecordProvenance)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from regions.choices import DatePrecision, RegionLevel
from regions.models import (
    PERCENT_VALIDATORS,
    BudgetAllocation,
    RecordProvenance,
    Region,
    not_negative,
    percent_plausible,
    published_has_source,
)

from .choices import EcosystemGroup, ItemKind, ItemState


class InpresItem(RecordProvenance):
    """One step of a region's Inpres 2/2021 follow-up as of a date: a
    regional-head regulation (number, date), an APBD allocation (linked to
    the budget record), an ecosystem group's enrolment (a count against its
    own denominator), membership required in licensing, cooperation with the
    Kejaksaan, or a province's count of its kab/kota with a regulation."""

    region = models.ForeignKey(
        Region, verbose_name=_("wilayah"), on_delete=models.PROTECT, related_name="inpres_items"
    )
    kind = models.CharField(_("butir"), max_length=12, choices=ItemKind.choices)
    group = models.CharField(
        _("kelompok ekosistem"),
        max_length=12,
        choices=EcosystemGroup.choices,
        blank=True,
        help_text=_("Hanya untuk butir kepesertaan ekosistem."),
    )
    group_label = models.CharField(_("kelompok sebagaimana disebut"), max_length=120, blank=True)
    state = models.CharField(_("tahap"), max_length=12, choices=ItemState.choices)
    as_of = models.DateField(_("per tanggal"))
    as_of_precision = models.CharField(
        _("ketelitian tanggal"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    regulation_number = models.CharField(_("nomor peraturan"), max_length=120, blank=True)
    regulation_date = models.DateField(_("tanggal peraturan"), null=True, blank=True)
    budget = models.ForeignKey(
        BudgetAllocation,
        verbose_name=_("anggaran"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inpres_items",
        help_text=_("Anggaran perlindungan wilayah ini yang menjadi alokasi APBD-nya."),
    )
    count = models.BigIntegerField(
        _("jumlah"),
        null=True,
        blank=True,
        help_text=_("Peserta yang terdaftar, atau kab/kota yang sudah punya peraturan."),
    )
    denominator = models.BigIntegerField(
        _("dari (penyebut)"),
        null=True,
        blank=True,
        help_text=_("Seluruh anggota kelompok itu, atau seluruh kab/kota provinsi."),
    )
    percent = models.DecimalField(
        _("persen"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
    )
    publisher = models.CharField(_("pelapor"), max_length=200, blank=True)
    quote = models.TextField(_("kutipan"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("tindak lanjut Inpres 2/2021")
        verbose_name_plural = pgettext_lazy("plural", "tindak lanjut Inpres 2/2021")
        ordering = ["region__code", "kind", "group", "-as_of"]
        indexes = [models.Index(fields=["region", "kind", "-as_of"], name="inpres_region_kind")]
        constraints = [
            published_has_source("inpres_has_source"),
            models.CheckConstraint(
                condition=(Q(kind=ItemKind.ECOSYSTEM) & ~Q(group=""))
                | (~Q(kind=ItemKind.ECOSYSTEM) & Q(group="")),
                name="%(app_label)s_%(class)s_group_only_for_ecosystem",
            ),
            models.CheckConstraint(
                condition=Q(kind=ItemKind.REGULATION)
                | Q(regulation_number="", regulation_date__isnull=True),
                name="%(app_label)s_%(class)s_regulation_fields",
            ),
            models.CheckConstraint(
                condition=Q(kind=ItemKind.BUDGET) | Q(budget__isnull=True),
                name="%(app_label)s_%(class)s_budget_only_for_budget",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=[ItemKind.ECOSYSTEM, ItemKind.REGULATION_UPTAKE])
                | Q(count__isnull=True, denominator__isnull=True, percent__isnull=True),
                name="%(app_label)s_%(class)s_counts_only_for_groups",
            ),
            models.CheckConstraint(
                condition=not_negative("count"), name="%(app_label)s_%(class)s_count_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(denominator__isnull=True) | Q(denominator__gt=0),
                name="%(app_label)s_%(class)s_denominator_positive",
            ),
            models.CheckConstraint(
                condition=Q(kind=ItemKind.ECOSYSTEM)
                | Q(count__isnull=True)
                | Q(denominator__isnull=True)
                | Q(count__lte=models.F("denominator")),
                name="%(app_label)s_%(class)s_uptake_within_denominator",
            ),
            models.CheckConstraint(
                condition=percent_plausible("percent"),
                name="%(app_label)s_%(class)s_percent_plausible",
            ),
            models.UniqueConstraint(
                fields=["region", "kind", "group", "as_of"],
                name="%(app_label)s_%(class)s_unique_per_date",
            ),
        ]

    def __str__(self) -> str:
        label = self.get_group_display() if self.group else self.get_kind_display()
        return f"{self.region} · {label} · {self.as_of:%Y-%m-%d}"

    def clean(self) -> None:
        super().clean()
        errors = {}
        region = self.region if self.region_id else None
        if self.budget_id and region is not None and self.budget.region_id != region.pk:
            errors["budget"] = _("Anggaran itu milik wilayah lain.")
        if (
            self.kind == ItemKind.REGULATION_UPTAKE
            and region is not None
            and region.level != RegionLevel.PROVINCE
        ):
            errors["kind"] = _("Rekap peraturan kab/kota hanya untuk provinsi.")
        if errors:
            raise ValidationError(errors)

    @property
    def share(self):
        """The published percent, else count over denominator."""
        from decimal import ROUND_HALF_UP, Decimal

        if self.percent is not None:
            return self.percent
        if self.count is not None and self.denominator:
            return (Decimal(self.count) * 100 / self.denominator).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP
            )
        return None
