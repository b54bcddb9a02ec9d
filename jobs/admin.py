from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from regions.formatting import number_id

from . import selectors, services
from .handlers import exports, summaries
from .models import Job, JobState

#: the result column shows this much; the rest in the cell's title and on the job's page
OUTCOME_CHARS = 90
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def job_may_retry(job) -> bool:
    """A failed job, or one still queued because the broker could not be
    reached when it was started (it says so in its error)."""
    return job.state == JobState.FAILED or (job.state == JobState.QUEUED and bool(job.error))


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    """ "My jobs": every staff user sees the jobs they started (state, who,
    when, file, result) and can come back to them; nothing is edited here."""

    list_display = ["file", "kind", "state", "created_at", "progress", "outcome"]
    list_display_links = None
    list_filter = ["state", "kind"]
    search_fields = ["file_name"]
    date_hierarchy = "created_at"

    def get_list_display(self, request):
        # Who started a job is worth a column only where others' jobs show.
        if request.user.is_superuser:
            return ["file", "kind", "state", "created_by", "created_at", "progress", "outcome"]
        return self.list_display

    def get_queryset(self, request):
        return selectors.jobs_visible_to(request.user)

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request) and (
            obj is None or request.user.is_superuser or obj.created_by_id == request.user.pk
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and (obj is None or obj.finished)

    def changelist_view(self, request, extra_context=None):
        for job in self.get_queryset(request).filter(state="running"):
            services.fail_if_stale(job)
        services.drop_expired_outputs()
        context = {"title": gettext("Pekerjaan saya"), "may_rebuild": request.user.is_superuser}
        return super().changelist_view(request, {**(extra_context or {}), **context})

    @admin.display(description=_("kemajuan"))
    def progress(self, job):
        """Done of total: live from the worker while the job runs."""
        done, total = job.progress_done, job.progress_total
        if job.state == JobState.RUNNING:
            live = selectors.progress_of(job)
            done, total = live["done"], live["total"]
        if not total:
            return "–"
        return f"{number_id(done)}/{number_id(total)}"

    @admin.display(description=_("hasil"))
    def outcome(self, job):
        """The result summary, or why it failed (or waits)."""
        text = job.summary or selectors.error_text(job)
        if len(text) <= OUTCOME_CHARS:
            return text
        return format_html('<span title="{}">{}</span>', text, Truncator(text).chars(OUTCOME_CHARS))

    @admin.display(description=_("berkas"), ordering="file_name")
    def file(self, job):
        """The file's name, linking to the job's page (progress, preview, result)."""
        link = job.link if job.kind.startswith("import") else self._status_url(job)
        name = job.file_name or gettext("buka")
        if job.has_output:
            download = reverse("admin:jobs_job_download", args=[job.pk])
            return format_html(
                '<a href="{}">{}</a> · <a href="{}" download>{}</a>',
                link, name, download, gettext("unduh"),
            )  # fmt: skip
        return format_html('<a href="{}">{}</a>', link, name) if link else name

    @staticmethod
    def _status_url(job) -> str:
        return reverse("admin:jobs_job_status", args=[job.pk])

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/progress.json", view(self.progress_view), name="jobs_job_progress"),
            path("<int:pk>/status/", view(self.status_view), name="jobs_job_status"),
            path("<int:pk>/download/", view(self.download_view), name="jobs_job_download"),
            path("export/", view(require_POST(self.export_view)), name="jobs_job_export"),
            path("rebuild/", view(require_POST(self.rebuild_view)), name="jobs_job_rebuild"),
            *super().get_urls(),
        ]

    def progress_view(self, request, pk):
        """The job's state and progress, polled by static/jobs/progress.js."""
        if not self.has_module_permission(request):
            raise PermissionDenied
        job = selectors.job_for(request.user, pk)
        if job is None:
            raise Http404
        job = services.fail_if_stale(job)
        response = JsonResponse(selectors.progress_of(job))
        response["Cache-Control"] = "no-store"
        return response

    def _visible(self, request, pk):
        if not self.has_module_permission(request):
            raise PermissionDenied
        job = selectors.job_for(request.user, pk)
        if job is None:
            raise Http404
        return job

    def status_view(self, request, pk):
        """A job's page: live progress while it runs, then its result (the
        desk for an article, the download for an export) or why it failed,
        with a retry."""
        job = services.fail_if_stale(self._visible(request, pk))
        if request.method == "POST" and "retry" in request.POST and job_may_retry(job):
            try:
                services.retry(job)
            except services.BrokerDown:
                messages.error(request, gettext(services.BROKER_DOWN))
            except ValueError:
                messages.error(
                    request, gettext("Berkas pekerjaan ini sudah tidak ada; unggah lagi.")
                )
            return redirect(self._status_url(job))
        context = {
            **self.admin_site.each_context(request),
            "title": f"{job.get_kind_display()} #{job.pk}",
            "opts": self.model._meta,
            "job": job,
            "job_error": selectors.error_text(job),
            "may_retry": job_may_retry(job),
            "progress": selectors.progress_of(job),
            "progress_url": reverse("admin:jobs_job_progress", args=[job.pk]),
            "download_url": reverse("admin:jobs_job_download", args=[job.pk])
            if job.has_output
            else "",
            "jobs_url": reverse("admin:jobs_job_changelist"),
        }
        return TemplateResponse(request, "admin/jobs/job/status.html", context)

    def download_view(self, request, pk):
        """An export's file, until the job's expiry."""
        if not self.has_module_permission(request):
            raise PermissionDenied
        job = selectors.output_of(request.user, pk)
        if job is None:
            raise Http404
        fmt = job.output_name.rsplit(".", 1)[-1]
        response = HttpResponse(bytes(job.output), content_type=CONTENT_TYPES.get(fmt, "text/csv"))
        response["Content-Disposition"] = f'attachment; filename="{job.output_name}"'
        response["Cache-Control"] = "private, no-store"
        return response

    def _started(self, request, start):
        try:
            job = start()
        except services.BrokerDown:
            messages.error(request, gettext(services.BROKER_DOWN))
            return redirect("admin:jobs_job_changelist")
        return redirect(self._status_url(job))

    def export_view(self, request):
        """Every figure the user may see, as one file made by a worker."""
        if not self.has_module_permission(request):
            raise PermissionDenied
        fmt = request.POST.get("format")
        if fmt not in exports.FORMATS:
            raise Http404
        language = translation.get_language() or "id"
        return self._started(
            request, lambda: exports.start_export(user=request.user, fmt=fmt, language=language)
        )

    def rebuild_view(self, request):
        """Every region's summary recomputed by a worker (national administrators)."""
        if not request.user.is_superuser:
            raise PermissionDenied
        language = translation.get_language() or "id"
        return self._started(
            request, lambda: summaries.start_rebuild(user=request.user, language=language)
        )
