"""Thin views: read the request, call one function, render."""

import hashlib
import itertools
from functools import partial

from django.db.models import QuerySet
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
        values), written row by row without building the page.

        The file of an address is kept until the lists change (an export is
        the same for everyone) and sent chunk by chunk. Right after a
        write, the first request sends the last file and rebuilds it after
        its response (the others meanwhile get the last file too); an
        address with no file yet is streamed as it is written, and kept.
        The filters are read only to build it (a province filter costs a query)."""

        def chunks():
            self.filterset = self.get_filterset(self.get_filterset_class())
            if not self.filterset.is_bound or self.filterset.is_valid() or not self.get_strict():
                self.object_list = self.filterset.qs
            else:
                self.object_list = self.filterset.queryset.none()
            return exports.csv_chunks(export_lines(self.get_table(**self.get_table_kwargs())))

        name = self.get_export_filename("csv")
        found = cache.lookup(
            "region_list_csv",
            hashlib.sha256(self.request.get_full_path().encode()).hexdigest(),
            timezone.localdate().isoformat(),
        )
        if found.value is None:
            response = exports.chunks_response(kept(chunks, found), name=name)
            # A response never read (HEAD) leaves no rebuild running.
            response._resource_closers.append(found.release)
            return response
        response = exports.chunks_response(found.value, name=name)
        if found.rebuilds:
            response._resource_closers.append(lambda: found.rebuild(lambda: list(chunks())))
        return response

    def get_paginate_by(self, data):
        """The table pages its rows; the list view's own paging of the
        queryset (a count and a page of regions nobody shows) is off."""
        return None if isinstance(data, QuerySet) else self.paginate_by

    def get_table_kwargs(self):
        # Each row rendered once per summary, data version, language and
        # day, and reused by every address that shows it (RegionTable.rows_html).
        return {"template_name": "regions/region_table.html"}

    def get_queryset(self):
        return selectors.region_list_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["table_cache_key"] = cache.fragment_key(self.request)
        context["table"].row_cache_key = key = cache.row_key()
        # Rendered when the template reads it.
        context["filter_fields"] = partial(self.filterset.fields_html, key)
        return context

    def rows(self, queryset):
        verdict = (
            self.filterset.form.cleaned_data.get("verdict") if self.filterset.is_valid() else ""
        )
        return pages.region_list_rows(queryset, today=timezone.localdate(), verdict=verdict or "")


def kept(chunks, found: cache.Found):
    """The chunks of ``chunks()`` as they are written; all of them kept in
    the cache at the end when this request is the one to (``found.rebuilds``)."""
    before = cache.stale_served()
    written = []
    try:
        for chunk in chunks():
            if found.rebuilds:
                written.append(chunk)
            yield chunk
        found.store(written, stale_before=before)
    finally:
        found.release()
