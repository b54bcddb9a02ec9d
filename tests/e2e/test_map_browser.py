"""The home map in a real browser: a Plotly choropleth drawn from the served
GeoJSON with the geo bundle, no request leaving the test server (Plotly's geo
traces would fetch a world outline from a CDN), every province in its band,
labels that do not overlap, a click that opens the province, at desktop and
phone widths, in Indonesian and English."""

import re

import pytest
from playwright.sync_api import expect

MAP = "figure[data-chart='chart-map']"
PLOT = f"{MAP} .js-plotly-plot"
BANDS_ID = ["Tidak ada data", "< 30 %", "30–40 %", "40–50 %", "50–100 %", "≥ 100 %"]
BANDS_EN = ["No data", "< 30%", "30–40%", "40–50%", "50–100%", "≥ 100%"]


def _watch_requests(page, site):
    """Refuse every request that does not go to the test server, and list
    the local ones."""
    refused, local = [], []

    def route(r):
        if r.request.url.startswith(site):
            local.append(r.request.url)
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return refused, local


@pytest.mark.parametrize(
    ("width", "prefix", "bands"),
    [(1280, "", BANDS_ID), (360, "", BANDS_ID), (1280, "/en", BANDS_EN), (360, "/en", BANDS_EN)],
)
def test_map_draws_all_38_provinces_offline_as_a_choropleth(
    visit, page, site, problems, width, prefix, bands
):
    refused, local = _watch_requests(page, site)
    page.set_viewport_size({"width": width, "height": 900})
    with page.expect_response(re.compile(r"/static/maps/provinces-38[^/]*\.json$")) as geometry:
        visit.open(prefix + "/")
        page.locator(MAP).scroll_into_view_if_needed()
    assert geometry.value.status == 200
    figure = page.locator(MAP)
    expect(figure).to_have_attribute("data-chart-ready", "drawn")
    drawn = page.evaluate(
        """(sel) => {
            const plot = document.querySelector(sel);
            return plot.data.map(t => ({type: t.type, name: t.name,
                                        n: (t.locations || []).length}));
        }""",
        PLOT,
    )
    choropleth = [t for t in drawn if t["type"] == "choropleth"]
    assert len(choropleth) == 1
    assert choropleth[0]["n"] == 38
    # Every province is a drawn shape of the choropleth layer.
    assert page.locator(f"{MAP} .choroplethlayer path.choroplethlocation").count() == 38
    legend = [t["name"] for t in drawn if t["type"] == "scattergeo" and t["name"].endswith(")")]
    assert [name.rsplit(" (", 1)[0] for name in legend] == bands
    assert sum(int(name.rsplit("(", 1)[1].rstrip(")")) for name in legend) == 38
    assert page.locator(f"{MAP} .legend .traces").count() == 6
    # The map bundle is the geo one; no world outline and nothing else fetched.
    assert any("plotly-geo" in url for url in local)
    assert not any("topojson" in url or "world_110m" in url for url in local)
    expect(figure.locator(".chart-source")).to_contain_text("CC BY 4.0")
    assert refused == []
    problems.assert_none(prefix + "/")


def test_map_labels_are_readable_and_do_not_overlap_on_a_desktop(visit, page, problems):
    page.set_viewport_size({"width": 1280, "height": 900})
    visit.open("/")
    page.locator(MAP).scroll_into_view_if_needed()
    expect(page.locator(MAP)).to_have_attribute("data-chart-ready", "drawn")
    boxes = page.eval_on_selector_all(
        f"{MAP} .scattergeo text",
        """els => els.filter(t => t.textContent).map(t => {
            const r = t.getBoundingClientRect();
            return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize),
                    l: r.left, r: r.right, t: r.top, b: r.bottom};
        })""",
    )
    texts = [b["text"] for b in boxes]
    assert "Sulsel 47,4 %" in texts
    assert all(b["size"] >= 11 for b in boxes), boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap = min(a["r"], b["r"]) - max(a["l"], b["l"]) > 1 and (
                min(a["b"], b["b"]) - max(a["t"], b["t"]) > 1
            )
            assert not overlap, f"{a['text']} overlaps {b['text']}"
    problems.assert_none("/")


def test_clicking_a_province_opens_its_page(visit, page, problems):
    page.set_viewport_size({"width": 1280, "height": 900})
    visit.open("/")
    page.locator(MAP).scroll_into_view_if_needed()
    expect(page.locator(MAP)).to_have_attribute("data-chart-ready", "drawn")
    # Sulawesi Selatan's shape: the choropleth lists the provinces by code.
    target = page.evaluate(
        """(sel) => {
            const plot = document.querySelector(sel);
            const i = plot.data[0].locations.indexOf('73');
            const shape = plot.querySelectorAll('.choroplethlayer path.choroplethlocation')[i];
            const box = shape.getBoundingClientRect();
            const toShape = shape.getScreenCTM().inverse();
            // The middle-most screen point that lies inside the shape.
            let best = null;
            for (let i = 1; i < 20; i++) {
                for (let j = 1; j < 20; j++) {
                    const x = box.left + box.width * i / 20, y = box.top + box.height * j / 20;
                    const p = new DOMPoint(x, y).matrixTransform(toShape);
                    if (!shape.isPointInFill(p)) continue;
                    const d = Math.abs(i - 10) + Math.abs(j - 10);
                    if (!best || d < best[2]) best = [x, y, d];
                }
            }
            return [best[0], best[1]];
        }""",
        PLOT,
    )
    with page.expect_navigation():
        page.mouse.move(*target)
        page.mouse.click(*target)
    assert page.url.endswith("/wilayah/73/")
    problems.assert_none("map click")


def test_each_chart_draws_with_its_own_bundle_and_only_the_map_pays_for_geo(
    visit, page, site, problems
):
    refused, local = _watch_requests(page, site)
    page.set_viewport_size({"width": 1280, "height": 900})
    visit.open("/")  # waits until every chart on the page is drawn
    bundles = [url.rsplit("/", 1)[1].split(".")[0] for url in local if "/vendor/plotly/" in url]
    assert sorted(b for b in bundles if b.startswith("plotly-")) == ["plotly-basic", "plotly-geo"]
    kinds = page.evaluate(
        """() => ['chart-map', 'chart-provinces'].map(id => document.querySelector(
            `figure[data-chart='${id}'] .js-plotly-plot`).data[0].type)"""
    )
    assert kinds == ["choropleth", "bar"]  # the basic bundle drew the bars
    local.clear()
    visit.open("/wilayah/73/")
    assert not any("plotly-geo" in url for url in local)  # no map there: no geo bundle
    assert refused == []
    problems.assert_none("/ and /wilayah/73/")


def test_a_map_drawn_after_the_reader_scrolled_past_it_does_not_move_the_page(page, site, problems):
    """On a phone the map's data table is long until the map is drawn; when the
    map is drawn after the reader has scrolled on, the table closes above
    them and the page keeps what they were reading on the screen."""
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site + "/", wait_until="load")
    below = page.locator("figure[data-chart='chart-provinces']")
    page.locator(MAP).scroll_into_view_if_needed()  # the map starts loading
    below.scroll_into_view_if_needed()  # and the reader moves on at once
    expect(page.locator(MAP)).to_have_attribute("data-chart-ready", "drawn", timeout=15_000)
    expect(below).to_have_attribute("data-chart-ready", "drawn", timeout=15_000)
    box = below.bounding_box()
    assert box is not None
    assert box["y"] < 740
    assert box["y"] + box["height"] > 0
    problems.assert_none("/")
