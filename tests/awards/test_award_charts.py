"""awards.charts: a valid Plotly figure (plotly's own schema) with the
ranked nominees, best at the top, ties marked without relying on colour."""

import json
from decimal import Decimal

import plotly.graph_objects as go

from awards.charts import Bar, ranking_figure

D = Decimal


def test_ranking_figure_is_valid_plotly_with_ranks_in_labels():
    figure = ranking_figure(
        [Bar("Kab. Bone", 1, D("90.00")), Bar("Kab. Gowa", 2, D("76.00"), tied=True),
         Bar("Kota Makassar", 2, D("76.00"), tied=True)]
    )  # fmt: skip
    go.Figure(figure)  # raises on anything outside the schema
    json.dumps(figure)  # JSON-ready: no Decimal left
    trace = figure["data"][0]
    assert trace["type"] == "bar"
    assert trace["orientation"] == "h"
    assert trace["x"] == [90.0, 76.0, 76.0]
    assert trace["y"][0] == "1. Kab. Bone"
    assert trace["y"][1] == "2. Kab. Gowa (seri)"
    assert trace["y"][2] == "2. Kota Makassar<br>(seri)"
    assert trace["marker"]["pattern"]["shape"] == ["", "/", "/"]
    layout = figure["layout"]
    assert layout["separators"] == ",."
    assert layout["xaxis"]["range"] == [0, 100]
    assert layout["yaxis"]["autorange"] == "reversed"


def test_long_names_are_shortened_and_wrapped():
    figure = ranking_figure([Bar("Kabupaten Kepulauan Selayar", 4, D("73.05"))])
    assert figure["data"][0]["y"] == ["4. Kab. Kepulauan<br>Selayar"]


def test_doctests_pass():
    import doctest

    from awards import charts

    outcome = doctest.testmod(charts)
    assert outcome.attempted > 0
    assert outcome.failed == 0


def test_ranking_figure_grows_with_the_number_of_bars():
    one = ranking_figure([Bar("A", 1, D(50))])
    many = ranking_figure([Bar(str(i), i, D(50)) for i in range(1, 21)])
    assert many["layout"]["height"] > one["layout"]["height"]
