"""Phones (360 px): charts and plotly.js only once scrolled to, the region
list's table before its filters, its key columns on screen, tap targets of
at least 24 px."""

import pytest
from playwright.sync_api import expect

PHONE = {"width": 360, "height": 740}


def test_plotly_is_fetched_only_when_a_chart_comes_into_view(page, site, problems):
    page.set_viewport_size(PHONE)
    scripts = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(site + "/wilayah/73/", wait_until="load")
    page.wait_for_timeout(500)
    trend = page.locator("figure[data-chart='chart-trend']")
    expect(trend).to_have_attribute("data-chart-ready", "waiting")
    assert not [u for u in scripts if "plotly" in u], scripts
    # The bullet chart needs no script: it is SVG from the server.
    expect(page.locator("#chart-progress svg.progress-svg")).to_be_visible()
    trend.scroll_into_view_if_needed()
    expect(trend).to_have_attribute("data-chart-ready", "drawn", timeout=15_000)
    assert [u for u in scripts if "plotly" in u]
    # Charts further down are still waiting.
    expect(page.locator("figure[data-chart='chart-children']")).to_have_attribute(
        "data-chart-ready", "waiting"
    )
    problems.assert_none("/wilayah/73/")


def test_region_list_shows_table_first_with_key_columns_on_a_phone(page, site, problems):
    page.set_viewport_size(PHONE)
    page.goto(site + "/wilayah/", wait_until="load")
    panel = page.locator("details.filters-panel")
    expect(panel).not_to_have_attribute("open", "")
    expect(page.locator("form.filters select").first).to_be_hidden()
    table = page.locator(".list-main table")
    assert table.bounding_box()["y"] < 740, "the table does not start on the first screen"
    headers = table.locator("thead th")
    visible = [
        headers.nth(i).inner_text().strip()
        for i in range(headers.count())
        if headers.nth(i).is_visible()
    ]
    assert [h.split("\n")[0] for h in visible][:1] == ["Wilayah"]
    for wanted in ("Cakupan", "Target", "Kemajuan"):
        matching = [h for h in visible if h.startswith(wanted)]
        assert matching, f"{wanted} column hidden at 360 px: {visible}"
        box = headers.filter(has_text=wanted).first.bounding_box()
        assert box["x"] + box["width"] <= 360, f"{wanted} is off screen"
    # The toggle opens the filters.
    panel.locator("summary").click()
    expect(page.locator("form.filters select").first).to_be_visible()
    problems.assert_none("/wilayah/")


def test_a_filter_that_matches_nothing_says_so_on_a_phone(page, site, problems):
    # the message is the row's only cell, the first, whose column phones hide
    page.set_viewport_size(PHONE)
    page.goto(site + "/wilayah/?coverage_min=abc", wait_until="load")
    expect(page.get_by_text("Tidak ada wilayah yang cocok dengan filter ini.")).to_be_visible()
    expect(page.get_by_text("“abc” bukan angka.").first).to_be_visible()
    problems.assert_none("/wilayah/?coverage_min=abc")


def test_region_list_filters_are_open_on_a_desktop(page, site, problems):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site + "/wilayah/", wait_until="load")
    expect(page.locator("details.filters-panel")).to_have_attribute("open", "")
    problems.assert_none("/wilayah/")


@pytest.mark.parametrize("path", ["/", "/wilayah/", "/wilayah/73/", "/wilayah/73.01/"])
def test_toggles_and_pager_links_are_at_least_24px_on_a_phone(visit, page, problems, path):
    page.set_viewport_size(PHONE)
    visit.open(path)
    small = page.eval_on_selector_all(
        "summary, .pagination a, .data-table th a, .chart-button, nav a",
        """els => els.filter(el => el.getClientRects().length)
                     .map(el => [el.textContent.trim().slice(0, 30),
                                 el.getBoundingClientRect().height])
                     .filter(([, h]) => h < 24)""",
    )
    assert small == [], f"{path}: targets under 24 px: {small}"
    problems.assert_none(path)
