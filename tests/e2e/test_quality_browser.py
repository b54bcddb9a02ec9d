"""Issue 12 in a real browser: the region page counts progress from today
and says how old its latest figure is, and a scoped reviewer finds an
unusual figure on /kualitas/ from the admin index, with no console error or
failed request (the strict CSP included)."""

import re
from decimal import Decimal
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from regions.freshness import add_months
from regions.models import CoverageFigure, Region

PASSWORD = "uji-kata-sandi-peramban-9"
SOURCE = {
    "source_outlet": "BPJS Ketenagakerjaan Cabang Uji",
    "source_title": "Laporan kepesertaan bulanan",
    "source_url": "https://contoh.id/laporan",
    "status": "published",
}


def test_region_page_shows_a_passed_deadline_and_the_age_of_its_figure(page, site, problems):
    page.goto(f"{site}/wilayah/73/", wait_until="load")
    freshness = page.locator("#freshness")
    expect(freshness).to_contain_text(re.compile(r"Angka terbaru berumur \d+ bulan"))
    expect(freshness).to_contain_text("BPJS Ketenagakerjaan merilis angka tiap bulan")
    expect(page.locator(".verdict-line")).to_contain_text("Tenggat lewat")
    expect(page.locator(".verdict-line")).not_to_contain_text("poin per bulan")
    expect(page.locator("dl.facts")).to_contain_text("tidak ada: tenggat sudah lewat")
    expect(page.locator("dl.facts")).to_contain_text("dari jarak angka awal ke target")
    problems.assert_none("the Sulsel page")


def test_reviewer_opens_the_quality_page_from_the_admin_index(page, site, problems):
    region = Region.objects.get(code="73.03")
    today = timezone.localdate()
    for months, value in [(-25, "12"), (-13, "13"), (-2, "15"), (-1, "41.5")]:
        CoverageFigure.objects.create(
            region=region,
            as_of=add_months(today, months),
            percent=Decimal(value),
            publisher=f"BPJS Uji {months}",
            publisher_kind="bpjs_branch",
            **SOURCE,
        )
    get_user_model().objects.create_user("peninjau_mutu", password=PASSWORD)
    call_command("grant_region", "peninjau_mutu", "73", "--role", "reviewer", stdout=StringIO())

    page.goto(f"{site}/admin/login/?next=/admin/", wait_until="load")
    page.locator("#id_username").fill("peninjau_mutu")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.locator("#login-form [type=submit]").click()
    with page.expect_navigation(wait_until="load"):
        page.locator("#quality-link a").click()
    expect(page.locator("h1")).to_have_text("Kualitas data")
    unusual = page.locator("#unusual table")
    expect(unusual).to_contain_text("Kabupaten Bantaeng")
    expect(unusual).to_contain_text("jauh di atas riwayat wilayah ini: 12–15 %")
    # Only the reviewer's province: Bali's contradictory seed figure is not listed.
    expect(page.locator("main")).not_to_contain_text("Bali")
    problems.assert_none("the quality page")
