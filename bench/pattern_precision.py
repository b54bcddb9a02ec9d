"""How often each of the extractor's patterns is right on text it had not
been tuned on, and whether that would calibrate a proposal's confidence (#13).

    .venv/bin/python bench/pattern_precision.py [--cache DIR] [--check]

Each fresh set is read by the extractor of the commit that added the set's
labels, i.e. before anyone tuned a rule on it (``segment_model_cv``'s
``first_sight_proposals``, which exports that commit with ``git archive``
into the cache folder). For every pattern name it counts the proposals and
how many of them match a label strictly (value, metric, region and segment;
``eval_extraction.match``). Set I, held out, and the devset (tuned on from
the start, so it has no first sight) are left out.

``--check`` asks whether these precisions would make better confidences
than the rules' own: it leaves each set out, calibrates on the others (the
measured precision shrunk towards the rule's value by ``PRIOR_WEIGHT``
pseudo-observations) and compares, on the left-out set, the AUC (does a higher
confidence mean right more often?) and the Brier score of both.

Result (4 December 2026, sets C..S without I, 1 116 first-sight proposals,
726 right): the weakest patterns on unseen news are a count in a sentence
that merely talks about participation (``count.participants.cue_sentence``
0,50 of 151; ``workers_in_bpjs_sentence`` 0,35 of 31) and a workforce count
found the same way (0,20 of 15). Calibrating on them does not help: pooled
AUC 0,65 with the rules' confidences, 0,62 calibrated; Brier 0,214 and
0,217. The extractor keeps its rules' confidences.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_extraction import SETS, match  # noqa: E402
from segment_model_cv import first_sight_proposals  # noqa: E402

PRIOR_WEIGHT = 10

FIRST_SIGHT_SETS = tuple(name for name in SETS if name not in ("dev", "i"))


def judged(name: str, cache: Path) -> list[tuple[dict, bool]]:
    """A set's first-sight proposals, each with whether it matched a label strictly."""
    labels = json.loads((SETS[name] / "labels.json").read_text(encoding="utf-8"))
    proposals = first_sight_proposals(name, cache)
    wrong = {id(p) for p in match(proposals, labels, strict=True).false_hits}
    return [(p, id(p) not in wrong) for p in proposals]


def counts(cache: Path, sets=FIRST_SIGHT_SETS) -> dict[str, list[int]]:
    """pattern -> [proposals, strict hits] over the fresh sets at first sight."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in sets:
        for p, right in judged(name, cache):
            row = table[p.get("pattern") or "?"]
            row[0] += 1
            row[1] += right
    return dict(sorted(table.items()))


def auc(scored: list[tuple[float, bool]]) -> float:
    """How often a right proposal outranks a wrong one (ties count half)."""
    right = [s for s, ok in scored if ok]
    wrong = [s for s, ok in scored if not ok]
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return wins / (len(right) * len(wrong)) if right and wrong else float("nan")


def check(cache: Path) -> None:
    """Leave each set out, calibrate on the others, and compare on the left-out
    set the confidence the proposals carried with the calibrated one: the AUC
    (does a higher confidence mean right more often?) and the Brier score
    (mean squared distance of the confidence from 1 if right, 0 if wrong)."""
    header = ("set", "n", "AUC hand", "AUC cal", "Brier hand", "Brier cal")
    print("{:<4} {:>4} {:>9} {:>8} {:>11} {:>10}".format(*header))
    pooled_hand, pooled_cal = [], []
    for name in FIRST_SIGHT_SETS:
        table = counts(cache, [s for s in FIRST_SIGHT_SETS if s != name])
        hand, cal = [], []
        for p, right in judged(name, cache):
            n, hits = table.get(p.get("pattern") or "?", (0, 0))
            conf = float(p.get("confidence") or 0.5)
            hand.append((conf, right))
            cal.append(((hits + PRIOR_WEIGHT * conf) / (n + PRIOR_WEIGHT), right))
        pooled_hand += hand
        pooled_cal += cal
        print(f"{name:<4} {len(hand):>4} {auc(hand):>9.2f} {auc(cal):>8.2f} "
              f"{brier(hand):>11.3f} {brier(cal):>10.3f}")  # fmt: skip
    print(f"{'all':<4} {len(pooled_hand):>4} {auc(pooled_hand):>9.2f} {auc(pooled_cal):>8.2f} "
          f"{brier(pooled_hand):>11.3f} {brier(pooled_cal):>10.3f}")  # fmt: skip


def brier(scored: list[tuple[float, bool]]) -> float:
    return sum((s - ok) ** 2 for s, ok in scored) / len(scored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/cakupan-first-sight"),
                        help="folder for the exported extractors and their proposals")  # fmt: skip
    parser.add_argument("--check", action="store_true",
                        help="leave-one-set-out: hand confidence against calibrated")  # fmt: skip
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.check:
        check(args.cache)
        return
    table = counts(args.cache)
    print(f"{'pattern':<52} {'n':>4} {'right':>5} {'precision':>9}")
    for pattern, (n, right) in sorted(table.items(), key=lambda kv: -kv[1][0]):
        print(f"{pattern:<52} {n:>4} {right:>5} {right / n:>9.2f}")
    n = sum(row[0] for row in table.values())
    right = sum(row[1] for row in table.values())
    print(f"{'all':<52} {n:>4} {right:>5} {right / n:>9.2f}")


if __name__ == "__main__":
    main()
