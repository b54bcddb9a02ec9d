"""What each API row holds. Field names match api/columns.py (nested
``citation`` flattens to ``citation_*`` in CSV)."""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from regions.sections import record_key

from . import columns


class CitationSerializer(serializers.Serializer):
    outlet = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    date = serializers.DateField(allow_null=True)
    url = serializers.CharField(allow_blank=True)
    quote = serializers.CharField(allow_blank=True)


def absolute(request, url: str) -> str:
    if url.startswith("/") and request is not None:
        return request.build_absolute_uri(url)
    return url


class TableSerializer(serializers.Serializer):
    """Fields in the order of the table's columns (api/columns.py), the
    nested citation last, whatever class declared them."""

    table: columns.Table | None = None

    def get_fields(self):
        fields = super().get_fields()
        if self.table is None:
            return fields
        order = {name: index for index, name in enumerate(self.table.column_names)}
        return dict(sorted(fields.items(), key=lambda item: order.get(item[0], len(order))))


class CitedSerializer(TableSerializer):
    """A record with the source a page cites for it (context["citations"],
    from regions.sections.citations_for: an accepted article claim first,
    else the record's own document, else the publishing institution)."""

    citation = serializers.SerializerMethodField()

    @extend_schema_field(CitationSerializer)
    def get_citation(self, record) -> dict:
        found = self.context.get("citations", {}).get(record_key(record))
        if found is None:
            return {"outlet": "", "title": "", "date": None, "url": "", "quote": ""}
        return {
            "outlet": found.outlet,
            "title": found.title,
            "date": found.published,
            "url": absolute(self.context.get("request"), found.url),
            "quote": found.quote,
        }


class RegionFieldsMixin(TableSerializer):
    region_code = serializers.CharField(source="region.code")
    region_bps_code = serializers.CharField(source="region.bps_code")
    region_name = serializers.CharField(source="region.name")


class RegionSerializer(TableSerializer):
    table = columns.REGIONS
    code = serializers.CharField()
    bps_code = serializers.CharField()
    name = serializers.CharField()
    level = serializers.CharField()
    parent_code = serializers.CharField(source="parent.code", allow_null=True, default=None)
    kanwil_code = serializers.CharField(source="kanwil.code", allow_null=True, default=None)
    kanwil_name = serializers.CharField(source="kanwil.name", allow_null=True, default=None)
    aliases = serializers.SerializerMethodField()
    latest_percent = serializers.DecimalField(
        max_digits=6, decimal_places=2, allow_null=True, default=None
    )

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_aliases(self, region) -> list[str]:
        return [alias.name for alias in region.aliases.all()]


class FigureSerializer(RegionFieldsMixin, CitedSerializer):
    table = columns.FIGURES
    id = serializers.IntegerField()
    as_of = serializers.DateField()
    as_of_precision = serializers.CharField()
    segment = serializers.CharField()
    percent = serializers.DecimalField(max_digits=6, decimal_places=2, allow_null=True)
    covered = serializers.IntegerField(allow_null=True)
    eligible = serializers.IntegerField(allow_null=True)
    is_approximate = serializers.BooleanField()
    publisher = serializers.CharField()
    publisher_kind = serializers.CharField()
    denominator_kind = serializers.CharField()
    denominator_label = serializers.CharField()
    participant_kind = serializers.CharField()
    quality_warning = serializers.CharField()
    previous_percent = serializers.DecimalField(max_digits=6, decimal_places=2, allow_null=True)
    is_synthetic = serializers.BooleanField()


class TargetSerializer(RegionFieldsMixin, CitedSerializer):
    table = columns.TARGETS
    id = serializers.IntegerField()
    segment = serializers.CharField()
    baseline_percent = serializers.DecimalField(max_digits=6, decimal_places=2, allow_null=True)
    baseline_date = serializers.DateField(allow_null=True)
    target_percent = serializers.DecimalField(max_digits=6, decimal_places=2)
    target_date = serializers.DateField()
    target_date_precision = serializers.CharField()
    issuer = serializers.CharField()
    issuer_kind = serializers.CharField()
    legal_basis = serializers.CharField()
    is_primary = serializers.BooleanField()
    is_synthetic = serializers.BooleanField()


