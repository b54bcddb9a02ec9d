"""Percents that are a change, not a level (issue #13, pooled round "precpct").

- A fall the change words' stems missed: "capaian tahun ini menurun sekitar 6
  persen", "sehingga ada penurunan 6 persen" ("menurun" and "penurunan" hold
  "nurun", not "turun"; "penambahan" holds "nambah").
- A change measured against an earlier period: "mengalami peningkatan dari
  tahun lalu sebesar 9,1 %", "menaikkan cakupan ... minimal 15 persen dari
  tahun sebelumnya".
- A growth named as the subject: "pertumbuhan pekerja di Kota A mencapai 4,2%
  dan di Kota B mencapai 2,9%".

Each is read as no figure. A mixin placed before ``MetricRules`` in the
extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .cues import _CHANGE_TAIL_RE
from .tokens import _maybe

# the stems of change words that "turun" and "tambah" do not find
_MISSED_STEMS = ("nurun", "nambah")
_CHANGE_WORDS = (
    r"(?:naik|meningkat|menaikkan|tumbuh|turun|menurun|bertambah|berkurang|kenaikan"
    r"|peningkatan|penurunan|pertumbuhan|penambahan|ditingkatkan|dinaikkan|dinaikan)"
)
_CHANGE_STEMS = ("naik", "ningkat", "tumbuh", "turun", "nurun", "tambah", "nambah", "kurang")
# an earlier period: "dari tahun lalu", "dibandingkan tahun sebelumnya", "dari tahun 2023"
_EARLIER = (
    r"(?:dari|dibanding(?:kan)?(?:[ \t]+dengan)?)[ \t]+(?:(?:pada|periode)[ \t]+)?"
    r"(?:tahun|bulan|periode|semester|triwulan|kuartal)[ \t]+"
    r"(?:lalu|sebelumnya|kemarin|(?:19|20)\d\d)"
)
# "peningkatan dari tahun lalu sebesar 9,1 %": the change word, the period, the number
_CHANGE_SINCE_TAIL_RE = re.compile(
    rf"\b{_CHANGE_WORDS}[ \t]+{_EARLIER}[ \t]*,?[ \t]+"
    r"(?:(?:sebesar|sekitar|sekira|hampir|mencapai|yakni|yaitu|minimal|paling[ \t]+sedikit)"
    r"[ \t]+)*$",
    re.IGNORECASE,
)
# "... minimal 15 persen dari tahun sebelumnya": the number measured against the
# period before (the number's own "persen" or "%" comes first)
_SINCE_AFTER_RE = re.compile(
    r"[ \t]*(?:dari|dibanding(?:kan)?(?:[ \t]+dengan)?)[ \t]+(?:tahun|bulan|periode"
    r"|semester|triwulan|kuartal)[ \t]+(?:lalu|sebelumnya|kemarin)\b",
    re.IGNORECASE,
)
_TO_LEVEL_END_RE = re.compile(
    r"\b(?:menjadi|jadi|hingga|sampai)[ \t]+(?:(?:sekitar|sebesar)[ \t]+)?$", re.IGNORECASE
)
# "pertumbuhan pekerja di Kota A mencapai 4,2% dan di Kota B mencapai": a growth
# the subject of its clause (no level word, break or "menjadi" on the way)
_GROWTH_SUBJECT_TAIL_RE = re.compile(
    r"\b(?:pertumbuhan|kenaikan|peningkatan|penurunan|penambahan|lonjakan)[ \t]+"
    r"(?:(?!(?:menjadi|jadi|hingga|sampai|ke|dari|kini|sekarang|saat|capaian|cakupan"
    r"|coverage|target\w*)\b)[^\W\d_]+[ \t]+"
    r"|\d[\d.,]*[ \t]*(?:%|persen)[ \t]+(?:dan|serta)[ \t]+){0,10}?"
    r"(?:mencapai|sebesar|sekitar|yakni|yaitu|hanya)[ \t]+$",
    re.IGNORECASE,
)
_GROWTH_NOUN_STEMS = ("tumbuh", "naik", "ningkat", "nurun", "nambah", "lonjak")
# "... mencapai 4,2% dan di Kota B mencapai 2,9%": the next item of the same list
_NEXT_ITEM_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:dan|serta|sedangkan|sementara)[ \t]+"
    r"(?:(?!(?:cakupan|coverage|capaian|kepesertaan|target\w*|menjadi|jadi)\b)[^\W\d_]+[ \t]+){0,6}"
    r"(?:(?:mencapai|sebesar|sekitar|hanya)[ \t]+)?",
    re.IGNORECASE,
)


class PrecpctChanges:
    def _classify_percent(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        prev = cands[i - 1] if i else None
        if (
            prev is not None and prev.rule == "change_not_level" and prev.kind == "pct"
        ) and _NEXT_ITEM_RE.fullmatch(self.text, prev.end, cands[i].start):
            cands[i].rule = "change_not_level"  # the next item of a list of changes
            return None
        if self._precpct_change(cands[i], s, tail):
            cands[i].rule = "change_not_level"
            return None
        return super()._classify_percent(cands, i, s, p_lo, f_hi, tail)

    def _precpct_change(self, c: _Cand, s: _Sentence, tail: str) -> bool:
        near = tail[-60:]
        low = near.lower()
        if _maybe(low, _MISSED_STEMS) and _CHANGE_TAIL_RE.search(near):
            return True
        long_low = tail[-120:].lower()
        if _maybe(long_low, _CHANGE_STEMS) and _CHANGE_SINCE_TAIL_RE.search(tail[-120:]):
            return True
        if _SINCE_AFTER_RE.match(self.text, c.end, s.hi) and not _TO_LEVEL_END_RE.search(near):
            return True  # (not "naik menjadi 40 persen dari tahun lalu 35 persen")
        return _maybe(long_low, _GROWTH_NOUN_STEMS) and bool(
            _GROWTH_SUBJECT_TAIL_RE.search(tail[-120:])
        )
