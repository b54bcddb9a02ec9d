"""Measure the figure extractor on real news: the development set in
tests/data/devset/ (29 public Indonesian articles, 130 hand labels) and the
fresh sets in tests/data/realset_c..n/ (tests/data/realsets.md says which were
tuned on and which are held out: I has never been opened by those who tune).

    .venv/bin/python bench/eval_extraction.py [--set dev|c|...|n|all] [--verbose] [--dir DIR]

``--set all`` prints one summary line per set; ``--verbose`` lists every miss
and false hit (do not read those of a held-out set while tuning).

Reads every ``articles/NN.txt`` (line 1 ``URL: ...``, then the text as
published), runs ``extract_figures`` with the region register from fixtures/
(no database), and compares the proposals with ``labels.json``:

- a proposal matches a label when the article, the metric and the value agree
  (0.01 for percents, exact for ranks, 0.5 % relative otherwise);
- *strict* also needs the region (compared by name, level words and case
  ignored) and, for coverage, participants, targets and workforce, the
  segment;
- each label is matched once; a second proposal of an already matched label
  is neither a hit nor a false hit.

Prints precision, recall and F1 loose and strict, per metric and per segment
(strict), how many matched labels carry their labelled as-of date, and with
``--verbose`` every miss, false hit and wrong date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.documents import parse_article_file  # noqa: E402
from articles.extraction import extract_figures, region_index_from_fixture  # noqa: E402

DEVSET = ROOT / "tests" / "data" / "devset"
_SECOND_LETTERS = "abcdefghijklmnopqrstuvwxy"  # realset_aa .. realset_ay
SETS = {
    "dev": DEVSET,
    "c": ROOT / "tests" / "data" / "realset_c",
    "d": ROOT / "tests" / "data" / "realset_d",
    "e": ROOT / "tests" / "data" / "realset_e",
    "f": ROOT / "tests" / "data" / "realset_f",
    "g": ROOT / "tests" / "data" / "realset_g",
    "h": ROOT / "tests" / "data" / "realset_h",
    **{
        name: ROOT / "tests" / "data" / f"realset_{name}"
        for name in [*"ijklmnopqrstuvwxyz", *(f"a{letter}" for letter in _SECOND_LETTERS)]
    },
}
SEGMENTED = frozenset({"coverage_pct", "participants", "target_pct", "workforce"})
PERCENTS = frozenset({"coverage_pct", "target_pct"})
_SAME_PLACE = {
    "dki jakarta": "jakarta",
    "daerah khusus ibukota jakarta": "jakarta",
    "di yogyakarta": "yogyakarta",
    "daerah istimewa yogyakarta": "yogyakarta",
    "bangka belitung": "kepulauan bangka belitung",
    "nasional": "indonesia",
}


def place_key(name: str | None) -> str:
    """A region name without level words, case, punctuation or spaces, for
    comparing ("Toli-Toli" and "Tolitoli", "Pangkal Pinang" and "Pangkalpinang"
    are one place)."""
    if not name:
        return ""
    key = unicodedata.normalize("NFKD", name).lower()
    key = " ".join(re.sub(r"[^a-z0-9 ]+", " ", key).split())
    key = re.sub(r"^(?:provinsi|propinsi|prov|kabupaten|kab) ", "", key)
    key = re.sub(r"^kota administrasi ", "kota ", key)
    return _SAME_PLACE.get(key, key).replace(" ", "")


def same_value(metric: str, proposed: float, labelled: float) -> bool:
    if metric in PERCENTS:
        return abs(proposed - labelled) <= 0.011
    if metric == "award_rank":
        return proposed == labelled
    return abs(proposed - labelled) <= 0.005 * max(abs(labelled), 1)


@dataclass
class Result:
    hits: dict[int, dict]  # label index -> the proposal that matched it
    false_hits: list[dict]
    proposals: list[dict]
    labels: list[dict]

    def counts(self, keep=lambda _item: True) -> tuple[int, int, int]:
        """(true positives, false positives, labels) among the items ``keep`` accepts."""
        tp = sum(1 for i in self.hits if keep(self.labels[i]))
        fp = sum(1 for p in self.false_hits if keep(p))
        return tp, fp, sum(1 for label in self.labels if keep(label))


def prf(tp: int, fp: int, n_labels: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / n_labels if n_labels else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def match(proposals: list[dict], labels: list[dict], *, strict: bool) -> Result:
    hits: dict[int, dict] = {}
    false_hits: list[dict] = []
    for p in proposals:
        found = None
        for i, label in enumerate(labels):
            if label["article"] != p["article"] or label["metric"] != p["metric"]:
                continue
            if not same_value(label["metric"], float(p["value"]), float(label["value"])):
                continue
            if strict:
                if place_key(p.get("region_name")) != place_key(label["region"]):
                    continue
                if (
                    label["metric"] in SEGMENTED
                    and (p.get("segment") or "total") != label["segment"]
                ):
                    continue
            found = i
            if i not in hits:
                break
        if found is None:
            false_hits.append(p)
        elif found not in hits or (
            hits[found].get("as_of") != label_date(labels[found])
            and p.get("as_of") == label_date(labels[found])
        ):
            hits[found] = p
    return Result(hits, false_hits, proposals, labels)


def label_date(label: dict) -> str | None:
    return str(label["as_of"]) if label.get("as_of") else None


def propose(directory: Path) -> list[dict]:
    """The extractor's proposals for every article of the set, as dicts."""
    index = region_index_from_fixture(
        ROOT / "fixtures" / "regions.json", ROOT / "fixtures" / "region_aliases.json"
    )
    proposals = []
    for path in sorted((directory / "articles").glob("*.txt")):
        document = parse_article_file(path.read_text(encoding="utf-8"))
        url = document.header("url") or None
        for figure in extract_figures(document.text, index, url=url):
            proposals.append({"article": path.stem, **figure.to_dict()})
    return proposals


