from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.crypto import constant_time_compare
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from . import imports, quality_selectors
from .admin_mixins import RegionScopedAdminMixin, restrict_region_search
from .choices import RecordStatus
from .forms import UNSOURCED_MESSAGE, BudgetAllocationForm, CoverageFigureForm, CoverageTargetForm
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
            "source_kind",
            "note",
            "entered_by",
        ],
        "description": _(
            "Terbit hanya dengan sumber: klaim artikel yang diterima, atau dokumen dengan "
            "penerbit, judul dan URL (tanggalnya bila diketahui). Tanpa itu data disimpan "
            "sebagai belum bersumber dan tidak tampil di halaman publik."
        ),
    },
)


@admin.display(description=_("status"), ordering="status")
def status_badge(obj):
    """The record's status as a badge; "belum bersumber" stands out."""
    return format_html(
        '<span class="status-badge status-{}">{}</span>', obj.status, obj.get_status_display()
    )


@admin.action(description=_("Terbitkan yang sudah bersumber"))
def publish_sourced(modeladmin, request, queryset):
    """Publish the selected records that now have a source; say which do not."""
    published, missing = 0, []
    for record in queryset.exclude(status=RecordStatus.PUBLISHED):
        if not modeladmin.has_change_permission(request, record):
            continue
        record.status = RecordStatus.PUBLISHED
        record.apply_source_rule()
        if record.status != RecordStatus.PUBLISHED:
            missing.append(str(record))
            continue
        record._history_user = request.user
        record._change_reason = "publish"
        record.save()
        published += 1
    if published:
        modeladmin.message_user(
            request,
            ngettext("%(n)s data diterbitkan.", "%(n)s data diterbitkan.", published)
            % {"n": published},
            messages.SUCCESS,
        )
    if missing:
        modeladmin.message_user(
            request,
            gettext(
                "Belum bersumber, tidak diterbitkan: %(records)s. Lengkapi penerbit, judul "
                "dan URL sumber lebih dulu."
            )
            % {"records": "; ".join(missing[:20])},
            messages.WARNING,
        )


SPREADSHEET_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
#: rows listed in a clean preview (all of them are checked and written)
PREVIEW_ROWS = 500


class SpreadsheetAdminMixin:
    """Import (upload -> preview -> confirm) and export (CSV/XLSX) of a
    changelist's records, through ``regions.imports``. The uploaded rows wait
    in the session between preview and confirmation; confirming checks them
    all again and writes them in one transaction, or nothing."""

    def _kind(self) -> str:
        return imports.KIND_OF_MODEL[self.model]

    def _url_name(self, action: str) -> str:
        return f"{self.opts.app_label}_{self.opts.model_name}_{action}"

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("import/", view(self.import_view), name=self._url_name("import")),
            path(
                "import/template.<str:fmt>",
                view(self.import_template_view),
                name=self._url_name("import_template"),
            ),
            path("export.<str:fmt>", view(self.export_view), name=self._url_name("export")),
            *super().get_urls(),
        ]

    def _spreadsheet_response(self, content: bytes, fmt: str, filename: str) -> HttpResponse:
        response = HttpResponse(content, content_type=SPREADSHEET_TYPES[fmt])
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def export_view(self, request, fmt):
        """The changelist's rows (the user's scope, filters and search) in
        the import columns."""
        if fmt not in SPREADSHEET_TYPES:
            raise Http404
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            return redirect(reverse(f"admin:{self._url_name('changelist')}") + "?e=1")
        kind = self._kind()
        content = imports.records_export(kind=kind, queryset=changelist.queryset, fmt=fmt)
        return self._spreadsheet_response(content, fmt, imports.export_filename(kind, fmt))

    def import_template_view(self, request, fmt):
        if fmt not in SPREADSHEET_TYPES:
            raise Http404
        if not self.has_add_permission(request):
            raise PermissionDenied
        kind = self._kind()
        content = imports.import_template(kind=kind, fmt=fmt)
        return self._spreadsheet_response(
            content, fmt, imports.export_filename(kind, fmt, template=True)
        )

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        kind = self._kind()
        session_key = f"regions_import_{kind}"
        if request.method != "POST":
            return self._render_upload(request)
        if "confirm" in request.POST:
            return self._confirm_import(request, kind, session_key)
        upload = request.FILES.get("file")
        if upload is None:
            return self._render_upload(request, gettext("Pilih berkas CSV atau XLSX."))
        try:
            table = imports.read_upload(upload)
        except imports.SpreadsheetError as error:
            return self._render_upload(request, error.problem.text(gettext))
        report = imports.records_import(kind=kind, table=table, user=request.user)
        token = ""
        if report.ok:
            payload = table.payload()
            token = imports.payload_digest(payload)
            request.session[session_key] = {
                "payload": payload,
                "digest": token,
                "name": upload.name[:200],
            }
        else:
            request.session.pop(session_key, None)
        return self._render_preview(request, report, upload.name, token)

    def _confirm_import(self, request, kind, session_key):
        stored = request.session.get(session_key) or {}
        payload = stored.get("payload", "")
        digest = stored.get("digest", "")
        if not (
            payload
            and constant_time_compare(digest, request.POST.get("token", ""))
            and constant_time_compare(digest, imports.payload_digest(payload))
        ):
            messages.error(
                request,
                gettext("Pratinjau ini sudah tidak berlaku. Unggah berkasnya lagi."),
            )
            return HttpResponseRedirect(request.path)
        name = stored.get("name", "")
        report = imports.records_import(
            kind=kind,
            table=imports.Table.from_payload(payload),
            user=request.user,
            commit=True,
            reason=gettext("Impor berkas %(name)s") % {"name": name},
        )
        if not report.written:
            # The database changed since the preview: say what is wrong now.
            request.session.pop(session_key, None)
            return self._render_preview(request, report, name, "")
        del request.session[session_key]
        messages.success(
            request,
            gettext(
                "Impor %(name)s selesai: %(created)s baru, %(updated)s diubah, "
                "%(unchanged)s tidak berubah."
            )
            % {
                "name": name,
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
            },
        )
        return redirect(reverse(f"admin:{self._url_name('changelist')}"))

    def _import_context(self, request, title):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": title,
            "kind_title": gettext(imports.SPECS[self._kind()].kind.title),
            "template_csv": reverse(f"admin:{self._url_name('import_template')}", args=["csv"]),
            "template_xlsx": reverse(f"admin:{self._url_name('import_template')}", args=["xlsx"]),
            "import_url": reverse(f"admin:{self._url_name('import')}"),
            "changelist_url": reverse(f"admin:{self._url_name('changelist')}"),
            "max_mb": imports.sheets.MAX_BYTES // (1024 * 1024),
            "max_rows": f"{imports.sheets.MAX_ROWS:,}".replace(",", "."),
        }

    def _render_upload(self, request, file_error: str = ""):
        kind_title = gettext(imports.SPECS[self._kind()].kind.title)
        title = gettext("Impor %(kind)s dari CSV atau XLSX") % {"kind": kind_title}
        context = {
            **self._import_context(request, title),
            "file_error": file_error,
            "notes": imports.column_notes(self._kind()),
        }
        return TemplateResponse(
            request, "admin/regions/import_upload.html", context, status=400 if file_error else 200
        )

    def _render_preview(self, request, report, name, token):
        changing = [r for r in report.rows if r.action != imports.SAME]
        shown = [c.header for c in imports.SPECS[report.kind].kind.columns if c.field]
        shown = [h for h in shown if h in report.headers]
        title = gettext("Pratinjau impor: %(name)s") % {"name": name}
        context = {
            **self._import_context(request, title),
            "report": report,
            "token": token,
            "file_name": name,
            "summary_items": report.summary_items(),
            "bad_rows": report.bad_rows(),
            "headers": report.headers,
            "shown_headers": shown,
            "rows": [
                {
                    "outcome": r,
                    "values": [v for h, v in r.values if h in shown],
                }
                for r in changing[:PREVIEW_ROWS]
            ],
            "rows_hidden": max(0, len(changing) - PREVIEW_ROWS),
            "problem_count": len(report.problems),
            "problem_heading": ngettext(
                "Ada %(count)s masalah; tidak ada yang disimpan.",
                "Ada %(count)s masalah; tidak ada yang disimpan.",
                len(report.problems),
            )
            % {"count": len(report.problems)},
        }
        return TemplateResponse(request, "admin/regions/import_preview.html", context)


