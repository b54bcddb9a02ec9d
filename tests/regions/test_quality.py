"""The pure data-quality checks: expected range from a region's own history,
and the reviewers' list (regions/quality.py)."""

import doctest
from datetime import date
from decimal import Decimal

import pytest

from regions import quality
from regions.quality import (
    ABOVE,
    BELOW,
    CONTRADICTORY,
    STALE,
    UNSOURCED,
    UNUSUAL,
    FigureFacts,
    check_value,
    expected_range,
    review_findings,
    unusual_against_history,
)

D = Decimal
YEARLY_12_TO_15 = [
    (date(2022, 12, 31), D("12")),
    (date(2023, 12, 31), D("13")),
    (date(2024, 12, 31), D("15")),
]


def test_doctests_of_the_module_pass():
    result = doctest.testmod(quality)
    assert result.attempted > 0
    assert result.failed == 0


def test_range_is_min_max_of_the_past_widened_by_margin_and_drift():
    expected = expected_range(YEARLY_12_TO_15, at=date(2025, 12, 31))
    assert (expected.low, expected.high, expected.count) == (D("12"), D("15"), 3)
    # margin: max(5, 3/2) + 0,5 x 12 months since the last figure = 11 points.
    assert expected.ceiling == D("26.00")
    assert expected.floor == D("1.00")
    assert expected.first == date(2022, 12, 31)
    assert expected.last == date(2024, 12, 31)


def test_the_drift_allowance_grows_with_the_months_since_the_last_figure():
    soon = expected_range(YEARLY_12_TO_15, at=date(2025, 1, 31))
    late = expected_range(YEARLY_12_TO_15, at=date(2025, 12, 30))
    assert soon.ceiling < late.ceiling
    assert soon.ceiling == D("20.51")  # 15 + 5 + 0,5 x 1,02 months


def test_a_wide_history_widens_the_margin_by_half_its_spread():
    history = [(date(2024, m, 28), D(v)) for m, v in [(1, "20"), (2, "40"), (3, "30")]]
    expected = expected_range(history, at=date(2024, 3, 29))
    # half of 20 points of spread beats the 5-point minimum.
    assert expected.ceiling == D("50.02")
    assert expected.floor == D("9.98")


def test_floor_never_goes_below_zero():
    history = [(date(2024, m, 28), D("2")) for m in (1, 2, 3)]
    assert expected_range(history, at=date(2024, 4, 28)).floor == D("0.00")


def test_fewer_than_three_past_figures_give_no_range():
    assert expected_range(YEARLY_12_TO_15[:2], at=date(2025, 12, 31)) is None


def test_figures_on_or_after_the_date_and_older_than_three_years_do_not_count():
    history = [
        (date(2015, 12, 31), D("90")),  # too old
        *YEARLY_12_TO_15,
        (date(2025, 12, 31), D("60")),  # same date: not history
        (date(2026, 6, 30), D("70")),  # later
    ]
    expected = expected_range(history, at=date(2025, 12, 31))
    assert (expected.low, expected.high, expected.count) == (D("12"), D("15"), 3)


def test_a_value_far_above_the_history_is_unusual_and_says_by_how_much():
    unusual = unusual_against_history(value=D("40"), at=date(2025, 12, 31), history=YEARLY_12_TO_15)
    assert unusual.direction == ABOVE
    assert unusual.beyond == D("14.00")
    assert unusual.expected.years == 2


def test_a_value_far_below_the_history_is_unusual():
    history = [(date(2022 + i, 12, 31), D(v)) for i, v in enumerate(["60", "62", "63"])]
    unusual = unusual_against_history(value=D("30"), at=date(2025, 6, 30), history=history)
    assert unusual.direction == BELOW
    # floor: 60 - (5 + 0,5 x 5,95 months) = 52,03
    assert unusual.beyond == D("22.03")


@pytest.mark.parametrize("value", ["12", "20", "26", "1"])
def test_values_within_the_range_are_not_unusual(value):
    assert (
        unusual_against_history(value=D(value), at=date(2025, 12, 31), history=YEARLY_12_TO_15)
        is None
    )


def test_no_value_or_no_history_is_never_unusual():
    expected = expected_range(YEARLY_12_TO_15, at=date(2025, 12, 31))
    assert check_value(None, expected) is None
    assert check_value(D("99"), None) is None


# ---- review_findings -------------------------------------------------------------------

TODAY = date(2025, 12, 15)


def facts(pk, as_of, percent=None, *, region=1, segment="total", kind="bpjs_kanwil", **extra):
    values = {
        "covered": None,
        "eligible": None,
        "published": True,
        "unsourced": False,
        **extra,
    }
    return FigureFacts(
        pk=pk,
        region_id=region,
        segment=segment,
        as_of=as_of,
        percent=None if percent is None else D(percent),
        publisher_kind=kind,
        **values,
    )


def monthly(region, start_pk, values, *, year=2025, kind="bpjs_kanwil"):
    return [
        facts(start_pk + i, date(year, i + 1, 28), v, region=region, kind=kind)
        for i, v in enumerate(values)
    ]


