"""The province map: its boundary file, its figure, and the server-drawn
bullet chart that replaced the Plotly one."""

import doctest
import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from regions import charts, geometry, svg
from regions.management.commands.build_province_map import register_provinces
from regions.progress import Point

MAP_FILE = Path(settings.BASE_DIR) / "static" / "maps" / "provinces-38.json"
SOURCE = Path(settings.BASE_DIR) / "fixtures" / "maps" / "indonesia-38-provinces.geojson"


@pytest.mark.parametrize("module", [geometry, svg])
def test_pure_modules_examples_hold(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_served_map_has_every_kemendagri_province_exactly_once_and_is_small():
    data = json.loads(MAP_FILE.read_text(encoding="utf-8"))
    names = register_provinces()
    assert len(names) == 38
    assert sorted(data["provinces"]) == sorted(names)
    for code, province in data["provinces"].items():
        assert province["name"] == names[code]
        assert province["rings"] and all(len(r) >= 6 and len(r) % 2 == 0 for r in province["rings"])
        lon, lat = province["label"]
        assert 94 < lon < 142 and -12 < lat < 7, code
    assert MAP_FILE.stat().st_size <= 150_000
    assert "CC BY 4.0" in data["source"]


def test_new_papua_provinces_are_keyed_by_name_not_their_parents_code():
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    codes = [geometry.province_code(f["properties"]) for f in source["features"]]
    raw = [f["properties"]["KODE_PROV"] for f in source["features"]]
    assert raw.count("91") == 4  # Papua and three of its 2022 children
    assert sorted(codes) == sorted(register_provinces())
    assert len(set(codes)) == 38


def test_build_refuses_a_source_missing_a_province_or_holding_one_twice():
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    names = register_provinces()
    short = {"type": "FeatureCollection", "features": source["features"][1:]}
    with pytest.raises(ValueError, match="no boundary for province"):
        geometry.province_map(short, names=names)
    twice = {"type": "FeatureCollection", "features": source["features"] + source["features"][:1]}
    with pytest.raises(ValueError, match="appears twice"):
        geometry.province_map(twice, names=names)


def test_label_point_of_a_concave_province_lies_inside_it():
    # An L shape whose centroid (about 1.2, 1.2) is outside the L.
    ring = [(0, 0), (4, 0), (4, 1), (1, 1), (1, 4), (0, 4), (0, 0)]
    x, y = geometry.label_point(ring)
    assert geometry.point_in_ring(x, y, ring)


def _tiles():
    return [
        charts.Tile("73", "Sulawesi Selatan", "Sulsel", D("47.38"), 0, 0, "/wilayah/73/"),
        charts.Tile("31", "DKI Jakarta", "DKI", D("104.2"), 0, 0, "/wilayah/31/"),
        charts.Tile("11", "Aceh", "Aceh", D("23.32"), 0, 0, "/wilayah/11/"),
        charts.Tile("12", "Sumatera Utara", "Sumut", None, 0, 0, "/wilayah/12/"),
    ]


def test_map_figure_puts_each_province_in_its_band_and_names_bands_with_counts():
    with translation.override("id"):
        figure = charts.province_map_figure(_tiles())
    fills = [t for t in figure["data"] if t.get("fill") == "toself"]
    by_name = {t["name"]: t["meta"]["locations"] for t in fills}
    assert by_name["Tidak ada data (1)"] == ["12"]
    assert by_name["< 30 % (1)"] == ["11"]
    assert by_name["40–50 % (1)"] == ["73"]
    assert by_name["≥ 100 % (1)"] == ["31"]  # above the workforce: its own band
    assert by_name["50–100 % (0)"] == []
    points = figure["data"][-1]
    assert points["meta"] == {
        "locations": ["11", "12", "31", "73"],
        "shape": "label",
        "links": True,
    }
    assert points["customdata"][3] == ["Sulawesi Selatan", "/wilayah/73/", "47,38 %"]
    assert figure["fit"] == "map"
    labels = {label["code"]: label["text"] for label in figure["labels"]}
    assert labels == {"11": "Aceh 23,3 %", "31": "DKI 104,2 %", "73": "Sulsel 47,4 %"}


def test_map_figure_numbers_follow_the_page_language():
    with translation.override("en"):
        figure = charts.province_map_figure(_tiles())
    assert figure["layout"]["separators"] == ".,"
    assert figure["data"][-1]["customdata"][3][2] == "47.38%"


def _point(percent, day=1):
    from datetime import date

    return Point(date(2025, 7, day), D(percent))


def test_no_bullet_chart_without_a_target():
    assert svg.progress_bar(current=_point("47.38")) is None
    html = render_to_string("partials/_chart_progress.html", {"bar": None})
    assert "<svg" not in html


def test_bullet_chart_prints_target_value_and_current_value_apart():
    with translation.override("id"):
        bar = svg.progress_bar(
            baseline=_point("47"), current=_point("47.38", 15), target=_point("68")
        )
        html = render_to_string("partials/_chart_progress.html", {"bar": bar})
    assert "Target 68 %" in html
    assert "47,38 %" in html and "Awal 47 %" in html
    # The current value sits inside its bar (white on blue), the baseline
    # label under the bar: neither under the other's mark.
    assert 'class="progress-svg__value progress-svg__value--inside"' in html
    assert 'y="66"' in html  # baseline label row, below the bar
    assert 'width="47.38%"' in html
    assert "<script" not in html


def test_bullet_chart_grows_beyond_100_and_marks_it():
    bar = svg.progress_bar(current=_point("120"), target=_point("100"))
    assert bar.top == 130.0
    assert bar.hundred_x == pytest.approx(76.92)
    assert bar.ticks[-1][1] == 100


def test_served_map_is_exactly_what_the_build_command_derives(tmp_path):
    import io

    from django.core.management import call_command

    out = tmp_path / "provinces.json"
    call_command("build_province_map", "--out", str(out), stdout=io.StringIO())
    assert out.read_bytes() == MAP_FILE.read_bytes()
