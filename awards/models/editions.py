"""Paritrana Award: editions, categories, panels (Tim 9), criteria, nominees,
scores, and outcomes recorded from sources.

The edition label, the assessment period and the ceremony date differ
(domain.md §4.2), so all three are stored. Ranks are computed from scores
elsewhere (awards/ranking.py); outcomes published without scores are
recorded as they were reported.

Rules the database holds: value ranges, one chair and one secretary per
panel, one seat per account and edition, a nominee is a region or an
organisation (never both), a locked edition records when it was locked.
Rules it cannot hold, because they span rows, are kept in ``clean()``, the
admin forms and awards/services.py: the weights of a category total
100 %, a score belongs to a criterion and a nominee of the same category
and to a panel member of that edition, and a locked edition takes no score
writes (see services.scores_save / edition_lock).
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from regions.models import Region

from .choices import (
    GOVERNMENT_CATEGORIES,
    CategoryKind,
    OrganisationSize,
    PanelRole,
    PanelSeat,
    Phase,
    Stage,
)

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


class Score(models.Model):
    nominee = models.ForeignKey(
        Nominee, verbose_name=_("nomine"), on_delete=models.CASCADE, related_name="scores"
    )
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("kriteria"), on_delete=models.CASCADE, related_name="scores"
    )
    panel_member = models.ForeignKey(
        PanelMember, verbose_name=_("penilai"), on_delete=models.CASCADE, related_name="scores"
    )
    value = models.DecimalField(
        _("nilai"), max_digits=5, decimal_places=2, validators=SCORE_VALIDATORS
    )
    # Who typed it: the member, or the secretariat entering a paper sheet
    # for the member ("entered by X for Y").
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diisi oleh"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = pgettext_lazy("award score", "nilai")
        verbose_name_plural = pgettext_lazy("plural", "nilai")
        constraints = [
            models.CheckConstraint(
                condition=Q(value__gte=0, value__lte=100),
                name="%(app_label)s_%(class)s_value_0_100",
            ),
            models.UniqueConstraint(
                fields=["nominee", "criterion", "panel_member"],
                name="%(app_label)s_%(class)s_one_per_member",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.nominee} · {self.criterion.name}: {self.value}"

    @property
    def entered_for_member(self) -> bool:
        """Typed in by someone else than the seat's own account."""
        return self.entered_by_id is not None and self.entered_by_id != self.panel_member.user_id

    def clean(self):
        super().clean()
        if not (self.nominee_id and self.criterion_id and self.panel_member_id):
            return
        if self.nominee.category_id != self.criterion.category_id:
            raise ValidationError(_("Nomine dan kriteria harus dari kategori yang sama."))
        if self.panel_member.edition_id != self.criterion.category.edition_id:
            raise ValidationError(_("Penilai harus anggota tim edisi yang sama."))


class Abstention(models.Model):
    """A panel member who does not score a nominee, recorded by the
    secretariat with the reason (a conflict of interest: the member's own
    kab/kota). It counts as complete for the lock; the member is left out
    of that nominee's means."""

    panel_member = models.ForeignKey(
        PanelMember, verbose_name=_("penilai"), on_delete=models.CASCADE,
        related_name="abstentions",
    )  # fmt: skip
    nominee = models.ForeignKey(
        Nominee, verbose_name=_("nomine"), on_delete=models.CASCADE, related_name="abstentions"
    )
    reason = models.CharField(_("alasan"), max_length=300)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("dicatat oleh"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )  # fmt: skip
    recorded_at = models.DateTimeField(_("dicatat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("abstain")
        verbose_name_plural = pgettext_lazy("plural", "abstain")
        constraints = [
            models.UniqueConstraint(
                fields=["panel_member", "nominee"], name="%(app_label)s_%(class)s_once"
            ),
            models.CheckConstraint(
                condition=~Q(reason=""), name="%(app_label)s_%(class)s_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.panel_member} · {self.nominee}"


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


class TieBreak(models.Model):
    """The plenary's decision on a tie: the order of tied nominees, with its
    reason, who recorded it and when. Publishing uses it for the places."""

    nominee = models.OneToOneField(
        Nominee, verbose_name=_("nomine"), on_delete=models.CASCADE, related_name="tie_break"
    )
    position = models.PositiveSmallIntegerField(_("urutan dalam seri"))
    reason = models.TextField(_("alasan keputusan pleno"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("dicatat oleh"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )  # fmt: skip
    decided_at = models.DateTimeField(_("dicatat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("keputusan seri")
        verbose_name_plural = pgettext_lazy("plural", "keputusan seri")
        constraints = [
            models.CheckConstraint(
                condition=Q(position__gte=1) & ~Q(reason=""),
                name="%(app_label)s_%(class)s_position_and_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.nominee}: {self.position}"


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
