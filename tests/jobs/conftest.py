"""A real Celery worker on the real Redis, against the test database.

The worker is another process, so it must open the same test database and
see what the tests commit:

- the tests that use it are transactional (``transactional_db``: their
  writes are committed, and the tables are emptied afterwards; the
  ``seeded`` fixture puts the seed data back for the tests after them);
- on PostgreSQL the worker gets ``DATABASE_URL`` naming pytest-django's
  test database (``test_<name>``);
- on SQLite pytest-django's test database lives in memory, which no other
  process can open: when this folder is collected, the session's SQLite
  test database becomes a file in a temporary folder (set here, before any
  test has created it), and the worker opens that file.

Each run uses its own queue name, so another worker on the same Redis (a
``make run`` nearby) never takes these jobs. A second worker, on a queue of
its own, pauses where a kill hurts most (paused_worker.py) for the fault
tests of every kind of job.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from coverage_site.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]
QUEUE = f"cakupan-test-{uuid.uuid4().hex[:10]}"
PAUSED_QUEUE = f"{QUEUE}-paused"

if connection.vendor == "sqlite" and not connection.settings_dict["TEST"].get("NAME"):
    _file = str(Path(tempfile.mkdtemp(prefix="cakupan-jobs-")) / "test.sqlite3")
    connection.settings_dict["TEST"]["NAME"] = _file
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = _file


def database_url() -> str:
    """The URL of the test database this process is using."""
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


class Worker:
    def __init__(self, process: subprocess.Popen, log: Path):
        self.process = process
        self.log = log

    def kill_at(self, marker: str, seconds: float = 60) -> int:
        """Wait until the paused worker pauses at ``marker`` (finish-<job
        id>, refresh-2), then SIGKILL the process pausing there."""
        path = self.markers / marker
        deadline = time.monotonic() + seconds
        while not path.exists() or not path.read_text():
            if time.monotonic() > deadline:
                raise AssertionError(f"the worker never reached {marker}:\n{self.log.read_text()}")
            time.sleep(0.1)
        pid = int(path.read_text())
        os.kill(pid, signal.SIGKILL)
        return pid

    def no_pause(self, marker: str) -> None:
        """Let the worker run through ``marker`` (a retry's own finish)."""
        (self.markers / marker).write_text("0")


def _start_worker(log: Path, queue: str, module: list[str], extra_env: dict | None = None,
                  concurrency: int = 1):  # fmt: skip
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CAKUPAN_JOB_STALE_SECONDS": "30",
        "DJANGO_SETTINGS_MODULE": "coverage_site.settings",
        **(extra_env or {}),
    }
    command = [*module, "--pool", "prefork", "--concurrency", str(concurrency), "--loglevel", "INFO",
               "-Q", queue, "-n", f"{queue}@%h", "--without-gossip", "--without-mingle",
               "--without-heartbeat"]  # fmt: skip
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
    worker = Worker(process, log)
    deadline = time.monotonic() + 60
    while "ready." not in log.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            _stop(process)
            raise RuntimeError("the Celery worker did not start:\n" + log.read_text())
        time.sleep(0.2)
    return worker


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="session")
def celery_worker(django_db_setup):
    """``celery -A coverage_site worker`` as a subprocess on the test database."""
    log = Path(tempfile.mkdtemp(prefix="cakupan-jobs-worker-")) / "worker.log"
    celery = str(Path(sys.executable).parent / "celery")
    worker = _start_worker(log, QUEUE, [celery, "-A", "coverage_site", "worker"])
    try:
        yield worker
    finally:
        _stop(worker.process)


@pytest.fixture(scope="session")
def celery_paused_worker(django_db_setup):
    """The same worker with pauses where a kill hurts most (paused_worker.py),
    on its own queue, two processes (a second delivery of a job can reach
    the other while the first pauses); ``worker.markers`` is where it says
    it is pausing."""
    folder = Path(tempfile.mkdtemp(prefix="cakupan-jobs-paused-worker-"))
    markers = folder / "markers"
    markers.mkdir()
    worker = _start_worker(
        folder / "worker.log", PAUSED_QUEUE, [sys.executable, "-m", "tests.jobs.paused_worker"],
        {"CAKUPAN_TEST_PAUSE_DIR": str(markers), "CAKUPAN_TEST_PAUSE": "60"}, concurrency=2,
    )  # fmt: skip
    worker.markers = markers
    try:
        yield worker
    finally:
        _stop(worker.process)


def _wait_until_the_worker_is_quiet(seconds: float = 30) -> None:
    """Wait until no other session on the test database is inside a
    statement or a transaction. A job's state turns "succeeded" when its
    transaction commits, and the worker may still be writing after that
    (summaries refreshed on commit); emptying the tables at teardown while
    it writes deadlocks on PostgreSQL. SQLite serialises writers with its
    file lock, so there is nothing to wait for there."""
    if connection.vendor != "postgresql":
        return
    deadline = time.monotonic() + seconds
    while True:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND state IS NOT NULL AND state <> 'idle'"
            )
            (busy,) = cursor.fetchone()
        if not busy or time.monotonic() > deadline:
            return
        time.sleep(0.1)


def _use_queue(queue: str, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CAKUPAN_JOBS_INLINE = False
    previous = celery_app.conf.task_default_queue
    celery_app.conf.task_default_queue = queue
    return previous


@pytest.fixture
def real_worker(celery_worker, settings, transactional_db, seeded):
    """Jobs go to the worker through Redis (not run in the test's process)."""
    previous = _use_queue(QUEUE, settings)
    yield celery_worker
    celery_app.conf.task_default_queue = previous
    _wait_until_the_worker_is_quiet()


@pytest.fixture
def paused_worker(celery_paused_worker, settings, transactional_db, seeded):
    """Jobs go to the pausing worker: kill it at a pause with ``kill_at``."""
    previous = _use_queue(PAUSED_QUEUE, settings)
    yield celery_paused_worker
    celery_app.conf.task_default_queue = previous
    _wait_until_the_worker_is_quiet()


def wait_for(job, *, states=("succeeded", "failed"), seconds: float = 120):
    deadline = time.monotonic() + seconds
    while True:
        job.refresh_from_db()
        if job.state in states:
            return job
        if time.monotonic() > deadline:
            raise AssertionError(f"job {job.pk} still {job.state} after {seconds} s")
        time.sleep(0.2)
