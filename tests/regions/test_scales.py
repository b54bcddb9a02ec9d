"""One colour scale per indicator, defined in regions/scales.py: the map, the
map's table, the stylesheets and the verdicts all agree with it."""

import doctest
import re
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.conf import settings

from regions import charts, progress, scales

CSS = Path(settings.BASE_DIR) / "static" / "css"


def test_examples_hold():
    result = doctest.testmod(scales)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("percent", "key"),
    [(None, "no-data"), (D("-1"), "below-30"), (D("0"), "below-30"), (D("29.99"), "below-30"),
     (D("30"), "30-40"), (D("49.99"), "40-50"), (D("50"), "50-100"), (D("99.99"), "50-100"),
     (D("100"), "100-plus"), (D("392.4"), "100-plus")],
)  # fmt: skip
def test_band_edges_include_the_lower_and_exclude_the_upper(percent, key):
    assert scales.band_for(percent).key == key


def test_bands_cover_zero_upwards_without_gaps():
    bands = scales.COVERAGE_BANDS
    assert bands[0].low == 0
    assert bands[-1].high is None
    for below, above in zip(bands, bands[1:], strict=False):
        assert below.high == above.low


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("band", scales.MAP_BANDS, ids=lambda b: b.key)
def test_each_band_text_colour_is_readable_on_its_fill(band):
    light, dark = sorted([_luminance(band.fill), _luminance(band.text)], reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5


def test_stylesheet_carries_exactly_the_module_colours():
    text = (CSS / "charts.css").read_text(encoding="utf-8")
    block = re.search(r"/\* scales:begin \*/\n(.*?)\n/\* scales:end \*/", text, re.S)
    assert block
    assert block.group(1) == scales.css_custom_properties()
    for band in scales.MAP_BANDS:
        assert f".band--{band.key} {{ background: var(--band-{band.key});" in text


def _verdict_values() -> set[str]:
    """The verdicts' string values: of regions.progress.Verdict, or of the
    module's constants where that class is not there."""
    verdict = getattr(progress, "Verdict", None)
    if verdict is not None:
        return {str(v.value) for v in verdict}
    names = ("ACHIEVED", "ON_TRACK", "BEHIND", "NO_TARGET", "NOT_ENOUGH_DATA")
    return {getattr(progress, name) for name in names}


def test_verdict_colours_are_keyed_by_the_verdicts_and_match_the_stylesheet():
    assert set(scales.VERDICT_COLOURS) == _verdict_values()
    css = (CSS / "cakupan.css").read_text(encoding="utf-8")
    for verdict, colour in scales.VERDICT_COLOURS.items():
        rule = re.search(r"([^{}]*\.verdict--" + verdict + r"\b[^{}]*)\{\s*color:\s*([^;]+);", css)
        assert rule, verdict
        value = rule.group(2).strip()
        assert value == colour or (colour == scales.MUTED and value == "var(--muted)"), verdict
    assert re.search(r"--muted:\s*" + scales.MUTED, css)


def test_map_and_its_legend_use_the_module_colours():
    tiles = [charts.Tile("73", "Sulawesi Selatan", "Sulsel", D("47.38"))]
    figure = charts.province_map_figure(tiles, geojson="/m.json")
    legend = [t["marker"]["color"] for t in figure["data"] if t.get("meta", {}).get("shape")
              == "legend"]  # fmt: skip
    assert legend == [band.fill for band in scales.MAP_BANDS]
    assert figure["bands"]["73"][0] == "40-50"
