"""Thin views: read the request, call one function, render."""

import csv
import hashlib

from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

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


class _Echo:
    """A file-like object whose write returns the line: csv.writer feeds the
    streaming response one row at a time."""

    def write(self, value):
        return value


def region_figures_csv(request, code):
    """Every published figure of the region as CSV, streamed: the page
    shows the newest ones and links here for the rest."""
    region = selectors.region_for_page(code)
    writer = csv.writer(_Echo())
    rows = (
        writer.writerow(["" if value is None else value for value in row])
        for row in selectors.region_figures_export(region)
    )

    def lines():
        yield writer.writerow(selectors.EXPORT_FIELDS)
        yield from rows

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="angka-cakupan-{region.code}.csv"'
    return response


def csv_chunks(lines, size: int = 200):
    """CSV text of ``lines``, ``size`` lines a chunk: a streamed response
    sends each chunk as a write, and one write a row would cost a system
    call a row."""
    writer = csv.writer(_Echo())
    chunk = []
    for line in lines:
        chunk.append(writer.writerow(line))
        if len(chunk) == size:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


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
            return list(csv_chunks(export_lines(self.get_table(**self.get_table_kwargs()))))

        # The file of this address, kept until the lists change (an export
        # is the same for everyone), sent chunk by chunk.
        chunks = cache.cached(
            "region_list_csv",
            hashlib.sha256(self.request.get_full_path().encode()).hexdigest(),
            timezone.localdate().isoformat(),
            build=build,
        )
        response = StreamingHttpResponse(iter(chunks), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{self.get_export_filename("csv")}"'
        )
        return response

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
