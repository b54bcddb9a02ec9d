"""The region register and the figures recorded against it.

Constraints that decide whether a number can be true live in the database
(CheckConstraint/UniqueConstraint), so a script, the admin and an import all
meet the same rules on SQLite and PostgreSQL.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from . import quality
from .choices import (
    BasisKind,
    DatePrecision,
    DenominatorKind,
    FundingSource,
    ParticipantKind,
    PublisherKind,
    RecordStatus,
    RegionLevel,
    Segment,
    SourceKind,
    TargetIssuerKind,
)

# A published rate may exceed 100 %: its denominator is an estimate (BPS's
# workforce), its numerator everyone registered in the region (construction
# workers register where the project is; one province reported almost
# 400 %, and BPJS Sumbagsel reported Bengkulu's construction workers at
# 1.233 % of BPS's potential). A hundred times the whole workforce is no
# longer an estimate but a typing or denominator error, so a percent must
# stay below PERCENT_CEILING (which fits DecimalField(max_digits=6,
# decimal_places=2)).
PERCENT_CEILING = Decimal("10000")
PERCENT_MAX = Decimal("9999.99")
PERCENT_VALIDATORS = [MinValueValidator(Decimal("0")), MaxValueValidator(PERCENT_MAX)]
REGION_CODE_VALIDATOR = RegexValidator(
    r"^(ID|\d{2}(\.\d{2})?)$",
    _("Kode wilayah Kemendagri berbentuk 73 (provinsi) atau 73.01 (kabupaten/kota)."),
)


def percent_plausible(field: str) -> Q:
    """Not negative and below PERCENT_CEILING (or empty)."""
    return Q(**{f"{field}__isnull": True}) | Q(
        **{f"{field}__gte": 0, f"{field}__lt": PERCENT_CEILING}
    )


def has_source() -> Q:
    """A record may be published only with a source: the article of an
    accepted claim, or a document named by its issuer and title with an
    address to read it. Its date is cited when known; a web page whose date
    was not recorded is cited without one, as bibliographies do ("t.t.")."""
    document = ~Q(source_outlet="") & ~Q(source_title="") & ~Q(source_url="")
    # Rows of generate_demo_data are labelled synthetic wherever shown.
    return (
        Q(source_kind=SourceKind.ARTICLE)
        | Q(is_synthetic=True)
        | (Q(source_kind=SourceKind.DOCUMENT) & document)
    )


def published_has_source(label: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=~Q(status=RecordStatus.PUBLISHED) | has_source(),
        name=f"%(app_label)s_%(class)s_published_{label}",
    )


def not_negative(field: str) -> Q:
    return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gte": 0})


class KanwilManager(models.Manager):
    def get_by_natural_key(self, code: str) -> "Kanwil":
        return self.get(code=code)


class Kanwil(models.Model):
    """A BPJS Ketenagakerjaan regional office (Kantor Wilayah)."""

    code = models.SlugField(_("kode"), max_length=40, unique=True)
    name = models.CharField(_("nama"), max_length=120, unique=True)
    seat = models.CharField(_("kedudukan"), max_length=80, blank=True)

    objects = KanwilManager()

    class Meta:
        verbose_name = _("kantor wilayah BPJS Ketenagakerjaan")
        verbose_name_plural = pgettext_lazy("plural", "kantor wilayah BPJS Ketenagakerjaan")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.code,)


class RegionManager(models.Manager):
    def get_by_natural_key(self, code: str) -> "Region":
        return self.get(code=code)


class Region(models.Model):
    """A nation, province, regency (kabupaten) or city (kota), keyed by its
    Kemendagri code ("73", "73.01"); the nation row has code "ID"."""

    code = models.CharField(
        _("kode Kemendagri"), max_length=8, unique=True, validators=[REGION_CODE_VALIDATOR]
    )
    name = models.CharField(_("nama"), max_length=120)
    level = models.CharField(_("tingkat"), max_length=10, choices=RegionLevel.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("induk"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    kanwil = models.ForeignKey(
        Kanwil,
        verbose_name=_("kantor wilayah"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="provinces",
    )
    kanwil_basis = models.CharField(
        _("dasar pemetaan kanwil"), max_length=10, choices=BasisKind.choices, blank=True
    )
    # The code BPS gives the same region ("7301"; Sakernas and the other
    # statistical tables use it), from the bridge in fixtures/bps_codes.csv
    # (regions/bps.py); blank where the bridge holds none.
    bps_code = models.CharField(
        _("kode BPS"),
        max_length=4,
        blank=True,
        default="",
        validators=[RegexValidator(r"^\d{2}(\d{2})?$", _("Kode BPS berbentuk 73 atau 7301."))],
    )

    objects = RegionManager()

    class Meta:
        verbose_name = _("wilayah")
        verbose_name_plural = pgettext_lazy("plural", "wilayah")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(level=RegionLevel.NATION) & Q(parent__isnull=True))
                | (~Q(level=RegionLevel.NATION) & Q(parent__isnull=False)),
                name="%(app_label)s_%(class)s_only_nation_has_no_parent",
            ),
            models.CheckConstraint(
                condition=Q(level=RegionLevel.PROVINCE) | Q(kanwil__isnull=True),
                name="%(app_label)s_%(class)s_kanwil_only_on_provinces",
            ),
            models.UniqueConstraint(
                fields=["bps_code"],
                condition=~Q(bps_code=""),
                name="%(app_label)s_%(class)s_unique_bps_code",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.code,)

    @property
    def is_province(self) -> bool:
        return self.level == RegionLevel.PROVINCE


class RegionAlias(models.Model):
    """A short or common name used in the news ("Sulsel", "Selayar")."""

    region = models.ForeignKey(
        Region, verbose_name=_("wilayah"), on_delete=models.CASCADE, related_name="aliases"
    )
    name = models.CharField(_("nama lain"), max_length=120)

    class Meta:
        verbose_name = _("nama lain wilayah")
        verbose_name_plural = pgettext_lazy("plural", "nama lain wilayah")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="%(app_label)s_%(class)s_unique_name_ci"),
        ]

    def __str__(self) -> str:
        return self.name


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
        return f"{self.region} · {self.year} · Rp{self.amount:,}".replace(",", ".")


class ScopeRole(models.TextChoices):
    EDITOR = "editor", _("Editor wilayah")
    REVIEWER = "reviewer", _("Peninjau klaim")
    VIEWER = "viewer", _("Pemantau")


class RegionScope(models.Model):
    """What a user may touch: a role over a region and everything under it
    (a province scope covers its regencies and cities; the nation row covers
    the whole country: the national administrator)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        on_delete=models.CASCADE,
        related_name="region_scopes",
    )
    region = models.ForeignKey(
        Region, verbose_name=_("wilayah"), on_delete=models.CASCADE, related_name="scopes"
    )
    role = models.CharField(_("peran"), max_length=10, choices=ScopeRole.choices)
    granted_at = models.DateTimeField(_("diberikan"), auto_now_add=True)

    class Meta:
        verbose_name = _("cakupan akses")
        verbose_name_plural = pgettext_lazy("plural", "cakupan akses")
        ordering = ["user", "region__code", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "region", "role"], name="%(app_label)s_%(class)s_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.region}"


