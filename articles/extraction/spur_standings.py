"""Standings that name no single place (pooled round "spur"), read as an award
rank before:

- one of the best, not the first: "menjadikannya salah satu daerah dengan
  capaian tertinggi di provinsi itu", "Kabupaten A termasuk daerah
  kepesertaan tertinggi nasional" (a bare superlative, first place, said of a
  region only as one among several);
- a span or a choice of places: "peringkat 3 hingga 7", "kita di peringkat 12
  atau 13" (two regions at two places, "peringkat satu dan dua", stay).

A mixin placed before ``MetricRules`` in the extractor: it takes back the rank
the standing rules gave; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .figures import AWARD_RANK

# "salah satu daerah dengan capaian", "termasuk daerah partisipasi" just before
# the superlative: one among several (no number, stop or clause break between)
_ONE_OF_TAIL_RE = re.compile(
    r"\b(?:salah[ \t]+satu|termasuk|di[ \t]+antara)(?:[ \t]+[^\W\d_]+){0,5}?[ \t]+$",
    re.IGNORECASE,
)
_ONE_OF_STEMS = ("salah", "termasuk", "antara")
# the superlatives that place first with no ordinal of their own
_BARE_TOP = ("tertinggi", "terbaik", "teratas", "terbanyak", "terbesar")
_ORDINAL_RE = re.compile(r"\d|\b(?:ke|pertama|satu|i)\b")
# "peringkat 3 hingga 7", "peringkat 12 atau 13", "urutan 4-6": a span of places
_SPAN_AFTER_RE = re.compile(
    r"[ \t]*(?:hingga|sampai|s\.?/?d\.?|atau|-|\u2013)[ \t]*(?:ke[-\s]?)?\d{1,3}\b",
    re.IGNORECASE,
)


class SpurStandings:
    def _classify_rank(self, c: _Cand, s: _Sentence, tail: str):
        metric = super()._classify_rank(c, s, tail)
        if metric == AWARD_RANK and (self._spur_one_of(c, tail) or self._spur_span(c, s)):
            c.rule = "no_single_place"
            return None
        return metric

    def _spur_one_of(self, c: _Cand, tail: str) -> bool:
        """ "salah satu daerah dengan capaian tertinggi": one of the first"""
        if c.value != 1:
            return False
        words = self.text[c.start : c.end].lower()
        if not words.startswith(_BARE_TOP) or _ORDINAL_RE.search(words):
            return False
        near = tail[-70:]
        low = near.lower()
        return any(stem in low for stem in _ONE_OF_STEMS) and bool(_ONE_OF_TAIL_RE.search(near))

    def _spur_span(self, c: _Cand, s: _Sentence) -> bool:
        """ "peringkat 3 hingga 7", "peringkat 12 atau 13": no one place"""
        return bool(_SPAN_AFTER_RE.match(self.text, c.end, s.hi))