class RecordAdmin(SpreadsheetAdminMixin, RegionScopedAdminMixin, SimpleHistoryAdmin):
    autocomplete_fields = ["region"]
    list_select_related = ["region"]
    readonly_fields = ["entered_by", "source_kind"]
    actions = [publish_sourced]

    class Media:
        css = {"all": ["admin/cakupan/records.css"]}

    def save_model(self, request, obj, form, change):
        if not change and obj.entered_by_id is None:
            obj.entered_by = request.user
        super().save_model(request, obj, form, change)
        if getattr(form, "saved_unverified", False):
            messages.warning(request, UNSOURCED_MESSAGE)
        warning = getattr(obj, "quality_warning", "")
        if warning:
            messages.warning(
                request, _("Tersimpan dengan peringatan mutu data: %(w)s") % {"w": warning}
            )
        history_warning = quality_selectors.history_warning_for(obj)
        if history_warning:
            messages.warning(
                request,
                _("Tersimpan, tetapi %(record)s: %(w)s") % {"record": obj, "w": history_warning},
            )


@admin.register(CoverageFigure)
class CoverageFigureAdmin(RecordAdmin):
    form = CoverageFigureForm
    list_display = [
        "region",
        status_badge,
        "segment",
        "as_of",
        "covered",
        "eligible",
        "percent",
        "publisher",
        "quality_warning",
    ]
    list_filter = ["status", "segment", "publisher_kind", "region__level"]
    search_fields = ["region__name", "region__code", "publisher"]
    date_hierarchy = "as_of"
    readonly_fields = ["entered_by", "source_kind", "quality_warning", "revised_at"]
    fieldsets = [
        (None, {"fields": ["region", "segment", ("as_of", "as_of_precision")]}),
        (
            _("Angka"),
            {
                "fields": [
                    ("covered", "eligible", "percent"),
                    "is_approximate",
                    "quality_warning",
                    "revised_at",
                ]
            },
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
        status_badge,
        "segment",
        "baseline_percent",
        "baseline_date",
        "target_percent",
        "target_date",
        "issuer",
        "is_primary",
    ]
    list_filter = ["status", "segment", "issuer_kind", "is_primary"]
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
    list_display = [
        "region", status_badge, "year", "amount", "funding_source", "purpose", "workers_funded",
    ]  # fmt: skip
    list_filter = ["status", "year", "funding_source"]
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
