"""Premiums paid from a named fund (round "probe2", from paragraphs written
for the round): "Iuran mereka dibayar dari DBHCHT senilai Rp 1,97 miliar",
"Baznas menyalurkan zakat Rp 850 juta untuk membayar iuran ...", "menggunakan
DBHCHT Rp 4,6 miliar untuk iuran BPJS Ketenagakerjaan ...". The fund's name
right before the amount stands where a budget word would ("anggaran Rp ...",
"APBD sebesar Rp ..."), and the sentence names the premiums it pays, so the
amount is a premium budget. Not the whole fund a government receives ("Pemkab
X diguyur Rp 437 miliar DBHCHT", J 13: the name after the amount, no premium
in the sentence), not a per-person premium (under Rp 100 juta). A mixin
placed before ``BudgetRules`` in the extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .figures import BUDGET_IDR

# the fund, then at most a few words ("senilai", "sebesar", "tahun 2025") before the amount
_FUND_TAIL_RE = re.compile(
    r"\b(?:dbhcht|dbh[ \t]+cht|zakat|infak|infaq|csr|tjsl)\b[^.;,\d]{0,25}$",
    re.IGNORECASE,
)
_PREMIUM_RE = re.compile(r"\b(?:iuran|premi)(?:nya)?\b", re.IGNORECASE)
_STEMS = ("dbh", "zakat", "infa", "csr", "tjsl")
_MIN_BUDGET = 100_000_000


class Probe2Funds:
    def _budget_check(self, c: _Cand, s: _Sentence, metric: str | None) -> str | None:
        found = super()._budget_check(c, s, metric)
        if metric is not None or found is not None or c.kind != "money":
            return found
        if c.value < _MIN_BUDGET:
            return found
        lo = max(s.lo, c.start - 40)
        if not (self.a.holds(_STEMS) and self.a.may_hold(lo, c.start, _STEMS)):
            return found
        if _FUND_TAIL_RE.search(self.text, lo, c.start) and _PREMIUM_RE.search(
            self.text, s.lo, s.hi
        ):
            return _decide(c, BUDGET_IDR, "fund_for_premiums", 0.6)
        return found
