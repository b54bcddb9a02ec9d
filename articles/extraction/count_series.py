"""A year-by-year series of bare counts under a subject of participation:
"Kepesertaan aktif ... terus meningkat, pada tahun 2022 sebanyak 98.506,
meningkat menjadi 138.325 di tahun 2023". The counts carry no noun, and the
word of participation opens the sentence, too far back for the usual look.
A mixin of ``CountRules``."""

from __future__ import annotations

import re

from .count_vetoes import _Count

_SUBJECT_SPAN = 40  # characters from the sentence start where the subject is named
_YEAR_SPAN = 30  # characters either side of the count where its year is named

# the count given as a level: "sebanyak 98.506", "menjadi 138.325"
_LEVEL_TAIL_RE = re.compile(r"\b(?:sebanyak|menjadi|sejumlah)[ \t]*$", re.IGNORECASE)
_YEAR_RE = re.compile(r"\btahun[ \t]+(?:19|20)\d\d\b", re.IGNORECASE)


class CountSeriesRules:
    def _level_of_a_yearly_series(self, k: _Count) -> bool:
        """A bare count given as a level ("sebanyak N", "menjadi N") beside the
        year it belongs to, in a sentence whose subject (in its first words) is
        participation."""
        c, s, text = k.c, k.s, self.text
        if not _LEVEL_TAIL_RE.search(k.tail[-20:]):
            return False
        if not self.hits["part"].any(s.lo, min(s.hi, s.lo + _SUBJECT_SPAN)):
            return False
        lo = max(s.lo, c.start - _YEAR_SPAN)
        return bool(
            _YEAR_RE.search(text, lo, c.start)
            or _YEAR_RE.search(text, c.end, min(s.hi, c.end + _YEAR_SPAN))
        )
