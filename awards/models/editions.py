"""An award edition and how it is judged: categories, the panel (Tim 9) and the criteria."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from regions.models import Region

from ..choices import GOVERNMENT_CATEGORIES, CategoryKind, PanelRole, PanelSeat, Phase, Stage

__all__ = ["SCORE_VALIDATORS", "Edition", "Category", "PanelMember", "Criterion"]


SCORE_VALIDATORS = [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))]


class Edition(models.Model):
    label = models.CharField(_("label edisi"), max_length=120)
    year = models.PositiveSmallIntegerField(
        _("tahun edisi"), validators=[MinValueValidator(2017), MaxValueValidator(2100)]
    )
    stage = models.CharField(_("tingkat"), max_length=10, choices=Stage.choices)
    province = models.ForeignKey(
        Region,
        verbose_name=_("provinsi penyelenggara"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="award_editions",
        limit_choices_to={"level": "province"},
    )
    assessment_start = models.DateField(_("awal periode penilaian"), null=True, blank=True)
    assessment_end = models.DateField(_("akhir periode penilaian"), null=True, blank=True)
    ceremony_date = models.DateField(_("tanggal penyerahan"), null=True, blank=True)
    ceremony_venue = models.CharField(_("tempat penyerahan"), max_length=200, blank=True)
    is_locked = models.BooleanField(_("penilaian dikunci"), default=False, editable=False)
    locked_at = models.DateTimeField(_("dikunci pada"), null=True, blank=True, editable=False)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dikunci oleh"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    note = models.TextField(_("catatan"), blank=True)
    # Results announced (a ceremony held, a source reporting the winners):
    # the edition reads as final even when no score was entered here.
    results_announced = models.BooleanField(
        _("hasil diumumkan"),
        default=False,
        help_text=_(
            "Centang bila hasil edisi ini sudah diumumkan; peringkatnya tidak lagi sementara."
        ),
    )

    # The separate announcement after the lock: the final ranking's first
    # three places of each category become public outcomes (services.
    # edition_publish). Until then no public page shows a score, an average,
    # a rank or the panel's names (unless a source published them).
    published_at = models.DateTimeField(
        _("hasil diumumkan pada"), null=True, blank=True, editable=False
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diumumkan oleh"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    decree_number = models.CharField(
        _("nomor SK gubernur"),
        max_length=120,
        blank=True,
        help_text=_("Keputusan gubernur yang membentuk tim penilai (Tim 9)."),
    )
    decree_date = models.DateField(_("tanggal SK"), null=True, blank=True)

    # Lock and unlock are recorded here with who did it and why.
    history = HistoricalRecords(history_change_reason_field=models.TextField(null=True))

    class Meta:
        verbose_name = _("edisi Paritrana")
        verbose_name_plural = pgettext_lazy("plural", "edisi Paritrana")
        ordering = ["-year", "stage", "label"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(stage=Stage.PROVINCIAL) & Q(province__isnull=False))
                | (Q(stage=Stage.NATIONAL) & Q(province__isnull=True)),
                name="%(app_label)s_%(class)s_province_only_for_provincial",
            ),
            models.CheckConstraint(
                condition=Q(assessment_start__isnull=True)
                | Q(assessment_end__isnull=True)
                | Q(assessment_end__gte=F("assessment_start")),
                name="%(app_label)s_%(class)s_period_ordered",
            ),
            models.UniqueConstraint(
                fields=["year", "stage", "province"],
                name="%(app_label)s_%(class)s_unique_provincial",
            ),
            models.UniqueConstraint(
                fields=["year", "stage"],
                condition=Q(province__isnull=True),
                name="%(app_label)s_%(class)s_unique_national",
            ),
            models.CheckConstraint(
                condition=Q(is_locked=True, locked_at__isnull=False)
                | Q(is_locked=False, locked_at__isnull=True, locked_by__isnull=True),
                name="%(app_label)s_%(class)s_locked_has_time",
            ),
            models.CheckConstraint(
                condition=Q(published_at__isnull=True)
                | Q(published_at__isnull=False, is_locked=True),
                name="%(app_label)s_%(class)s_published_only_locked",
            ),
        ]

    def __str__(self) -> str:
        return self.label

    def get_absolute_url(self) -> str:
        return reverse("awards:edition_detail", args=[self.pk])

    @property
    def is_final(self) -> bool:
        """Its results are final: the scores are locked or the results were
        announced (recorded as such, or reported by a source)."""
        return self.is_locked or self.results_announced

    @property
    def is_published(self) -> bool:
        """The panel's results were announced here (the publish step)."""
        return self.published_at is not None


