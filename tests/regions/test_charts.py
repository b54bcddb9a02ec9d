"""Chart builders: valid Plotly figures (checked by plotly's own schema),
with the traces and values the page describes."""

from datetime import date
from decimal import Decimal

import plotly.graph_objects as go
import pytest

from regions import charts
from regions.progress import Point

D = Decimal


def valid(figure: dict) -> go.Figure:
    return go.Figure(figure)  # raises on anything outside the schema


def test_progress_figure_has_current_bar_baseline_and_target_marks():
    figure = charts.progress_figure(
        baseline=Point(date(2025, 7, 10), D("47")),
        current=Point(date(2025, 7, 15), D("47.38")),
        target=Point(date(2025, 12, 31), D("68")),
    )
    valid(figure)
    bar, baseline, target = figure["data"]
    assert bar["type"] == "bar"
    assert bar["x"] == [47.38]
    assert baseline["x"] == [47.0]
    assert "Angka awal" in baseline["name"]
    assert target["x"] == [68.0]
    assert "68,00" in target["name"]
    assert figure["layout"]["separators"] == ",."
    assert figure["layout"]["xaxis"]["range"] == [0, 100]


def test_progress_figure_without_current_figure_draws_only_marks():
    figure = charts.progress_figure(
        baseline=None, current=None, target=Point(date(2025, 12, 31), D("68"))
    )
    valid(figure)
    assert [trace["type"] for trace in figure["data"]] == ["scatter"]


def test_trend_figure_one_line_per_publisher_target_and_projection():
    figure = charts.trend_figure(
        series={
            "Kanwil": [(date(2021, 12, 31), D("36")), (date(2024, 7, 31), D("40.40"))],
            "Kejati": [(date(2025, 7, 10), D("47"))],
        },
        other_basis={"Kemnaker": [(date(2025, 6, 30), D("15.62"))]},
        target=Point(date(2025, 12, 31), D("68")),
        baseline=Point(date(2025, 7, 10), D("47")),
        projection=[(date(2025, 7, 10), D("47")), (date(2025, 12, 31), D("48.3"))],
    )
    valid(figure)
    names = [trace["name"] for trace in figure["data"]]
    assert names[:2] == ["Kanwil", "Kejati"]
    assert "Kemnaker" in names[2]
    assert "penyebut lain" in names[2]
    assert names[3].startswith("Target 68")
    assert figure["data"][0]["x"] == ["2021-12-31", "2024-07-31"]  # gaps stay gaps
    assert figure["data"][3]["x"] == ["2025-07-10", "2025-12-31"]
    assert figure["data"][4]["line"]["dash"] == "dot"
    assert figure["layout"]["yaxis"]["range"] == [0, 78.0]
    assert figure["layout"]["xaxis"]["range"] == ["2021-11-01", "2026-03-01"]


def test_trend_figure_with_a_single_figure_spans_months_not_milliseconds():
    figure = charts.trend_figure(
        series={"BPJS": [(date(2024, 8, 11), D("53"))]},
        other_basis={},
        target=None,
        baseline=None,
        projection=None,
    )
    valid(figure)
    # A year around the point, ticked by quarter: not zoomed to weeks.
    assert figure["layout"]["xaxis"]["range"] == ["2024-02-09", "2025-02-11"]
    assert figure["layout"]["xaxis"]["dtick"] == "M3"
    assert figure["layout"]["xaxis"]["tickformat"] == "%b %Y"
    assert figure["data"][0]["mode"] == "markers+text"  # its value printed by it


