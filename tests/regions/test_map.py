"""The province map: its boundary file (GeoJSON, 38 provinces, wound for
d3-geo) and its figure (one choropleth trace with every province)."""

import doctest
import io
import json
from decimal import Decimal as D
from pathlib import Path

import plotly.graph_objects as go
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from regions import charts, geometry, scales
from regions.management.commands.build_province_map import register_provinces

MAP_FILE = Path(settings.BASE_DIR) / "static" / "maps" / "provinces-38.json"
SOURCE = Path(settings.BASE_DIR) / "fixtures" / "maps" / "indonesia-38-provinces.geojson"
GEO_BUNDLE = Path(settings.BASE_DIR) / "static" / "vendor" / "plotly" / "plotly-geo.min.js"


def test_geometry_examples_hold():
    result = doctest.testmod(geometry)
    assert result.attempted > 0
    assert result.failed == 0


def test_served_map_has_every_kemendagri_province_exactly_once_and_is_small():
    data = json.loads(MAP_FILE.read_text(encoding="utf-8"))
    names = register_provinces()
    assert len(names) == 38
    assert data["type"] == "FeatureCollection"
    ids = [feature["id"] for feature in data["features"]]
    assert sorted(ids) == sorted(names)
    assert len(set(ids)) == 38
    for feature in data["features"]:
        assert feature["properties"]["name"] == names[feature["id"]]
        assert feature["geometry"]["type"] == "MultiPolygon"
        lon, lat = feature["properties"]["label"]
        assert 94 < lon < 142, feature["id"]
        assert -12 < lat < 7, feature["id"]
    assert MAP_FILE.stat().st_size <= 150_000
    assert "CC BY 4.0" in data["source"]


def test_every_ring_is_closed_and_wound_clockwise_as_d3_geo_wants():
    data = json.loads(MAP_FILE.read_text(encoding="utf-8"))
    rings = 0
    for feature in data["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            assert len(polygon) == 1  # outer ring only: holes dropped
            ring = [tuple(point) for point in polygon[0]]
            assert ring[0] == ring[-1]
            assert len(ring) >= 4
            assert geometry.ring_area(ring) < 0, feature["id"]  # clockwise
            rings += 1
    assert rings >= 38


def test_clockwise_turns_a_counter_clockwise_ring_and_keeps_a_clockwise_one():
    ccw = [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]
    assert geometry.ring_area(geometry.clockwise(ccw)) == -1.0
    cw = list(reversed(ccw))
    assert geometry.clockwise(cw) == cw


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


def test_served_map_is_exactly_what_the_build_command_derives(tmp_path):
    out = tmp_path / "provinces.json"
    call_command("build_province_map", "--out", str(out), stdout=io.StringIO())
    assert out.read_bytes() == MAP_FILE.read_bytes()


def _tiles():
    return [
        charts.Tile("73", "Sulawesi Selatan", "Sulsel", D("47.38"), url="/wilayah/73/"),
        charts.Tile("31", "DKI Jakarta", "DKI", D("104.2"), url="/wilayah/31/"),
        charts.Tile("11", "Aceh", "Aceh", D("23.32"), url="/wilayah/11/"),
        charts.Tile("12", "Sumatera Utara", "Sumut", None, url="/wilayah/12/"),
    ]


def _figure(language="id", tiles=None):
    with translation.override(language):
        return charts.province_map_figure(tiles or _tiles(), geojson="/static/maps/p.json")


def test_map_is_one_choropleth_of_the_provinces_coloured_by_band():
    figure = _figure()
    go.Figure({"data": figure["data"], "layout": figure["layout"]})  # Plotly's schema
    choropleths = [t for t in figure["data"] if t["type"] == "choropleth"]
    assert len(choropleths) == 1
    trace = choropleths[0]
    assert trace["geojson"] == "/static/maps/p.json"
    assert trace["featureidkey"] == "id"
    assert trace["locations"] == ["11", "12", "31", "73"]
    # z is the band: <30, no data, >=100 (its own band), 40-50.
    assert trace["z"] == [1, 0, 5, 3]
    # The stepped scale paints z = i in MAP_BANDS[i]'s colour.
    scale = trace["colorscale"]
    n = len(scales.MAP_BANDS)
    for i, band in enumerate(scales.MAP_BANDS):
        middle = (i + 0.5) / n
        below = [colour for stop, colour in scale if stop <= middle][-1]
        assert below == band.fill
    assert trace["zmin"] == -0.5
    assert trace["zmax"] == n - 0.5
    assert trace["customdata"][3][:3] == ["Sulawesi Selatan", "/wilayah/73/", "47,38 %"]
    assert "%{customdata[0]}" in trace["hovertemplate"]
    assert figure["layout"]["geo"]["visible"] is False


def test_map_legend_names_every_band_with_its_count():
    legend = [t for t in _figure()["data"] if t.get("meta", {}).get("shape") == "legend"]
    assert [t["name"] for t in legend] == [
        "Tidak ada data (1)", "< 30 % (1)", "30–40 % (0)", "40–50 % (1)", "50–100 % (0)",
        "≥ 100 % (1)",
    ]  # fmt: skip
    assert [t["marker"]["color"] for t in legend] == [b.fill for b in scales.MAP_BANDS]


def test_map_labels_every_province_with_a_rate_and_moves_crowded_ones():
    data = _figure()["data"]
    labels = next(t for t in data if t.get("meta", {}).get("shape") == "label")
    assert labels["meta"]["locations"] == ["11", "31", "73"]
    assert labels["text"] == ["Aceh 23,3 %", "DKI 104,2 %", "Sulsel 47,4 %"]
    leaders = next(t for t in data if t.get("meta", {}).get("shape") == "leaders")
    assert leaders["meta"]["locations"] == ["31", "73"]  # Aceh stays where it is
    assert leaders["meta"]["offsets"][1] == list(charts.LABEL_OFFSETS["73"])


def test_map_numbers_follow_the_page_language():
    figure = _figure("en")
    assert figure["layout"]["separators"] == ".,"
    trace = figure["data"][0]
    assert trace["customdata"][3][2] == "47.38%"
    assert figure["data"][1]["name"] == "No data (1)"
    assert figure["data"][3]["name"] == "30–40% (0)"


def test_map_asks_for_no_world_outline_from_a_cdn():
    figure = _figure()
    assert figure["config"]["topojsonURL"] == "/static/maps/"


def test_map_defaults_to_the_served_geojson():
    with translation.override("id"):
        figure = charts.province_map_figure(_tiles())
    assert figure["data"][0]["geojson"].endswith("maps/provinces-38.json")


def test_geo_bundle_is_the_same_plotly_version_as_the_basic_one():
    head = GEO_BUNDLE.read_text(encoding="utf-8")[:200]
    assert "plotly.js (geo - minified) v3.7.0" in head


def test_every_province_has_a_short_map_label():
    names = register_provinces()
    assert set(charts.SHORT_NAMES) == set(names)
    assert all(0 < len(label) <= 9 for label in charts.SHORT_NAMES.values())
