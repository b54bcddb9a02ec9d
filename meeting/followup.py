"""The Inpres 2/2021 follow-up, counted. Pure: no Django imports.

Each recorded step is a row as of a date; what a region has done is the
newest row of each step (and, for ecosystem enrolment, of each group). A
province page counts its kab/kota by the state of their newest row:
"19 dari 24 kab/kota punya Perbup/Perwali".
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# The order steps are listed in, and the steps a province counts across its
# kab/kota (enrolment is per group, with its own denominator: listed, not
# counted).
KIND_ORDER = ("regulation", "budget", "ecosystem", "licensing", "prosecutor", "uptake")
COUNTED_KINDS = ("regulation", "budget", "licensing", "prosecutor")
STATE_ORDER = ("done", "in_progress", "not_yet")

StepKey = tuple[int, str, str]  # (region id, kind, group)


def latest_per_step(items: Iterable[Any]) -> dict[StepKey, Any]:
    """The newest row of each region, step and group (on the same date the
    one recorded last).

    >>> from types import SimpleNamespace as Row
    >>> from datetime import date
    >>> rows = [Row(pk=1, region_id=7, kind="regulation", group="", as_of=date(2022, 1, 1)),
    ...         Row(pk=2, region_id=7, kind="regulation", group="", as_of=date(2023, 4, 30)),
    ...         Row(pk=3, region_id=7, kind="ecosystem", group="rt_rw", as_of=date(2021, 1, 1))]
    >>> sorted(row.pk for row in latest_per_step(rows).values())
    [2, 3]
    """
    latest: dict[StepKey, Any] = {}
    for item in items:
        key = (item.region_id, item.kind, item.group)
        held = latest.get(key)
        if held is None or (item.as_of, item.pk) > (held.as_of, held.pk):
            latest[key] = item
    return latest


def ordered(items: Iterable[Any]) -> list[Any]:
    """Steps in KIND_ORDER, ecosystem groups by name, newest first."""
    rank = {kind: index for index, kind in enumerate(KIND_ORDER)}
    by_date = sorted(items, key=lambda i: (i.as_of, i.pk), reverse=True)
    return sorted(by_date, key=lambda i: (rank.get(i.kind, 99), i.group))


@dataclass(frozen=True)
class StepCount:
    """How many of a province's kab/kota stand where on one step."""

    kind: str
    done: int
    in_progress: int
    not_yet: int
    total: int

    @property
    def unrecorded(self) -> int:
        return self.total - self.done - self.in_progress - self.not_yet


def count_steps(
    child_ids: Iterable[int], latest: dict[StepKey, Any], kinds: Iterable[str] = COUNTED_KINDS
) -> list[StepCount]:
    """For each step, the kab/kota whose newest row is done, in progress or
    not yet, out of all of them (those with no row are unrecorded).

    >>> from types import SimpleNamespace as Row
    >>> latest = {(1, "regulation", ""): Row(state="done"),
    ...           (2, "regulation", ""): Row(state="done"),
    ...           (3, "regulation", ""): Row(state="not_yet")}
    >>> count = count_steps([1, 2, 3, 4], latest, ["regulation"])[0]
    >>> (count.done, count.not_yet, count.unrecorded, count.total)
    (2, 1, 1, 4)
    """
    child_ids = list(child_ids)
    counts = []
    for kind in kinds:
        states = [latest[(c, kind, "")].state for c in child_ids if (c, kind, "") in latest]
        counts.append(
            StepCount(
                kind=kind,
                done=states.count("done"),
                in_progress=states.count("in_progress"),
                not_yet=states.count("not_yet"),
                total=len(child_ids),
            )
        )
    return counts


def state_rank(state: str | None) -> int:
    """Sort key of a state: done first, no row last.

    >>> [state_rank(s) for s in ("done", "in_progress", "not_yet", None)]
    [0, 1, 2, 3]
    """
    return STATE_ORDER.index(state) if state in STATE_ORDER else len(STATE_ORDER)
