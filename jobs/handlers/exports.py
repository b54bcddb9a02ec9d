"""Large exports as jobs: every coverage figure the user may see (all for a
national administrator), in the import's columns, as one CSV or XLSX file
kept on the job for ``CAKUPAN_JOB_OUTPUT_DAYS`` and downloaded from
"Pekerjaan saya". Writing the file touches no record, so running it twice
only makes the same file twice."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from regions import imports
from regions.formatting import number_id
from regions.models import CoverageFigure
from regions.scoping import VIEW, region_ids_in_scope

from .. import services
from ..models import Job, JobKind

FORMATS = ("csv", "xlsx")


def figures_for(user):
    """The figures an export of ``user`` holds: their view scope (None: all)."""
    queryset = CoverageFigure.objects.all()
    if user is None:
        return queryset
    ids = region_ids_in_scope(user, VIEW)
    return queryset if ids is None else queryset.filter(region_id__in=ids)


@services.register(JobKind.EXPORT)
def export(job: Job, report) -> None:
    fmt = job.params.get("format") if job.params.get("format") in FORMATS else "xlsx"
    with translation.override(job.params.get("language") or "id"):
        user = None
        if job.created_by_id is not None:
            user = get_user_model().objects.get(pk=job.created_by_id)
        queryset = figures_for(user)
        total = queryset.count()
        report("export", 0, total)
        data = imports.records_export(kind="figures", queryset=queryset, fmt=fmt)
        report("export", total, total)
        name = imports.export_filename("figures", fmt)
        days = settings.CAKUPAN_JOB_OUTPUT_DAYS
        count = number_id(total, language=translation.get_language() or "id")
        with transaction.atomic():  # the file and the job's end together
            Job.objects.filter(pk=job.pk, state="running").update(
                output=data, output_name=name, expires_at=timezone.now() + timedelta(days=days)
            )
            services.finish(
                job,
                summary=gettext(
                    "%(count)s angka cakupan dalam %(name)s (tersedia %(days)s hari)."
                ) % {"count": count, "name": name, "days": days},
                result={"rows": total, "format": fmt, "bytes": len(data)},
                done=total,
            )  # fmt: skip


def start_export(*, user, fmt: str, language: str) -> Job:
    """Every figure the user may see as one file, made by a worker."""
    job, _ = services.create(
        kind=JobKind.EXPORT, user=user, file_name=imports.export_filename("figures", fmt),
        params={"format": fmt, "language": language, "needs_upload": False},
    )  # fmt: skip
    services.start(job)
    job.refresh_from_db()
    return job
