from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .admin_mixins import RegionScopedAdminMixin, restrict_region_search
from .forms import BudgetAllocationForm, CoverageFigureForm, CoverageTargetForm
from .models import (
    BudgetAllocation,
    CoverageFigure,
    CoverageTarget,
    Kanwil,
    Region,
    RegionAlias,
    RegionScope,
)


class RegionAliasInline(admin.TabularInline):
    model = RegionAlias
    extra = 1


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent", "kanwil"]
    list_filter = ["level", "kanwil"]
    search_fields = ["code", "name", "aliases__name"]
    list_select_related = ["parent", "kanwil"]
    autocomplete_fields = ["parent"]
    inlines = [RegionAliasInline]

    def get_search_results(self, request, queryset, search_term):
        queryset, distinct = super().get_search_results(request, queryset, search_term)
        return restrict_region_search(request, queryset), distinct


@admin.register(RegionScope)
class RegionScopeAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "region", "granted_at"]
    list_filter = ["role", "region__level"]
    search_fields = ["user__username", "region__name", "region__code"]
    autocomplete_fields = ["user", "region"]

    def save_model(self, request, obj, form, change):
        from .services import role_group

        super().save_model(request, obj, form, change)
        if not obj.user.is_staff:
            obj.user.is_staff = True
            obj.user.save(update_fields=["is_staff"])
        obj.user.groups.add(role_group(obj.role))


@admin.register(Kanwil)
class KanwilAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "seat"]
    search_fields = ["name", "code"]


PROVENANCE_FIELDS = (
    _("Sumber dan status"),
    {
        "fields": [
            "status",
            ("source_outlet", "source_date"),
            "source_title",
            "source_url",
            "note",
            "entered_by",
        ]
    },
)


class RecordAdmin(RegionScopedAdminMixin, SimpleHistoryAdmin):
    autocomplete_fields = ["region"]
    list_select_related = ["region"]
    readonly_fields = ["entered_by"]

    def save_model(self, request, obj, form, change):
        if not change and obj.entered_by_id is None:
            obj.entered_by = request.user
        super().save_model(request, obj, form, change)
        warning = getattr(obj, "quality_warning", "")
        if warning:
            messages.warning(
                request, _("Tersimpan dengan peringatan mutu data: %(w)s") % {"w": warning}
            )


@admin.register(CoverageFigure)
class CoverageFigureAdmin(RecordAdmin):
    form = CoverageFigureForm
    list_display = [
        "region",
        "segment",
        "as_of",
        "covered",
        "eligible",
        "percent",
        "publisher",
        "quality_warning",
    ]
    list_filter = ["segment", "publisher_kind", "status", "region__level"]
    search_fields = ["region__name", "region__code", "publisher"]
    date_hierarchy = "as_of"
    readonly_fields = ["entered_by", "quality_warning"]
    fieldsets = [
        (None, {"fields": ["region", "segment", ("as_of", "as_of_precision")]}),
        (
            _("Angka"),
            {"fields": [("covered", "eligible", "percent"), "is_approximate", "quality_warning"]},
        ),
        (
            _("Penerbit dan definisi"),
            {
                "fields": [
                    ("publisher", "publisher_kind"),
                    ("denominator_kind", "denominator_label"),
                    "participant_kind",
                ]
            },
        ),
        PROVENANCE_FIELDS,
    ]


@admin.register(CoverageTarget)
class CoverageTargetAdmin(RecordAdmin):
    form = CoverageTargetForm
    list_display = [
        "region",
        "segment",
        "baseline_percent",
        "baseline_date",
        "target_percent",
        "target_date",
        "issuer",
        "is_primary",
    ]
    list_filter = ["segment", "issuer_kind", "is_primary"]
    search_fields = ["region__name", "region__code", "issuer"]
    fieldsets = [
        (None, {"fields": ["region", "segment", "is_primary"]}),
        (_("Angka awal"), {"fields": [("baseline_percent", "baseline_date")]}),
        (_("Target"), {"fields": [("target_percent", "target_date", "target_date_precision")]}),
        (_("Penetap"), {"fields": [("issuer", "issuer_kind"), "legal_basis"]}),
        PROVENANCE_FIELDS,
    ]


@admin.register(BudgetAllocation)
class BudgetAllocationAdmin(RecordAdmin):
    form = BudgetAllocationForm
    list_display = ["region", "year", "amount", "funding_source", "purpose", "workers_funded"]
    list_filter = ["year", "funding_source"]
    search_fields = ["region__name", "region__code", "purpose", "publisher"]
    fieldsets = [
        (None, {"fields": ["region", "year", "purpose", "funding_source", "publisher"]}),
        (
            _("Jumlah"),
            {
                "fields": [
                    ("amount", "amount_is_approximate", "recurring"),
                    ("months_covered", "workers_funded"),
                ]
            },
        ),
        PROVENANCE_FIELDS,
    ]
