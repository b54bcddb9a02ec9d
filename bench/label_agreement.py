"""How far two people who labelled the same articles agree, scored exactly as
the extractor is scored (bench/eval_extraction.py): the second labeller's
labels take the place of the extractor's proposals.

    .venv/bin/python bench/label_agreement.py tests/data/realset_p [--verbose]

reads the first labeller's list (``labels_first.json`` where a third reader
has since settled the two into the set's ``labels.json``, as in AQ, AS, AV;
otherwise ``labels.json``) and ``labels_second.json`` (a second labeller's,
made from the text alone without seeing the first) in that folder. The
strict F1 between two careful readers is the ceiling an extractor can be
expected to reach against either of them.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_extraction import match, report  # noqa: E402


def as_proposals(labels: list[dict]) -> list[dict]:
    return [
        {**label, "region_name": label["region"], "as_of": label.get("as_of"), "pattern": "label"}
        for label in labels
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a set folder holding both label files")
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    first_file = args.folder / "labels_first.json"
    if not first_file.exists():
        first_file = args.folder / "labels.json"
    first = json.loads(first_file.read_text(encoding="utf-8"))
    second = json.loads((args.folder / "labels_second.json").read_text(encoding="utf-8"))
    proposals = as_proposals(second)
    loose = match(proposals, first, strict=False)
    strict = match(proposals, first, strict=True)
    for line in report(loose, strict, verbose=args.verbose):
        print(line)


if __name__ == "__main__":
    main()
