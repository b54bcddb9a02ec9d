"""Reads of jobs: a user's own jobs, one job, its live progress."""

from __future__ import annotations

from django.utils.translation import gettext

from . import progress
from .models import Job, JobState


def jobs_visible_to(user):
    """A user's own jobs; national administrators (superusers) see all."""
    jobs = Job.objects.select_related("created_by").defer("upload")
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


PHASES = {"start": "", "check": "diperiksa", "write": "disimpan"}


def progress_of(job: Job) -> dict:
    """The job's state and progress as the progress endpoint sends it."""
    live = progress.read(job.pk) if job.state == JobState.RUNNING else None
    done, total = (live["done"], live["total"]) if live else (job.progress_done, job.progress_total)
    phase = live["phase"] if live else ""
    percent = min(100, done * 100 // total) if total else (100 if job.finished else 0)
    if phase == "write":
        label = gettext("%(done)s dari %(total)s baris disimpan") % {"done": done, "total": total}
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
