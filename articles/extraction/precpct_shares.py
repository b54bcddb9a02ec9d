"""Percents that are a share of the participants, not a coverage rate or a
target (issue #13, pooled round "precpct"): the part one place or one group
holds of the members, whatever the workforce.

- "wilayah A berkontribusi atas 18 persen BPU dari keseluruhan peserta di
  Tanah Air", "jumlah pekerja informal sekitar 65 persen dari TK aktif": the
  number followed by "dari (total/keseluruhan) peserta" or "dari TK aktif".
- "Jumlah peserta terbanyak berasal dari Kota A, mencapai 55 persen": the
  largest share of the participants comes from a place.

A mixin placed before ``MetricRules`` in the extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .tokens import _maybe

# "18 persen BPU dari keseluruhan peserta", "65 persen dari TK aktif" (after the
# number's own "persen")
_OF_PARTICIPANTS_AFTER_RE = re.compile(
    r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+(?:dari|terhadap)[ \t]+"
    r"(?:(?:total|keseluruhan|seluruh|jumlah|semua)[ \t]+)*"
    r"(?:peserta|(?:tk|tenaga[ \t]+kerja)[ \t]+aktif)\b",
    re.IGNORECASE,
)
# "peserta terbanyak berasal dari Kota A mencapai": the share of a place
_LARGEST_FROM_TAIL_RE = re.compile(
    r"\bpeserta[ \t]+(?:yang[ \t]+)?(?:terbesar|terbanyak|paling[ \t]+banyak)[ \t]+"
    r"(?:berasal|datang)[ \t]+dari\b[^\d.;]{0,60}$",
    re.IGNORECASE,
)


class PrecpctShares:
    def _classify_percent(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_percent(cands, i, s, p_lo, f_hi, tail)
        if metric is not None and self._precpct_share_of_members(cands[i], s, tail):
            cands[i].rule = "share_of_members"
            return None
        return metric

    def _precpct_share_of_members(self, c: _Cand, s: _Sentence, tail: str) -> bool:
        after = self.text[c.end : min(s.hi, c.end + 80)].lower()
        if _maybe(after, ("peserta", "aktif")) and _OF_PARTICIPANTS_AFTER_RE.match(
            self.text, c.end, s.hi
        ):
            return True
        near = tail[-120:]
        return _maybe(near.lower(), ("terbesar", "terbanyak", "paling banyak")) and bool(
            _LARGEST_FROM_TAIL_RE.search(near)
        )