class BudgetSerializer(RegionFieldsMixin, CitedSerializer):
    table = columns.BUDGETS
    id = serializers.IntegerField()
    year = serializers.IntegerField()
    amount = serializers.IntegerField()
    amount_is_approximate = serializers.BooleanField()
    purpose = serializers.CharField()
    funding_source = serializers.CharField()
    recurring = serializers.BooleanField()
    months_covered = serializers.IntegerField(allow_null=True)
    workers_funded = serializers.IntegerField(allow_null=True)
    publisher = serializers.CharField()
    is_synthetic = serializers.BooleanField()


class AwardResultSerializer(TableSerializer):
    table = columns.AWARD_RESULTS
    id = serializers.IntegerField()
    edition = serializers.CharField(source="edition.label")
    edition_year = serializers.IntegerField(source="edition.year")
    edition_stage = serializers.CharField(source="edition.stage")
    category = serializers.CharField(source="category.name", allow_null=True, default=None)
    region_code = serializers.CharField(source="region.code", allow_null=True, default=None)
    region_bps_code = serializers.CharField(source="region.bps_code", allow_null=True, default=None)
    region_name = serializers.CharField(source="region.name", allow_null=True, default=None)
    organisation = serializers.CharField()
    rank = serializers.IntegerField(allow_null=True)
    for_year = serializers.IntegerField(allow_null=True)
    zone = serializers.CharField()
    title = serializers.CharField()
    awarded_on = serializers.DateField(allow_null=True)
    origin = serializers.CharField()
    citation = serializers.SerializerMethodField()

    @extend_schema_field(CitationSerializer)
    def get_citation(self, outcome) -> dict:
        return {
            "outlet": outcome.source_outlet,
            "title": outcome.source_title,
            "date": outcome.source_date,
            "url": outcome.source_url,
            "quote": outcome.quote,
        }


class ArticleSerializer(TableSerializer):
    table = columns.SOURCES
    id = serializers.IntegerField()
    outlet = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField()
    published_date = serializers.DateField(allow_null=True)
    published_precision = serializers.CharField()
    date_inferred = serializers.BooleanField()
    page_url = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, article) -> str:
        url = reverse("articles:article_detail", args=[article.pk])
        return absolute(self.context.get("request"), url)


RECORD_TYPES = {
    "coveragefigure": "figure",
    "coveragetarget": "target",
    "budgetallocation": "budget",
    "outcome": "award_result",
}


class ClaimSerializer(TableSerializer):
    table = columns.CLAIMS
    id = serializers.IntegerField()
    article_id = serializers.IntegerField()
    metric = serializers.CharField()
    segment = serializers.CharField()
    value = serializers.DecimalField(max_digits=20, decimal_places=2, allow_null=True)
    region_code = serializers.CharField(source="region.code", allow_null=True, default=None)
    region_bps_code = serializers.CharField(source="region.bps_code", allow_null=True, default=None)
    region_name = serializers.CharField(source="region.name", allow_null=True, default=None)
    as_of = serializers.DateField(allow_null=True)
    quote = serializers.CharField()
    record_type = serializers.SerializerMethodField()
    record_id = serializers.IntegerField()

    def get_record_type(self, claim) -> str:
        return RECORD_TYPES.get(claim.record_type.model, claim.record_type.model)


class IndicatorSerializer(serializers.Serializer):
    """Indicator metadata in BPS's Satu Data shape."""

    code = serializers.CharField()
    name = serializers.CharField()
    concept = serializers.CharField()
    definition = serializers.CharField()
    formula = serializers.CharField()
    unit = serializers.CharField()
    measure = serializers.CharField()
    periodicity = serializers.CharField()
    disaggregation = serializers.ListField(child=serializers.CharField())
    source = serializers.CharField()
    reference_codes = serializers.ListField(child=serializers.DictField())
    resource = serializers.CharField()
    interpretation = serializers.CharField()
