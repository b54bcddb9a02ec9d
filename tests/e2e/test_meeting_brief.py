"""The printed brief and the Inpres page in a real browser: no rule of the
Content-Security-Policy broken (the QR code is inline SVG, no script), the
date form changes the comparison, the kab/kota table sorts, and the page
fits a phone without sideways scrolling."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect


@pytest.fixture
def inpres_site(site):
    call_command("seed_inpres", stdout=StringIO())
    return site


@pytest.mark.parametrize(
    "path", ["/wilayah/73/ringkasan/", "/wilayah/73/inpres/", "/en/wilayah/73/ringkasan/"]
)
def test_meeting_pages_break_no_rule_of_the_policy(page, problems, inpres_site, path):
    response = page.goto(inpres_site + path, wait_until="load")
    assert response.status == 200
    problems.assert_none(path)


def test_brief_date_form_changes_the_comparison(page, inpres_site):
    page.goto(inpres_site + "/wilayah/73/ringkasan/", wait_until="load")
    page.locator("#sejak").fill("2024-06-30")
    with page.expect_navigation(wait_until="load"):
        page.locator(".toolbar button[type=submit]").click()
    assert "sejak=2024-06-30" in page.url
    expect(page.locator(".facts")).to_contain_text("Perubahan sejak 30 Juni 2024")
    # The QR code and the permalink name the same date.
    expect(page.locator(".made")).to_contain_text("sejak=2024-06-30")
    assert page.locator(".qr svg").count() == 1


def test_brief_fits_a_phone(page, inpres_site):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(inpres_site + "/wilayah/73/ringkasan/", wait_until="load")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_inpres_table_sorts_by_a_step(page, inpres_site):
    page.goto(inpres_site + "/wilayah/73/inpres/", wait_until="load")
    expect(page.locator("#kabkota")).to_be_visible()
    with page.expect_navigation(wait_until="load"):
        page.locator("#kabkota thead a", has_text="Perbup/Perwali").click()
    assert "sort=regulation" in page.url
