"""Writes to jobs: create and dispatch, claim, report, finish, fail, retry.

- ``start(job)`` sends the job to the workers. When the broker cannot be
  reached the job stays queued with its file, ``BrokerDown`` says so, and
  ``retry`` sends it again later; in development (``CAKUPAN_JOBS_INLINE``)
  it runs inside the request instead.
- ``run(job_id)`` is what a worker does with a message: claim the job
  (queued -> running in one UPDATE), run its handler, finish it. A message
  for a job that is already running either was handed back by a worker
  that died mid-job (acks_late): the job is marked failed with that reason
  and nothing it wrote survives (its transaction never committed); or is a
  second delivery while its process still runs it (``still_running``): it
  is dropped. While a handler runs, a heartbeat keeps the job's report in
  Redis alive; ``reap`` (at worker start) and ``fail_if_stale`` (when a
  page shows the job) fail running jobs whose heartbeat lapsed.
- ``finish`` only moves a *running* job: a handler that finds its job no
  longer running (failed as stale meanwhile) raises ``JobLost`` inside its
  transaction, which undoes its writes.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_noop

from coverage_site.routers import reads_on_primary

from . import progress
from .models import Job, JobState

logger = logging.getLogger(__name__)

WORKER_LOST = gettext_noop(
    "Pekerja berhenti di tengah pekerjaan (proses dihentikan atau mesin mati); "
    "tidak ada yang disimpan. Jalankan lagi."
)
STALE = gettext_noop(
    "Pekerja tidak memberi kabar selama %(seconds)s detik; pekerjaan dianggap gagal "
    "dan tidak ada yang disimpan. Jalankan lagi."
)
BROKER_DOWN = gettext_noop(
    "Antrean kerja (Redis) tidak dapat dihubungi, jadi pekerjaan ini belum berjalan. "
    "Permintaan Anda tersimpan di daftar pekerjaan ini: tekan “Jalankan lagi” pada halamannya "
    "setelah antrean pulih. Halaman lain tetap berjalan."
)
CRASHED = gettext_noop("Kesalahan tak terduga (%(error)s); tidak ada yang disimpan.")

#: kind -> handler(job, report) that does the work and calls ``finish``
HANDLERS: dict[str, Callable] = {}


class BrokerDown(Exception):
    """The task queue cannot be reached; the job stays queued."""


class JobLost(Exception):
    """The job stopped being this worker's (failed as stale meanwhile)."""


def register(kind: str):
    def decorate(handler):
        HANDLERS[kind] = handler
        return handler

    return decorate


def create(*, kind: str, user, params: dict, file_name: str = "", upload: bytes | None = None,
           parent: Job | None = None, idempotency_key: str | None = None,
           link: str = "") -> tuple[Job, bool]:  # fmt: skip
    """A queued job (or the existing one with this idempotency key)."""
    defaults = dict(kind=kind, created_by=user, params=params, file_name=file_name[:200],
                    upload=upload, parent=parent, link=link)  # fmt: skip
    if idempotency_key:
        return Job.objects.get_or_create(idempotency_key=idempotency_key, defaults=defaults)
    return Job.objects.create(**defaults), True


def start(job: Job) -> None:
    """Send the job to the workers once its row is committed."""
    from .tasks import run_job

    if settings.CELERY_TASK_ALWAYS_EAGER:
        # Tests and one-process setups: the job runs here, now.
        run(job.pk, worker="eager")
        return

    def send():
        try:
            run_job.apply_async((job.pk,), retry=False)
        except Exception as error:  # kombu/redis connection errors, any transport
            if settings.CAKUPAN_JOBS_INLINE:
                logger.warning("No broker (%s): running job %s in the request", error, job.pk)
                run(job.pk, worker="inline")
                return
            Job.objects.filter(pk=job.pk, state=JobState.QUEUED).update(
                error=gettext_noop("Antrean kerja tidak dapat dihubungi.")
            )
            raise BrokerDown(str(error)) from error

    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(send)
    else:
        send()


def retry(job: Job) -> Job:
    """A failed job (or one still queued because the broker was down)
    queued again with its file."""
    if job.state == JobState.RUNNING or job.state == JobState.SUCCEEDED:
        return job
    if job.upload is None and job.params.get("needs_upload", True):
        raise ValueError("the job's file is gone")
    Job.objects.filter(pk=job.pk).update(
        state=JobState.QUEUED, error="", started_at=None, finished_at=None,
        progress_done=0, worker="",
    )  # fmt: skip
    job.refresh_from_db()
    start(job)
    return job


