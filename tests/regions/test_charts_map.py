"""The server-drawn bullet chart that replaced the Plotly one (the map's
tests are in test_map.py)."""

import doctest
from decimal import Decimal as D

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from regions import svg
from regions.progress import Point


@pytest.mark.parametrize("module", [svg])
def test_pure_modules_examples_hold(module):
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0


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
    assert "47,38 %" in html
    assert "Awal 47 %" in html
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
