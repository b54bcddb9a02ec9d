"""The review queue in a real browser: a scoped reviewer logs in, opens the
queue, reads the quote marked in its paragraph, accepts the rate (it shows
on the region page with its sentence) and rejects another claim, first
without a reason (refused), then with one."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Claim
from articles.selectors import region_index
from articles.services import article_import

PASSWORD = "uji-kata-sandi-peramban-9"

PALU = """Title: Cakupan Kota Palu naik
Outlet: Kabar Palu
Date: 2025-03-14

PALU – Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Palu mencapai 41,5 persen pada akhir 2024, kata Kepala BPJS Ketenagakerjaan Cabang Palu, Jumat (14/3/2025).

Kota Palu menempati peringkat kedua cakupan kepesertaan BPJS Ketenagakerjaan di Sulawesi Tengah.
"""


def test_reviewer_accepts_and_rejects_claims_in_the_browser(visit, page, problems, site):
    get_user_model().objects.create_user("peninjau_peramban", password=PASSWORD)
    call_command("grant_region", "peninjau_peramban", "72", "--role", "reviewer", stdout=StringIO())
    article = article_import(raw=PALU, index=region_index()).article
    rate = article.claims.get(metric="coverage_pct")
    rank = article.claims.get(metric="award_rank")

    page.goto(f"{site}/admin/login/?next=/admin/articles/claim/", wait_until="load")
    page.locator("#id_username").fill("peninjau_peramban")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.locator("#login-form [type=submit]").click()
    expect(page.locator("h1")).to_contain_text("menunggu tinjauan")

    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name=re.compile("mencapai 41,5 persen")).click()
    expect(page.locator(".claim-paragraph mark")).to_have_text(rate.quote)
    expect(page.locator("#id_value")).to_have_value("41,5")
    page.locator("#id_publisher").fill("BPJS Ketenagakerjaan Cabang Palu")
    page.locator("#id_publisher_kind").select_option("bpjs_branch")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Terima").click()
    expect(page.locator(".messagelist")).to_contain_text("Klaim diterima")
    problems.assert_none("the review queue")

    page.goto(f"{site}/admin/articles/claim/{rank.pk}/change/", wait_until="load")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Tolak").click()
    expect(page.locator("#error-summary")).to_contain_text("Tulis alasan penolakan.")
    page.locator("#id_note").fill("Peringkat dicatat di admin Paritrana")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Tolak").click()
    expect(page.locator(".messagelist")).to_contain_text("Klaim ditolak")

    assert Claim.objects.get(pk=rate.pk).status == "accepted"
    assert Claim.objects.get(pk=rank.pk).status == "rejected"
    page.goto(f"{site}/wilayah/72.71/", wait_until="load")
    expect(page.locator("main")).to_contain_text("41,5 %")
    expect(page.locator("main")).to_contain_text("Kabar Palu")
