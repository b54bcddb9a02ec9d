"""Thin views: read the request, call one function, render."""

import hashlib
import itertools

from django.shortcuts import render
from django.utils import timezone

from coverage_site import exports
from coverage_site.views import FilteredTableView

from . import cache, pages, selectors
from .filters import RegionFilterSet
from .tables import RegionTable, export_lines


def home(request):
    page = pages.national_page(today=timezone.localdate())
    return render(request, "regions/home.html", {"page": page})


def region_detail(request, code):
    region = selectors.region_for_page(code)
    page = pages.region_page(region, today=timezone.localdate())
    return render(request, "regions/region_detail.html", {"page": page, "region": region})


def region_figures_csv(request, code):
    """Every published figure of the region as CSV, streamed: the page
    shows the newest ones and links here for the rest."""
    region = selectors.region_for_page(code)
    lines = itertools.chain([selectors.EXPORT_FIELDS], selectors.region_figures_export(region))
    name = exports.filename("angka-cakupan", "csv", code=region.code, on=timezone.localdate())
    return exports.csv_stream(lines, name=name)


class RegionListView(FilteredTableView):
    filterset_class = RegionFilterSet
    table_class = RegionTable
    export_name = "wilayah-cakupan"
    template_name = "regions/region_list.html"

    def get(self, request, *args, **kwargs):
        if request.GET.get(self.export_trigger_param) == "csv":
            return self.stream_csv()
        return super().get(request, *args, **kwargs)

    def stream_csv(self):
        """The filtered, sorted rows as CSV, streamed from the summaries:
        the same file as the table's export (its columns, header and plain
        values), written row by row without building the page."""
        self.filterset = self.get_filterset(self.get_filterset_class())
        if not self.filterset.is_bound or self.filterset.is_valid() or not self.get_strict():
            self.object_list = self.filterset.qs
        else:
            self.object_list = self.filterset.queryset.none()
        def build() -> list[str]:
            return list(exports.csv_chunks(export_lines(self.get_table(**self.get_table_kwargs()))))

        # The file of this address, kept until the lists change (an export
        # is the same for everyone), sent chunk by chunk.
        chunks = cache.cached(
            "region_list_csv",
            hashlib.sha256(self.request.get_full_path().encode()).hexdigest(),
            timezone.localdate().isoformat(),
            build=build,
        )
        return exports.chunks_response(chunks, name=self.get_export_filename("csv"))

    def get_queryset(self):
        return selectors.region_list_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["table_cache_key"] = cache.fragment_key(self.request)
        return context

    def rows(self, queryset):
        verdict = (
            self.filterset.form.cleaned_data.get("verdict") if self.filterset.is_valid() else ""
        )
        return pages.region_list_rows(
            queryset, today=timezone.localdate(), verdict=verdict or ""
        )
