"""The numbers recorded against a region: coverage figures, targets and budgets."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .. import formatting, quality
from ..choices import (
    DatePrecision,
    DenominatorKind,
    FundingSource,
    ParticipantKind,
    PublisherKind,
    RecordStatus,
    Segment,
    TargetIssuerKind,
)
from .provenance import RecordProvenance
from .register import Region
from .rules import (
    PERCENT_CEILING,
    PERCENT_VALIDATORS,
    not_negative,
    percent_plausible,
    published_has_source,
)

__all__ = ["CoverageFigure", "CoverageTarget", "BudgetAllocation"]


class CoverageFigure(RecordProvenance):
    """Covered workers, eligible workers and/or the coverage rate of one
    region and segment, as of a date, as published by one publisher.

    Any of the three numbers may be missing (news often gives only a rate).
    Figures for the same region, segment and date from different publishers
    coexist: their denominators differ (domain.md §1.3).
    """

    region = models.ForeignKey(
        Region, verbose_name=_("wilayah"), on_delete=models.PROTECT, related_name="figures"
    )
    as_of = models.DateField(_("per tanggal"))
    as_of_precision = models.CharField(
        _("ketelitian tanggal"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    segment = models.CharField(
        _("segmen"), max_length=12, choices=Segment.choices, default=Segment.TOTAL
    )
    covered = models.BigIntegerField(_("pekerja terlindungi"), null=True, blank=True)
    eligible = models.BigIntegerField(
        _("pekerja yang seharusnya terlindungi"), null=True, blank=True
    )
    percent = models.DecimalField(
        _("cakupan (%)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
    )
    is_approximate = models.BooleanField(
        _("angka perkiraan"), default=False, help_text=_("Sumber menyebut 'sekitar', 'berkisar'.")
    )
    publisher = models.CharField(
        _("penerbit angka"),
        max_length=200,
        help_text=_(
            "Lembaga yang menyebut angka ini, mis. BPJS Ketenagakerjaan Kanwil Sulawesi Maluku."
        ),
    )
    publisher_kind = models.CharField(
        _("jenis penerbit"), max_length=16, choices=PublisherKind.choices
    )
    denominator_kind = models.CharField(
        _("jenis penyebut"), max_length=16, choices=DenominatorKind.choices, blank=True
    )
    denominator_label = models.CharField(
        _("penyebut sebagaimana disebut"), max_length=120, blank=True
    )
    participant_kind = models.CharField(
        _("jenis peserta"), max_length=12, choices=ParticipantKind.choices, blank=True
    )
    quality_warning = models.CharField(_("peringatan mutu data"), max_length=300, blank=True)
    # When the publisher revised a published figure (same region, segment,
    # date and publisher, another value), the value it replaced: the page
    # says "direvisi" and shows it. The history keeps every version.
    revised_at = models.DateTimeField(_("direvisi pada"), null=True, blank=True)
    previous_percent = models.DecimalField(
        _("cakupan sebelum revisi (%)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    previous_covered = models.BigIntegerField(
        _("pekerja terlindungi sebelum revisi"), null=True, blank=True
    )
    previous_eligible = models.BigIntegerField(_("penyebut sebelum revisi"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("angka cakupan")
        verbose_name_plural = pgettext_lazy("plural", "angka cakupan")
        ordering = ["region__code", "segment", "-as_of"]
        indexes = [
            # The latest figure of a region and segment, and its history.
            models.Index(fields=["region", "segment", "-as_of"], name="figure_region_seg_asof"),
            # The latest figure of a region in any segment (regions_with_latest).
            models.Index(fields=["region", "-as_of", "-id"], name="figure_region_asof"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=percent_plausible("percent"),
                name="%(app_label)s_%(class)s_percent_plausible",
            ),
            models.CheckConstraint(
                condition=not_negative("covered"),
                name="%(app_label)s_%(class)s_covered_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(eligible__isnull=True) | Q(eligible__gt=0),
                name="%(app_label)s_%(class)s_eligible_positive",
            ),
            models.CheckConstraint(
                condition=Q(covered__isnull=False) | Q(percent__isnull=False),
                name="%(app_label)s_%(class)s_has_count_or_percent",
            ),
            models.UniqueConstraint(
                fields=["region", "segment", "as_of", "publisher"],
                name="%(app_label)s_%(class)s_unique_per_publisher",
            ),
            published_has_source("figure_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.region} · {self.get_segment_display()} · {self.as_of:%Y-%m-%d}"

    VALUE_FIELDS = ("percent", "covered", "eligible")

    def save(self, *args, **kwargs) -> None:
        self.refresh_quality_warning()
        self.note_revision()
        super().save(*args, **kwargs)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        if all(name in field_names for name in ("status", *cls.VALUE_FIELDS)):
            instance._stored = {name: getattr(instance, name) for name in cls.VALUE_FIELDS}
            instance._stored_status = instance.status
        return instance

    def note_revision(self) -> None:
        """A published figure whose value changes is a revision: keep the
        value it replaces (an unverified or draft figure just gets edited)."""
        stored = getattr(self, "_stored", None)
        if stored is None or getattr(self, "_stored_status", "") != RecordStatus.PUBLISHED:
            return
        changed = any(
            stored[name] != getattr(self, name)
            and not (stored[name] is not None and getattr(self, name) is not None
                     and Decimal(stored[name]) == Decimal(getattr(self, name)))
            for name in self.VALUE_FIELDS
        )  # fmt: skip
        if changed:
            self.previous_percent = stored["percent"]
            self.previous_covered = stored["covered"]
            self.previous_eligible = stored["eligible"]
            self.revised_at = timezone.now()
            self._stored = {name: getattr(self, name) for name in self.VALUE_FIELDS}

    @property
    def is_revised(self) -> bool:
        return self.revised_at is not None

    @property
    def computed_percent(self) -> Decimal | None:
        return quality.computed_percent(self.covered, self.eligible)

    @property
    def exceeds_estimate(self) -> bool:
        """More workers registered than the (estimated) denominator counts:
        a rate above 100 % or counts above the denominator."""
        if self.percent is not None and self.percent > 100:
            return True
        return self.covered is not None and bool(self.eligible) and self.covered > self.eligible

    def refresh_quality_warning(self) -> None:
        recomputed = quality.percent_mismatch(self.covered, self.eligible, self.percent)
        if recomputed is None:
            self.quality_warning = ""
        else:
            self.quality_warning = gettext(
                "Persentase yang dikutip (%(quoted)s) tidak cocok dengan hitungan "
                "ulang dari jumlah peserta dan penyebut (%(recomputed)s)."
            ) % {"quoted": self.percent, "recomputed": recomputed}


class CoverageTarget(RecordProvenance):
    """A coverage target for a region and segment, with its issuer. Several
    can coexist (Sulsel 2025: 68 % quoted by the Kajati, 62,93 % by the
    Kanwil); at most one per region and segment is primary."""

    region = models.ForeignKey(
        Region, verbose_name=_("wilayah"), on_delete=models.PROTECT, related_name="targets"
    )
    segment = models.CharField(
        _("segmen"), max_length=12, choices=Segment.choices, default=Segment.TOTAL
    )
    baseline_percent = models.DecimalField(
        _("angka awal (%)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
    )
    baseline_date = models.DateField(_("tanggal angka awal"), null=True, blank=True)
    target_percent = models.DecimalField(
        _("target (%)"), max_digits=6, decimal_places=2, validators=PERCENT_VALIDATORS
    )
    target_date = models.DateField(_("tenggat target"))
    target_date_precision = models.CharField(
        _("ketelitian tenggat"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.YEAR,
    )
    issuer = models.CharField(_("penetap target"), max_length=200)
    issuer_kind = models.CharField(
        _("jenis penetap"), max_length=12, choices=TargetIssuerKind.choices
    )
    legal_basis = models.CharField(_("dasar hukum / dokumen"), max_length=200, blank=True)
    is_primary = models.BooleanField(
        _("target utama"),
        default=False,
        help_text=_("Target yang dipakai halaman wilayah untuk menilai kemajuan."),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("target cakupan")
        verbose_name_plural = pgettext_lazy("plural", "target cakupan")
        ordering = ["region__code", "segment", "target_date"]
        constraints = [
            models.CheckConstraint(
                condition=percent_plausible("baseline_percent"),
                name="%(app_label)s_%(class)s_baseline_plausible",
            ),
            models.CheckConstraint(
                condition=Q(target_percent__gte=0, target_percent__lt=PERCENT_CEILING),
                name="%(app_label)s_%(class)s_target_plausible",
            ),
            published_has_source("target_has_source"),
            models.CheckConstraint(
                condition=Q(baseline_date__isnull=True) | Q(target_date__gt=F("baseline_date")),
                name="%(app_label)s_%(class)s_target_after_baseline",
            ),
            models.CheckConstraint(
                condition=Q(baseline_percent__isnull=True) | Q(baseline_date__isnull=False),
                name="%(app_label)s_%(class)s_baseline_has_date",
            ),
            models.UniqueConstraint(
                fields=["region", "segment"],
                condition=Q(is_primary=True),
                name="%(app_label)s_%(class)s_one_primary",
            ),
            models.UniqueConstraint(
                fields=["region", "segment", "target_date", "issuer"],
                name="%(app_label)s_%(class)s_unique_per_issuer",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.region} · {self.target_percent} % · {self.target_date:%Y}"


class BudgetAllocation(RecordProvenance):
    """Money a government (or sponsor) set aside for workers' premiums.

    What it buys follows from the minimum BPU premium (Rp16.800 a worker a
    month), but a published worker count wins over the computed one."""

    region = models.ForeignKey(
        Region, verbose_name=_("wilayah"), on_delete=models.PROTECT, related_name="budgets"
    )
    year = models.PositiveSmallIntegerField(
        _("tahun anggaran"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    amount = models.BigIntegerField(_("jumlah (Rp)"))
    amount_is_approximate = models.BooleanField(
        _("jumlah perkiraan"),
        default=False,
        help_text=_("Sumber menyebut 'sekira', 'kurang lebih'."),
    )
    purpose = models.CharField(_("peruntukan"), max_length=300)
    funding_source = models.CharField(
        _("sumber dana"), max_length=16, choices=FundingSource.choices, default=FundingSource.APBD
    )
    recurring = models.BooleanField(
        _("berulang tiap tahun"), default=False, help_text=_("Sumber menyebut 'setiap tahun'.")
    )
    months_covered = models.PositiveSmallIntegerField(
        _("bulan yang dibiayai"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    workers_funded = models.BigIntegerField(
        _("pekerja yang dibiayai (menurut sumber)"), null=True, blank=True
    )
    publisher = models.CharField(_("penerbit angka"), max_length=200)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("anggaran perlindungan")
        verbose_name_plural = pgettext_lazy("plural", "anggaran perlindungan")
        ordering = ["region__code", "-year"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0), name="%(app_label)s_%(class)s_amount_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(year__gte=2000, year__lte=2100),
                name="%(app_label)s_%(class)s_year_plausible",
            ),
            models.CheckConstraint(
                condition=Q(months_covered__isnull=True)
                | Q(months_covered__gte=1, months_covered__lte=12),
                name="%(app_label)s_%(class)s_months_1_12",
            ),
            models.CheckConstraint(
                condition=not_negative("workers_funded"),
                name="%(app_label)s_%(class)s_workers_not_negative",
            ),
            models.UniqueConstraint(
                fields=["region", "year", "funding_source", "purpose"],
                name="%(app_label)s_%(class)s_unique_purpose",
            ),
            published_has_source("budget_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.region} · {self.year} · Rp{formatting.number_id(self.amount)}"
