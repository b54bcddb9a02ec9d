"""Faults of every kind of job beyond imports (test_worker.py has theirs),
on the real worker and Redis (conftest.py): a worker killed mid-job (at the
worst moment: its writes done, not committed; paused_worker.py holds it
there), a job delivered twice (once while it runs), the broker down."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time

import pytest
from django.test import Client
from django.utils import timezone

from articles.models import Article, Claim
from jobs import progress, services
from jobs.models import Job
from regions import summaries
from regions.models import Region, RegionSummary
from tests.jobs.conftest import ROOT, database_url, wait_for
from tests.jobs.test_more_jobs import ARTICLE

ARTICLE_URL = "https://contoh.id/berita/palu-pekerja"
LOST = "Pekerja berhenti di tengah pekerjaan"


def status(client, job) -> str:
    return client.get(f"/admin/jobs/job/{job.pk}/status/").content.decode()


def retry(client, job) -> None:
    response = client.post(f"/admin/jobs/job/{job.pk}/status/", {"retry": "1"})
    assert response.status_code == 302


def test_an_article_job_killed_before_its_commit_leaves_no_article_and_its_retry_reads_it(
    paused_worker, admin_client
):
    claims = Claim.objects.count()
    admin_client.post("/admin/articles/article/add/", {"text": ARTICLE})
    job = Job.objects.get(kind="article_extract")
    # The article and its claims are written; the worker dies before the commit.
    paused_worker.kill_at(f"finish-{job.pk}")
    wait_for(job, states=("failed",), seconds=60)
    assert LOST in job.error
    assert not Article.objects.filter(url=ARTICLE_URL).exists()
    assert Claim.objects.count() == claims
    assert bytes(job.upload).decode().startswith(f"URL: {ARTICLE_URL}")  # kept for the retry
    page = status(admin_client, job)
    assert LOST in page
    assert "Jalankan lagi" in page

    retry(admin_client, job)
    wait_for(job)
    assert job.state == "succeeded", job.error
    assert job.attempts == 2
    article = Article.objects.get(url=ARTICLE_URL)
    assert job.result["article"] == article.pk
    assert Claim.objects.count() == claims + job.result["claims"] > claims


def test_an_export_delivered_again_while_it_runs_is_left_alone_and_a_kill_saves_no_file(
    paused_worker, admin_client
):
    from jobs.tasks import run_job

    admin_client.post("/admin/jobs/job/export/", {"format": "csv"})
    job = Job.objects.get(kind="export")
    pid = int(_wait_for_marker(paused_worker, f"finish-{job.pk}"))
    # A second delivery (a broker's redelivery) reaches the other process
    # while the first holds the job: it sees its owner alive and drops it.
    duplicate = run_job.apply_async((job.pk,))
    duplicate.get(timeout=30)
    job.refresh_from_db()
    assert job.state == "running"
    assert job.attempts == 1
    assert progress.owner(job.pk).endswith(f":{pid}")

    paused_worker.kill_at(f"finish-{job.pk}")
    wait_for(job, states=("failed",), seconds=60)
    assert LOST in job.error
    job = Job.objects.get(pk=job.pk)  # output is deferred nowhere here
    assert job.output is None
    assert job.output_name == ""
    assert job.expires_at is None

    retry(admin_client, job)
    wait_for(job)
    assert job.state == "succeeded", job.error
    assert job.attempts == 2
    download = admin_client.get(f"/admin/jobs/job/{job.pk}/download/")
    assert download.status_code == 200
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert len(rows) == job.result["rows"] + 1 > 1


def _wait_for_marker(worker, marker: str, seconds: float = 60) -> str:
    path = worker.markers / marker
    deadline = time.monotonic() + seconds
    while not path.exists() or not path.read_text():
        assert time.monotonic() < deadline, f"the worker never reached {marker}"
        time.sleep(0.1)
    return path.read_text()


def _summaries() -> dict:
    """Every summary's content by region (not when it was computed)."""
    rows = RegionSummary.objects.values().order_by("region_id")
    return {row["region_id"]: {**row, "refreshed_at": None} for row in rows}


