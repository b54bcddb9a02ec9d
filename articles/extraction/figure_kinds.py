"""What a number the metric rules read as a level or a count is not, after
all: a percent or count of units that are not workers (``counted_units``), a
level or headcount only aimed at or still pending (``aims``). Called by
``MetricRules`` on the metric its percent and count rules gave; pure Python."""

from __future__ import annotations

from .aims import aimed_at, still_pending
from .article import _Cand, _Sentence
from .counted_units import count_of_units, percent_of_units
from .figures import COVERAGE_PCT, PARTICIPANTS, WORKFORCE


def percent_kind(ex, metric: str | None, cands: list[_Cand], i: int, s: _Sentence):
    """A coverage percent of units or only aimed at: no figure."""
    if metric != COVERAGE_PCT:
        return metric
    c = cands[i]
    if percent_of_units(ex, c, s):
        c.rule = "share_of_units"
        return None
    if aimed_at(ex, c, s):
        c.rule = "aimed_at_level"
        return None
    return metric


def count_kind(ex, metric: str | None, cands: list[_Cand], i: int, s: _Sentence):
    """A count of units, or a headcount aimed at or pending: no figure."""
    if metric != PARTICIPANTS and metric != WORKFORCE:
        return metric
    c = cands[i]
    if count_of_units(ex, cands, i, s):
        c.metric, c.rule = None, "count_of_units"
        return None
    if metric == PARTICIPANTS:
        if aimed_at(ex, c, s):
            c.metric, c.rule = None, "aimed_at_headcount"
            return None
        if still_pending(ex, c, s):
            c.metric, c.rule = None, "pending_headcount"
            return None
    return metric
