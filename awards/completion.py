"""Who has scored what: the completion matrix of an edition (panel members
x nominees x criteria). Pure: no Django.

The rule for a missing score (the lock's rule): an assessment is locked
only when every seat of the panel has scored every criterion of every
nominee, or the secretariat has recorded that the member abstains on that
nominee (with a reason, e.g. a conflict of interest). A blank is never
counted as zero and never silently left out of a final ranking.

>>> c = completion(seat_ids=[1, 2], nominees=[(10, 7), (11, 7)], criteria={7: [100, 101]},
...                scored={(1, 10, 100), (1, 10, 101), (1, 11, 100), (2, 10, 100)},
...                abstained={(2, 11)})
>>> c.complete, c.missing_count
(False, 2)
>>> [(x.seat_id, x.nominee_id, x.scored, x.total, x.abstained) for x in c.cells if not x.complete]
[(1, 11, 1, 2, False), (2, 10, 1, 2, False)]
>>> c.seat_missing(2), c.seat_missing(1)
(1, 1)
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    seat_id: int
    nominee_id: int
    scored: int
    total: int
    abstained: bool = False
    missing: tuple[int, ...] = ()  # criterion ids without a score

    @property
    def complete(self) -> bool:
        return self.abstained or self.scored == self.total


@dataclass(frozen=True)
class Completion:
    cells: list[Cell] = field(default_factory=list)

    @property
    def missing_count(self) -> int:
        """Scores still missing (abstentions excepted)."""
        return sum(len(c.missing) for c in self.cells if not c.abstained)

    @property
    def complete(self) -> bool:
        return all(c.complete for c in self.cells)

    def cell(self, seat_id: int, nominee_id: int) -> Cell | None:
        return next(
            (c for c in self.cells if c.seat_id == seat_id and c.nominee_id == nominee_id), None
        )

    def seat_missing(self, seat_id: int) -> int:
        return sum(len(c.missing) for c in self.cells if c.seat_id == seat_id and not c.abstained)


def completion(
    *,
    seat_ids: Iterable[int],
    nominees: Iterable[tuple[int, int]],
    criteria: Mapping[int, list[int]],
    scored: set[tuple[int, int, int]],
    abstained: set[tuple[int, int]],
    interview: set[int] = frozenset(),
    shortlisted: set[int] = frozenset(),
) -> Completion:
    """``nominees``: (nominee id, category id); ``criteria``: category id ->
    criterion ids; ``scored``: (seat, nominee, criterion) that have a score;
    ``abstained``: (seat, nominee) recorded as abstaining; ``interview``:
    the interview criteria, wanted only of the ``shortlisted`` nominees.

    >>> c = completion(seat_ids=[1], nominees=[(10, 7), (11, 7)], criteria={7: [100, 101]},
    ...                scored={(1, 10, 100), (1, 11, 100)}, abstained=set(),
    ...                interview={101}, shortlisted={11})
    >>> [(x.nominee_id, x.scored, x.total) for x in c.cells]
    [(10, 1, 1), (11, 1, 2)]
    """
    nominees = list(nominees)
    cells = []
    for seat_id in seat_ids:
        for nominee_id, category_id in nominees:
            wanted = [
                c
                for c in criteria.get(category_id, [])
                if c not in interview or nominee_id in shortlisted
            ]
            missing = tuple(c for c in wanted if (seat_id, nominee_id, c) not in scored)
            cells.append(
                Cell(
                    seat_id=seat_id,
                    nominee_id=nominee_id,
                    scored=len(wanted) - len(missing),
                    total=len(wanted),
                    abstained=(seat_id, nominee_id) in abstained,
                    missing=missing,
                )
            )
    return Completion(cells)
