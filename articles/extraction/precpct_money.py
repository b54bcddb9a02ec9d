"""Amounts that are not a budget (issue #13, pooled round "precpct").

- A count in thousands with no "Rp" near a budget word counts people, not
  rupiah: "Sebanyak 12 ribu di antaranya dibiayai lewat APBD", "dari total
  pekerja sekitar 90 ribu, ... kita anggarkan", "41 ribu pelaku usaha akan
  masuk tahun anggaran berikutnya". It is left to the count rules.
- An amount under a million rupiah is a price per worker, not a budget:
  "Pemkab mengalokasikan Rp201.600 bagi tiap pekerja setiap tahun".
- A benefit paid is not a budget, though its name holds a budget word:
  "ahli waris menerima santunan dana kematian sebesar Rp2,1 miliar", "anaknya
  menerima biaya pendidikan Rp 45.000.000"; nor is a region's part of the
  claims of the sentence before: "Klaim peserta di Provinsi A mencapai Rp500
  miliar. Untuk wilayah Kota B sebesar Rp2,3 miliar."

A mixin placed before ``MetricRules`` in the extractor; pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Sentence

# no budget of a government or a programme is this small: a premium or a price
_LEAST_BUDGET = 1_000_000
# a benefit named with a budget word: "dana kematian", "biaya pendidikan"
_BENEFIT_NAME_RE = re.compile(
    r"(?:dana|biaya)[ \t]+(?:kematian|pendidikan|pemakaman|perawatan|pengobatan|beasiswa)\b",
    re.IGNORECASE,
)
_SANTUNAN_END_RE = re.compile(r"\bsantunan[ \t]+$", re.IGNORECASE)
# "Untuk wilayah Kota B sebesar": a region's part of the amount said before
_REGION_PART_START_RE = re.compile(
    r"[ \t]*(?:sedangkan[ \t]+|adapun[ \t]+|khusus[ \t]+)?untuk[ \t]+(?:wilayah|daerah"
    r"|kabupaten|kota|provinsi)\b[^\d.;]{0,40}?\bsebesar[ \t]+$",
    re.IGNORECASE,
)
_MONEY_CATEGORIES = ("budget", "budget_x", "budget_small")


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
        if metric is None:
            return None
        if c.value < _LEAST_BUDGET:
            c.rule = "price_not_budget"
            return None
        if self._precpct_benefit(c, s):
            c.rule = "benefit_not_budget"
            return None
        return metric

    def _precpct_benefit(self, c: _Cand, s: _Sentence) -> bool:
        """Whether the budget word before the amount names a benefit, or the
        amount is a region's part of the benefits or claims of the sentence before."""
        text = self.text
        hit = self.hits["budget"].last_before(s.lo, c.start)
        if hit is not None and (
            _BENEFIT_NAME_RE.match(text, hit[0])
            or _SANTUNAN_END_RE.search(text, max(s.lo, hit[0] - 12), hit[0])
        ):
            return True
        if not _REGION_PART_START_RE.fullmatch(text, s.lo, c.start):
            return False
        k = bisect.bisect_right(self.a.sentence_starts, s.lo) - 1
        if k <= 0:
            return False
        before = self.a.sentences[k - 1]
        last, last_cat = None, None
        for cat in _MONEY_CATEGORIES:
            found = self.hits[cat].last_before(before.lo, before.hi)
            if found is not None and (last is None or found[0] > last[0]):
                last, last_cat = found, cat
        return last_cat == "budget_x"