def test_a_rebuild_killed_mid_way_keeps_whole_batches_and_its_retry_finishes(
    paused_worker, admin_client
):
    regions = Region.objects.count()
    summaries.rebuild()  # every region's summary, as a full rebuild makes them
    before = _summaries()
    assert len(before) == regions
    RegionSummary.objects.all().delete()
    admin_client.post("/admin/jobs/job/rebuild/")
    job = Job.objects.get(kind="summary_rebuild")
    paused_worker.no_pause(f"finish-{job.pk}")
    # The second batch of 200 regions is written, not committed: killed there.
    paused_worker.kill_at("refresh-2")
    wait_for(job, states=("failed",), seconds=60)
    assert LOST in job.error
    partial = _summaries()
    # The first batch (and the ancestors it refreshes) only, each whole and
    # the same as a full rebuild's.
    assert 200 <= len(partial) < regions
    assert all(before[region] == row for region, row in partial.items())

    retry(admin_client, job)
    wait_for(job)
    assert job.state == "succeeded", job.error
    assert job.attempts == 2
    assert job.progress_done == regions
    assert _summaries() == before


def test_a_rebuild_and_an_export_delivered_twice_run_once(real_worker, admin_user):
    from jobs.handlers.exports import start_export
    from jobs.handlers.summaries import start_rebuild
    from jobs.tasks import run_job

    jobs = [
        start_export(user=admin_user, fmt="csv", language="id"),
        start_rebuild(user=admin_user, language="id"),
    ]
    for job in jobs:
        run_job.apply_async((job.pk,)).get(timeout=60)  # the broker delivers it again
    for job in jobs:
        wait_for(job)
        assert job.state == "succeeded", job.error
        assert job.attempts == 1
    assert Job.objects.count() == 2
    # Asking for a rebuild while one waits gives the waiting one.
    Job.objects.filter(pk=jobs[1].pk).update(state="queued", finished_at=None)
    assert start_rebuild(user=admin_user, language="id") == jobs[1]


BROKER_DOWN_SCRIPT = """
import json
import django
django.setup()
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.test.utils import override_settings
override_settings(ALLOWED_HOSTS=['testserver'], STORAGES={**settings.STORAGES,
    'staticfiles': {'BACKEND': 'django.contrib.staticfiles.storage.StaticFilesStorage'}}
).enable()
client = Client()
client.force_login(get_user_model().objects.get(username='admin'))
out = {}
for name, url, data in [
    ('article', '/admin/articles/article/add/', {'text': open(0).read()}),
    ('export', '/admin/jobs/job/export/', {'format': 'xlsx'}),
    ('rebuild', '/admin/jobs/job/rebuild/', {}),
]:
    r = client.post(url, data, follow=True)
    out[name] = [r.status_code, r.redirect_chain[-1][0] if r.redirect_chain else '',
                 r.content.decode()]
visitor = Client()
out['pages'] = [visitor.get(path).status_code for path in ('/', '/wilayah/', '/wilayah/73/')]
print(json.dumps(out))
"""


