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

import re
from decimal import Decimal

from .article import _Cand, _Sentence

_MORE_AFTER_RE = re.compile(r"[ \t]*lebih\b", re.IGNORECASE)
_MORE_STEMS = ("lebih",)
_TENTH_MORE = Decimal("1.1")


def _rounded_place(value: Decimal) -> Decimal:
    """10 for 230, 1000 for 14000: the place a round number was cut at."""
    place = Decimal(1)
    while value % (place * 10) == 0:
        place *= 10
    return place


class SpurRestated:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        if metric is not None and self._spur_restated(cands[i], s):
            cands[i].metric, cands[i].rule = None, "rounded_restatement"
            return None
        return metric

    def _classify_percent(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_percent(cands, i, s, p_lo, f_hi, tail)
        if metric is not None and self._spur_restated(cands[i], s):
            cands[i].rule = "rounded_restatement"
            return None
        return metric

    def _spur_restated(self, c: _Cand, s: _Sentence) -> bool:
        # "lebih" right after it first: cheaper than the value's tests
        if not (self.a.holds(_MORE_STEMS) and _MORE_AFTER_RE.match(self.text, c.end, s.hi)):
            return False
        value = c.value
        if value < 1 or value != value.to_integral_value():
            return False
        pct = c.kind == "pct"
        # a percent is cut at its whole; a count at its last round place, and
        # within a tenth ("20.000 lebih" is no restatement of 29.500)
        hi = value + 1 if pct else min(value + _rounded_place(value), value * _TENTH_MORE)
        return any(value < other < hi for other in self._spur_exact_values().get(pct, ()))

    def _spur_exact_values(self) -> dict[bool, list[Decimal]]:
        """The values of every number of the article, percents (True) and
        counts (False) apart; read once, when first asked."""
        found = getattr(self, "_spur_values", None)
        if found is None:
            found = {True: [], False: []}
            end = len(self.text)
            for m in self.numbers:
                cand = self._read_number(m, end)
                if cand is not None and cand.kind in ("pct", "count"):
                    found[cand.kind == "pct"].append(cand.value)
            self._spur_values = found
        return found
