"""Both languages in a real browser: English at /en/, the switch as links,
the page's formats, error pages and the admin login in the site's style,
at a phone's and a desk's width.

Set CAKUPAN_SHOTS=/some/folder to keep a screenshot of each page seen."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

WIDTHS = [360, 1280]
SHOTS = os.environ.get("CAKUPAN_SHOTS", "")


def keep(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def assert_fits(page, width: int) -> None:
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{page.url} is {scroll_width}px wide at {width}px"


def assert_switch_is_tappable(page) -> None:
    for link in page.locator("nav.lang a").all():
        box = link.bounding_box()
        assert box, "switch link not drawn"
        assert box["width"] >= 24, f"switch link {box}"
        assert box["height"] >= 24, f"switch link {box}"


@pytest.mark.parametrize("width", WIDTHS)
def test_the_english_region_page_and_back_by_the_switch(visit, page, problems, width):
    page.set_viewport_size({"width": width, "height": 900})
    visit.open("/en/wilayah/73/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    card = page.locator(".cards").first
    expect(card).to_contain_text("47.38%")
    expect(card).not_to_contain_text("47,38")
    expect(page.locator("nav.lang a[aria-current='true']")).to_have_attribute("hreflang", "en")
    assert_fits(page, width)
    assert_switch_is_tappable(page)
    keep(page, f"region-73-en-{width}")

    with page.expect_navigation(wait_until="load"):
        page.locator("nav.lang a[hreflang='id']").click()
    assert page.url == visit.site + "/wilayah/73/"
    visit.wait_for_charts("/wilayah/73/ after the switch")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.locator(".cards").first).to_contain_text("47,38 %")
    assert_fits(page, width)
    keep(page, f"region-73-id-{width}")
    problems.assert_none(f"/en/wilayah/73/ and back at {width}px")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    ("path", "lang", "heading", "home"),
    [
        ("/wilayah/99.99/", "id", "Halaman tidak ditemukan", "Kembali ke beranda"),
        ("/en/wilayah/99.99/", "en", "Page not found", "Back to the home page"),
    ],
)
def test_a_missing_page_is_the_sites_404_with_a_way_home(
    site, page, width, path, lang, heading, home
):
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto(site + path, wait_until="load")
    assert response is not None
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_have_text(heading)
    expect(page.locator("header.site .brand")).to_be_visible()
    assert_fits(page, width)
    keep(page, f"404-{lang}-{width}")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name=home).click()
    assert page.url == site + ("/en/" if lang == "en" else "/")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_admin_login_is_branded_cakupan(site, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site + "/admin/login/", wait_until="load")
    expect(page).to_have_title("Masuk | Cakupan — administrasi")
    expect(page.locator("#site-name")).to_have_text("Cakupan — administrasi")
    assert_fits(page, width)
    keep(page, f"admin-login-{width}")


@pytest.mark.parametrize("path", ["/en/wilayah/73/", "/en/wilayah/99.99/"])
def test_english_pages_have_no_serious_axe_violations(visit, page, path):
    visit.open(path)
    results = Axe().run(page)
    blocking = [
        f"{v['id']}: {v.get('help')} {[n.get('target') for n in v.get('nodes', [])][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]
    assert not blocking, f"axe on {path}: {blocking}"
