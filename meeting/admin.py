from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from regions.admin import PROVENANCE_FIELDS, publish_sourced, status_badge
from regions.admin_mixins import RegionScopedAdminMixin

from . import admin_views
from .forms import InpresItemForm
from .models import InpresItem


@admin.register(InpresItem)
class InpresItemAdmin(RegionScopedAdminMixin, SimpleHistoryAdmin):
    """Follow-up rows within the editor's region scope: the list shows only
    the regions in scope, the form offers only them, and a row elsewhere
    cannot be opened for change or deleted (regions.admin_mixins)."""

    form = InpresItemForm
    list_display = ["region", "kind", "group", "state", "as_of", status_badge, "source_outlet"]
    list_filter = ["status", "kind", "state", "region__level"]
    search_fields = ["region__name", "region__code", "regulation_number", "source_outlet"]
    autocomplete_fields = ["region", "budget"]
    list_select_related = ["region"]
    date_hierarchy = "as_of"
    actions = [publish_sourced]
    change_list_template = "admin/meeting/inpresitem/change_list.html"
    fieldsets = [
        (None, {"fields": ["region", "kind", "state", ("as_of", "as_of_precision")]}),
        (_("Peraturan"), {"fields": [("regulation_number", "regulation_date")]}),
        (_("Anggaran"), {"fields": ["budget"]}),
        (
            _("Kepesertaan ekosistem / rekap kab/kota"),
            {"fields": [("group", "group_label"), ("count", "denominator", "percent")]},
        ),
        (_("Pelapor"), {"fields": ["publisher", "quote"]}),
        PROVENANCE_FIELDS,
    ]
    readonly_fields = ["source_kind", "entered_by"]

    def get_urls(self):
        from django.urls import path

        return [
            path(
                "import/",
                self.admin_site.admin_view(admin_views.ImportView.as_view(model_admin=self)),
                name="meeting_inpresitem_import",
            ),
            *super().get_urls(),
        ]

    def save_model(self, request, obj, form, change):
        if not change and obj.entered_by_id is None:
            obj.entered_by = request.user
        super().save_model(request, obj, form, change)
