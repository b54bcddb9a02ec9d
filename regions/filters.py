import hashlib
from functools import partial

import django_filters
from django import forms
from django.db.models import Q
from django.template.loader import get_template
from django.utils.translation import gettext_lazy as _

from . import cache
from .choices import VERDICT_CHOICES, RegionLevel
from .forms import IndonesianDecimalField
from .models import Region

FIELD_TEMPLATE = "regions/partials/_filter_field.html"


class PercentFilter(django_filters.NumberFilter):
    """A percent typed the Indonesian way (46,44) or plainly (46.44)."""

    field_class = IndonesianDecimalField


class BooleanWidget(forms.Select):
    """Yes/no/any select whose values are 'true'/'false' in the query string."""

    def value_from_datadict(self, data, files, name):
        value = data.get(name)
        return {"true": True, "false": False}.get(value)

    def format_value(self, value):
        return {True: "true", False: "false"}.get(value, "")


class RegionFilterSet(django_filters.FilterSet):
    """Filters of the region list; their state lives in the query string so
    a filtered view can be bookmarked and shared."""

    q = django_filters.CharFilter(label=_("Cari nama atau kode"), method="search")
    level = django_filters.ChoiceFilter(
        label=_("Tingkat"),
        choices=[c for c in RegionLevel.choices if c[0] != RegionLevel.NATION],
        empty_label=_("Semua tingkat"),
    )
    province = django_filters.ModelChoiceFilter(
        label=_("Provinsi"),
        queryset=Region.objects.filter(level=RegionLevel.PROVINCE).order_by("name"),
        to_field_name="code",
        method="in_province",
        empty_label=_("Semua provinsi"),
    )
    coverage_min = PercentFilter(
        label=_("Cakupan minimal (%)"), field_name="latest_percent", lookup_expr="gte"
    )
    coverage_max = PercentFilter(
        label=_("Cakupan maksimal (%)"), field_name="latest_percent", lookup_expr="lte"
    )
    has_target = django_filters.BooleanFilter(
        label=_("Punya target"),
        field_name="has_target",
        widget=BooleanWidget(choices=[("", _("Semua")), ("true", _("Ya")), ("false", _("Tidak"))]),
    )
    verdict = django_filters.ChoiceFilter(
        label=_("Kemajuan"),
        choices=VERDICT_CHOICES,
        method="by_verdict",
        empty_label=_("Semua"),
    )

    class Meta:
        model = Region
        fields = ["q", "level", "province", "coverage_min", "coverage_max", "has_target", "verdict"]

    def fields_html(self, key: str | None) -> list[str]:
        """Each field of the form as the list shows it (label, control,
        errors). A field's HTML depends only on its value (and the
        provinces, the language: ``key``, a regions.cache.row_key): cached
        per value, so an address never asked for reuses the fields other
        addresses drew. A form with errors is drawn afresh."""
        template = get_template(FIELD_TEMPLATE)
        parts = []
        for field in self.form:
            value = hashlib.sha256(repr(field.value()).encode()).hexdigest()[:32]
            render = partial(template.render, {"field": field})
            parts.append((f"region_filter:{field.name}:{value}", render))
        return cache.fragments(None if self.form.errors else key, parts)

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(name__icontains=value) | Q(code__startswith=value) | Q(aliases__name__iexact=value)
        ).distinct()

    def in_province(self, queryset, name, value):
        return queryset.filter(Q(pk=value.pk) | Q(parent=value))

    def by_verdict(self, queryset, name, value):
        # Needs each region's trend: applied to the rows after the query
        # (regions.pages.region_list_rows).
        return queryset
