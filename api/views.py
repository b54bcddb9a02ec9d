"""The open-data API: thin views over api/selectors.py.

Every list answers JSON (paginated) or, with ``?format=csv``, every
matching row as CSV, streamed, with the same filters.
"""

import hashlib
from itertools import islice

from django.http import Http404, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from articles.models import Claim
from regions import cache
from regions.sections import citations_for

from . import columns, datapackage, filters, selectors, serializers, tabular
from .indicators import indicator_rows
from .rows import ROWS

CSV_CHUNK = 1000


class OpenDataList(generics.ListAPIView):
    """A read-only list: JSON pages, or the whole filtered list as CSV."""

    table: columns.Table
    cited = False  # rows carry regions.sections citations

    def get_renderer_context(self):
        context = super().get_renderer_context()
        context["csv_columns"] = self.table.column_names
        return context

    def serializer_context_for(self, records) -> dict:
        context = self.get_serializer_context()
        if self.cited:
            context["citations"] = citations_for(records)
        return context

    def rows(self, records) -> list:
        make_row = ROWS[self.table.name]
        context = self.serializer_context_for(records)
        return [make_row(record, context) for record in records]

    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format == "csv":
            return self.csv_response(self.filter_queryset(self.get_queryset()))

        def build() -> dict:
            page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
            return self.get_paginated_response(self.rows(page)).data

        # A page of rows is kept until the next write, as the pages' own
        # aggregates are (regions/cache.py: versioned, per process or in
        # Redis; CAKUPAN_CACHE=0 builds every answer). The rate limit has
        # counted the request already.
        address = f"{request.get_host()}{request.get_full_path()}".encode("utf-8", "replace")
        key = hashlib.sha256(address).hexdigest()
        return Response(cache.cached("api_list", key, build=build))

    def csv_response(self, queryset):
        def generate():
            records = queryset.iterator(chunk_size=CSV_CHUNK)
            header = True
            while chunk := list(islice(records, CSV_CHUNK)):
                lines = tabular.csv_lines(self.table.column_names, self.rows(chunk))
                if not header:
                    next(lines)
                header = False
                yield from lines
            if header:
                yield tabular.csv_line(self.table.column_names)

        # iterator(chunk_size=...) runs prefetch_related per chunk: a
        # constant number of queries per thousand rows.
        response = StreamingHttpResponse(generate(), content_type="text/csv; charset=utf-8")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="cakupan-{self.table.name}-{stamp}.csv"'
        )
        return response


CSV_PARAMETER = OpenApiParameter(
    "format", str, enum=["json", "csv"],
    description=_("csv: semua baris yang cocok sebagai CSV (tanpa halaman), saringan yang sama."),
)


def list_schema(serializer, summary: str):
    return extend_schema_view(
        get=extend_schema(summary=summary, parameters=[CSV_PARAMETER], responses=serializer)
    )


@list_schema(serializers.RegionSerializer, _("Daftar wilayah (kode Kemendagri dan BPS)"))
class RegionList(OpenDataList):
    table = columns.REGIONS
    serializer_class = serializers.RegionSerializer
    filterset_class = filters.RegionFilter

    def get_queryset(self):
        return selectors.regions()


@extend_schema(
    summary=_("Satu wilayah, menurut kode Kemendagri atau BPS"),
    responses=serializers.RegionSerializer,
)
class RegionDetail(generics.RetrieveAPIView):
    serializer_class = serializers.RegionSerializer
    pagination_class = None
    filter_backends = []

    def retrieve(self, request, *args, **kwargs):
        found = selectors.find_region(self.kwargs["code"])
        if found is None:
            raise Http404
        return Response(ROWS["regions"](selectors.regions().get(pk=found.pk), {}))


@list_schema(serializers.FigureSerializer, _("Angka cakupan yang terbit, dengan sumbernya"))
class FigureList(OpenDataList):
    table = columns.FIGURES
    serializer_class = serializers.FigureSerializer
    filterset_class = filters.FigureFilter
    cited = True

    def get_queryset(self):
        return selectors.figures()


@list_schema(serializers.TargetSerializer, _("Target cakupan yang terbit, dengan sumbernya"))
class TargetList(OpenDataList):
    table = columns.TARGETS
    serializer_class = serializers.TargetSerializer
    filterset_class = filters.TargetFilter
    cited = True

    def get_queryset(self):
        return selectors.targets()


@list_schema(
    serializers.BudgetSerializer, _("Anggaran iuran pekerja yang terbit, dengan sumbernya")
)
class BudgetList(OpenDataList):
    table = columns.BUDGETS
    serializer_class = serializers.BudgetSerializer
    filterset_class = filters.BudgetFilter
    cited = True

    def get_queryset(self):
        return selectors.budgets()


@list_schema(serializers.AwardResultSerializer, _("Hasil Paritrana Award yang diumumkan"))
class AwardResultList(OpenDataList):
    table = columns.AWARD_RESULTS
    serializer_class = serializers.AwardResultSerializer
    filterset_class = filters.AwardResultFilter

    def get_queryset(self):
        return selectors.award_results()


@list_schema(serializers.ArticleSerializer, _("Artikel sumber yang sudah ditinjau (tanpa teksnya)"))
class ArticleList(OpenDataList):
    table = columns.SOURCES
    serializer_class = serializers.ArticleSerializer
    filterset_class = filters.ArticleFilter

    def get_queryset(self):
        return selectors.articles()


@list_schema(serializers.ClaimSerializer, _("Klaim yang diterima: kutipan persis di balik catatan"))
class ClaimList(OpenDataList):
    table = columns.CLAIMS
    serializer_class = serializers.ClaimSerializer
    filterset_class = filters.ClaimFilter

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the OpenAPI generator: no database
            return Claim.objects.none()
        return selectors.claims()


@extend_schema(
    summary=_("Metadata indikator (bentuk Satu Data BPS)"),
    parameters=[CSV_PARAMETER],
    responses=serializers.IndicatorSerializer(many=True),
)
class IndicatorList(APIView):
    def get_renderer_context(self):
        context = super().get_renderer_context()
        context["csv_columns"] = None
        return context

    def get(self, request):
        return Response(serializers.IndicatorSerializer(indicator_rows(), many=True).data)


@extend_schema(summary=_("Frictionless Data Package dari data publik"), responses=dict)
class DataPackage(APIView):
    def get(self, request):
        base_url = request.build_absolute_uri(reverse("api:root"))
        return Response(
            datapackage.package_descriptor(
                columns.TABLES.values(),
                base_url=base_url,
                homepage=request.build_absolute_uri(reverse("opendata:about_data")),
                created=timezone.now().replace(microsecond=0).isoformat().replace("+00:00", "Z"),
            )
        )


@extend_schema(summary=_("Daftar titik akses API"), responses=dict)
class Root(APIView):
    def get(self, request):
        def url(name):
            return request.build_absolute_uri(reverse(name))

        return Response(
            {
                "regions": url("api:regions"),
                "figures": url("api:figures"),
                "targets": url("api:targets"),
                "budgets": url("api:budgets"),
                "award_results": url("api:award_results"),
                "articles": url("api:articles"),
                "claims": url("api:claims"),
                "indicators": url("api:indicators"),
                "datapackage": url("api:datapackage"),
                "openapi": url("api:openapi"),
                "docs": url("opendata:docs"),
            }
        )
