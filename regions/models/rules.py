"""The plausibility and source rules the records' database constraints share."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..choices import RecordStatus, SourceKind

__all__ = [
    "PERCENT_CEILING",
    "PERCENT_MAX",
    "PERCENT_VALIDATORS",
    "REGION_CODE_VALIDATOR",
    "percent_plausible",
    "has_source",
    "published_has_source",
    "not_negative",
]


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
