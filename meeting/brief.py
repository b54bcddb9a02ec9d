"""The arithmetic of the printed brief. Pure: no Django imports.

- change since a date: the current rate minus the latest charted rate on or
  before that date;
- rank among peers: 1 + the peers with a strictly higher latest rate;
- the kab/kota table of a province, laggards (lowest rate) first.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Change:
    since: date  # the date asked for
    base_as_of: date  # the date of the rate compared against
    base_percent: Decimal
    points: Decimal  # current minus base, in percentage points
    base_figure_id: int | None = None


def change_since(
    rates: Sequence[Any], since: date, current_percent: Decimal | None
) -> Change | None:
    """``rates`` have ``as_of``, ``percent`` and optionally ``figure_id``.

    >>> from types import SimpleNamespace as R
    >>> rates = [R(as_of=date(2024, 6, 30), percent=Decimal("40.4")),
    ...          R(as_of=date(2025, 7, 10), percent=Decimal("47"))]
    >>> change = change_since(rates, date(2024, 12, 3), Decimal("47"))
    >>> change.points, change.base_as_of
    (Decimal('6.6'), datetime.date(2024, 6, 30))
    >>> change_since(rates, date(2020, 1, 1), Decimal("47")) is None
    True
    """
    if current_percent is None:
        return None
    before = [r for r in rates if r.as_of <= since]
    if not before:
        return None
    base = max(before, key=lambda r: r.as_of)
    return Change(
        since=since,
        base_as_of=base.as_of,
        base_percent=Decimal(base.percent),
        points=Decimal(current_percent) - Decimal(base.percent),
        base_figure_id=getattr(base, "figure_id", None),
    )


@dataclass(frozen=True)
class Rank:
    position: int
    of: int


def rank_among(own_id: int, peers: Iterable[tuple[int, Decimal | None]]) -> Rank | None:
    """Position of ``own_id`` by latest rate among peers with a rate (ties
    share the higher place); None when it has no rate.

    >>> rank_among(3, [(1, Decimal("60")), (2, Decimal("47")), (3, Decimal("47")), (4, None)])
    Rank(position=2, of=3)
    >>> rank_among(4, [(1, Decimal("60")), (4, None)]) is None
    True
    """
    rated = {pk: Decimal(p) for pk, p in peers if p is not None}
    if own_id not in rated:
        return None
    own = rated[own_id]
    return Rank(position=1 + sum(1 for p in rated.values() if p > own), of=len(rated))


def laggards_first(rows: Iterable[Any], percent=lambda row: row.percent) -> list[Any]:
    """Lowest rate first; rows without a rate after all rated ones, in the
    order given.

    >>> laggards_first([5, None, 2, 9], percent=lambda r: r)
    [2, 5, 9, None]
    """
    rows = list(rows)
    rated = sorted((r for r in rows if percent(r) is not None), key=percent)
    return rated + [r for r in rows if percent(r) is None]
