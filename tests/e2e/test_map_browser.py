"""The home map in a real browser: drawn from the served boundary file with
no other network, every province in its band, labels that do not overlap,
and a click that opens the province."""

import re

from playwright.sync_api import expect

MAP = "figure[data-chart='chart-map']"


def _block_other_hosts(page, site):
    """Refuse every request that does not go to the test server: the map
    must draw with no CDN (Plotly's geo traces would fetch a world outline)."""
    refused = []

    def route(r):
        if r.request.url.startswith(site):
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return refused


def test_map_draws_all_38_provinces_offline_from_the_local_file(visit, page, site, problems):
    refused = _block_other_hosts(page, site)
    page.set_viewport_size({"width": 1280, "height": 900})
    with page.expect_response(re.compile(r"/static/maps/provinces-38[^/]*\.json$")) as geometry:
        visit.open("/")
    assert geometry.value.status == 200
    figure = page.locator(MAP)
    expect(figure).to_have_attribute("data-chart-ready", "drawn")
    # One filled outline per band, drawn with the rings of its provinces.
    drawn = page.evaluate(
        """() => {
            const plot = document.querySelector("figure[data-chart='chart-map'] .js-plotly-plot");
            return plot.data.map(t => ({name: t.name, fill: t.fill,
                                        n: (t.x || []).filter(v => v !== null).length}));
        }"""
    )
    fills = [t for t in drawn if t["fill"] == "toself"]
    assert [t["name"].split(" (")[0] for t in fills] == [
        "Tidak ada data", "< 30 %", "30–40 %", "40–50 %", "50–100 %", "≥ 100 %",
    ]  # fmt: skip
    counts = [int(t["name"].rsplit("(", 1)[1].rstrip(")")) for t in fills]
    assert sum(counts) == 38
    assert all(t["n"] > 1 for t, c in zip(fills, counts, strict=True) if c)
    points = [t for t in drawn if t["fill"] != "toself"]
    assert points[0]["n"] == 38  # a hover/tap point on every province
    assert page.locator(f"{MAP} .legend .traces").count() == 6
    # The licence is credited under the map.
    expect(figure.locator(".chart-source")).to_contain_text("CC BY 4.0")
    assert refused == []
    problems.assert_none("/")


def test_map_labels_are_readable_and_do_not_overlap_on_a_desktop(visit, page, problems):
    page.set_viewport_size({"width": 1280, "height": 900})
    visit.open("/")
    boxes = page.eval_on_selector_all(
        f"{MAP} .annotation",
        """els => els.map(el => {
            const r = el.querySelector('.bg, rect').getBoundingClientRect();
            const t = el.querySelector('text');
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
    # Sulawesi Selatan's point: the label trace lists the provinces by code.
    with page.expect_navigation():
        page.evaluate(
            """() => {
                const plot = document.querySelector("figure[data-chart='chart-map'] .js-plotly-plot");
                const trace = plot.data.length - 1;
                const i = plot.data[trace].customdata.findIndex(row => row[1] === '/wilayah/73/');
                const points = plot.querySelectorAll('.scatterlayer .trace')[trace]
                    .querySelectorAll('.point');
                const box = points[i].getBoundingClientRect();
                window.__target = [box.left + box.width / 2, box.top + box.height / 2];
            }"""
        )
        x, y = page.evaluate("() => window.__target")
        page.mouse.move(x, y)
        page.mouse.click(x, y)
    assert page.url.endswith("/wilayah/73/")
    problems.assert_none("map click")
