from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import get_language, gettext, gettext_noop, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from jobs import handlers as import_jobs
from jobs import selectors as job_selectors
from jobs import services as job_services
from jobs.services import BrokerDown

from . import formatting, imports, quality_selectors
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
        """The scope row as the form gives it, then what a grant brings with
        it (a staff login, the role's group, the user's scope cache cleared)."""
        from .services import region_grant

        super().save_model(request, obj, form, change)
        region_grant(user=obj.user, region=obj.region, role=obj.role)


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
BROKER_DOWN = gettext_noop(
    "Antrean kerja (Redis) tidak dapat dihubungi, jadi berkas belum diperiksa. Berkas Anda "
    "tersimpan di daftar pekerjaan ini: tekan “Jalankan lagi” pada halamannya setelah "
    "antrean pulih. Halaman lain tetap berjalan."
)


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
                "import/<int:job_id>/",
                view(self.import_job_view),
                name=self._url_name("import_job"),
            ),
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
        """Upload: the file is kept on a job and checked in the background
        (jobs/handlers.py); the page follows the job. A job that has already
        ended (tests, development without a broker) shows its result here."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        if request.method != "POST":
            return self._render_upload(request)
        upload = request.FILES.get("file")
        if upload is None:
            return self._render_upload(request, gettext("Pilih berkas CSV atau XLSX."))
        try:
            data = imports.upload_bytes(upload)
        except imports.SpreadsheetError as error:
            return self._render_upload(request, error.problem.text(gettext))
        try:
            job = import_jobs.start_check(
                user=request.user, kind=self._kind(), file_name=upload.name[:200], data=data,
                language=get_language() or "id", page_url=self._job_url,
            )  # fmt: skip
        except BrokerDown:
            return self._broker_down(request)
        if job.finished:
            return self._render_job(request, job)
        return redirect(self._job_url(job))

    def _job_url(self, job) -> str:
        return reverse(f"admin:{self._url_name('import_job')}", args=[job.pk])

    def _broker_down(self, request):
        messages.error(request, gettext(BROKER_DOWN))
        return redirect(reverse("admin:jobs_job_changelist"))

    def import_job_view(self, request, job_id):
        """An import job's page: its progress while it runs, then the
        preview (and the confirm button), or what was written, or why it
        failed (and a retry button while its file is kept)."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        job = job_selectors.job_for(request.user, job_id)
        if job is None or job.params.get("import") != self._kind():
            raise Http404
        job = job_services.fail_if_stale(job)
        if request.method == "POST":
            try:
                if "confirm" in request.POST:
                    return self._confirm_import(request, job)
                if "retry" in request.POST and job.state in ("failed", "queued"):
                    job_services.retry(job)
            except BrokerDown:
                return self._broker_down(request)
            return redirect(self._job_url(job))
        return self._render_job(request, job)

    def _confirm_import(self, request, check):
        write = import_jobs.confirm(
            check, token=request.POST.get("token", ""), language=get_language() or "id",
            page_url=self._job_url,
        )  # fmt: skip
        if write is None:
            messages.error(
                request, gettext("Pratinjau ini sudah tidak berlaku. Unggah berkasnya lagi.")
            )
            return redirect(reverse(f"admin:{self._url_name('import')}"))
        write.refresh_from_db()
        if write.state == "succeeded":
            messages.success(request, write.summary)
            return redirect(reverse(f"admin:{self._url_name('changelist')}"))
        return redirect(self._job_url(write))

    def _render_job(self, request, job):
        result = job.result or {}
        if job.state == "succeeded" and job.kind == "import_check":
            return self._render_preview(request, job)
        if job.state == "failed" and result.get("problem_count"):
            return self._render_preview(request, job)  # data changed since the preview
        if job.state == "failed" and job.error == import_jobs.FILE_UNREADABLE:
            return self._render_upload(request, result["error_params"]["reason"])
        if job.state == "succeeded":
            title = gettext("Impor selesai: %(name)s") % {"name": job.file_name}
        elif job.state == "failed":
            title = gettext("Impor gagal: %(name)s") % {"name": job.file_name}
        else:
            title = gettext("Memproses %(name)s") % {"name": job.file_name}
        context = {
            **self._import_context(request, title),
            "job": job,
            "job_error": job_selectors.error_text(job),
            "progress": job_selectors.progress_of(job),
            "progress_url": reverse("admin:jobs_job_progress", args=[job.pk]),
            # failed, or still queued because the broker could not be reached
            "can_retry": (job.state == "failed" or (job.state == "queued" and bool(job.error)))
            and job.upload is not None,
            "jobs_url": reverse("admin:jobs_job_changelist"),
        }
        return TemplateResponse(request, "admin/regions/import_job.html", context)

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
            "max_rows": formatting.number_id(
                imports.sheets.MAX_ROWS, language=(get_language() or "id")[:2]
            ),
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

    def _render_preview(self, request, job):
        preview = job.result
        title = gettext("Pratinjau impor: %(name)s") % {"name": job.file_name}
        count = preview.get("problem_count", 0)
        context = {
            **self._import_context(request, title),
            "job": job,
            "preview": preview,
            "token": preview.get("digest", "") if job.state == "succeeded" else "",
            "file_name": job.file_name,
            "confirm_url": self._job_url(job),
            "problem_heading": ngettext(
                "Ada %(count)s masalah; tidak ada yang disimpan.",
                "Ada %(count)s masalah; tidak ada yang disimpan.",
                count,
            )
            % {"count": count},
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
