"""Workers a verb of protection or of paid membership is said of (issue #13,
pooled round "poolmiss"), where no word of the participation list stands
near the count, so that it was not proposed at all:

- an active verb before the count: "Pemkab X resmi melindungi 4.300 pekerja
  rentan", "Jamsostek di X telah mengcover 12 ribu penerima upah", "memberikan
  jaminan kecelakaan kerja dan kematian bagi 310 kepala desa", "mendanai
  cakupan bagi 2.100 pekerja", "launching layanan BPJS untuk 5 ribu pekerja",
  "Kegiatan perlindungan 700 pekerja rentan ini ..." (not a purpose: "bekerja
  sama untuk memberikan perlindungan kepada 2 juta pekerja");
- the count as the subject of a verb of receiving membership or of being
  covered: "Sebanyak 2.200 petani ... menerima bantuan sosial
  ketenagakerjaan", "450 nelayan memperoleh iuran jaminan sosial", "hanya
  sekitar 8.000 yang bisa di-cover"; when the people it names include
  "pekerja rentan" ("450 petani pekerja rentan memperoleh iuran"), they are
  that group.

The count is of participants. A mixin placed before ``CountRules`` in the
extractor: it looks at the count rules' answer only when they found no metric
and ruled out nothing (a plan, the uncovered, a hope keep their veto); pure
Python."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .figures import PARTICIPANTS, VULNERABLE

_AMOUNT_WORDS = (
    r"(?:(?:sebanyak|sekitar|sekira|lebih[ \t]+dari|kurang[ \t]+lebih|hingga|total)[ \t]+)*"
)
# the verb right before the count (no digit, full stop or semicolon between)
_PROTECTS_TAIL_RE = re.compile(
    r"(?:\b(?:melindungi|meng-?cover|mencover|mengkover)[ \t]+"
    r"|\b(?:memberikan|memberi|menyalurkan)[ \t]+(?:jaminan|perlindungan)\b[^\d.;]{0,50}?"
    r"\b(?:bagi|kepada|untuk)[ \t]+"
    r"|\b(?:mendanai|membiayai)[ \t]+(?:cakupan|kepesertaan|perlindungan)\b[^\d.;]{0,30}?"
    r"\b(?:bagi|kepada|untuk)[ \t]+"
    r"|\blayanan[ \t]+(?:bpjs|bpjamsostek|jamsostek)\b[^\d.;]{0,30}?\b(?:bagi|kepada|untuk)[ \t]+"
    r"|\bperlindungan[ \t]+)" + _AMOUNT_WORDS + r"$",
    re.IGNORECASE,
)
# "untuk melindungi", "guna memberikan jaminan": a purpose, not protection given
_PURPOSE_TAIL_RE = re.compile(
    r"\b(?:untuk|guna|agar|demi|akan|ingin|berkomitmen|siap)[ \t]+(?:(?:bisa|dapat|terus)[ \t]+)?$",
    re.IGNORECASE,
)
_PROTECTS_STEMS = ("lindung", "cover", "kover", "jaminan", "cakupan", "kepesertaan", "layanan")
# the count, then (its people named) a verb of receiving membership or of being covered
_RECEIVES_AFTER_RE = re.compile(
    r"(?:[ \t,]+(?!(?:yang[ \t]+)?(?:belum|tidak|tak)\b)[^\W\d_]+){0,14}?[ \t,]+"
    r"(?:(?:telah|sudah|kini|bisa|dapat|yang)[ \t]+)*"
    r"(?:(?:menerima|memperoleh|mendapat(?:kan)?)[ \t]+(?:bantuan[ \t]+sosial[ \t]+ketenagakerjaan"
    r"|bantuan[ \t]+iuran|iuran|kartu[ \t]+(?:bpjs|bpjamsostek|jamsostek))"
    r"|di-cover|di-kover)\b",
    re.IGNORECASE,
)
_VULNERABLE_NAMED_RE = re.compile(r"\bpekerja[ \t]+rentan\b", re.IGNORECASE)
_RECEIVES_STEMS = ("menerima", "memperoleh", "mendapat", "di-cover", "di-kover")
_LOOK_BACK = 110  # characters before the count for the verb


class PoolmissProtects:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        if metric is not None:
            return metric
        c = cands[i]
        if c.rule or c.noun not in ("person", "") or c.value < 10:
            return metric
        if c.value != c.value.to_integral_value():
            return metric
        if c.noun == "person" and self._protects_before(c, p_lo):
            return _decide(c, PARTICIPANTS, "protected_by_verb", 0.55)
        received = self._receives_after(c, f_hi)
        if received is not None:
            if _VULNERABLE_NAMED_RE.search(received.group()):
                # "300 petani pekerja rentan ... memperoleh iuran": the people it names
                c.seg_hint = VULNERABLE
            return _decide(c, PARTICIPANTS, "receives_membership", 0.55)
        return metric

    def _protects_before(self, c: _Cand, p_lo: int) -> bool:
        lo = max(p_lo, c.start - _LOOK_BACK)
        if not self.a.may_hold(lo, c.start, _PROTECTS_STEMS):
            return False
        verb = _PROTECTS_TAIL_RE.search(self.text, lo, c.start)
        return verb is not None and not _PURPOSE_TAIL_RE.search(
            self.text, max(0, verb.start() - 30), verb.start()
        )

    def _receives_after(self, c: _Cand, f_hi: int) -> re.Match[str] | None:
        hi = min(f_hi, c.end + 160)
        if not self.a.may_hold(c.end, hi, _RECEIVES_STEMS):
            return None
        return _RECEIVES_AFTER_RE.match(self.text, c.end, hi)