def test_trend_target_line_prints_its_value_and_percent_axis_has_ticks():
    from regions.progress import Point

    figure = charts.trend_figure(
        series={"BPJS": [(date(2024, 7, 31), D("40.4")), (date(2025, 7, 15), D("47.38"))]},
        other_basis={},
        target=Point(date(2025, 12, 31), D("68")),
        baseline=None,
        projection=None,
    )
    valid(figure)
    target = figure["data"][1]
    assert target["text"] == ["", "Target 68 %"]
    assert "text" in target["mode"]
    yaxis = figure["layout"]["yaxis"]
    assert yaxis["tickmode"] == "linear"
    assert yaxis["dtick"] == 20


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([], []),
        ([(date(2023, 2, 9), "formal", D("46.44"))], []),  # no BPU rate: no chart
        (
            [
                (date(2023, 2, 9), "formal", D("46.44")),
                (date(2023, 2, 9), "informal", D("10.6")),
                (date(2024, 1, 1), "formal", D("50")),
                (date(2024, 1, 1), "total", D("40")),
                (date(2024, 5, 1), "informal", None),
            ],
            [(date(2023, 2, 9), D("46.44"), D("10.6")), (date(2024, 1, 1), D("50"), None)],
        ),
    ],
)
def test_segment_pairs(rows, expected):
    assert charts.segment_pairs(rows) == expected


def test_segments_figure_groups_pu_and_bpu():
    figure = charts.segments_figure([(date(2023, 2, 9), D("46.44"), D("10.6"))])
    valid(figure)
    assert [t["y"] for t in figure["data"]] == [[46.44], [10.6]]
    assert figure["layout"]["barmode"] == "group"


def test_ranking_figure_keeps_order_highest_first():
    figure = charts.ranking_figure([("Luwu", D("58.17")), ("Jeneponto", D("23.41"))])
    valid(figure)
    assert figure["data"][0]["y"] == ["Luwu", "Jeneponto"]
    assert figure["layout"]["yaxis"]["autorange"] == "reversed"


@pytest.mark.parametrize(
    ("percent", "band"),
    [(None, "Tidak ada data"), (D("29.99"), "< 30 %"), (D("30"), "30–40 %"), (D("50"), "50–100 %"),
     (D("99.99"), "50–100 %"), (D("100"), "≥ 100 %"), (D("392.4"), "≥ 100 %")],
)  # fmt: skip
def test_band_of(percent, band):
    assert charts.band_of(percent)[0] == band


# ---- rates above 100 % (an estimated denominator) are drawn whole ------------------------------


def test_progress_axis_grows_past_100_and_marks_100():
    figure = charts.progress_figure(
        baseline=None, current=Point(date(2025, 6, 30), D("392.4")),
        target=Point(date(2025, 12, 31), D("100")),
    )  # fmt: skip
    top = figure["layout"]["xaxis"]["range"][1]
    assert top > 392.4
    assert [shape["x0"] for shape in figure["layout"]["shapes"]] == [100]


def test_trend_axis_is_not_capped_at_100():
    figure = charts.trend_figure(
        series={"BPJS": [(date(2024, 12, 31), D("120.5")), (date(2025, 6, 30), D("392.4"))]},
        other_basis={}, target=None, baseline=None, projection=None,
    )  # fmt: skip
    assert figure["layout"]["yaxis"]["range"][1] > 392.4
    below = charts.trend_figure(
        series={"BPJS": [(date(2025, 6, 30), D("47.38"))]},
        other_basis={}, target=None, baseline=None, projection=None,
    )  # fmt: skip
    assert below["layout"]["yaxis"]["range"] == [0, 57.38]
    assert "shapes" not in below["layout"]


def test_ranking_and_segment_axes_hold_their_largest_value():
    ranking = charts.ranking_figure([("Jakon", D("392.4")), ("Luwu", D("58.17"))])
    assert ranking["layout"]["xaxis"]["range"][1] > 392.4
    assert ranking["layout"]["shapes"][0]["x0"] == 100
    assert ranking["data"][0]["textposition"] == ["inside", "outside"]
    assert charts.ranking_figure([("Luwu", D("58.17"))])["layout"]["xaxis"]["range"] == [0, 100]
    segments = charts.segments_figure([(date(2025, 6, 30), D("130"), D("8.2"))])
    assert segments["layout"]["yaxis"]["range"][1] > 130
