"""Query filters of the API lists (django-filter: documented in the
OpenAPI document, the same for JSON and CSV)."""

import django_filters as filters
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError

from articles.choices import Metric
from articles.models import Article, Claim
from awards.models import Outcome
from regions.choices import FundingSource, PublisherKind, RegionLevel, Segment, TargetIssuerKind
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region

from . import selectors

REGION_HELP = _(
    "Kode wilayah Kemendagri (73, 73.01) atau BPS (7301; bps:94 untuk kode provinsi BPS). "
    "Sebuah provinsi mencakup semua kabupaten/kotanya."
)


class RegionCodeFilter(filters.CharFilter):
    """A region by either code, with everything under it."""

    def __init__(self, *args, field: str = "region", **kwargs):
        self.region_field = field
        kwargs.setdefault("help_text", REGION_HELP)
        kwargs.setdefault("label", _("wilayah"))
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        region = selectors.find_region(value)
        if region is None:
            raise ValidationError(
                {
                    self.field_name: [
                        _("Tidak ada wilayah dengan kode %(code)s (kode Kemendagri atau BPS).")
                        % {"code": value}
                    ]
                }
            )
        return qs.filter(selectors.within(region, self.region_field))


class FigureFilter(filters.FilterSet):
    region = RegionCodeFilter(field_name="region")
    segment = filters.ChoiceFilter(choices=Segment.choices)
    publisher = filters.CharFilter(
        field_name="publisher",
        lookup_expr="icontains",
        help_text=_("Bagian nama penerbit, mis. Kanwil Sulawesi Maluku."),
    )
    publisher_kind = filters.ChoiceFilter(choices=PublisherKind.choices)
    as_of_from = filters.DateFilter(
        field_name="as_of", lookup_expr="gte", help_text=_("Per tanggal paling awal (YYYY-MM-DD).")
    )
    as_of_to = filters.DateFilter(
        field_name="as_of", lookup_expr="lte", help_text=_("Per tanggal paling akhir (YYYY-MM-DD).")
    )

    class Meta:
        model = CoverageFigure
        fields = ["region", "segment", "publisher", "publisher_kind", "as_of_from", "as_of_to"]


class TargetFilter(filters.FilterSet):
    region = RegionCodeFilter(field_name="region")
    segment = filters.ChoiceFilter(choices=Segment.choices)
    issuer_kind = filters.ChoiceFilter(choices=TargetIssuerKind.choices)
    is_primary = filters.BooleanFilter()

    class Meta:
        model = CoverageTarget
        fields = ["region", "segment", "issuer_kind", "is_primary"]


class BudgetFilter(filters.FilterSet):
    region = RegionCodeFilter(field_name="region")
    year = filters.NumberFilter()
    year_from = filters.NumberFilter(field_name="year", lookup_expr="gte")
    year_to = filters.NumberFilter(field_name="year", lookup_expr="lte")
    funding_source = filters.ChoiceFilter(choices=FundingSource.choices)

    class Meta:
        model = BudgetAllocation
        fields = ["region", "year", "year_from", "year_to", "funding_source"]


class AwardResultFilter(filters.FilterSet):
    region = RegionCodeFilter(field_name="region")
    year = filters.NumberFilter(field_name="edition__year")

    class Meta:
        model = Outcome
        fields = ["region", "year"]


class RegionFilter(filters.FilterSet):
    level = filters.ChoiceFilter(choices=RegionLevel.choices)
    parent = RegionCodeFilter(
        field_name="parent",
        field="parent",
        help_text=_("Wilayah induk (kode Kemendagri atau BPS): daftar wilayah di bawahnya."),
    )
    kanwil = filters.CharFilter(field_name="kanwil__code")

    class Meta:
        model = Region
        fields = ["level", "parent", "kanwil"]


class ArticleFilter(filters.FilterSet):
    outlet = filters.CharFilter(field_name="outlet", lookup_expr="icontains")
    published_from = filters.DateFilter(field_name="published_date", lookup_expr="gte")
    published_to = filters.DateFilter(field_name="published_date", lookup_expr="lte")

    class Meta:
        model = Article
        fields = ["outlet", "published_from", "published_to"]


class ClaimFilter(filters.FilterSet):
    region = RegionCodeFilter(field_name="region")
    metric = filters.ChoiceFilter(choices=Metric.choices)
    article = filters.NumberFilter(field_name="article_id")

    class Meta:
        model = Claim
        fields = ["region", "metric", "article"]