def run(job_id: int, worker: str = "") -> None:
    # Read before claiming: a message for a job that is not queued writes
    # nothing unless its worker died (SQLite: no write lock taken while
    # another process holds the job's transaction open).
    job = Job.objects.filter(pk=job_id).defer("upload", "output").first()
    if job is None:
        return
    if job.state != JobState.QUEUED:
        if job.state == JobState.RUNNING and not still_running(job):
            # Handed back by a worker that died while running it.
            fail(job, WORKER_LOST)
        return
    now = timezone.now()
    claimed = Job.objects.filter(pk=job_id, state=JobState.QUEUED).update(
        state=JobState.RUNNING, started_at=now, attempts=F("attempts") + 1, worker=worker[:200]
    )
    if not claimed:  # another process claimed it between the read and here
        return
    from . import handlers  # noqa: F401  (registers the import handlers)

    job = Job.objects.get(pk=job_id)
    progress.start(job.pk)

    last = {"at": 0.0, "phase": ""}

    def report(phase: str, done: int, total: int) -> None:
        # At most a few reports a second (each is a Redis round trip), and
        # always the first and last of a phase.
        now = time.monotonic()
        if done < total and phase == last["phase"] and now - last["at"] < 0.25:
            return
        last.update(at=now, phase=phase)
        progress.report(job.pk, phase, done, total)

    try:
        with reads_on_primary(), progress.Heartbeat(job.pk):
            HANDLERS[job.kind](job, report)
    except JobLost:
        return
    except Exception as error:  # recorded on the job: its user sees why
        logger.exception("job %s failed", job.pk)
        fail(job, CRASHED, {"error": f"{type(error).__name__}: {error}"[:300]})
    finally:
        progress.clear(job.pk)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (killed, not yet reaped by its parent) is dead too
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[:1] != ["Z"]


def still_running(job: Job) -> bool:
    """Whether the process that claimed a running job is still at it: a
    message for it delivered again (a broker's redelivery, a second send)
    must then leave it alone. On this machine the process is asked
    directly (a killed one is known at once); on another, its heartbeat in
    Redis says (it lapses ``CAKUPAN_JOB_STALE_SECONDS`` after a death)."""
    owner = progress.owner(job.pk)
    if owner is None:
        return False
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname():
        return True
    return pid.isdigit() and _process_alive(int(pid))


def finish(job: Job, *, summary: str = "", result: dict | None = None, link: str = "",
           done: int = 0, keep_upload: bool = False) -> None:  # fmt: skip
    """Mark a running job succeeded. Call it inside the transaction of the
    job's writes: when the job is no longer running, ``JobLost`` undoes them."""
    changes = dict(
        state=JobState.SUCCEEDED, finished_at=timezone.now(), summary=summary[:300],
        result=result or {}, error="", progress_done=done, progress_total=done,
    )  # fmt: skip
    if link:
        changes["link"] = link
    if not keep_upload:
        changes["upload"] = None
    if not Job.objects.filter(pk=job.pk, state=JobState.RUNNING).update(**changes):
        raise JobLost(job.pk)


def fail(job: Job, reason: str, params: dict | None = None, *, result: dict | None = None,
         keep_upload: bool = True) -> None:  # fmt: skip
    """A job that did not succeed, with its reason (a gettext_noop source
    string and its parameters, translated when shown). Its file stays for a
    retry unless ``keep_upload`` is false (a file that cannot be used)."""
    changes = dict(
        state=JobState.FAILED, finished_at=timezone.now(),
        error=reason, result={**(result or {}), "error_params": params or {}},
    )  # fmt: skip
    if not keep_upload:
        changes["upload"] = None
    Job.objects.filter(pk=job.pk).exclude(state=JobState.SUCCEEDED).update(**changes)


def drop_expired_outputs() -> int:
    """Exports past their expiry lose their file (the job's row stays)."""
    return Job.objects.filter(output__isnull=False, expires_at__lte=timezone.now()).update(
        output=None, output_name=""
    )


def reap() -> int:
    """Fail every running job whose worker stopped reporting (run when a
    worker starts: a machine that died with its jobs leaves them running
    until someone looks, or until the broker hands their messages back)."""
    failed = 0
    for job in Job.objects.filter(state=JobState.RUNNING).defer("upload", "output"):
        failed += fail_if_stale(job).state == JobState.FAILED
    return failed


def fail_if_stale(job: Job) -> Job:
    """A running job whose worker stopped reporting is failed (its
    transaction never committed); returns the job as it now is."""
    if job.state != JobState.RUNNING or job.started_at is None:
        return job
    limit = settings.CAKUPAN_JOB_STALE_SECONDS
    if timezone.now() - job.started_at < timedelta(seconds=limit):
        return job
    if progress.alive(job.pk) is False:
        fail(job, STALE, {"seconds": limit})
        job.refresh_from_db()
    return job
