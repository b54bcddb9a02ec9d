from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import selectors, services
from .models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    """"My jobs": every staff user sees the jobs they started (state, who,
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
        return super().changelist_view(
            request, {**(extra_context or {}), "title": gettext("Pekerjaan saya")}
        )

    @admin.display(description=_("kemajuan"))
    def progress(self, job):
        if not job.progress_total:
            return "–"
        return f"{job.progress_done}/{job.progress_total}"

    @admin.display(description=_("hasil"))
    def outcome(self, job):
        """The result summary, or why it failed (or waits)."""
        return job.summary or selectors.error_text(job)

    @admin.display(description=_("berkas"), ordering="file_name")
    def file(self, job):
        """The file's name, linking to the job's page (progress, preview, result)."""
        if not job.link:
            return job.file_name or "–"
        return format_html('<a href="{}">{}</a>', job.link, job.file_name or gettext("buka"))

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/progress.json", view(self.progress_view), name="jobs_job_progress"),
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
