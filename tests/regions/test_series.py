from datetime import date
from decimal import Decimal

from regions.budget import workers_protected
from regions.series import REASON_BPJS, REASON_BPS_ONLY, REASON_NONE, Rate, choose_series


def rate(figure_id, as_of, percent, kind, publisher="x"):
    return Rate(as_of, Decimal(percent), publisher, kind, figure_id)


def test_bps_based_rates_are_kept_apart_from_the_bpjs_series():
    choice = choose_series(
        [
            rate(1, date(2025, 6, 30), "32", "bpjs_branch"),
            rate(2, date(2025, 6, 30), "15.62", "kemnaker"),
            rate(3, date(2024, 6, 30), "28", "pemprov"),
        ]
    )
    assert [r.figure_id for r in choice.charted] == [3, 1]
    assert [r.figure_id for r in choice.other_basis] == [2]
    assert choice.reason == REASON_BPJS


def test_bps_based_rates_are_charted_when_nothing_else_exists():
    choice = choose_series([rate(2, date(2025, 6, 30), "15.62", "kemnaker")])
    assert [r.figure_id for r in choice.charted] == [2]
    assert choice.other_basis == []
    assert choice.reason == REASON_BPS_ONLY


def test_one_rate_per_date_bpjs_office_first():
    choice = choose_series(
        [
            rate(1, date(2025, 7, 10), "47", "kejaksaan"),
            rate(2, date(2025, 7, 10), "47.38", "bpjs_kanwil"),
        ]
    )
    assert [r.figure_id for r in choice.charted] == [2]
    assert [r.figure_id for r in choice.alternatives] == [1]


def test_no_rates():
    assert choose_series([]).reason == REASON_NONE


def test_budget_buys_workers_at_the_minimum_premium():
    assert workers_protected(10_080_000_000, 12) == 50_000  # NTT 2026, as published
    assert workers_protected(16_000_000_000) == 79_365  # Sulsel 2024: a year at Rp201.600
    assert workers_protected(200_000_000, 12) == 992  # Bangka: 950 published, 992 computed
    assert workers_protected(0, 6) == 0
