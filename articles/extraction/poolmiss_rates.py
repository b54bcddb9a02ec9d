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

from .article import _Cand, _Sentence
from .percents import denominator_group


class PoolmissRates:
    def _segment(
        self, cands: list[_Cand], i: int, s: _Sentence, claimed: set[int], breaks: list[int]
    ) -> str:
        """Such a rate is of the group its denominator names ("dari total pekerja
        formal"), else of all workers ("dari total pekerja"), whatever group the
        count before it names."""
        c = cands[i]
        if c.rule != "share_of_workers":
            return super()._segment(cands, i, s, claimed, breaks)
        return denominator_group(self, c, s)

    def _carried_segment(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        if cands[i].rule == "share_of_workers":
            return None  # its denominator said
        return super()._carried_segment(cands, i, s, metric)

    def _group_of_part(self, cands: list[_Cand], i: int, segment: str, s: _Sentence) -> str:
        if cands[i].rule == "share_of_workers":
            return segment
        return super()._group_of_part(cands, i, segment, s)
