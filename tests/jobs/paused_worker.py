"""A Celery worker for the fault tests: the real worker (``celery -A
coverage_site worker``), with pauses where a kill hurts most, so that a
test can SIGKILL it there rather than hope to hit a moment:

- ``finish``: every job's last step, inside the transaction that holds its
  writes (an article and its claims, an export's file), before commit;
- ``refresh``: a summary rebuild's second batch, written, before its commit
  (the first batch is committed);
- ``rows``: an import's write with at least 50 rows written and reported,
  before the rest and before its commit.

Each pause happens once per job (and once for the rebuild's batch): it
leaves a marker file in ``CAKUPAN_TEST_PAUSE_DIR`` (the test waits for it)
and sleeps ``CAKUPAN_TEST_PAUSE`` seconds; a retry finds the marker and
runs through. A marker named after a kind of job (``finish-import_check``)
lets every job of that kind run through. Nothing here is imported outside
tests.

    python -m tests.jobs.paused_worker <celery worker arguments>
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coverage_site.settings")
django.setup()

from coverage_site.celery import app  # noqa: E402
from jobs import handlers, progress, services  # noqa: E402, F401  (handlers registered first)
from regions import summaries  # noqa: E402

MARKERS = Path(os.environ["CAKUPAN_TEST_PAUSE_DIR"])
SECONDS = float(os.environ.get("CAKUPAN_TEST_PAUSE", "60"))


def pause(name: str, kind: str = "") -> None:
    marker = MARKERS / name
    if marker.exists() or (kind and (MARKERS / f"{name.split('-')[0]}-{kind}").exists()):
        return
    marker.write_text(str(os.getpid()))
    time.sleep(SECONDS)


_finish = services.finish


def finish(job, **kwargs):
    pause(f"finish-{job.pk}", job.kind)
    return _finish(job, **kwargs)


_import_write = services.HANDLERS["import_write"]


def import_write(job, report):
    def paced(phase, done, total):
        report(phase, done, total)
        if phase == "write" and 50 <= done < total:
            progress.report(job.pk, phase, done, total)  # unthrottled: the test reads it
            pause(f"rows-{job.pk}")

    return _import_write(job, paced)


_refresh = summaries.refresh
_rebuild = services.HANDLERS["summary_rebuild"]
batches = {"rebuild": None}


def refresh(ids, *args, **kwargs):
    result = _refresh(ids, *args, **kwargs)
    if batches["rebuild"] is not None:  # only a rebuild's own batches count
        batches["rebuild"] += 1
        if batches["rebuild"] == 2:
            pause("refresh-2")
    return result


def rebuild(job, report):
    batches["rebuild"] = 0
    try:
        return _rebuild(job, report)
    finally:
        batches["rebuild"] = None


services.finish = finish
services.HANDLERS["import_write"] = import_write
summaries.refresh = refresh
services.HANDLERS["summary_rebuild"] = rebuild

if __name__ == "__main__":
    app.worker_main(["worker", *sys.argv[1:]])
