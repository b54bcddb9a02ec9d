"""Thin views: read the request, call one function, render."""

from django.shortcuts import render
from django.utils import timezone

from coverage_site.views import FilteredTableView

from . import cache, dashboard, selectors
from .filters import RegionFilterSet
from .tables import RegionTable


def home(request):
    page = dashboard.national_page(today=timezone.localdate())
    return render(request, "regions/home.html", {"page": page})


def region_detail(request, code):
    region = selectors.region_for_page(code)
    page = dashboard.region_page(region, today=timezone.localdate())
    return render(request, "regions/region_detail.html", {"page": page, "region": region})


class RegionListView(FilteredTableView):
    filterset_class = RegionFilterSet
    table_class = RegionTable
    export_name = "wilayah-cakupan"
    template_name = "regions/region_list.html"

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
        return dashboard.region_list_rows(
            queryset, today=timezone.localdate(), verdict=verdict or ""
        )
