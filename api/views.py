"""The open-data API: thin views over api/selectors.py.

Every list answers JSON (paginated) or, with ``?format=csv``, every
matching row as CSV, streamed, with the same filters.
"""

import hashlib
from collections.abc import Callable
from itertools import islice

from django.db.models import QuerySet
from django.http import Http404, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from regions import cache
from regions.sections import citations_for

from . import columns, datapackage, filters, selectors, serializers, tabular
from .indicators import indicator_rows
from .rows import ROWS, plain_kind, plain_record

CSV_CHUNK = 1000


class OpenDataList(generics.ListAPIView):
    """A read-only list: JSON pages, or the whole filtered list as CSV.
    Each list is one of these with its table, serializer (for OpenAPI),
    filters and query (``open_data_list``)."""

    table: columns.Table
    select: Callable[[], QuerySet]  # api/selectors.py
    cited = False  # rows carry regions.sections citations

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the OpenAPI generator: no database
            return self.filterset_class._meta.model.objects.none()
        return self.select()

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

    def chunks(self, queryset):
        """The filtered records, ``CSV_CHUNK`` at a time: plain records read
        as values() for the long tables (figures, targets, budgets: no model
        instance per row), model instances for the others (iterator runs
        their prefetch_related per chunk)."""
        if self.table.name in selectors.PLAIN_FIELDS:
            kind = plain_kind(queryset.model)
            values = selectors.plain(queryset, self.table.name, CSV_CHUNK)
            records = (plain_record(kind, row) for row in values)
        else:
            records = queryset.iterator(chunk_size=CSV_CHUNK)
        while chunk := list(islice(records, CSV_CHUNK)):
            yield chunk

    def csv_response(self, queryset):
        def generate():
            names = self.table.column_names
            yield tabular.csv_line(names)
            paths = None
            for chunk in self.chunks(queryset):
                rows = self.rows(chunk)
                paths = paths or tabular.column_paths(names, rows[0])
                yield tabular.csv_block(paths, rows)

        response = StreamingHttpResponse(generate(), content_type="text/csv; charset=utf-8")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="cakupan-{self.table.name}-{stamp}.csv"'
        )
        return response


CSV_PARAMETER = OpenApiParameter(
    "format",
    str,
    enum=["json", "csv"],
    description=_("csv: semua baris yang cocok sebagai CSV (tanpa halaman), saringan yang sama."),
)


def list_schema(serializer, summary: str):
    return extend_schema_view(
        get=extend_schema(summary=summary, parameters=[CSV_PARAMETER], responses=serializer)
    )


def open_data_list(name: str, *, table, serializer, filterset, select, summary, cited=False):
    """One list of the API: a view class named ``name`` (api/urls.py)."""
    attributes = {
        "table": table, "serializer_class": serializer, "filterset_class": filterset,
        "select": staticmethod(select), "cited": cited, "__module__": __name__,
        "__doc__": str(summary),
    }  # fmt: skip
    return list_schema(serializer, summary)(type(name, (OpenDataList,), attributes))


RegionList = open_data_list(
    "RegionList", table=columns.REGIONS, serializer=serializers.RegionSerializer,
    filterset=filters.RegionFilter, select=selectors.regions,
    summary=_("Daftar wilayah (kode Kemendagri dan BPS)"),
)  # fmt: skip
FigureList = open_data_list(
    "FigureList", table=columns.FIGURES, serializer=serializers.FigureSerializer,
    filterset=filters.FigureFilter, select=selectors.figures, cited=True,
    summary=_("Angka cakupan yang terbit, dengan sumbernya"),
)  # fmt: skip
TargetList = open_data_list(
    "TargetList", table=columns.TARGETS, serializer=serializers.TargetSerializer,
    filterset=filters.TargetFilter, select=selectors.targets, cited=True,
    summary=_("Target cakupan yang terbit, dengan sumbernya"),
)  # fmt: skip
BudgetList = open_data_list(
    "BudgetList", table=columns.BUDGETS, serializer=serializers.BudgetSerializer,
    filterset=filters.BudgetFilter, select=selectors.budgets, cited=True,
    summary=_("Anggaran iuran pekerja yang terbit, dengan sumbernya"),
)  # fmt: skip
AwardResultList = open_data_list(
    "AwardResultList", table=columns.AWARD_RESULTS, serializer=serializers.AwardResultSerializer,
    filterset=filters.AwardResultFilter, select=selectors.award_results,
    summary=_("Hasil Paritrana Award yang diumumkan"),
)  # fmt: skip
ArticleList = open_data_list(
    "ArticleList", table=columns.SOURCES, serializer=serializers.ArticleSerializer,
    filterset=filters.ArticleFilter, select=selectors.articles,
    summary=_("Artikel sumber yang sudah ditinjau (tanpa teksnya)"),
)  # fmt: skip
ClaimList = open_data_list(
    "ClaimList", table=columns.CLAIMS, serializer=serializers.ClaimSerializer,
    filterset=filters.ClaimFilter, select=selectors.claims,
    summary=_("Klaim yang diterima: kutipan persis di balik catatan"),
)  # fmt: skip


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
