"""awards.ranking: weighted totals, the tie rule, missing scores, a single
nominee, and weights that differ between editions. No database."""

import doctest
from decimal import Decimal

import pytest

from awards import ranking
from awards.ranking import Criterion, Nominee, Score, competition_ranks, rank_category

D = Decimal
W6040 = [Criterion(1, "Kebijakan", D(60)), Criterion(2, "Kinerja", D(40))]


def scores(table):
    """{nominee id: [(criterion id, value), ...]} -> Score list."""
    return [Score(n, c, D(str(v))) for n, pairs in table.items() for c, v in pairs]


def summary(result):
    return [(s.rank, s.name, s.total) for s in result.standings]


def test_doctests_pass():
    outcome = doctest.testmod(ranking)
    assert outcome.attempted > 0
    assert outcome.failed == 0


def test_weighted_total_is_weight_times_mean_over_100_rounded_half_up():
    result = rank_category(W6040, [Nominee(1, "A")], scores({1: [(1, "80.125"), (2, 70)]}))
    # 60 x 80.125 + 40 x 70 = 4807.5 + 2800 = 7607.5 -> 76.075 -> 76.08
    assert result.standings[0].total == D("76.08")


def test_mean_over_members_who_scored_not_counting_missing_as_zero():
    entered = [Score(1, 1, D(80)), Score(1, 1, D(90)), Score(1, 2, D(70))]  # two members on c1
    standing = rank_category(W6040, [Nominee(1, "A")], entered).standings[0]
    assert standing.means == {1: D(85), 2: D(70)}
    assert standing.counts == {1: 2, 2: 1}
    assert standing.total == D("79.00")


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        ([], []),
        ([D(90)], [1]),
        ([D(90), D(80), D(70)], [1, 2, 3]),
        ([D(90), D(90), D(70)], [1, 1, 3]),
        ([D(90), D(80), D(80), D(70)], [1, 2, 2, 4]),
        ([D(50), D(50), D(50)], [1, 1, 1]),
    ],
)
def test_competition_ranks_share_and_skip(totals, expected):
    assert competition_ranks(totals) == expected


def test_ties_share_a_rank_listed_by_name_and_flagged():
    nominees = [Nominee(1, "Kota Makassar"), Nominee(2, "Kab. Gowa"), Nominee(3, "Kab. Bone")]
    table = {1: [(1, 80), (2, 70)], 2: [(1, 70), (2, 85)], 3: [(1, 90), (2, 90)]}
    result = rank_category(W6040, nominees, scores(table))
    assert summary(result) == [
        (1, "Kab. Bone", D("90.00")),
        (2, "Kab. Gowa", D("76.00")),
        (2, "Kota Makassar", D("76.00")),
    ]
    assert [s.tied for s in result.standings] == [False, True, True]
    assert result.has_ties


def test_ties_are_judged_on_totals_rounded_to_two_decimals():
    # 76.004 and 75.996 both round to 76.00: a tie.
    nominees = [Nominee(1, "B"), Nominee(2, "A")]
    crit = [Criterion(1, "Satu", D(100))]
    result = rank_category(crit, nominees, scores({1: [(1, "76.004")], 2: [(1, "75.996")]}))
    assert summary(result) == [(1, "A", D("76.00")), (1, "B", D("76.00"))]


def test_rank_after_a_tie_skips():
    nominees = [Nominee(i, n) for i, n in enumerate("ABCD", start=1)]
    crit = [Criterion(1, "Satu", D(100))]
    result = rank_category(crit, nominees, scores({1: [(1, 90)], 2: [(1, 80)], 3: [(1, 80)],
                                                   4: [(1, 70)]}))  # fmt: skip
    assert [s.rank for s in result.standings] == [1, 2, 2, 4]


def test_nominee_missing_a_criterion_is_unranked_and_listed_last():
    nominees = [Nominee(1, "Lengkap"), Nominee(2, "Belum")]
    result = rank_category(W6040, nominees, scores({1: [(1, 50), (2, 50)], 2: [(1, 99)]}))
    assert summary(result) == [(1, "Lengkap", D("50.00")), (None, "Belum", None)]
    incomplete = result.standings[1]
    assert not incomplete.complete
    assert (incomplete.criteria_scored, incomplete.criteria_total) == (1, 2)
    assert result.ranked == [result.standings[0]]


def test_no_scores_at_all_ranks_nobody():
    result = rank_category(W6040, [Nominee(1, "B"), Nominee(2, "A")], [])
    assert summary(result) == [(None, "A", None), (None, "B", None)]
    assert result.ranked == []


def test_single_nominee_is_first_when_complete():
    result = rank_category(W6040, [Nominee(7, "Satu-satunya")], scores({7: [(1, 10), (2, 20)]}))
    assert summary(result) == [(1, "Satu-satunya", D("14.00"))]
    assert not result.has_ties


def test_no_nominee_gives_an_empty_ranking():
    result = rank_category(W6040, [], [])
    assert result.standings == []
    assert result.weights_valid


def test_weights_that_change_between_editions_change_the_order():
    """Same scores, two editions' weights: 2024 favours policy, 2025
    favours coverage performance."""
    nominees = [Nominee(1, "Kota A"), Nominee(2, "Kab. B")]
    table = scores({1: [(1, 90), (2, 60)], 2: [(1, 60), (2, 90)]})
    edition_2024 = [Criterion(1, "Kebijakan", D(70)), Criterion(2, "Kinerja", D(30))]
    edition_2025 = [Criterion(1, "Kebijakan", D(25)), Criterion(2, "Kinerja", D(75))]
    assert summary(rank_category(edition_2024, nominees, table)) == [
        (1, "Kota A", D("81.00")),
        (2, "Kab. B", D("69.00")),
    ]
    assert summary(rank_category(edition_2025, nominees, table)) == [
        (1, "Kab. B", D("82.50")),
        (2, "Kota A", D("67.50")),
    ]


@pytest.mark.parametrize(
    "weights", [[D(60), D(30)], [D(60), D(50)], [], [D("33.33"), D("33.33"), D("33.33")]]
)
def test_weights_not_totalling_100_rank_nobody(weights):
    crit = [Criterion(i, f"K{i}", w) for i, w in enumerate(weights, start=1)]
    table = scores({1: [(c.id, 80) for c in crit]})
    result = rank_category(crit, [Nominee(1, "A")], table)
    assert not result.weights_valid
    assert result.standings[0].rank is None
    assert result.standings[0].total is None
    assert result.weight_total == sum(weights, D(0))


def test_fractional_weights_totalling_100_are_valid():
    crit = [Criterion(1, "A", D("33.33")), Criterion(2, "B", D("33.33")),
            Criterion(3, "C", D("33.34"))]  # fmt: skip
    result = rank_category(crit, [Nominee(1, "X")], scores({1: [(1, 100), (2, 100), (3, 100)]}))
    assert result.weights_valid
    assert result.standings[0].total == D("100.00")


def test_scores_of_other_categories_are_ignored():
    stray = [Score(1, 99, D(100)), Score(42, 1, D(100))]
    result = rank_category(W6040, [Nominee(1, "A")], stray + scores({1: [(1, 50), (2, 50)]}))
    assert result.standings[0].total == D("50.00")
    assert set(result.standings[0].means) == {1, 2}
