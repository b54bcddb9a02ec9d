"""A round figure "and more" that restates a figure the article gives exactly
(pooled round "spur"): "12 Ribu Lebih Terdaftar" in a headline over "12.416
pekerja rentan" in the body, "sebanyak 31.000 lebih" beside "31.274 pekerja",
"baru 7 persen lebih" beside "7,38 persen". The labellers leave rounded
restatements out; the exact figure is the one taken.

Restated: a whole count or percent followed by "lebih", whose value another
number of the same kind in the article exceeds by less than its last rounded
place (and, for counts, by less than a tenth). A round "N lebih" with no exact
figure beside it ("dari 5 juta lebih angka pekerja") stays.

A mixin placed before ``MetricRules`` in the extractor: it takes back the
metric the count and percent rules gave; pure Python."""

from __future__ import annotations

from .article import _Cand, _Sentence
from .numbers import rounded_restatement


class SpurRestated:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        if metric is not None and rounded_restatement(self, cands[i], s):
            cands[i].metric, cands[i].rule = None, "rounded_restatement"
            return None
        return metric
