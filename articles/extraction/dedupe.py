"""One proposal per figure: duplicates, restatements without the segment,
rounded twins and the workers counted named again as the covered are
dropped."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .figures import (
    AWARD_RANK,
    BUDGET_IDR,
    COVERAGE_PCT,
    METRICS,
    PARTICIPANTS,
    TARGET_PCT,
    TOTAL,
    WORKFORCE,
    Figure,
)

# how the text dated a figure (``AsOfRules._dating``): the mention of a figure
# told twice that is kept is the best dated, the first of those
NOT_DATED, DATED, NAMED_DATE = 0, 1, 2


def _dedupe(figures: Sequence[tuple[bool, int, Figure]]) -> list[Figure]:
    """One figure per metric/segment/value/region (and year, for placements):
    the first in the body that the text dates, else the first; a headline
    figure only when the body does not repeat it. A restatement is dropped:
    the same value again without its segment ("masih 36 persen" after "36
    persen tenaga informal"), or rounded ("satu juta" beside "1.010.000")."""
    kept: dict[tuple, tuple[bool, Figure]] = {}
    headline: dict[tuple, tuple[bool, Figure]] = {}
    for is_headline, dated, figure in figures:
        key = (figure.metric, figure.segment, figure.value, figure.region_code)
        if figure.metric == AWARD_RANK:
            # per year: a prize of 2024 and the standing dated 31 March 2024
            # that says it again ("..., tertinggi di Bali") are one placement
            key = (*key, figure.as_of[:4] if figure.as_of else None)
        target = headline if is_headline else kept
        if key not in target or dated > target[key][0]:
            target[key] = (dated, figure)
    # the headline restates the body ("Jumlah Kepesertaan Baru 56 Persen"), with
    # a region guessed from a dateline at best: kept only when the body lacks it
    in_body = {(key[0], key[2]) for key in kept}
    for key, item in headline.items():
        if (key[0], key[2]) not in in_body:
            kept[key] = item
    out = [figure for _dated, figure in kept.values()]
    by_value: dict[tuple, list[Figure]] = {}
    by_group: dict[tuple, list[Figure]] = {}
    for f in out:
        by_value.setdefault((f.metric, f.value, f.region_code), []).append(f)
        by_group.setdefault((f.metric, f.segment, f.region_code), []).append(f)
    first_exact: dict[Decimal, Figure] = {}
    first_workers: dict[tuple, Figure] = {}
    for f in sorted(out, key=lambda f: f.start):
        if f.metric in (PARTICIPANTS, WORKFORCE) and _exact(f.value):
            first_exact.setdefault(f.value, f)
        if f.metric == WORKFORCE:
            first_workers.setdefault((f.value, f.region_code), f)
    targets = {(f.segment, f.value, f.region_code) for f in out if f.metric == TARGET_PCT}
    out = [
        f
        for f in out
        if not _restates_segmented(f, by_value[(f.metric, f.value, f.region_code)])
        and not _rounded_twin(f, by_group[(f.metric, f.segment, f.region_code)])
        # "965.845 orang" told twice, once as the enrolled, once as "total tenaga
        # kerja": a count that exact is one figure, read as it was first
        and not (
            f.metric in (PARTICIPANTS, WORKFORCE)
            and _exact(f.value)
            and first_exact[f.value].metric != f.metric
            and first_exact[f.value].start < f.start
        )
        and not _workers_said_again(f, first_workers)
        # "Coverage Ditarget 50%" and "menargetkan cakupan ... 50%": a rate of the
        # same value, group and place as a target is the target said again
        and not (f.metric == COVERAGE_PCT and (f.segment, f.value, f.region_code) in targets)
    ]
    return sorted(out, key=lambda f: (f.start, METRICS.index(f.metric)))


def _workers_said_again(figure: Figure, first_workers: dict[tuple, Figure]) -> bool:
    """ "terdapat 70 ribu pekerja rentan di X" (the workers), then "berkomitmen
    melindungi 70 ribu pekerja rentan" in the same or a later sentence, of the
    same place: the workers counted named again, not as many covered. (A
    count as exact as "965.845" is one figure whichever way it was read
    first, above.)"""
    if figure.metric != PARTICIPANTS or _exact(figure.value):
        return False
    first = first_workers.get((figure.value, figure.region_code))
    # before it, too, when the workers are named by a word of their own ("12 juta
    # potensi", "potensinya ada 205 ribu tenaga kerja", "Data Pemkot X mencatat
    # sebanyak 70 ribu pekerja rentan di wilayahnya")
    return first is not None and (
        first.start <= figure.start or first.pattern.rpartition(".")[2] in _NAMED_WORKERS
    )


_NAMED_WORKERS = frozenset(("cue_after", "cue_before", "cue_sentence", "vulnerable_a_place_has"))


def _restates_segmented(figure: Figure, same_value: list[Figure]) -> bool:
    """Stated before with its segment, now again without it."""
    return figure.segment == TOTAL and any(
        other.segment != TOTAL and other.start < figure.start for other in same_value
    )


def _exact(value: Decimal) -> bool:
    """A count too exact to recur by chance (not rounded to thousands).

    >>> _exact(Decimal(965845)), _exact(Decimal(1300000))
    (True, False)
    """
    return value >= 1000 and value % 1000 != 0


def _significant_digits(value: Decimal) -> int:
    digits = format(value.normalize(), "f").replace(".", "").strip("0")
    return len(digits)


def _rounded_twin(figure: Figure, same_group: list[Figure]) -> bool:
    """ "1,7 juta" beside "1.786.809" of the same metric, segment and region;
    "31 persen" beside "31,32 persen", "Rp 4,6 miliar" beside "Rp 4,63 miliar"."""
    if len(same_group) < 2:
        return False
    if figure.metric == COVERAGE_PCT:
        return figure.value == figure.value.to_integral_value() and any(
            other.value != other.value.to_integral_value() and abs(other.value - figure.value) < 1
            for other in same_group
        )
    if figure.metric not in (PARTICIPANTS, WORKFORCE, BUDGET_IDR):
        return False  # "Rp 4,6 miliar" beside "Rp 4,63 miliar" too
    if _significant_digits(figure.value) > 2:
        return False
    return any(
        other is not figure
        and _significant_digits(other.value) > 2
        and abs(other.value - figure.value) <= other.value * Decimal("0.05")
        # ("Rp2,016 miliar pada tahun 2025" and "tahun depan ... 2 miliar": two years)
        and not _other_years(figure, other)
        for other in same_group
    )


def _other_years(a: Figure, b: Figure) -> bool:
    """Whether both figures are dated, to different years."""
    return bool(a.as_of and b.as_of and a.as_of[:4] != b.as_of[:4])


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------
