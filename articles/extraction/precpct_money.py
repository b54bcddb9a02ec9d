"""Amounts that are not a budget (issue #13, pooled round "precpct").

- A count in thousands with no "Rp" near a budget word counts people, not
  rupiah: "Sebanyak 12 ribu di antaranya dibiayai lewat APBD", "dari total
  pekerja sekitar 90 ribu, ... kita anggarkan", "41 ribu pelaku usaha akan
  masuk tahun anggaran berikutnya". It is left to the count rules.
- An amount under a million rupiah is a price per worker, not a budget:
  "Pemkab mengalokasikan Rp201.600 bagi tiap pekerja setiap tahun".

A mixin placed before ``MetricRules`` in the extractor; pure Python."""

from __future__ import annotations

from .article import _Cand, _Sentence

# no budget of a government or a programme is this small: a premium or a price
_LEAST_BUDGET = 1_000_000


class PrecpctMoney:
    def _nearest_money_word(
        self, c: _Cand, p_lo: int, f_hi: int, s: _Sentence | None = None
    ) -> str | None:
        if c.kind == "count" and not c.rp and c.mult in ("ribu", "rb"):
            # asked whether a bare count is money: thousands of rupiah are written
            # with "Rp" when they are; without it they are people
            return None
        return super()._nearest_money_word(c, p_lo, f_hi, s)

    def _classify_money(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int):
        metric = super()._classify_money(c, s, p_lo, f_hi)
        if metric is not None and c.value < _LEAST_BUDGET:
            c.rule = "price_not_budget"
            return None
        return metric
