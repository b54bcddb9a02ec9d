"""Extract the figures of the speed benchmark's text once, for an instruction
count: steadier than time on a shared machine, whose clock speed varies from
run to run.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python bench/extraction_instructions.py 200000
    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python bench/extraction_instructions.py 1

The second run (one character of text) measures start-up alone; the
difference between the two "Collected" lines is the reading of 200 kB.
On 4 December 2026: 1 714 M instructions at 0fce40f, 1 877 M at 0097441
(+10 %: the day's new readings). Later on 4 December 2026, with the round mixins
folded into their rules: 2 009 M at 2c5ebd5, 1 904 M after the fold (-5 %).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articles.extraction import extract_figures  # noqa: E402
from bench.extraction_speed import build_text, load_index  # noqa: E402


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    index, _source = load_index()
    extract_figures(build_text(size), index)


if __name__ == "__main__":
    main()