# A summary is derived data, refreshed after the writes it follows: its
# references to figures and targets are plain ids without a database
# constraint, so a bulk or raw DELETE of records (remove_demo_data) is not
# refused before the summaries are refreshed, and the collector does not
# update summaries on every delete. A reader that finds no record for an id
# shows none.
SUMMARY_REFERENCE = {
    "on_delete": models.DO_NOTHING,
    "db_constraint": False,
    "null": True,
    "blank": True,
    "related_name": "+",
}


class RegionSummary(models.Model):
    """The read model of one region (regions/summaries.py): what the region
    list, the rankings, the national page and the exports need, kept up to
    date with every write so that a page reads one indexed row per region
    instead of its history. Only published (hence sourced) records enter;
    drafts and unverified records never do.

    What depends on today's date (the verdict, the pace needed from today)
    is not stored: it is computed when read from ``trend`` and ``target``,
    a pure calculation over a dozen points (regions.progress.assess)."""

    region = models.OneToOneField(
        Region, on_delete=models.CASCADE, primary_key=True, related_name="summary"
    )
    # The latest total-segment rate as the region page charts it (the BPJS
    # family of denominators before the BPS-based one, then the publisher's
    # priority), the latest total-segment figure and the latest of any segment.
    rate_figure = models.ForeignKey(CoverageFigure, **SUMMARY_REFERENCE)
    rate_percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    total_figure = models.ForeignKey(CoverageFigure, **SUMMARY_REFERENCE)
    any_figure = models.ForeignKey(CoverageFigure, **SUMMARY_REFERENCE)
    # The total-segment target progress is judged against (primary, else
    # the latest deadline) and whether the region has any published target.
    target = models.ForeignKey(CoverageTarget, **SUMMARY_REFERENCE)
    has_target = models.BooleanField(default=False)
    # The charted rates of the trend window up to the latest rate, oldest
    # first: [[as_of ISO, percent, eligible or null], ...].
    trend = models.JSONField(default=list, blank=True)
    # What the region list, its exports and the rankings show of the rate
    # and the target, copied so that they read this row alone.
    rate_as_of = models.DateField(null=True, blank=True)
    rate_as_of_precision = models.CharField(max_length=5, blank=True)
    rate_publisher = models.CharField(max_length=200, blank=True)
    rate_publisher_kind = models.CharField(max_length=16, blank=True)
    rate_is_synthetic = models.BooleanField(default=False)
    rate_exceeds_estimate = models.BooleanField(default=False)
    target_percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    target_date = models.DateField(null=True, blank=True)
    target_date_precision = models.CharField(max_length=5, blank=True)
    baseline_percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    baseline_date = models.DateField(null=True, blank=True)
    # The verdict and the pace so far as judged on ``progress_on`` (the
    # verdict depends on the day: a reader uses it on that day only, and
    # judges from ``trend`` on any other; rebuild_summaries runs daily).
    verdict = models.CharField(max_length=16, blank=True)
    pace_so_far = models.DecimalField(max_digits=9, decimal_places=3, null=True, blank=True)
    progress_on = models.DateField(null=True, blank=True)
    refreshed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("ringkasan wilayah")
        verbose_name_plural = pgettext_lazy("plural", "ringkasan wilayah")
        indexes = [models.Index(fields=["rate_percent"], name="regions_summary_rate_idx")]

    def __str__(self) -> str:
        return str(self.region_id)