class Category(models.Model):
    edition = models.ForeignKey(
        Edition, verbose_name=_("edisi"), on_delete=models.CASCADE, related_name="categories"
    )
    kind = models.CharField(_("jenis"), max_length=24, choices=CategoryKind.choices)
    name = models.CharField(_("nama kategori"), max_length=200)
    sector = models.CharField(_("sektor"), max_length=120, blank=True)
    zone = models.CharField(
        _("zona"),
        max_length=120,
        blank=True,
        help_text=_(
            "Hanya untuk edisi nasional, yang menilai provinsi per zona (mis. zona Sulawesi)."
        ),
    )

    class Meta:
        verbose_name = _("kategori")
        verbose_name_plural = pgettext_lazy("plural", "kategori")
        ordering = ["edition", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "name"], name="%(app_label)s_%(class)s_unique_name"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.zone})" if self.zone else self.name

    @property
    def is_government(self) -> bool:
        return self.kind in GOVERNMENT_CATEGORIES

    @property
    def facets(self) -> list[str]:
        """What the name does not already say: the kind, sector and zone."""
        kind = str(self.get_kind_display())
        facets = [kind] if kind.casefold() != self.name.casefold() else []
        if self.sector:
            facets.append(self.sector)
        if self.zone:
            facets.append(str(_("zona %(zone)s") % {"zone": self.zone}))
        return facets

    def clean(self):
        super().clean()
        edition = getattr(self, "edition", None)
        if self.zone and edition is not None and edition.stage != Stage.NATIONAL:
            raise ValidationError({"zone": _("Zona hanya dipakai di edisi tingkat nasional.")})


class PanelMember(models.Model):
    """A member of the assessment panel (the provincial "Tim 9")."""

    edition = models.ForeignKey(
        Edition, verbose_name=_("edisi"), on_delete=models.CASCADE, related_name="panel"
    )
    role = models.CharField(_("peran"), max_length=10, choices=PanelRole.choices)
    seat = models.CharField(_("unsur"), max_length=24, choices=PanelSeat.choices)
    office = models.CharField(_("jabatan"), max_length=200, blank=True)
    person_name = models.CharField(_("nama"), max_length=120, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("akun"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="panel_seats",
    )

    class Meta:
        verbose_name = _("anggota tim penilai")
        verbose_name_plural = pgettext_lazy("plural", "anggota tim penilai")
        ordering = ["edition", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition"],
                condition=Q(role=PanelRole.CHAIR),
                name="%(app_label)s_%(class)s_one_chair",
            ),
            models.UniqueConstraint(
                fields=["edition"],
                condition=Q(role=PanelRole.SECRETARY),
                name="%(app_label)s_%(class)s_one_secretary",
            ),
            models.UniqueConstraint(
                fields=["edition", "user"],
                condition=Q(user__isnull=False),
                name="%(app_label)s_%(class)s_one_seat_per_user",
            ),
        ]

    def __str__(self) -> str:
        who = self.person_name or self.office or self.get_seat_display()
        return f"{self.get_role_display()}: {who}"


class Criterion(models.Model):
    category = models.ForeignKey(
        Category, verbose_name=_("kategori"), on_delete=models.CASCADE, related_name="criteria"
    )
    name = models.CharField(_("aspek"), max_length=120)
    description = models.CharField(_("yang dinilai"), max_length=300, blank=True)
    weight = models.DecimalField(
        _("bobot (%)"), max_digits=5, decimal_places=2, validators=SCORE_VALIDATORS
    )
    # Document scoring for every nominee; interview scores only for the
    # nominees the plenary shortlisted (domain.md §4.4).
    phase = models.CharField(
        _("tahap"), max_length=10, choices=Phase.choices, default=Phase.DOCUMENT
    )

    class Meta:
        verbose_name = _("kriteria")
        verbose_name_plural = pgettext_lazy("plural", "kriteria")
        ordering = ["category", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(weight__gt=0, weight__lte=100),
                name="%(app_label)s_%(class)s_weight_0_100",
            ),
            models.UniqueConstraint(
                fields=["category", "name"], name="%(app_label)s_%(class)s_unique_name"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.weight} %)"