def test_with_the_broker_down_every_kind_of_job_is_kept_and_the_admin_says_so(
    real_worker, admin_client
):
    """A production process whose broker address answers nothing: the
    article's text, the export and the rebuild become queued jobs, the
    admin says so plainly, the public pages keep answering; once the broker
    is back, each job's page runs it again."""
    env = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_DEBUG": "1",
           "CAKUPAN_JOBS_INLINE": "0", "CELERY_BROKER_URL": "redis://127.0.0.1:9/1"}  # fmt: skip
    out = subprocess.run(  # the timeout catches a request hanging on the dead broker
        [sys.executable, "-c", BROKER_DOWN_SCRIPT], input=ARTICLE.encode(), cwd=ROOT, env=env,
        capture_output=True, timeout=180, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    answers = json.loads(out.stdout)
    assert answers.pop("pages") == [200, 200, 200]
    for name, (code, landed, html) in answers.items():
        assert code == 200, name
        assert landed == "/admin/jobs/job/", name
        assert "Antrean kerja (Redis) tidak dapat dihubungi" in html, name
    jobs = {job.kind: job for job in Job.objects.all()}
    assert set(jobs) == {"article_extract", "export", "summary_rebuild"}
    for job in jobs.values():
        assert job.state == "queued"
        assert job.error == "Antrean kerja tidak dapat dihubungi."
    assert bytes(jobs["article_extract"].upload).decode().startswith(f"URL: {ARTICLE_URL}")
    assert not Article.objects.filter(url=ARTICLE_URL).exists()

    # The broker is back: each job's page offers to run it again. (One at a
    # time: SQLite refuses a write at once, not after a wait, to a
    # transaction that read first while another process writes.)
    for job in jobs.values():
        page = status(admin_client, job)
        assert "Antrean kerja tidak dapat dihubungi." in page
        assert "Jalankan lagi" in page
        retry(admin_client, job)
        wait_for(job)
        assert job.state == "succeeded", (job.kind, job.error, job.result)
    assert Article.objects.filter(url=ARTICLE_URL).count() == 1


# ---- the liveness rules, without a worker ------------------------------------------


@pytest.fixture
def running_job(db, admin_user):
    job = Job.objects.create(
        kind="export", state="running", created_by=admin_user, params={"needs_upload": False},
        started_at=timezone.now() - timezone.timedelta(hours=1),
    )  # fmt: skip
    yield job
    progress.clear(job.pk)


def _claimed_by(job, owner: str) -> None:
    client = progress._redis()
    client.hset(progress._key(job.pk), mapping={"phase": "export", "owner": owner})
    client.expire(progress._key(job.pk), 30)


def test_a_job_run_by_a_live_process_is_still_running(running_job):
    _claimed_by(running_job, progress.this_process())
    assert services.still_running(running_job)
    # On another machine, its live heartbeat is enough.
    _claimed_by(running_job, f"elsewhere.example:{os.getpid()}")
    assert services.still_running(running_job)


def test_a_job_whose_process_died_on_this_machine_is_not_running(running_job):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    _claimed_by(running_job, f"{progress.this_process().rpartition(':')[0]}:{child.pid}")
    assert not services.still_running(running_job)
    progress.clear(running_job.pk)
    assert not services.still_running(running_job)  # no heartbeat at all


def test_a_redelivered_message_fails_a_job_whose_worker_died(running_job):
    services.run(running_job.pk, worker="test")
    running_job.refresh_from_db()
    assert running_job.state == "failed"
    assert running_job.error.startswith(LOST)
    assert running_job.attempts == 0  # not run again by the redelivery


def test_a_starting_worker_reaps_jobs_whose_heartbeat_lapsed(running_job, admin_user):
    alive = Job.objects.create(
        kind="summary_rebuild", state="running", created_by=admin_user,
        started_at=running_job.started_at, params={"needs_upload": False},
    )  # fmt: skip
    _claimed_by(alive, progress.this_process())
    try:
        assert services.reap() == 1
    finally:
        progress.clear(alive.pk)
    running_job.refresh_from_db()
    alive.refresh_from_db()
    assert running_job.state == "failed"
    assert "tidak memberi kabar" in running_job.error
    assert alive.state == "running"


def test_a_heartbeat_keeps_a_quiet_job_alive(running_job, settings):
    settings.CAKUPAN_JOB_STALE_SECONDS = 2
    progress.start(running_job.pk)
    with progress.Heartbeat(running_job.pk):
        time.sleep(3.5)  # longer than the expiry, with no report
        assert progress.alive(running_job.pk)
    time.sleep(2.5)
    assert not progress.alive(running_job.pk)


def test_a_queued_job_the_broker_never_got_offers_a_retry_and_others_do_not(
    admin_client, admin_user, db
):
    stuck = Job.objects.create(
        kind="export", created_by=admin_user, error="Antrean kerja tidak dapat dihubungi.",
        params={"needs_upload": False},
    )  # fmt: skip
    waiting = Job.objects.create(kind="export", created_by=admin_user)
    assert "Jalankan lagi" in status(admin_client, stuck)
    assert "Jalankan lagi" not in status(admin_client, waiting)
    assert Client().get(f"/admin/jobs/job/{stuck.pk}/status/").status_code == 302
