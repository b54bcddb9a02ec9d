"""Chart dates and percentages in the page's language (issue #17): hovers
read "10 Juli 2025" / "10 July 2025" ("Juli 2025" for a monthly figure),
segment bars are labelled by month, and the percent sign is written as the
language writes it (47,38 % / 47.38%)."""

import json
from datetime import date
from decimal import Decimal as D

import plotly.graph_objects as go
from django.utils import translation

from regions import charts
from regions.progress import Point

SERIES = {"BPJS": [(date(2024, 12, 31), D("40.1")), (date(2025, 7, 10), D("47.38"))]}


def _trend(language, precision=None):
    with translation.override(language):
        return charts.trend_figure(
            series=SERIES,
            other_basis={"BPS": [(date(2025, 6, 30), D("44.2"))]},
            target=Point(date(2026, 12, 31), D("68")),
            baseline=None,
            projection=None,
            precision=precision,
        )


def test_trend_hover_dates_follow_the_language_and_the_precision():
    indonesian = _trend("id", {date(2024, 12, 31): "month"})
    go.Figure(indonesian)
    assert indonesian["data"][0]["customdata"] == ["Desember 2024", "10 Juli 2025"]
    assert indonesian["data"][0]["hovertemplate"].startswith("%{customdata}: %{y:.2f} %")
    assert indonesian["data"][1]["customdata"] == ["30 Juni 2025"]
    english = _trend("en")
    assert english["data"][0]["customdata"] == ["31 December 2024", "10 July 2025"]
    assert english["data"][0]["hovertemplate"].startswith("%{customdata}: %{y:.2f}%<")
    assert english["layout"]["yaxis"]["ticksuffix"] == "%"
    assert indonesian["layout"]["yaxis"]["ticksuffix"] == " %"


def test_no_chart_keeps_a_numeric_date_format():
    figures = [
        _trend("id"),
        charts.participants_figure({"BPJS": [(date(2025, 2, 28), 1980000)]}),
        charts.segments_figure([(date(2025, 6, 30), D("30.1"), D("8.2"))]),
    ]
    text = json.dumps(figures)
    assert "%d-%m-%Y" not in text
    assert "2025-06-30: " not in text
    # Dates appear only as data (x values, ISO), never as a label to read.
    for figure in figures:
        for trace in figure["data"]:
            assert "%{x|" not in trace.get("hovertemplate", "")


def test_participants_hover_dates_follow_the_language():
    series = {"BPJS": [(date(2025, 2, 28), 1980000)]}
    with translation.override("id"):
        figure = charts.participants_figure(series, {date(2025, 2, 28): "month"})
    assert figure["data"][0]["customdata"] == ["Februari 2025"]
    with translation.override("en"):
        figure = charts.participants_figure(series)
    assert figure["data"][0]["customdata"] == ["28 February 2025"]


def test_segment_bars_are_labelled_by_month_in_the_language():
    pairs = [(date(2025, 6, 30), D("30.1"), D("8.2")), (date(2025, 8, 31), D("31"), D("9"))]
    with translation.override("id"):
        figure = charts.segments_figure(pairs)
    assert figure["data"][0]["x"] == ["Juni 2025", "Agustus 2025"]
    assert figure["data"][0]["texttemplate"] == "%{y:.2f} %"
    with translation.override("en"):
        figure = charts.segments_figure(pairs)
    assert figure["data"][0]["x"] == ["June 2025", "August 2025"]
    assert figure["data"][0]["texttemplate"] == "%{y:.2f}%"


def test_ranking_and_progress_write_percentages_as_the_language_does():
    with translation.override("en"):
        ranking = charts.ranking_figure([("Luwu", D("58.17"))])
        progress = charts.progress_figure(
            baseline=None, current=None, target=Point(date(2026, 12, 31), D("68"))
        )
    assert ranking["data"][0]["texttemplate"] == "%{x:.2f}%"
    assert progress["data"][0]["name"] == "Target (68.00%)"
    with translation.override("id"):
        progress = charts.progress_figure(
            baseline=None, current=None, target=Point(date(2026, 12, 31), D("68"))
        )
    assert progress["data"][0]["name"] == "Target (68,00 %)"
