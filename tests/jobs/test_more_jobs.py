"""Article extraction, exports and summary rebuilds through the real
worker and Redis (see conftest.py): the request only queues the job, the
worker does the work, its page shows progress and then the result; faults
leave nothing half-written."""

from __future__ import annotations

import io
import time

import openpyxl
import pytest
from django.test import Client

from articles.models import Article
from jobs.models import Job
from regions.models import CoverageFigure, Region, RegionSummary
from tests.jobs.conftest import wait_for

ARTICLE = """URL: https://contoh.id/berita/palu-pekerja
Title: Kepesertaan BPJS Ketenagakerjaan Kota Palu naik
Outlet: Kabar Palu Uji
Date: 2025-03-14

PALU – Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Palu mencapai 41,5 persen pada akhir 2024, kata Kepala BPJS Ketenagakerjaan Cabang Palu, Jumat (14/3/2025).
"""


def test_an_uploaded_article_is_read_by_the_worker_and_its_claims_reach_the_desk(
    real_worker, admin_client
):
    response = admin_client.post("/admin/articles/article/add/", {"text": ARTICLE})
    job = Job.objects.get(kind="article_extract")
    # The request queued the job and sent the user to its page.
    assert response.status_code == 302
    assert response["Location"] == f"/admin/jobs/job/{job.pk}/status/"
    assert bytes(job.upload).decode().startswith("URL: https://contoh.id/berita/palu-pekerja")
    wait_for(job)
    assert job.state == "succeeded", job.error
    assert job.worker.startswith("cakupan-test-")
    article = Article.objects.get(url="https://contoh.id/berita/palu-pekerja")
    assert job.result["article"] == article.pk
    assert job.result["claims"] >= 1
    assert article.claims.filter(status="pending").count() == job.result["claims"]
    page = admin_client.get(response["Location"]).content.decode()
    assert "angka diusulkan untuk ditinjau" in page
    assert f'href="/sumber/meja/{article.pk}/"' in page
    assert job.upload is None  # the text lives on as the article


def test_an_article_job_delivered_twice_creates_one_article(real_worker, admin_user):
    from jobs.handlers.articles import start_extract
    from jobs.tasks import run_job

    job = start_extract(user=admin_user, raw=ARTICLE, file_name="palu.txt", language="id")
    run_job.apply_async((job.pk,))  # the broker delivers it again
    wait_for(job)
    time.sleep(1.5)
    assert job.state == "succeeded", job.error
    assert Article.objects.filter(url="https://contoh.id/berita/palu-pekerja").count() == 1
    assert job.attempts == 1


def test_a_full_export_is_made_by_the_worker_and_downloaded_from_my_jobs(real_worker, admin_client):
    region = Region.objects.get(code="73.01")
    CoverageFigure.objects.create(
        region=region, segment="total", as_of="2024-12-31", percent="41.5",
        publisher="Uji Ekspor", publisher_kind="bpjs_branch", status="draft",
    )  # fmt: skip
    total = CoverageFigure.objects.count()
    response = admin_client.post("/admin/jobs/job/export/", {"format": "xlsx"})
    job = Job.objects.get(kind="export")
    assert response["Location"] == f"/admin/jobs/job/{job.pk}/status/"
    wait_for(job)
    assert job.state == "succeeded", job.error
    assert job.result["rows"] == total
    assert job.expires_at is not None
    listing = admin_client.get("/admin/jobs/job/").content.decode()
    download = f"/admin/jobs/job/{job.pk}/download/"
    assert download in listing
    file = admin_client.get(download)
    assert file.status_code == 200
    assert file["Content-Disposition"].endswith('.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(file.content), read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == total + 1  # the header, then every figure (drafts too: staff only)
    assert any("Uji Ekspor" in (row or ()) for row in rows)
    # Past its expiry the file is gone; the job's row stays.
    Job.objects.filter(pk=job.pk).update(expires_at="2000-01-01T00:00:00Z")
    admin_client.get("/admin/jobs/job/")
    job.refresh_from_db()
    assert job.output is None
    assert admin_client.get(download).status_code == 404


def test_another_user_cannot_download_my_export(real_worker, admin_client, django_user_model):
    admin_client.post("/admin/jobs/job/export/", {"format": "csv"})
    job = wait_for(Job.objects.get(kind="export"))
    assert job.state == "succeeded", job.error
    other = django_user_model.objects.create_user("staf2", password="x", is_staff=True)
    client = Client()
    client.force_login(other)
    assert client.get(f"/admin/jobs/job/{job.pk}/download/").status_code == 404


def test_a_summary_rebuild_runs_as_a_job_with_progress_and_restores_every_summary(
    real_worker, admin_client
):
    regions = Region.objects.count()
    RegionSummary.objects.all().delete()
    response = admin_client.post("/admin/jobs/job/rebuild/")
    job = Job.objects.get(kind="summary_rebuild")
    assert response["Location"] == f"/admin/jobs/job/{job.pk}/status/"
    wait_for(job)
    assert job.state == "succeeded", job.error
    assert job.progress_done == job.progress_total == regions
    assert RegionSummary.objects.count() == regions
    assert "ringkasan wilayah disusun ulang" in job.summary


@pytest.mark.django_db
def test_only_national_administrators_start_a_rebuild(client, django_user_model):
    staff = django_user_model.objects.create_user("staf3", password="x", is_staff=True)
    client.force_login(staff)
    assert client.post("/admin/jobs/job/rebuild/").status_code == 403
    assert not Job.objects.filter(kind="summary_rebuild").exists()
