"""Issue 14, errors anyone could trigger: each is now a 4xx or a clear
message, and a database that cannot be reached is a 503 page in the site's
style."""

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from regions.spreadsheets import SpreadsheetError, read_table

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("per_page", "rows"), [("-1", 1), ("1000000", 200), ("3", 3), ("x", 50)])
def test_per_page_is_bounded(seeded, client, per_page, rows):
    response = client.get("/wilayah/", {"per_page": per_page})
    assert response.status_code == 200
    assert len(response.context["table"].page.object_list) == rows


def test_a_sort_that_names_no_column_is_ignored(seeded, client):
    """Found by the route test: django-tables2 read "73.01" as an attribute
    path (a deprecation, an error under the suite's warning filter)."""
    assert client.get("/wilayah/", {"sort": "73.01"}).status_code == 200
    response = client.get("/wilayah/", {"sort": "-name,x.y"})
    assert response.status_code == 200
    assert list(response.context["table"].order_by) == ["-name"]


@pytest.mark.parametrize(
    "path",
    [
        "/wilayah/%00/",
        "/wilayah/73%0001/",
        "/sumber/%00/",
        "/paritrana/%00/",
        "/wilayah/?q=%00",
        "/wilayah/?province=73%00",
        "/sumber/?q=a%00b",
        "/admin/login/?next=/%00",
    ],
)
def test_a_nul_character_is_a_bad_request_not_a_server_error(seeded, path):
    response = Client(raise_request_exception=False).get(path)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Permintaan tidak dapat dibaca" in body
    assert 'href="/wilayah/"' in body


def test_a_nul_in_the_session_cookie_is_a_bad_request(seeded):
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    assert client.get("/admin/").status_code == 400


def test_a_missing_page_has_the_sites_404_in_the_visitors_language(seeded, client):
    response = client.get("/wilayah/99.99/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()
    assert "Page not found" in client.get("/en/tidak-ada/").content.decode()


def test_a_csv_cell_over_the_field_limit_is_a_clear_spreadsheet_error():
    data = b"kode,persen\n73," + b"9" * (200 * 1024) + b"\n"
    message = "Berkas CSV tidak dapat dibaca: baris 2 punya sel lebih dari 131.072 karakter."
    with pytest.raises(SpreadsheetError, match=message):
        read_table(data, "besar.csv")
    # The same whatever another library did to the csv module's own limit
    # (frictionless raises it when imported).
    before = csv.field_size_limit()
    try:
        csv.field_size_limit(10_000_000)
        with pytest.raises(SpreadsheetError, match=message):
            read_table(data, "besar.csv")
    finally:
        csv.field_size_limit(before)


def test_a_csv_cell_over_the_field_limit_is_reported_on_the_import_page(seeded, admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = b"kode,persen\n73," + b"9" * (200 * 1024) + b"\n"
    response = admin_client.post(
        "/admin/regions/coveragefigure/import/",
        {"file": SimpleUploadedFile("besar.csv", data, content_type="text/csv")},
    )
    assert response.status_code == 400  # the upload page again, with the reason
    assert "Berkas CSV tidak dapat dibaca" in response.content.decode()


def run_production_client(database_url, paths, language=""):
    """Requests through Django's test client in a production process
    (DJANGO_DEBUG=0) whose database cannot be reached: a PostgreSQL port
    nobody listens on, or an SQLite file in a folder that does not exist."""
    script = (
        "import django, sys\n"
        "django.setup()\n"
        "from django.test import Client\n"
        "from django.test.utils import override_settings\n"
        "from django.conf import settings\n"
        # No collectstatic here: plain static storage, as in the other tests.
        "override_settings(STORAGES={**settings.STORAGES, 'staticfiles': {'BACKEND':\n"
        "    'django.contrib.staticfiles.storage.StaticFilesStorage'}}).enable()\n"
        "client = Client(raise_request_exception=False)\n"
        f"client.cookies['django_language'] = {language!r}\n"
        # A session, as an editor's browser has: /admin/ reads it first.
        "client.cookies['sessionid'] = 'a' * 32\n"
        f"for path in {paths!r}:\n"
        "    r = client.get(path, secure=True)\n"
        "    body = r.content.decode()\n"
        "    print(path, r.status_code, r.get('Retry-After'), 'cakupan.css' in body,\n"
        "          'Content-Security-Policy' in r.headers, 'csrfmiddlewaretoken' in body,\n"
        "          body.split('<h1>')[1].split('<')[0] if '<h1>' in body else '')\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_REPLICA_URL", "REDIS_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="coverage_site.settings",
        DJANGO_DEBUG="0",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=database_url,
        CAKUPAN_DATA_VERSION_DIR=str(ROOT / ".pytest_cache" / "hardening-version"),
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return [line.split(" ", 6) for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    "database_url",
    ["postgres://postgres@127.0.0.1:1/cakupan", "sqlite:////nonexistent-dir/cakupan.sqlite3"],
)
def test_a_database_that_cannot_be_reached_is_a_503_in_the_sites_style(database_url):
    lines = run_production_client(
        database_url, ["/", "/wilayah/", "/wilayah/73/", "/sumber/", "/admin/"]
    )
    for path, status, retry, styled, csp, token, heading in lines:
        # The language switch is plain links: no form, no CSRF token to fetch.
        assert (status, retry, styled, csp, token) == ("503", "60", "True", "True", "False"), path
        assert heading == "Layanan sedang tidak tersedia", path
    english = run_production_client(database_url, ["/en/wilayah/"])
    assert english[0][6] == "Service temporarily unavailable"
