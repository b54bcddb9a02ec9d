"""Workers a government's own budget pays membership for, named as informal
workers (issue #13, pooled round "poolseg2"): they are the vulnerable segment
(someone else pays their premiums), as the frame already reads "Pemkot X, yang
telah mendaftarkan 28 ribu pekerja informal". Three more ways to name the payer:

- the regional budget as the fund, in the count's clause: "Melalui mekanisme
  anggaran pemerintah daerah tahun 2024, sebanyak 1.830 tenaga kerja informal
  dilindungi", "... 2.500 pekerja informal yang dibiayai APBD";
- a programme the sentence before says the budget funds: "Pendanaannya
  berasal dari DBHCHT. Hingga Mei, 4.120 pekerja informal telah terlindungi
  melalui program ini";
- a headline's short verb after the government: "Pemkab X Beri Perlindungan
  BPJS Ketenagakerjaan 2.750 Pekerja Nonformal", "Pemkot Y Daftarkan ...".

A mixin placed before ``FrameRules`` (it adds payers to the frame's list, which
only turns a total or informal count of participants to vulnerable); pure
Python."""

from __future__ import annotations

import bisect
import re

from .frame import Frame

# the region's (or the nation's) own budget
_BUDGET = (
    r"(?:apbd\w*|apbn|dbh[ \t]*chts?|dbhcht|dbh[ \t]+(?:sawit|migas|cukai)"
    r"|dana[ \t]+bagi[ \t]+hasil\w*|anggaran[ \t]+(?:pendapatan[ \t]+(?:dan[ \t]+)?belanja"
    r"[ \t]+daerah|pemerintah[ \t]+(?:daerah|kabupaten|kota|provinsi)|daerah))"
)
# "melalui mekanisme anggaran pemerintah daerah", "yang dibiayai APBD", "bersumber dari
# APBD": the budget as the fund of the count nearest it in its clause
_BUDGET_FUND_RE = re.compile(
    r"\b(?:melalui|lewat|dari|dengan|oleh|didanai|dibiayai|dibayar(?:kan)?|ditanggung"
    r"|bersumber[ \t]+dari|menggunakan)[ \t]+(?:(?:mekanisme|skema|dana|program|alokasi)[ \t]+)?"
    + _BUDGET
    + r"\b",
    re.IGNORECASE,
)
_BUDGET_STEMS = ("apbd", "apbn", "dbh", "bagi", "anggaran")
# the sentence before funds the programme: "pendanaannya berasal dari DBHCHT",
# "program ini dibiayai APBD"
_FUNDS_BEFORE_RE = re.compile(
    r"\b(?:pendanaan\w*|didanai|dibiayai|bersumber|berasal)\b[^.;]{0,60}?\b" + _BUDGET + r"\b",
    re.IGNORECASE,
)
_FUNDS_STEMS = ("pendanaan", "didanai", "dibiayai", "bersumber", "berasal")
# "melalui program ini": the programme the sentence before spoke of
_THIS_PROGRAMME_RE = re.compile(
    r"\b(?:melalui|lewat|dalam)[ \t]+program[ \t]+(?:ini|tersebut)\b", re.IGNORECASE
)
# a headline's government and its short verb: "Pemkab X Beri Perlindungan ..."
_HEADLINE_ACT_RE = re.compile(
    r"\b(?:pemprov|pemkab|pemkot|pemda)[ \t]+(?:[A-Z][\w-]*[ \t]+){1,3}?"
    r"(?:beri(?:kan)?[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:jaminan|perlindungan|kepesertaan)"
    r"|daftarkan|lindungi|biayai|bayarkan|tanggung[ \t]+iuran)\b",
    re.IGNORECASE,
)
_HEADLINE_STEMS = ("pemprov", "pemkab", "pemkot", "pemda")


class Poolseg2Payers:
    def _actor_payers(self, f: Frame) -> tuple[tuple[int, int, int, int], ...]:
        found = super()._actor_payers(f)
        s, text, more = f.s, self.text, []
        if self.a.may_hold(s.lo, s.hi, _BUDGET_STEMS):
            for fund in _BUDGET_FUND_RE.finditer(text, s.lo, s.hi):
                lo, hi = f.clause_start(fund.start()), f.clause_end(fund.end())
                more.append((fund.start(), fund.end(), lo, hi))
        if self.a.may_hold(s.lo, s.hi, ("program",)):
            for this in _THIS_PROGRAMME_RE.finditer(text, s.lo, s.hi):
                if self._funded_before(s.lo):
                    lo, hi = f.clause_start(this.start()), f.clause_end(this.end())
                    more.append((this.start(), this.end(), lo, hi))
        if self.a.may_hold(s.lo, s.hi, _HEADLINE_STEMS):
            for act in _HEADLINE_ACT_RE.finditer(text, s.lo, s.hi):
                # a government's act governs the rest of its clause
                more.append((act.start(), act.end(), act.end(), f.clause_end(act.end())))
        return (*found, *more) if more else found

    def _funded_before(self, lo: int) -> bool:
        """Whether the sentence right before the one at ``lo`` (in the same or the
        previous paragraph) says a government budget funds the programme."""
        k = bisect.bisect_left(self.a.sentence_starts, lo) - 1
        if k < 0:
            return False
        before = self.a.sentences[k]
        return (
            self.a.may_hold(before.lo, before.hi, _FUNDS_STEMS)
            and _FUNDS_BEFORE_RE.search(self.text, before.lo, before.hi) is not None
        )
