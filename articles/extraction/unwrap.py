"""Hard-wrapped text (issue #13, round 9): some outlets' pages come out with a
line break every sixty to a hundred characters, mid-sentence ("... mencatat
bahwa\\ncover kepesertaan ..."), so that every line would be read as a
paragraph of its own. In such a text the breaks inside a sentence become
spaces (same length: offsets still point into the text as published); the
first line (the headline) and lines ending a sentence keep their break."""

from __future__ import annotations

import re

# a line break after a line that ends no sentence, before a line that goes on
_WRAPPED_BREAK_RE = re.compile(r"(?<=[^\s.!?:;\"\u201d'\u2019)])[ \t]*\n(?=[ \t]*[^\W_])")
# a line going on in lower case (a list's items start with a number or a
# capital), after a line that ends no sentence: the mark of a wrapped text
_GOES_ON_RE = re.compile(r"\n[ \t]*[a-z]")
_SENTENCE_END = frozenset(".!?:;\"\u201d'\u2019)")
# a wrapped text: many lines go on in lower case, and at least this many do
_MIN_WRAPPED = 5
_MIN_SHARE = 0.25


def unwrap_lines(text: str) -> str:
    """The text with the line breaks inside its sentences read as spaces, if it
    is hard-wrapped; otherwise the text itself.

    >>> unwrap_lines("Judul\\n" + "kata kata\\nlanjut kata.\\n" * 6)[:30]
    'Judul\\nkata kata lanjut kata.\\nk'
    """
    lines = text.count("\n")
    if lines < 2 * _MIN_WRAPPED:
        return text
    first = text.find("\n")
    goes_on = 0
    for m in _GOES_ON_RE.finditer(text, first + 1):
        before = text[m.start() - 1]
        if not before.isspace() and before not in _SENTENCE_END:
            goes_on += 1
    if goes_on < _MIN_WRAPPED or goes_on < _MIN_SHARE * lines:
        return text
    out = list(text)
    for m in _WRAPPED_BREAK_RE.finditer(text, first + 1):
        out[m.end() - 1] = " "
    return "".join(out)