def test_an_unusual_figure_is_found_with_the_distance_it_moves_the_published_number():
    figures = [*monthly(1, 1, ["12", "13", "15", "14"]), facts(9, date(2025, 5, 28), "40")]
    found = review_findings(figures, today=TODAY)
    [finding] = found[UNUSUAL]
    assert finding.figure.pk == 9
    assert finding.previous == D("14")
    assert finding.impact == D("26")  # 40 against the 14 published before it
    assert finding.unusual.direction == ABOVE


def test_unusual_figures_are_ranked_by_how_much_they_move_the_published_number():
    figures = [
        *monthly(1, 1, ["12", "13", "15", "14", "40"]),  # moves 26 points
        *monthly(2, 11, ["30", "31", "30", "31", "55"]),  # moves 24 points
        *monthly(3, 21, ["50", "50", "51", "50", "95"]),  # moves 45 points
    ]
    ranked = [f.figure.region_id for f in review_findings(figures, today=TODAY)[UNUSUAL]]
    assert ranked == [3, 1, 2]


def test_series_on_a_bps_denominator_are_checked_apart_from_bpjs_ones():
    bpjs = monthly(1, 1, ["40", "41", "42", "43"])
    bps = [facts(9, date(2025, 5, 28), "16", kind="bps")]  # half of BPJS: another base
    assert review_findings([*bpjs, *bps], today=TODAY)[UNUSUAL] == []


def test_unpublished_figures_do_not_make_history():
    drafts = [facts(i, date(2025, i, 28), "80", published=False, unsourced=True) for i in (1, 2, 3)]
    found = review_findings([*drafts, facts(9, date(2025, 5, 28), "20")], today=TODAY)
    assert found[UNUSUAL] == []


def test_contradictory_counts_and_percent_are_found_ranked_by_the_gap():
    figures = [
        facts(1, date(2025, 6, 30), "70", covered=500, eligible=1000),  # 20 points
        facts(2, date(2025, 6, 30), "50.88", region=2, covered=935_079, eligible=1_873_899),
        facts(3, date(2025, 6, 30), "40.40", region=3, covered=1_159_887, eligible=2_871_182),
    ]
    found = review_findings(figures, today=TODAY)[CONTRADICTORY]
    assert [(f.figure.pk, f.recomputed, f.impact) for f in found] == [
        (1, D("50.00"), D("20.00")),
        (2, D("49.90"), D("0.98")),
    ]


def test_unsourced_figures_are_ranked_by_how_far_they_would_move_the_published_number():
    figures = [
        facts(1, date(2025, 3, 31), "40"),
        facts(2, date(2025, 6, 30), "47", published=False, unsourced=True),  # moves 7
        facts(3, date(2025, 6, 30), "10", region=2, published=False, unsourced=True),  # new: 10
        facts(4, date(2025, 6, 30), "41", region=3, published=False, unsourced=False),  # a draft
    ]
    found = review_findings(figures, today=TODAY)[UNSOURCED]
    assert [(f.figure.pk, f.impact, f.previous) for f in found] == [
        (3, D("10"), None),
        (2, D("7"), D("40")),
    ]


def test_stale_regions_are_found_from_their_newest_published_figure():
    figures = [
        facts(1, date(2025, 5, 31), "40"),  # monthly publisher, 6 months old: stale
        facts(2, date(2025, 10, 31), "41", region=2),  # fresh
        facts(3, date(2022, 12, 31), "30", region=3, kind="bps"),  # yearly, 35 months
        facts(4, date(2024, 12, 31), "31", region=4, kind="bps"),  # yearly, 11 months
        facts(5, date(2025, 11, 30), "50", region=5, published=False, unsourced=True),
        facts(6, date(2024, 1, 31), "45", region=5),  # its only published one: stale
    ]
    found = review_findings(figures, today=TODAY)[STALE]
    assert [(f.figure.pk, f.impact) for f in found] == [
        (6, D("20")),  # 22 months old, 2 allowed
        (3, D("11")),  # 35 months, 24 allowed
        (1, D("4")),  # 6 months, 2 allowed
    ]
    assert found[2].freshness.next_expected == date(2025, 6, 30)


def test_nothing_to_review_in_a_clean_history():
    figures = monthly(1, 1, ["40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50"])
    found = review_findings(figures, today=TODAY)
    assert all(found[kind] == [] for kind in quality.FINDING_KINDS)


def test_figures_before_since_are_history_only():
    figures = [*monthly(1, 1, ["12", "13", "15", "14", "40", "41"])]  # 40 in May, 41 in June
    found = review_findings(figures, today=TODAY, since=date(2025, 6, 1))
    # May's 40 is not checked any more, but it is history for June: 41 fits it.
    assert found[UNUSUAL] == []
    found = review_findings(figures, today=TODAY, since=date(2025, 5, 1))
    assert [f.figure.pk for f in found[UNUSUAL]] == [5]
