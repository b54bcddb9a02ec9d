"""The spreadsheet import in a real browser: a scoped editor logs in through
the admin's login form, uploads a small XLSX, reads the preview, confirms,
and finds the imported figure on the region page."""

import io
import re
from io import StringIO

import openpyxl
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

PASSWORD = "uji-kata-sandi-peramban-9"


def make_editor(username: str, region_code: str):
    get_user_model().objects.create_user(username, password=PASSWORD)
    call_command("grant_region", username, region_code, "--role", "editor", stdout=StringIO())


def figure_xlsx(path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["kode_wilayah", "segmen", "per_tanggal", "persen", "terlindungi", "penerbit",
                  "jenis_penerbit", "sumber_media", "sumber_judul", "sumber_url"])  # fmt: skip
    for row in rows:
        # A row with a source names its title and address too (else it is
        # kept unverified, off the public pages).
        source = ["Laporan uji", "https://contoh.id/laporan-uji"] if row[-1] else [None, None]
        sheet.append([*row, *source])
    out = io.BytesIO()
    workbook.save(out)
    path.write_bytes(out.getvalue())
    return path


def log_in(page, site, username, next_path):
    page.goto(f"{site}/admin/login/?next={next_path}", wait_until="load")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.locator("#login-form [type=submit]").click()
    expect(page).to_have_url(re.compile(re.escape(next_path) + "$"))


def test_scoped_editor_imports_an_xlsx_and_finds_the_figure_on_the_region_page(
    visit, page, problems, site, tmp_path
):
    make_editor("editor_peramban", "73")
    upload = figure_xlsx(
        tmp_path / "angka-selayar.xlsx",
        [["Kab. Kepulauan Selayar", "BPU", "30 Juni 2025", "61,25", None, "Uji Peramban",
          "bpjs_branch", "Uji Media"]],
    )  # fmt: skip

    log_in(page, site, "editor_peramban", "/admin/regions/coveragefigure/")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="Impor CSV/XLSX").click()
    expect(page.locator("h1")).to_contain_text("Impor angka cakupan")

    page.locator("#id_file").set_input_files(upload)
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Unggah dan pratinjau").click()

    # The preview: what will be written, and nothing written yet.
    expect(page.locator(".import-error-summary")).to_have_count(0)
    expect(page.locator(".import-counts")).to_contain_text("1 baru, 0 diubah")
    preview = page.locator("#import-preview tbody tr")
    expect(preview).to_have_count(1)
    expect(preview.first).to_contain_text("baru")
    expect(preview.first).to_contain_text("Kabupaten Kepulauan Selayar (73.01)")
    expect(preview.first).to_contain_text("61,25")
    expect(preview.first).to_contain_text("30 Juni 2025")
    from regions.models import CoverageFigure

    assert not CoverageFigure.objects.filter(publisher="Uji Peramban").exists()

    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Konfirmasi impor").click()
    expect(page).to_have_url(re.compile(r"/admin/regions/coveragefigure/$"))
    expect(page.locator("ul.messagelist")).to_contain_text("1 baru, 0 diubah")

    visit.open("/wilayah/73.01/")
    row = page.locator("section[aria-labelledby='h-figures'] tbody tr").filter(
        has_text="Uji Peramban"
    )
    expect(row).to_have_count(1)
    expect(row.locator("td.num").first).to_have_text(re.compile(r"^\s*61,25 %"))
    expect(row).to_contain_text("Juni 2025")
    problems.assert_none(page.url)


def test_scoped_editor_sees_every_problem_linked_to_its_cell_when_the_file_is_bad(
    page, problems, site, tmp_path
):
    make_editor("editor_salah", "73")
    upload = figure_xlsx(
        tmp_path / "salah.xlsx",
        [["73.01", "total", "2025-06-30", "abc", None, "A", "bpjs_branch", None],
         ["63", "total", "2025-06-30", "50", None, "B", "bpjs_branch", None]],
    )  # fmt: skip
    log_in(page, site, "editor_salah", "/admin/regions/coveragefigure/import/")
    page.locator("#id_file").set_input_files(upload)
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Unggah dan pratinjau").click()

    summary = page.locator(".import-error-summary")
    expect(summary).to_contain_text("Ada 2 masalah; tidak ada yang disimpan.")
    links = summary.locator("a")
    expect(links).to_have_count(2)
    expect(links.nth(0)).to_have_text(
        "Baris 2, kolom persen: “abc” bukan angka. Contoh: 46,44 atau 1.300.000."
    )
    links.nth(1).click()
    expect(page).to_have_url(re.compile(r"#baris-3-kode_wilayah$"))
    expect(page.locator("#baris-3-kode_wilayah")).to_contain_text("di luar wilayah")
    expect(page.get_by_role("button", name="Konfirmasi impor")).to_have_count(0)
    problems.assert_none(page.url)


def test_a_running_import_shows_its_progress_live_and_then_its_preview(
    page, problems, site, tmp_path
):
    """The job page polls the progress endpoint (static JS, no inline
    script): the bar and its words move as the worker reports, and the page
    shows the preview once the job has ended, without the user reloading."""
    from jobs import progress
    from jobs.models import Job

    make_editor("editor_tunggu", "73")
    user = get_user_model().objects.get(username="editor_tunggu")
    job = Job.objects.create(
        kind="import_check", state="running", created_by=user, file_name="besar.csv",
        upload=b"x", params={"import": "figures"}, started_at=timezone.now(),
    )  # fmt: skip
    progress.report(job.pk, "check", 0, 40)
    url = f"/admin/regions/coveragefigure/import/{job.pk}/"
    log_in(page, site, "editor_tunggu", url)
    bar = page.locator("#job-progress-bar")
    expect(page.locator("#job-progress-label")).to_have_text("0 dari 40 baris diperiksa")

    progress.report(job.pk, "check", 12, 40)
    expect(page.locator("#job-progress-label")).to_have_text("12 dari 40 baris diperiksa")
    expect(bar).to_have_attribute("value", "12")
    expect(bar).to_have_attribute("max", "40")

    preview = {"ok": True, "total": 40, "created": 40, "updated": 0, "unchanged": 0,
               "headers": [], "shown_headers": [], "problem_count": 0, "summary_items": [],
               "bad_rows": [], "history_warnings": [], "rows": [], "rows_hidden": 0,
               "digest": "d" * 64}  # fmt: skip
    Job.objects.filter(pk=job.pk).update(
        state="succeeded", finished_at=timezone.now(), progress_done=40, progress_total=40,
        result=preview,
    )  # fmt: skip
    progress.clear(job.pk)
    expect(page.locator(".import-counts")).to_contain_text(
        "40 baris diperiksa, tanpa masalah: 40 baru"
    )
    problems.assert_none(page.url)
