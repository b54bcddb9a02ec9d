"""import_articles, extract_figures and the admin's add-article form."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from articles.models import Article, Claim

pytestmark = pytest.mark.django_db

ARTICLE = """URL: https://contoh.id/berita/1
Title: Cakupan di Kota Palu naik
Outlet: Contoh News
Date: 2025-03-14

PALU – Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Palu mencapai 41,5 persen pada akhir 2024, kata Kepala BPJS Ketenagakerjaan Cabang Palu, Jumat (14/3/2025).
"""


@pytest.fixture
def article_file(tmp_path) -> Path:
    path = tmp_path / "palu.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_import_creates_article_and_pending_claims_once(seeded, article_file):
    output = run("import_articles", str(article_file))
    assert "Articles: 1 new, 0 already known" in output
    article = Article.objects.get(outlet="Contoh News")
    assert article.title == "Cakupan di Kota Palu naik"
    assert str(article.published_date) == "2025-03-14"
    claims = list(article.claims.all())
    assert claims
    assert all(c.status == "pending" for c in claims)
    rate = next(c for c in claims if c.metric == "coverage_pct")
    assert rate.value == 41.5
    assert rate.region.code == "72.71"
    assert article.text[rate.start : rate.end] == rate.quote

    again = run("import_articles", str(article_file))
    assert "Articles: 0 new, 1 already known. Claims proposed: 0." in again
    assert Article.objects.filter(outlet="Contoh News").count() == 1
    assert Claim.objects.filter(article=article).count() == len(claims)


def test_import_refuses_a_binary_file_naming_it(seeded, tmp_path):
    path = tmp_path / "gambar.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0 not text")
    with pytest.raises(CommandError, match="gambar.txt"):
        run("import_articles", str(path))


def test_extract_figures_prints_json_and_writes_nothing(seeded, article_file):
    before = (Article.objects.count(), Claim.objects.count())
    rows = json.loads(run("extract_figures", str(article_file), "--format", "json"))
    assert (Article.objects.count(), Claim.objects.count()) == before
    assert {"file", "metric", "segment", "value", "region_code", "region_name", "as_of",
            "quote", "start", "end", "pattern", "confidence"} == set(rows[0])  # fmt: skip
    rate = next(r for r in rows if r["metric"] == "coverage_pct")
    assert rate["value"] == 41.5
    assert rate["region_name"] == "Kota Palu"


def test_extract_figures_text_format(seeded, article_file):
    output = run("extract_figures", str(article_file), "--format", "text")
    assert "coverage_pct" in output
    assert "41.5" in output


def test_extract_figures_on_seed_article_finds_the_curated_rates(seeded):
    path = Path(__file__).resolve().parents[2] / "fixtures/seed/articles"
    rows = json.loads(run("extract_figures", *sorted(map(str, path.glob("004_*.txt")))))
    rates = {(r["segment"], r["value"]) for r in rows if r["metric"] == "coverage_pct"}
    assert rates == {("formal", 46.44), ("informal", 10.6)}


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "a@example.id", "pw-uji-12345")
    client.force_login(user)
    return client


def test_admin_add_article_imports_and_opens_it_on_the_review_desk(seeded, admin_client):
    response = admin_client.post(
        "/admin/articles/article/add/",
        {"text": ARTICLE.split("\n\n", 1)[1], "outlet": "Contoh News", "title": "Palu"},
    )
    article = Article.objects.get(title="Palu")
    assert response.status_code == 302
    assert response.url == f"/sumber/meja/{article.pk}/"
    assert article.claims.filter(status="pending").exists()
    assert article.reviewed_at is None  # a draft until reviewed


def test_admin_add_article_reports_a_binary_upload(seeded, admin_client):
    upload = SimpleUploadedFile("x.txt", b"abc\x00def", content_type="text/plain")
    response = admin_client.post("/admin/articles/article/add/", {"upload": upload})
    assert response.status_code == 200
    assert "bukan teks" in response.content.decode()


def test_admin_add_article_needs_text_or_file(seeded, admin_client):
    response = admin_client.post("/admin/articles/article/add/", {})
    assert "Tempel teks artikel atau unggah berkasnya." in response.content.decode()
