from datetime import date
from decimal import Decimal

import pytest

from regions import progress
from regions.progress import Point, assess, months_between, trend_slope

D = Decimal
SULSEL_BASELINE = Point(date(2025, 7, 10), D("47"))
SULSEL_TARGET = Point(date(2025, 12, 31), D("68"))


def test_sulsel_47_to_68_with_only_the_baseline_figure():
    result = assess(
        target=SULSEL_TARGET,
        baseline=SULSEL_BASELINE,
        history=[SULSEL_BASELINE],
        today=date(2025, 7, 15),
    )
    assert result.gap_points == D("21.00")
    assert result.progress_share == D("0.0")
    assert result.months_left == D("5.55")
    # 21 points in 5,72 months from the figure's date.
    assert result.pace_needed == D("3.671")
    assert result.pace_so_far is None
    assert result.verdict == progress.NOT_ENOUGH_DATA


def test_sulsel_with_its_published_history_is_behind():
    history = [
        Point(date(2021, 12, 31), D("36")),
        Point(date(2022, 11, 30), D("40")),
        Point(date(2024, 7, 31), D("40.40")),
        SULSEL_BASELINE,
    ]
    result = assess(
        target=SULSEL_TARGET, baseline=SULSEL_BASELINE, history=history, today=date(2025, 8, 1)
    )
    assert result.verdict == progress.BEHIND
    assert D("0.1") < result.pace_so_far < D("0.5")
    assert result.pace_needed > 7 * result.pace_so_far
    assert result.projected_at_deadline < D("50")
    assert result.projected_date > date(2029, 1, 1)


def test_sulsel_after_the_deadline_is_behind_with_deadline_passed():
    result = assess(
        target=SULSEL_TARGET,
        baseline=SULSEL_BASELINE,
        history=[SULSEL_BASELINE],
        today=date(2026, 11, 23),
    )
    assert result.verdict == progress.BEHIND
    assert result.deadline_passed
    assert result.months_left < 0


def test_on_track_when_the_trend_reaches_the_target_in_time():
    history = [Point(date(2024, 1, 31), D("30")), Point(date(2025, 1, 31), D("36"))]
    result = assess(
        target=Point(date(2026, 12, 31), D("45")),
        baseline=Point(date(2024, 1, 31), D("30")),
        history=history,
        today=date(2025, 2, 1),
    )
    assert result.pace_so_far == D("0.499")
    assert result.verdict == progress.ON_TRACK
    assert result.progress_share == D("40.0")
    assert result.projected_date == date(2026, 8, 2)


def test_achieved_when_current_meets_the_target():
    result = assess(
        target=Point(date(2026, 12, 31), D("50")),
        baseline=None,
        history=[Point(date(2025, 6, 30), D("50.00"))],
        today=date(2025, 7, 1),
    )
    assert result.verdict == progress.ACHIEVED
    assert result.gap_points == D("0.00")
    assert result.pace_needed is None


def test_no_target():
    result = assess(target=None, baseline=None, history=[SULSEL_BASELINE], today=date(2025, 8, 1))
    assert result.verdict == progress.NO_TARGET
    assert result.current == SULSEL_BASELINE


def test_target_without_any_figure_is_not_enough_data():
    result = assess(target=SULSEL_TARGET, baseline=None, history=[], today=date(2025, 8, 1))
    assert result.verdict == progress.NOT_ENOUGH_DATA
    assert result.current is None


def test_falling_trend_is_behind_with_no_projected_date():
    history = [Point(date(2023, 9, 30), D("38.09")), Point(date(2024, 12, 31), D("29.94"))]
    result = assess(
        target=Point(date(2025, 12, 31), D("43.54")),
        baseline=None,
        history=history,
        today=date(2025, 1, 15),
    )
    assert result.pace_so_far < 0
    assert result.verdict == progress.BEHIND
    assert result.projected_date is None
    assert result.reason == "flat or falling trend"


def test_history_order_does_not_matter():
    history = [Point(date(2025, 1, 31), D("36")), Point(date(2024, 1, 31), D("30"))]
    assert trend_slope(history, until=date(2025, 1, 31)) == D("0.499")


def test_figures_too_close_together_give_no_slope():
    history = [Point(date(2025, 1, 1), D("30")), Point(date(2025, 1, 31), D("40"))]
    assert trend_slope(history, until=date(2025, 1, 31)) is None


def test_figures_older_than_the_window_are_ignored():
    history = [
        Point(date(2015, 1, 1), D("90")),
        Point(date(2024, 1, 31), D("30")),
        Point(date(2025, 1, 31), D("36")),
    ]
    assert trend_slope(history, until=date(2025, 1, 31)) == D("0.499")


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2025, 1, 1), date(2025, 1, 1), D("0.00")),
        (date(2025, 1, 1), date(2026, 1, 1), D("11.99")),
        (date(2026, 1, 1), date(2025, 1, 1), D("-11.99")),
    ],
)
def test_months_between(start, end, months):
    assert months_between(start, end) == months
