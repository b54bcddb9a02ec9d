"""The finish of issue 17: the admin named Cakupan, error pages in the
site's style and the page's language, a meta description per page type,
and the demo login printed with the address the server really uses."""

import re
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError
from django.test import Client

from regions import pages as region_pages

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def html_of(response) -> str:
    return response.content.decode()


def title_of(page: str) -> str:
    return re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip()


def description_of(page: str) -> str:
    return re.search(r'<meta name="description" content="([^"]*)">', page).group(1)


# -- the admin ---------------------------------------------------------------


def test_the_admin_login_is_named_cakupan_not_django(client, seeded):
    page = html_of(client.get("/admin/login/"))
    assert "Cakupan — administrasi" in title_of(page)
    assert '<a href="/admin/">Cakupan — administrasi</a>' in page
    assert "Django" not in page


def test_the_admin_index_has_its_own_title(admin_client):
    # The first visit after a login may land on the award desk (awards/landing.py).
    admin_client.get("/admin/")
    page = html_of(admin_client.get("/admin/"))
    assert title_of(page).startswith("Kelola data cakupan | Cakupan — administrasi")
    assert "<h1>Kelola data cakupan</h1>" in page
    assert "Administrasi situs" not in page
    assert "Django" not in title_of(page)


# -- error pages -------------------------------------------------------------


def test_a_404_is_the_sites_page_in_the_addresss_language(client, seeded):
    indonesian = client.get("/wilayah/99.99/")
    english = client.get("/en/wilayah/99.99/")
    assert indonesian.status_code == english.status_code == 404
    id_page, en_page = html_of(indonesian), html_of(english)
    assert '<html lang="id">' in id_page
    assert "<h1>Halaman tidak ditemukan</h1>" in id_page
    assert '<html lang="en">' in en_page
    assert "<h1>Page not found</h1>" in en_page
    # The site's layout and a way home, in the same language.
    assert 'href="/static/css/cakupan.css"' in en_page
    assert '<a href="/en/">Back to the home page</a>' in en_page
    assert '<a href="/">Kembali ke beranda</a>' in id_page
    assert '<meta name="robots" content="noindex">' in en_page
    # The switch offers the same (missing) address in the other language.
    assert 'href="/wilayah/99.99/" hreflang="id"' in en_page


def test_an_unknown_english_address_is_an_english_404(client, seeded):
    response = client.get("/en/tidak-ada/")
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in html_of(response)


@pytest.fixture
def outsider(django_user_model):
    return django_user_model.objects.create_user("tamu", password="x" * 16)


def test_a_403_is_the_sites_page_in_the_addresss_language(client, seeded, outsider):
    client.force_login(outsider)  # signed in, but reviews no region's quality
    indonesian = client.get("/kualitas/")
    english = client.get("/en/kualitas/")
    assert indonesian.status_code == english.status_code == 403
    assert "<h1>Akses ditolak</h1>" in html_of(indonesian)
    assert "<h1>Access denied</h1>" in html_of(english)
    assert '<a href="/en/">Back to the home page</a>' in html_of(english)


def test_a_refused_form_is_the_sites_403_not_djangos(seeded):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "demo", "password": "x"})
    assert response.status_code == 403
    page = html_of(response)
    assert "<h1>Formulir tidak dapat diterima</h1>" in page
    assert 'href="/static/css/cakupan.css"' in page
    assert "CSRF verification failed" not in page
    assert "Django" not in page


def test_a_500_is_the_sites_page_with_no_trace_of_the_error(seeded, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("secret detail of the failure")

    monkeypatch.setattr(region_pages, "national_page", broken)
    client = Client(raise_request_exception=False)
    for path, heading in (
        ("/", "Terjadi kesalahan di server"),
        ("/en/", "Something went wrong on the server"),
    ):
        response = client.get(path)
        assert response.status_code == 500
        page = html_of(response)
        assert f"<h1>{heading}</h1>" in page
        assert "secret detail" not in page
        assert "Traceback" not in page
        assert 'href="/static/css/cakupan.css"' in page


def test_a_database_outage_is_a_503_in_the_addresss_language(seeded, monkeypatch):
    def unreachable(**kwargs):
        raise OperationalError("connection refused on port 5432")

    monkeypatch.setattr(region_pages, "national_page", unreachable)
    response = Client(raise_request_exception=False).get("/en/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    page = html_of(response)
    assert "<h1>Service temporarily unavailable</h1>" in page
    assert "5432" not in page
    assert '<html lang="en">' in page


# -- meta description --------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "Cakupan jaminan sosial ketenagakerjaan (BPJS Ketenagakerjaan) di 38 provinsi"),
        ("/en/", "Employment social security (BPJS Ketenagakerjaan) coverage in Indonesia"),
        ("/wilayah/", "Semua provinsi, kabupaten dan kota"),
        ("/en/wilayah/", "Every province, regency and city"),
        ("/wilayah/73/", "Cakupan BPJS Ketenagakerjaan di Sulawesi Selatan: angka terakhir"),
        ("/en/wilayah/73/", "BPJS Ketenagakerjaan coverage in Sulawesi Selatan: latest figures"),
        ("/en/wilayah/73.01/", "coverage in Kabupaten Kepulauan Selayar: latest"),
        ("/sumber/", "Artikel berita dan dokumen sumber"),
        ("/en/sumber/", "News articles and documents behind"),
        ("/en/paritrana/", "Paritrana Award: the award for regional governments"),
    ],
)
def test_each_page_type_has_its_own_description_in_its_language(client, seeded, path, expected):
    page = html_of(client.get(path))
    assert description_of(page).startswith(expected) or expected in description_of(page)


def test_an_article_page_is_described_by_its_title(client, seeded):
    page = html_of(client.get("/en/sumber/"))
    href = re.search(r'href="(/en/sumber/\d+/)"', page).group(1)
    article = html_of(client.get(href))
    heading = re.sub(r"<[^>]+>", "", re.search(r"<h1>(.*?)</h1>", article, re.S).group(1)).strip()
    assert description_of(article).startswith(f"Source: {heading}.")


def test_descriptions_differ_between_page_types(client, seeded):
    paths = ["/", "/wilayah/", "/wilayah/73/", "/sumber/", "/paritrana/"]
    descriptions = {description_of(html_of(client.get(path))) for path in paths}
    assert len(descriptions) == len(paths)


# -- the demo login ----------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "url"),
    [
        (None, "http://127.0.0.1:8000/admin/"),
        ("127.0.0.1:8104", "http://127.0.0.1:8104/admin/"),
        ("0.0.0.0:8104", "http://127.0.0.1:8104/admin/"),
        ("8200", "http://127.0.0.1:8200/admin/"),
    ],
)
def test_the_demo_login_names_the_address_the_server_listens_on(seeded, settings, address, url):
    settings.DEBUG = True
    out = StringIO()
    call_command("ensure_demo_user", *(["--address", address] if address else []), stdout=out)
    assert f"Demo login for {url} - username: demo" in out.getvalue()


def test_the_demo_login_refuses_an_address_that_is_not_one(seeded, settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="--address"):
        call_command("ensure_demo_user", "--address", "localhost:http", stdout=StringIO())


def test_make_run_passes_its_server_address_to_the_demo_login():
    dry_run = subprocess.run(
        ["make", "-n", "run", "HOST=127.0.0.1:8123"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert dry_run.returncode == 0, dry_run.stderr
    assert "manage.py ensure_demo_user --address 127.0.0.1:8123" in dry_run.stdout
    assert "manage.py runserver 127.0.0.1:8123" in dry_run.stdout
