import doctest
from datetime import date

import pytest

from regions import freshness
from regions.freshness import add_months, assess_freshness, cadence_of, whole_months

TODAY = date(2025, 10, 31)


def test_doctests_of_the_module_pass():
    result = doctest.testmod(freshness)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("kind", "months"),
    [
        ("bpjs_kanwil", 1),
        ("bpjs_branch", 1),
        ("bpjs_national", 1),
        ("bps", 12),
        ("kemnaker", 12),
        ("pemprov", 12),
        ("other", 12),
        ("something new", 12),
    ],
)
def test_cadence_is_monthly_for_bpjs_releases_and_yearly_otherwise(kind, months):
    assert cadence_of(kind) == months


def test_a_bpjs_figure_five_months_old_is_overdue_and_stale():
    result = assess_freshness(as_of=date(2025, 5, 31), publisher_kind="bpjs_kanwil", today=TODAY)
    assert result.age_months == 5
    assert result.monthly
    assert result.next_expected == date(2025, 6, 30)
    assert result.overdue
    assert result.stale


def test_a_bpjs_figure_of_last_month_is_fresh():
    result = assess_freshness(as_of=date(2025, 9, 30), publisher_kind="bpjs_branch", today=TODAY)
    assert result.age_months == 1
    assert result.next_expected == date(2025, 10, 31)
    assert not result.overdue
    assert not result.stale


def test_a_bpjs_figure_two_months_old_is_overdue_but_not_yet_stale():
    result = assess_freshness(as_of=date(2025, 8, 31), publisher_kind="bpjs_kanwil", today=TODAY)
    assert result.age_months == 2
    assert result.overdue
    assert not result.stale


def test_a_sakernas_figure_of_last_year_is_fresh():
    result = assess_freshness(as_of=date(2024, 12, 31), publisher_kind="bps", today=TODAY)
    assert result.age_months == 10
    assert result.next_expected == date(2025, 12, 31)
    assert not result.overdue
    assert not result.stale


def test_a_yearly_figure_becomes_stale_after_two_years():
    at_two_years = assess_freshness(as_of=date(2023, 10, 31), publisher_kind="pemprov", today=TODAY)
    past_two_years = assess_freshness(
        as_of=date(2023, 9, 30), publisher_kind="pemprov", today=TODAY
    )
    assert at_two_years.age_months == 24
    assert not at_two_years.stale
    assert past_two_years.age_months == 25
    assert past_two_years.stale


def test_a_figure_dated_today_is_zero_months_old():
    result = assess_freshness(as_of=TODAY, publisher_kind="bpjs_kanwil", today=TODAY)
    assert result.age_months == 0
    assert not result.overdue


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2025, 1, 15), date(2025, 2, 14), 0),
        (date(2025, 1, 15), date(2025, 2, 15), 1),
        (date(2025, 1, 31), date(2025, 2, 28), 1),
        (date(2024, 1, 31), date(2024, 2, 29), 1),
        (date(2024, 12, 31), date(2025, 12, 30), 11),
        (date(2024, 12, 31), date(2025, 12, 31), 12),
        (date(2025, 12, 31), date(2025, 1, 1), 0),
    ],
)
def test_whole_months(start, end, months):
    assert whole_months(start, end) == months


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 2, 28), 1, date(2025, 3, 31)),
        (date(2025, 1, 15), 1, date(2025, 2, 15)),
        (date(2025, 11, 30), 2, date(2026, 1, 31)),
        (date(2025, 7, 10), 12, date(2026, 7, 10)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected
