"""One hook for the round "places" readings of what a number is not: a
percent or count of units that are not workers (``counted_units``), a level
or headcount only aimed at or still pending (``aims``). One mixin rather than
two keeps the extractor's chain of classifying overrides one layer shorter.

A mixin placed before ``MetricRules`` in the extractor; pure Python."""

from __future__ import annotations

from .aims import aimed_at, still_pending
from .article import _Cand, _Sentence
from .counted_units import count_of_units, percent_of_units
from .figures import COVERAGE_PCT, PARTICIPANTS, WORKFORCE


class FigureKinds:
    def _classify_percent(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_percent(cands, i, s, p_lo, f_hi, tail)
        if metric != COVERAGE_PCT:
            return metric
        c = cands[i]
        if percent_of_units(self, c, s):
            c.rule = "share_of_units"
            return None
        if aimed_at(self, c, s):
            c.rule = "aimed_at_level"
            return None
        return metric

    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        if metric != PARTICIPANTS and metric != WORKFORCE:
            return metric
        c = cands[i]
        if count_of_units(self, cands, i, s):
            c.metric, c.rule = None, "count_of_units"
            return None
        if metric == PARTICIPANTS:
            if aimed_at(self, c, s):
                c.metric, c.rule = None, "aimed_at_headcount"
                return None
            if still_pending(self, c, s):
                c.metric, c.rule = None, "pending_headcount"
                return None
        return metric
