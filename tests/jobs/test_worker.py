"""Imports through a real Celery worker and Redis (see conftest.py): the
request only queues the job, the worker checks and writes, progress is
read from another process, and faults leave nothing half-written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from jobs.models import Job
from regions.models import CoverageFigure, Region
from tests.jobs.conftest import ROOT, database_url, wait_for

FIGURES_URL = "/admin/regions/coveragefigure/"
IMPORT_URL = FIGURES_URL + "import/"
HEADER = "kode_wilayah,segmen,per_tanggal,persen,penerbit,jenis_penerbit"


def figures_csv(publisher: str, regions: int = 2, dates: int = 1) -> bytes:
    codes = list(
        Region.objects.filter(level="regency").order_by("code").values_list("code", flat=True)
    )[:regions]
    lines = [HEADER]
    for month in range(1, dates + 1):
        for code in codes:
            lines.append(f"{code},total,2024-{month:02d}-28,{30 + month},{publisher},bpjs_branch")
    return ("\n".join(lines) + "\n").encode()


def upload(client, data: bytes, name: str = "angka.csv"):
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, data)})


def progress(client, job) -> dict:
    response = client.get(f"/admin/jobs/job/{job.pk}/progress.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_an_import_is_checked_and_written_by_the_worker(real_worker, admin_client, admin_user):
    response = upload(admin_client, figures_csv("Uji Pekerja", regions=40))
    # The request only queued the job and sends the user to its page.
    assert response.status_code == 302
    job = Job.objects.get(kind="import_check")
    assert response["Location"] == f"{IMPORT_URL}{job.pk}/"
    assert job.created_by == admin_user
    assert bytes(job.upload).startswith(HEADER.encode())

    wait_for(job)
    assert job.state == "succeeded", job.error
    assert job.progress_done == job.progress_total == 40
    assert progress(admin_client, job) | {"state": "succeeded", "done": 40, "total": 40} == (
        progress(admin_client, job)
    )
    page = admin_client.get(response["Location"])
    html = page.content.decode()
    assert "40 baris diperiksa, tanpa masalah: 40 baru" in html
    assert "Konfirmasi impor" in html
    assert not CoverageFigure.objects.filter(publisher="Uji Pekerja").exists()

    response = admin_client.post(
        page.context["confirm_url"], {"confirm": "1", "token": page.context["token"]}
    )
    write = Job.objects.get(kind="import_write")
    assert response["Location"] == f"{IMPORT_URL}{write.pk}/"
    wait_for(write)
    assert write.state == "succeeded", write.error
    assert write.worker.startswith("cakupan-test-")  # the worker process, not this one
    figures = CoverageFigure.objects.filter(publisher="Uji Pekerja")
    assert figures.count() == 40
    assert CoverageFigure.history.filter(publisher="Uji Pekerja").count() == 40
    assert {r.history_user_id for r in CoverageFigure.history.filter(publisher="Uji Pekerja")} == {
        admin_user.pk
    }
    done_page = admin_client.get(f"{IMPORT_URL}{write.pk}/").content.decode()
    assert "Impor angka.csv selesai: 40 baru, 0 diubah, 0 tidak berubah." in done_page
    assert f'href="{FIGURES_URL}"' in done_page
    write.refresh_from_db()
    assert write.upload is None  # the file is kept only until the job ends well


def test_a_job_delivered_twice_writes_once(real_worker, admin_user):
    from jobs import handlers, services
    from jobs.tasks import run_job

    check, _ = services.create(
        kind="import_check", user=admin_user, file_name="dua.csv",
        upload=figures_csv("Uji Dua Kali", regions=30), params={"import": "figures"},
    )  # fmt: skip
    services.start(check)
    wait_for(check)
    write = handlers.confirm(
        check, token=check.result["digest"], language="id", page_url=lambda _job: ""
    )
    run_job.apply_async((write.pk,))  # a retry of the broker, or a second click
    wait_for(write)
    time.sleep(1.5)  # let the second message arrive and be handled
    assert write.state == "succeeded"
    assert CoverageFigure.objects.filter(publisher="Uji Dua Kali").count() == 30
    assert CoverageFigure.history.filter(publisher="Uji Dua Kali").count() == 30
    # Confirming the same preview again gives the same job, not a new write.
    assert handlers.confirm(check, token=check.result["digest"], language="id",
                            page_url=lambda _job: "") == write  # fmt: skip


def test_a_worker_killed_mid_job_fails_the_job_writes_nothing_and_it_can_be_retried(
    paused_worker, admin_client
):
    # The check runs through; the write pauses with its first 1 000 rows
    # written and reported, not committed (paused_worker.py), and is killed
    # there: a kill at a moment chosen by the clock could miss the write.
    paused_worker.no_pause("finish-import_check")
    data = figures_csv("Uji Mati", regions=400, dates=3)  # 1 200 rows
    response = upload(admin_client, data)
    check = wait_for(Job.objects.get(kind="import_check"))
    assert check.state == "succeeded", check.error
    page = admin_client.get(response["Location"])
    admin_client.post(page.context["confirm_url"], {"confirm": "1", "token": page.context["token"]})
    write = Job.objects.get(kind="import_write")
    deadline = time.monotonic() + 60
    while progress(admin_client, write)["done"] < 50:  # another process reads its progress
        assert time.monotonic() < deadline, "no progress from the worker"
        time.sleep(0.1)
    write.refresh_from_db()
    assert write.state == "running"
    paused_worker.kill_at(f"rows-{write.pk}")

    wait_for(write, states=("failed",), seconds=60)
    assert "Pekerja berhenti di tengah pekerjaan" in write.error
    assert not CoverageFigure.objects.filter(publisher="Uji Mati").exists()
    assert not CoverageFigure.history.filter(publisher="Uji Mati").exists()
    assert write.upload is not None  # kept for the retry
    page = admin_client.get(f"{IMPORT_URL}{write.pk}/").content.decode()
    assert "Pekerja berhenti di tengah pekerjaan" in page
    assert "Jalankan lagi" in page

    paused_worker.no_pause(f"finish-{write.pk}")
    admin_client.post(f"{IMPORT_URL}{write.pk}/", {"retry": "1"})
    wait_for(write, seconds=120)
    assert write.state == "succeeded", write.error
    assert write.attempts == 2
    assert CoverageFigure.objects.filter(publisher="Uji Mati").count() == 1200


def test_with_the_broker_down_the_upload_is_kept_and_the_admin_says_so(real_worker, admin_user):
    """A production process (no running in the request) whose broker
    address answers nothing: the upload becomes a queued job with its file,
    the admin says so plainly; once the broker is back, retry runs it."""
    script = (
        "import django\n"
        "django.setup()\n"
        "from django.conf import settings\n"
        "from django.contrib.auth import get_user_model\n"
        "from django.core.files.uploadedfile import SimpleUploadedFile\n"
        "from django.test import Client\n"
        "from django.test.utils import override_settings\n"
        "override_settings(ALLOWED_HOSTS=['testserver'], STORAGES={**settings.STORAGES,\n"
        "    'staticfiles': {'BACKEND': 'django.contrib.staticfiles.storage.StaticFilesStorage'}}\n"
        ").enable()\n"
        "client = Client()\n"
        "client.force_login(get_user_model().objects.get(username='admin'))\n"
        "data = open(0, 'rb').read()\n"
        "r = client.post('/admin/regions/coveragefigure/import/',\n"
        "                {'file': SimpleUploadedFile('antre.csv', data)}, follow=True)\n"
        "print(r.status_code)\n"
        "print(r.content.decode())\n"
    )
    env = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_DEBUG": "1",
           "CAKUPAN_JOBS_INLINE": "0", "CELERY_BROKER_URL": "redis://127.0.0.1:9/1"}  # fmt: skip
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", script], input=figures_csv("Uji Antre"), cwd=ROOT, env=env,
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    status, html = out.stdout.decode().split("\n", 1)
    assert status == "200"
    assert "Antrean kerja (Redis) tidak dapat dihubungi" in html  # on the jobs list
    assert time.monotonic() - started < 60
    job = Job.objects.get(file_name="antre.csv")
    assert job.state == "queued"
    assert job.upload is not None
    assert job.error == "Antrean kerja tidak dapat dihubungi."
    # The broker is back: retry from the job's page.
    from django.test import Client

    client = Client()
    client.force_login(admin_user)
    client.post(f"{IMPORT_URL}{job.pk}/", {"retry": "1"})
    wait_for(job)
    assert job.state == "succeeded"
    assert job.result["created"] == 2


@pytest.mark.django_db
def test_a_running_job_whose_worker_stopped_reporting_is_failed(admin_client, admin_user):
    import datetime as dt

    from django.utils import timezone

    job = Job.objects.create(
        kind="import_write", state="running", created_by=admin_user, upload=b"x",
        started_at=timezone.now() - dt.timedelta(hours=1), params={"import": "figures"},
    )  # fmt: skip
    data = progress(admin_client, job)
    assert data["state"] == "failed"
    assert data["finished"]
    job.refresh_from_db()
    assert job.error.startswith("Pekerja tidak memberi kabar selama")
    assert job.upload is not None
    listing = admin_client.get("/admin/jobs/job/").content.decode()
    assert "Pekerja tidak memberi kabar selama 120 detik" in listing


@pytest.mark.django_db
def test_users_see_only_their_own_jobs(client, admin_user, django_user_model):
    other = django_user_model.objects.create_user("staf", password="x", is_staff=True)
    mine = Job.objects.create(kind="import_check", created_by=other, file_name="milik-saya.csv")
    theirs = Job.objects.create(kind="import_check", created_by=admin_user, file_name="orang.csv")
    client.force_login(other)
    html = client.get("/admin/jobs/job/").content.decode()
    assert "milik-saya.csv" in html
    assert "orang.csv" not in html
    assert client.get(f"/admin/jobs/job/{theirs.pk}/progress.json").status_code == 404
    assert client.get(f"/admin/jobs/job/{mine.pk}/progress.json").status_code == 200
