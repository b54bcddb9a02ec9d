"""Scores -> weighted totals -> ranks, for one category. Pure: no Django.

The rule, as the edition page states it:

1. **Mean per criterion.** For each nominee and criterion, the mean of the
   scores the panel members entered (0-100). A member who entered nothing
   for that pair is left out of the mean, not counted as 0.
2. **Weighted total.** total = sum(weight x mean) / 100, rounded half-up to
   two decimals. The weights are the category's own, configured per edition
   (no official weights are published); they must total exactly 100.
3. **Complete or not.** A nominee with no score at all on some criterion is
   *incomplete*: it gets no total and no rank, and is listed after the
   ranked nominees (by name). A partial total would favour whoever was
   scored on the easy criteria.
4. **Ties.** Nominees whose rounded totals are equal share a rank and the
   next rank is skipped ("competition ranking": 1, 2, 2, 4). There is no
   automatic tie-break: a tie is flagged so the panel settles it in its
   plenary, as provincial panels do. Tied nominees are listed by name.
5. **Weights not totalling 100** (or no criteria): nobody is ranked; the
   page says why. The database cannot hold that cross-row rule, so the
   ranking refuses to produce a result that depends on it.

>>> w = [Criterion(1, "Kebijakan", Decimal(60)), Criterion(2, "Kinerja", Decimal(40))]
>>> n = [Nominee(10, "Kota A"), Nominee(11, "Kab. B"), Nominee(12, "Kab. C")]
>>> s = [Score(10, 1, Decimal(80)), Score(10, 2, Decimal(70)),
...      Score(11, 1, Decimal(70)), Score(11, 2, Decimal(85)),
...      Score(12, 1, Decimal(90))]
>>> [(r.rank, r.name, r.total) for r in rank_category(w, n, s).standings]
[(1, 'Kab. B', Decimal('76.00')), (1, 'Kota A', Decimal('76.00')), (None, 'Kab. C', None)]
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

WEIGHT_TOTAL = Decimal(100)
SCORE_MIN = Decimal(0)
SCORE_MAX = Decimal(100)
CENT = Decimal("0.01")
PLACES = 3  # the ceremony announces first, second and third place


@dataclass(frozen=True)
class Criterion:
    id: int
    name: str
    weight: Decimal


@dataclass(frozen=True)
class Nominee:
    id: int
    name: str


@dataclass(frozen=True)
class Score:
    nominee_id: int
    criterion_id: int
    value: Decimal


@dataclass(frozen=True)
class Standing:
    nominee_id: int
    name: str
    rank: int | None  # None: incomplete, or the weights are not valid
    total: Decimal | None  # weighted total, two decimals, when complete
    means: dict[int, Decimal]  # criterion id -> mean of the entered scores
    counts: dict[int, int]  # criterion id -> how many members scored it
    criteria_scored: int
    criteria_total: int
    tied: bool = False

    @property
    def complete(self) -> bool:
        return self.criteria_total > 0 and self.criteria_scored == self.criteria_total


@dataclass(frozen=True)
class Ranking:
    criteria: list[Criterion]
    standings: list[Standing] = field(default_factory=list)
    weight_total: Decimal = Decimal(0)

    @property
    def weights_valid(self) -> bool:
        return weights_valid([c.weight for c in self.criteria])

    @property
    def ranked(self) -> list[Standing]:
        return [s for s in self.standings if s.rank is not None]

    @property
    def has_ties(self) -> bool:
        return any(s.tied for s in self.standings)


def weight_sum(weights: Iterable[Decimal]) -> Decimal:
    """
    >>> weight_sum([Decimal("33.33"), Decimal("33.33"), Decimal("33.34")])
    Decimal('100.00')
    """
    return sum((Decimal(w) for w in weights), Decimal(0))


def weights_valid(weights: Iterable[Decimal]) -> bool:
    """True when there is at least one weight and they total exactly 100.

    >>> weights_valid([Decimal(60), Decimal(40)]), weights_valid([Decimal(60), Decimal(30)])
    (True, False)
    >>> weights_valid([])
    False
    """
    weights = list(weights)
    return bool(weights) and weight_sum(weights) == WEIGHT_TOTAL


def weighted_total(weights: dict[int, Decimal], means: dict[int, Decimal]) -> Decimal:
    """sum(weight x mean) / 100, rounded half-up to two decimals.

    >>> weighted_total({1: Decimal(60), 2: Decimal(40)}, {1: Decimal(80), 2: Decimal("72.5")})
    Decimal('77.00')
    """
    raw = sum((weights[c] * means[c] for c in weights), Decimal(0)) / WEIGHT_TOTAL
    return raw.quantize(CENT, rounding=ROUND_HALF_UP)


def competition_ranks(totals: list[Decimal]) -> list[int]:
    """Ranks for totals already sorted from highest: equal totals share a
    rank and the next one is skipped.

    >>> competition_ranks([Decimal(90), Decimal(80), Decimal(80), Decimal(70)])
    [1, 2, 2, 4]
    """
    ranks: list[int] = []
    for position, total in enumerate(totals, start=1):
        if ranks and total == totals[position - 2]:
            ranks.append(ranks[-1])
        else:
            ranks.append(position)
    return ranks


def _name_key(name: str, nominee_id: int) -> tuple[str, int]:
    return (name.casefold(), nominee_id)


def rank_category(
    criteria: Iterable[Criterion], nominees: Iterable[Nominee], scores: Iterable[Score]
) -> Ranking:
    """Rank the nominees of one category (the rule is in the module's
    docstring). Scores for other nominees or criteria are ignored."""
    criteria = list(criteria)
    nominees = list(nominees)
    weights = {c.id: Decimal(c.weight) for c in criteria}
    valid = weights_valid(weights.values())
    wanted = {n.id for n in nominees}
    values: dict[tuple[int, int], list[Decimal]] = defaultdict(list)
    for score in scores:
        if score.nominee_id in wanted and score.criterion_id in weights:
            values[(score.nominee_id, score.criterion_id)].append(Decimal(score.value))

    rows = []
    for nominee in nominees:
        means: dict[int, Decimal] = {}
        counts: dict[int, int] = {}
        for criterion_id in weights:
            entered = values.get((nominee.id, criterion_id))
            if entered:
                means[criterion_id] = sum(entered, Decimal(0)) / len(entered)
                counts[criterion_id] = len(entered)
        complete = bool(weights) and len(means) == len(weights)
        total = weighted_total(weights, means) if complete and valid else None
        rows.append((nominee, means, counts, total))

    ranked = sorted(
        (r for r in rows if r[3] is not None),
        key=lambda r: (-r[3], *_name_key(r[0].name, r[0].id)),
    )
    unranked = sorted(
        (r for r in rows if r[3] is None), key=lambda r: _name_key(r[0].name, r[0].id)
    )
    totals = [r[3] for r in ranked]
    ranks = competition_ranks(totals)
    tied_totals = {t for t in totals if totals.count(t) > 1}

    standings = [
        Standing(
            nominee_id=nominee.id,
            name=nominee.name,
            rank=rank,
            total=total,
            means=means,
            counts=counts,
            criteria_scored=len(means),
            criteria_total=len(weights),
            tied=total in tied_totals,
        )
        for (nominee, means, counts, total), rank in zip(ranked, ranks, strict=True)
    ]
    standings += [
        Standing(
            nominee_id=nominee.id,
            name=nominee.name,
            rank=None,
            total=None,
            means=means,
            counts=counts,
            criteria_scored=len(means),
            criteria_total=len(weights),
        )
        for nominee, means, counts, _total in unranked
    ]
    return Ranking(
        criteria=criteria, standings=standings, weight_total=weight_sum(weights.values())
    )


def apply_tie_breaks(result: Ranking, positions: dict[int, int]) -> Ranking:
    """The plenary's decisions on ties: a group of tied nominees whose every
    member has a recorded position (nominee id -> 1, 2, ...) is ordered by
    it and takes distinct ranks from the group's shared rank on; it is no
    longer flagged as tied. Groups without a full decision stay tied.

    >>> w = [Criterion(1, "Kinerja", Decimal(100))]
    >>> n = [Nominee(10, "A"), Nominee(11, "B"), Nominee(12, "C")]
    >>> s = [Score(10, 1, Decimal(80)), Score(11, 1, Decimal(80)), Score(12, 1, Decimal(70))]
    >>> r = apply_tie_breaks(rank_category(w, n, s), {11: 1, 10: 2})
    >>> [(x.rank, x.name, x.tied) for x in r.standings]
    [(1, 'B', False), (2, 'A', False), (3, 'C', False)]
    >>> [(x.rank, x.tied) for x in apply_tie_breaks(rank_category(w, n, s), {11: 1}).standings]
    [(1, True), (1, True), (3, False)]
    """
    from dataclasses import replace

    ranked = result.ranked
    groups: dict[int, list[Standing]] = defaultdict(list)
    for standing in ranked:
        groups[standing.rank].append(standing)
    ordered: list[Standing] = []
    for rank in sorted(groups):
        group = groups[rank]
        if len(group) > 1 and all(s.nominee_id in positions for s in group):
            group = sorted(group, key=lambda s: positions[s.nominee_id])
            group = [replace(s, rank=rank + i, tied=False) for i, s in enumerate(group)]
        ordered += group
    unranked = [s for s in result.standings if s.rank is None]
    return replace(result, standings=ordered + unranked)
