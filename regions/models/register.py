"""The region register: BPJS regional offices, regions and their other names."""

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..choices import BasisKind, RegionLevel
from .rules import REGION_CODE_VALIDATOR

__all__ = ["KanwilManager", "Kanwil", "RegionManager", "Region", "RegionAlias"]


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
