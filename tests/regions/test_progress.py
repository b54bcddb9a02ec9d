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
    # 21 points in the 169 days from today (not from the figure's date).
    assert result.pace_needed == D("3.782")
    assert result.pace_so_far is None
    # No trend yet, but 3,78 points a month is beyond reach: behind.
    assert result.verdict == progress.Verdict.BEHIND
    assert result.reason == "pace needed beyond reach"


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
    assert result.verdict == progress.Verdict.BEHIND
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
    assert result.verdict == progress.Verdict.BEHIND
    assert result.deadline_passed
    assert result.months_left < 0
    # No pace can reach a deadline that has passed: none is shown.
    assert result.pace_needed is None
    assert result.reason == "deadline passed"
    assert result.gap_points == D("21.00")


def test_on_track_when_the_trend_reaches_the_target_in_time():
    history = [Point(date(2024, 1, 31), D("30")), Point(date(2025, 1, 31), D("36"))]
    result = assess(
        target=Point(date(2026, 12, 31), D("45")),
        baseline=Point(date(2024, 1, 31), D("30")),
        history=history,
        today=date(2025, 2, 1),
    )
    assert result.pace_so_far == D("0.499")
    assert result.verdict == progress.Verdict.ON_TRACK
    assert result.progress_share == D("40.0")
    assert result.projected_date == date(2026, 8, 2)


def test_achieved_when_current_meets_the_target():
    result = assess(
        target=Point(date(2026, 12, 31), D("50")),
        baseline=None,
        history=[Point(date(2025, 6, 30), D("50.00"))],
        today=date(2025, 7, 1),
    )
    assert result.verdict == progress.Verdict.ACHIEVED
    assert result.gap_points == D("0.00")
    assert result.pace_needed is None


def test_no_target():
    result = assess(target=None, baseline=None, history=[SULSEL_BASELINE], today=date(2025, 8, 1))
    assert result.verdict == progress.Verdict.NO_TARGET
    assert result.current == SULSEL_BASELINE


def test_target_without_any_figure_is_not_enough_data():
    result = assess(target=SULSEL_TARGET, baseline=None, history=[], today=date(2025, 8, 1))
    assert result.verdict == progress.Verdict.NOT_ENOUGH_DATA
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
    assert result.verdict == progress.Verdict.BEHIND
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


@pytest.mark.parametrize("months", [1, 6, 12, 24])
def test_pace_needed_is_the_gap_over_the_months_from_today(months):
    """24 points short, deadline N months from today: 24/N points a month,
    whatever the date of the latest figure."""
    today = date(2026, 1, 15)
    deadline = date(2026 + (months // 12), 1 + (months % 12), 15)
    result = assess(
        target=Point(deadline, D("60")),
        baseline=None,
        history=[Point(date(2024, 6, 30), D("36"))],  # 18 months old
        today=today,
    )
    assert result.gap_points == D("24.00")
    expected = D(24) / (D((deadline - today).days) / progress.DAYS_PER_MONTH)
    assert result.pace_needed == expected.quantize(D("0.001"))
    # Close to the calendar's 24 / N (months differ by a day or two).
    assert abs(result.pace_needed - D(24) / months) < D("0.05") * D(24) / months


def test_28_points_short_with_under_a_month_left_needs_more_than_28_a_month():
    result = assess(
        target=Point(date(2025, 12, 31), D("68")),
        baseline=None,
        history=[Point(date(2023, 12, 31), D("38")), Point(date(2024, 12, 31), D("40"))],
        today=date(2025, 12, 10),
    )
    assert result.gap_points == D("28.00")
    assert result.pace_needed > D("28")
    assert result.verdict == progress.Verdict.BEHIND


def test_deadline_today_gives_no_pace_and_is_not_called_passed():
    result = assess(
        target=Point(date(2025, 12, 31), D("68")),
        baseline=None,
        history=[Point(date(2025, 6, 30), D("40"))],
        today=date(2025, 12, 31),
    )
    assert result.pace_needed is None
    assert not result.deadline_passed
    assert result.verdict == progress.Verdict.BEHIND
    assert result.reason == "no time left"


def test_deadline_passed_with_the_target_reached_is_achieved():
    result = assess(
        target=Point(date(2025, 12, 31), D("50")),
        baseline=None,
        history=[Point(date(2025, 11, 30), D("51"))],
        today=date(2026, 3, 1),
    )
    assert result.verdict == progress.Verdict.ACHIEVED
    assert result.deadline_passed
    assert result.pace_needed is None


def test_gap_in_workers_when_the_current_figure_has_its_denominator():
    result = assess(
        target=Point(date(2026, 12, 31), D("68")),
        baseline=None,
        history=[Point(date(2025, 7, 10), D("47"), eligible=2_871_182)],
        today=date(2026, 1, 1),
    )
    # 21 % of 2.871.182 workers.
    assert result.gap_workers == 602_948


def test_no_gap_in_workers_without_a_denominator_or_without_a_gap():
    no_count = assess(
        target=Point(date(2026, 12, 31), D("68")),
        baseline=None,
        history=[Point(date(2025, 7, 10), D("47"))],
        today=date(2026, 1, 1),
    )
    reached = assess(
        target=Point(date(2026, 12, 31), D("40")),
        baseline=None,
        history=[Point(date(2025, 7, 10), D("47"), eligible=1000)],
        today=date(2026, 1, 1),
    )
    assert no_count.gap_workers is None
    assert reached.gap_workers is None


def test_progress_share_is_the_share_of_the_distance_covered():
    # 47 -> 68 is 21 points of distance; 47,38 covers 0,38 of them: 1,8 %.
    result = assess(
        target=SULSEL_TARGET,
        baseline=SULSEL_BASELINE,
        history=[SULSEL_BASELINE, Point(date(2025, 9, 30), D("47.38"))],
        today=date(2025, 10, 1),
    )
    assert result.progress_share == D("1.8")
    assert result.gap_points == D("20.62")


def test_without_a_trend_a_reachable_pace_is_not_enough_data():
    result = assess(
        target=Point(date(2027, 12, 31), D("50")),
        baseline=None,
        history=[Point(date(2025, 6, 30), D("40"))],
        today=date(2026, 1, 1),
    )
    assert result.pace_needed < progress.PACE_BEYOND_REACH
    assert result.verdict == progress.Verdict.NOT_ENOUGH_DATA


def test_without_a_trend_28_points_in_under_a_month_is_behind():
    # Kalimantan Selatan: 42 % against 70 % by the end of 2026, read in December 2026.
    result = assess(
        target=Point(date(2026, 12, 31), D("70")),
        baseline=None,
        history=[Point(date(2025, 12, 31), D("42"))],
        today=date(2026, 12, 3),
    )
    assert result.pace_needed > D("28")
    assert result.verdict == progress.Verdict.BEHIND
    assert result.reason == "pace needed beyond reach"
