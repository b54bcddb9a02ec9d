"""A standing said of the rate just stated (round "probe"): "... mencapai
81,2 persen, tertinggi di Kepri", "... sebesar 86,40% hingga Oktober 2024,
menjadikannya yang tertinggi di provinsi setempat". The rate's words
("cakupan", "coverage") come earlier in the sentence, too far before
"tertinggi" for the standing rules, which look for them right before the
superlative ("coverage tertinggi di Bali"); the percent the superlative
follows says the same. First place, in a sentence about coverage. And
"peringkat ke-5 cakupan tertinggi di Sumsel" is the fifth place, not the
first too. A mixin placed before ``SpurStandings`` in the extractor; pure
Python."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .figures import AWARD_RANK

# the percent, its date if any, a comma, and the words that make the standing
# the rate's: "persen, tertinggi", "%, menjadikannya yang tertinggi",
# "persen dan menjadi yang tertinggi", "persen hingga Oktober 2024, merupakan
# yang tertinggi"
_RATE_THEN_TOP_RE = re.compile(
    r"(?:%|\bpersen)"
    r"(?:[ \t]+(?:hingga|sampai|per|pada)[ \t]+[^.;%,\d]{0,20}\d{4})?"
    r"[ \t]*,?[ \t]*"
    r"(?:(?:dan[ \t]+)?(?:menjadikannya|menjadi|merupakan|tercatat[ \t]+sebagai|sebagai)[ \t]+)?"
    r"(?:yang[ \t]+)?$",
    re.IGNORECASE,
)
_REACH = 70
# an ordinal standing the superlative qualifies: "peringkat ke-5 (cakupan) tertinggi"
_ORDINAL_BEFORE_RE = re.compile(
    r"\b(?:peringkat|urutan|posisi|ranking|rangking)[ \t]+(?:ke[-\s]?)?\w+\b[^.;,\d]{0,30}$",
    re.IGNORECASE,
)
# a change said before the percent: "naik 12 persen, tertinggi di ..." ranks growth
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:naik|kenaikan|meningkat|peningkatan|tumbuh|pertumbuhan|bertambah|penambahan"
    r"|turun|penurunan|melonjak|lonjakan)\b[^.;,]{0,25}$",
    re.IGNORECASE,
)


class ProbeStandings:
    def _classify_standing(self, c: _Cand, s: _Sentence):
        if c.rank_kw == "tertinggi":
            if _ORDINAL_BEFORE_RE.search(self.text, max(s.lo, c.start - 60), c.start):
                return None
            if self._probe_rate_then_top(c, s):
                return _decide(c, AWARD_RANK, "highest_after_rate", 0.55)
        return super()._classify_standing(c, s)

    def _probe_rate_then_top(self, c: _Cand, s: _Sentence) -> bool:
        """Whether "tertinggi" follows a percent in a sentence about coverage,
        the percent no change."""
        lo = max(s.lo, c.start - _REACH)
        near = self.text[lo : c.start]
        if "%" not in near and "persen" not in near.lower():
            return False
        m = _RATE_THEN_TOP_RE.search(self.text, lo, c.start)
        if m is None or not self.hits["cov"].any(s.lo, m.start()):
            return False
        # the percent's own number and the words before it
        return not _CHANGE_BEFORE_RE.search(self.text, max(s.lo, m.start() - 45), m.start())