def evaluate(directory: Path = DEVSET) -> tuple[Result, Result]:
    labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    proposals = propose(directory)
    return match(proposals, labels, strict=False), match(proposals, labels, strict=True)


def _row(name: str, tp: int, fp: int, n: int) -> str:
    p, r, f = prf(tp, fp, n)
    return f"  {name:<14} {n:>6} {tp:>5} {fp:>5}   {p:5.2f} {r:5.2f} {f:5.2f}"


def report(loose: Result, strict: Result, *, verbose: bool) -> Iterable[str]:
    for name, result in (("loose", loose), ("strict", strict)):
        tp, fp, n = result.counts()
        p, r, f = prf(tp, fp, n)
        yield (
            f"{name:<6}: proposals={len(result.proposals)} labels={n} "
            f"precision={p:.2f} recall={r:.2f} f1={f:.2f}"
        )
    header = f"  {'':<14} {'labels':>6} {'hits':>5} {'false':>5}   {'P':>5} {'R':>5} {'F1':>5}"
    metrics = sorted(
        {label["metric"] for label in strict.labels} | {p["metric"] for p in strict.false_hits}
    )
    for name, result in (("loose", loose), ("strict", strict)):
        yield f"{name}, per metric:"
        yield header
        for metric in metrics:
            yield _row(metric, *result.counts(lambda item, m=metric: item["metric"] == m))
    yield "strict, per segment (coverage, participants, targets, workforce):"
    yield header
    for segment in sorted({label["segment"] for label in strict.labels}):
        yield _row(
            segment,
            *strict.counts(
                lambda item, s=segment: item["metric"] in SEGMENTED and item["segment"] == s
            ),
        )
    dated = [i for i in strict.hits if label_date(strict.labels[i])]
    right = [i for i in dated if strict.hits[i].get("as_of") == label_date(strict.labels[i])]
    yield f"dates: {len(right)}/{len(dated)} strict hits with a labelled date carry that date"
    if not verbose:
        return
    for i, label in enumerate(strict.labels):
        if i not in strict.hits:
            near = "" if i not in loose.hits else " (value found: " + _brief(loose.hits[i]) + ")"
            yield (
                f"missed:    {label['article']} {label['metric']} {label['segment']} "
                f"{label['value']} {label['region']}{near}"
            )
    for i in dated:
        if i not in right:
            label = strict.labels[i]
            yield (
                f"date:      {label['article']} {label['metric']} {label['value']} "
                f"want {label['as_of']} got {strict.hits[i].get('as_of')}"
            )
    for p in strict.false_hits:
        yield f"false hit: {p['article']} {_brief(p)} [{p.get('pattern')}]"


def _brief(p: dict) -> str:
    return f"{p['metric']} {p['segment']} {p['value']} {p.get('region_name')} {p.get('as_of')}"


def summary_line(name: str, loose: Result, strict: Result) -> str:
    lp, lr, lf = prf(*loose.counts())
    sp, sr, sf = prf(*strict.counts())
    return (
        f"{name:<5} {len(strict.labels):>6} {len(strict.proposals):>9}   "
        f"{lp:5.2f} {lr:5.2f} {lf:5.2f}   {sp:5.2f} {sr:5.2f} {sf:5.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and false hit")
    parser.add_argument(
        "--set", choices=[*SETS, "all"], default="dev", help="which labelled set (default dev)"
    )
    parser.add_argument("--dir", type=Path, help="any set laid out as the devset (overrides --set)")
    args = parser.parse_args()
    if args.set == "all" and args.dir is None:
        print(
            f"{'set':<5} {'labels':>6} {'proposals':>9}   {'loose P':>7} {'R':>5} {'F1':>5}"
            f"   {'strict P':>8} {'R':>5} {'F1':>5}"
        )
        for name, directory in SETS.items():
            print(summary_line(name, *evaluate(directory)))
        return
    loose, strict = evaluate(args.dir or SETS[args.set])
    for line in report(loose, strict, verbose=args.verbose):
        print(line)


if __name__ == "__main__":
    main()
