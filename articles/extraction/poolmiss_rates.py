"""A rate that names its own denominator (issue #13, pooled round "poolmiss"):
"Ini sekitar 41 persen dari total potensi pekerja di Kabupaten X", "baru
sekitar 12.300 yang tercatat ... atau 28,5 persen dari total pekerja",
"capaian UCJ baru mencapai 33,1 persen dari total sasaran yang mencakup
pekerja penerima upah, ...". The words after the percent say it is a share of
the workers (the workforce or the potential), so it is a coverage rate even
when its sentence has no coverage word (the topic came from the sentence
before) or when "dari total sasaran" was taken for a share of a target; its
group is the one its denominator names, else all workers ("27.600 yang
tercatat sebagai pekerja formal atau 35,3 persen dari total pekerja": total).

A mixin placed before ``MetricRules``: it looks at the percent rules' answer
only when they found no metric, and keeps the vetoes that say what else a
share of the workers may be (growth, composition, the uncovered, what is
left, a raise, an economic indicator, a range, an item of a list); pure
Python."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .figures import COVERAGE_PCT, TARGET_PCT, TOTAL

# "persen dari total potensi pekerja", "% dari jumlah angkatan kerja", "persen dari
# total sasaran yang mencakup pekerja ..."
_OF_WORKERS_AFTER_RE = re.compile(
    r"[ \t]+dari[ \t]+(?:(?:total|jumlah|seluruh|keseluruhan)[ \t]+)*(?:potensi|angkatan[ \t]+kerja"
    r"|penduduk[ \t]+(?:yang[ \t]+)?bekerja|pekerja|tenaga[ \t]+kerja"
    r"|sasaran[ \t]+yang[ \t]+(?:mencakup|meliputi)[ \t]+(?:pekerja|tenaga[ \t]+kerja))\b",
    re.IGNORECASE,
)
# the denominator's words: up to the next comma, full stop or clause word
_DENOMINATOR_END_RE = re.compile(r"[.;]|\b(?:sedangkan|sementara|namun|sehingga)\b", re.IGNORECASE)
_STILL_NOT_A_RATE = (
    "_pct_uncovered",
    "_pct_growth",
    "_pct_share_of_workers",
    "_pct_composition",
    "_pct_claims",
    "_pct_remaining",
    "_pct_raised_by",
)


class PoolmissRates:
    def _classify_percent(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_percent(cands, i, s, p_lo, f_hi, tail)
        if metric is not None:
            return metric
        c = cands[i]
        if c.value > 100 or not self.a.may_hold(c.end, min(s.hi, c.end + 40), ("dari",)):
            return metric
        if _OF_WORKERS_AFTER_RE.match(self.text, c.end, s.hi) is None:
            return metric
        if self._econ_near(c, p_lo, f_hi) or self._list_share(cands, i, s, tail):
            return metric
        if any(getattr(self, veto)(c, s, p_lo, f_hi, tail) for veto in _STILL_NOT_A_RATE):
            return metric
        target = self._target_rule(c, s, p_lo, f_hi, tail)
        if target:
            return _decide(c, TARGET_PCT, target, 0.6)
        return _decide(c, COVERAGE_PCT, "share_of_workers", 0.6)

    def _segment(
        self, cands: list[_Cand], i: int, s: _Sentence, claimed: set[int], breaks: list[int]
    ) -> str:
        """Such a rate is of the group its denominator names ("dari total pekerja
        formal"), else of all workers ("dari total pekerja"), whatever group the
        count before it names."""
        c = cands[i]
        if c.rule != "share_of_workers":
            return super()._segment(cands, i, s, claimed, breaks)
        of = _OF_WORKERS_AFTER_RE.match(self.text, c.end, s.hi)
        end = _DENOMINATOR_END_RE.search(self.text, of.end(), s.hi)
        groups = {hit[2] for hit in self._segment_hits(c.end, end.start() if end else s.hi)}
        # ("dari total sasaran yang mencakup pekerja penerima upah, pekerja informal,
        # dan ...": every group, all workers)
        return groups.pop() if len(groups) == 1 else TOTAL

    def _carried_segment(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        if cands[i].rule == "share_of_workers":
            return None  # its denominator said
        return super()._carried_segment(cands, i, s, metric)

    def _group_of_part(self, cands: list[_Cand], i: int, segment: str, s: _Sentence) -> str:
        if cands[i].rule == "share_of_workers":
            return segment
        return super()._group_of_part(cands, i, segment, s)
