"""Reads of jobs: a user's own jobs, one job, its live progress."""

from __future__ import annotations

from django.utils.translation import gettext

from . import progress
from .models import Job, JobState


def output_of(user, pk: int) -> Job | None:
    """A job of ``user`` with an output still to be downloaded."""
    job = jobs_visible_to(user).filter(pk=pk).defer(None).first()
    return job if job is not None and job.has_output else None


def jobs_visible_to(user):
    """A user's own jobs; national administrators (superusers) see all."""
    jobs = Job.objects.select_related("created_by").defer("upload", "output")
    return jobs if user.is_superuser else jobs.filter(created_by=user)


def job_for(user, pk: int) -> Job | None:
    return jobs_visible_to(user).filter(pk=pk).first()


def error_text(job: Job) -> str:
    """The reason a job failed (or waits), in the active language."""
    if not job.error:
        return ""
    params = (job.result or {}).get("error_params") or {}
    text = gettext(job.error)
    return text % params if params else text


def progress_of(job: Job) -> dict:
    """The job's state and progress as the progress endpoint sends it."""
    live = progress.read(job.pk) if job.state == JobState.RUNNING else None
    done, total = (live["done"], live["total"]) if live else (job.progress_done, job.progress_total)
    phase = live["phase"] if live else ""
    percent = min(100, done * 100 // total) if total else (100 if job.finished else 0)
    counts = {"done": done, "total": total}
    if phase == "write":
        label = gettext("%(done)s dari %(total)s baris disimpan") % counts
    elif phase == "rebuild":
        label = gettext("%(done)s dari %(total)s ringkasan wilayah disusun") % counts
    elif phase == "export":
        label = gettext("%(done)s dari %(total)s angka ditulis ke berkas") % counts
    elif phase == "extract":
        label = gettext("Membaca artikel dan mencari angka")
    elif total:
        label = gettext("%(done)s dari %(total)s baris diperiksa") % {"done": done, "total": total}
    else:
        label = job.get_state_display()
    return {
        "id": job.pk,
        "state": job.state,
        "state_label": str(job.get_state_display()),
        "finished": job.finished,
        "phase": phase,
        "done": done,
        "total": total,
        "percent": percent,
        "label": label,
    }
