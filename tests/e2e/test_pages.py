"""Pages in a real browser: they load cleanly, draw their charts, show the
seeded figures with their sources, switch language, and fit a phone."""

import re
from typing import NamedTuple

import pytest
from playwright.sync_api import expect

# The pages every page-level test visits. "article" stands for the first
# article linked from /sumber/ (its id depends on the seed order).
PAGES = [
    "/",
    "/wilayah/",
    "/wilayah/73/",
    "/wilayah/73.01/",
    "/wilayah/63/",
    "/sumber/",
    "article",
]

STATIC_CLASS = re.compile(r"(^|\s)chart--static(\s|$)")

# Charts each page must draw (a page may draw more).
CHART_PAGES = {
    "/": {"chart-map", "chart-provinces"},
    "/wilayah/73/": {"chart-trend", "chart-children"},
    "/wilayah/63/": {"chart-segments"},
}


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_without_browser_errors_when_opened(visit, page, problems, name):
    response = visit.open(name)

    assert response.status == 200, f"{page.url}: HTTP {response.status}"
    expect(page.locator("main h1")).not_to_be_empty()
    problems.assert_none(page.url)


@pytest.mark.parametrize("path", sorted(CHART_PAGES))
def test_every_chart_is_drawn_when_plotly_loads(visit, page, problems, path):
    visit.open(path)

    figures = page.locator("figure[data-chart]")
    names = [figures.nth(i).get_attribute("data-chart") for i in range(figures.count())]
    missing = CHART_PAGES[path] - set(names)
    assert not missing, f"{path}: charts {sorted(missing)} not on the page (found {names})"
    for i, name in enumerate(names):
        figure = figures.nth(i)
        expect(figure.locator(".chart-plot svg.main-svg").first).to_be_attached()
        expect(figure, f"{path} {name} still static").not_to_have_class(STATIC_CLASS)
        expect(figure).to_have_attribute("data-chart-ready", "drawn")
    problems.assert_none(path)


class Fact(NamedTuple):
    path: str
    holder: str  # the element holding the figure and its citation
    value_el: str  # the element, inside holder, that starts with the value
    value: str
    source_el: str  # the element, inside holder, holding the citation
    outlet: str


HEADLINE = "section[aria-labelledby='h-now'] li.card"
FIGURE_ROW = "section[aria-labelledby='h-figures'] tbody tr"
FACTS = {
    "sulsel-kejati-47": Fact(
        "/wilayah/73/", FIGURE_ROW, "td.num", "47 %", "td:last-child", "Rakyat Sulsel"
    ),
    "sulsel-target-68": Fact(
        "/wilayah/73/", ".progress-summary", "dd", "68 %", ".card-source", "Rakyat Sulsel"
    ),
    "selayar-53": Fact(
        "/wilayah/73.01/", HEADLINE, ".card-value", "53 %", ".card-source", "Porostengah.com"
    ),
    "kalsel-pu-46,44": Fact(
        "/wilayah/63/", HEADLINE, ".card-value", "46,44 %", ".card-source", "klikkalsel.com"
    ),
    "kalsel-bpu-10,6": Fact(
        "/wilayah/63/", HEADLINE, ".card-value", "10,6 %", ".card-source", "klikkalsel.com"
    ),
}


@pytest.mark.parametrize("fact", FACTS.values(), ids=FACTS.keys())
def test_seed_figure_is_shown_with_its_source_when_region_has_it(visit, page, problems, fact):
    visit.open(fact.path)

    # The value starts its element: "68 % pada 2025" matches "68 %";
    # "47,38 %" does not match "47 %".
    value_text = re.compile(r"^\s*" + re.escape(fact.value) + r"(\s|$)")
    holders = page.locator(fact.holder).filter(has=page.locator(fact.value_el, has_text=value_text))
    assert holders.count() >= 1, f"{fact.path}: no {fact.holder} showing {fact.value!r}"
    source = holders.first.locator(fact.source_el)
    expect(source).to_contain_text(fact.outlet)
    href = source.locator("a[href]").first.get_attribute("href")
    assert href, f"{fact.path}: the source of {fact.value} has no link"
    if href.startswith("/"):
        # A link into the site's own copy of the article: it must open.
        response = page.request.get(visit.site + href)
        assert response.status == 200, f"{href}: HTTP {response.status}"
    problems.assert_none(fact.path)


def test_language_switches_to_english_and_back_when_links_are_followed(visit, page, problems):
    visit.open("/")
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "id")

    for code, path in (("en", "/en/"), ("id", "/")):
        with page.expect_navigation(wait_until="load"):
            page.locator(f"nav.lang a[hreflang='{code}']").click()
        expect(html).to_have_attribute("lang", code)
        expect(page.locator(f"nav.lang a[hreflang='{code}']")).to_have_attribute(
            "aria-current", "true"
        )
        assert page.url == visit.site + path, f"after {code}: landed on {page.url}"
        visit.wait_for_charts("/ in " + code)
    problems.assert_none("/ after switching language")


# Elements wider than the viewport, outside a .table-wrap (which scrolls by itself).
OVERFLOWING = """
() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.table-wrap')) continue;
    const box = el.getBoundingClientRect();
    if (box.width && (box.right > width + 0.5 || box.left < -0.5)) {
      const cls = typeof el.className === 'string' && el.className
        ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
      found.push(el.tagName.toLowerCase() + cls + ' [' + Math.round(box.left) + '..' +
                 Math.round(box.right) + ']');
    }
  }
  return found.slice(0, 12);
}
"""


@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_horizontal_scroll_when_viewed_on_a_phone(visit, page, problems, name):
    page.set_viewport_size({"width": 360, "height": 740})
    visit.open(name)

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360, (
        f"{page.url} is {scroll_width}px wide at 360px; overflowing: "
        + "; ".join(page.evaluate(OVERFLOWING))
    )
    problems.assert_none(page.url)


# ---- figures as published: a rate above 100 % (its denominator an estimate) -------------------


@pytest.fixture
def above_100(site):
    """Kota Makassar with a sourced rate above 100 % (counts above the
    estimated workforce), as a Kanwil report could give it."""
    from datetime import date

    from regions.models import CoverageFigure, Region

    CoverageFigure.objects.create(
        region=Region.objects.get(code="73.71"), segment="total", as_of=date(2025, 6, 30),
        covered=1_040_000, eligible=1_000_000, percent=104, publisher="Uji Cabang Makassar",
        publisher_kind="bpjs_branch", source_outlet="Dokumen uji",
        source_title="Laporan cabang uji", source_url="https://contoh.id/laporan-cabang-uji",
    )  # fmt: skip
    return site


@pytest.mark.parametrize("width", [360, 1280])
def test_rate_above_100_is_drawn_whole_and_explained(above_100, visit, page, problems, width):
    page.set_viewport_size({"width": width, "height": 900})
    visit.open("/wilayah/73/")

    ranking = page.locator("figure[data-chart='chart-children']")
    expect(ranking).to_have_attribute("data-chart-ready", "drawn")
    # The bar's value is printed in full, inside the plot area.
    label = ranking.locator("text.bartext", has_text="104,00 %")
    expect(label).to_have_count(1)
    plot = ranking.locator(".chart-plot").bounding_box()
    box = label.bounding_box()
    assert box["x"] + box["width"] <= plot["x"] + plot["width"] + 0.5, (box, plot)
    row = page.locator("table.chart-companion tr", has_text="Kota Makassar")
    expect(row).to_contain_text("104 %")
    expect(row).to_contain_text("di atas perkiraan pekerja")
    problems.assert_none(f"/wilayah/73/ at {width}px")
