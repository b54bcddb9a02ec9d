"""The whole and the part around "dari total" (issue #13, pooled round
"poolmiss"). Two shapes of sentence whose count the cue words read the wrong
way round:

- a count right after "dari total" or "dari total <name>" is the whole a part
  or rate is taken of, the workforce: "masih ada 1.234 orang belum terdaftar,
  dari total 23.456 angkatan kerja", "terdaftar 987 dari total Pegawai Non ASN
  1.020 orang" (read before as participants from the word of participation
  before it);
- a count after a whole named in words only and closed by a comma or
  "tersebut" is the part, when a word of participation follows it: "Dari
  jumlah pekerja tersebut 4.321 orang sudah menjadi peserta", "dari total
  pekerja formal, sebanyak 5.432 orang telah terdaftar" (read before as
  workforce from "jumlah pekerja" just before it).

A mixin placed before ``CountRules`` in the extractor: it looks at the count
rules' answer and changes the metric only in these two shapes; pure Python.
"""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .figures import PARTICIPANTS, WORKFORCE

# "dari total", "dari total Pegawai Non ASN": the whole's number follows (up to
# four words naming it, none of participation; not "dari target": the sets label
# "2.046 orang dari target 2.300 orang" both as a workforce and as no figure)
_WHOLE_AFTER_RE = re.compile(
    r"(?<!\w)(?P<verb>\w+[ \t]+)?dari[ \t]+(?:total|keseluruhan)[ \t]+"
    r"(?P<words>(?:(?!yang\b|dan\b|atau\b)[^\W\d_]+[ \t]+){0,4}?)"
    r"(?:(?:sekitar|sebanyak|kurang[ \t]+lebih|lebih[ \t]+dari|mencapai)[ \t]+)*$",
    re.IGNORECASE,
)
# words that make the named whole one of participants ("dari total peserta 12.000")
_PARTICIPATION_WORDS_RE = re.compile(
    r"\b(?:peserta\w*|kepesertaan\w*|terdaftar|terlindungi|tercover|anggaran|dana)\b",
    re.IGNORECASE,
)
# "naik dari total ...": the level before a change, not a whole
_CHANGE_VERBS = frozenset(
    ("meningkat", "naik", "bertambah", "tumbuh", "turun", "menurun", "berkurang", "melonjak",
     "merosot")
)  # fmt: skip
# "Dari jumlah pekerja tersebut 4.321", "dari total pekerja formal, sebanyak 5.432":
# a whole named in words, closed by a comma or "tersebut", then the part's number
_PART_AFTER_NAMED_RE = re.compile(
    r"\bdari[ \t]+(?:total|jumlah|keseluruhan)\b[^\d.;,]{1,60}?"
    r"(?:,|\b(?:tersebut|itu|ini)\b,?)[ \t]*"
    r"(?:(?:sebanyak|sekitar|baru|hanya|masih|ada|terdapat|tercatat|yakni|yaitu)[ \t]+)*$",
    re.IGNORECASE,
)
_LOOK_AFTER = 40  # characters after the count for a word of participation
_CUE_RULES = frozenset({"cue_before", "cue_after", "cue_sentence"})


class PoolmissWholes:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        c = cands[i]
        if c.noun not in ("person", ""):
            return metric
        if metric == PARTICIPANTS and self._whole_after_dari(c, tail):
            return _decide(c, WORKFORCE, "whole_after_dari_total", 0.7)
        if (
            metric == WORKFORCE
            and c.rule in _CUE_RULES
            and self._part_after_named_whole(c, s, f_hi)
        ):
            return _decide(c, PARTICIPANTS, "part_after_named_whole", 0.65)
        return metric

    def _whole_after_dari(self, c: _Cand, tail: str) -> bool:
        near = tail[-90:]
        if "dari" not in near.lower():
            return False
        m = _WHOLE_AFTER_RE.search(near)
        if m is None or c.noun != "person":
            return False
        verb = (m.group("verb") or "").strip().lower()
        if verb in _CHANGE_VERBS or _PARTICIPATION_WORDS_RE.search(m.group("words")):
            return False
        # "dari total 12.000 PMI yang terdaftar": a whole of the registered
        after = min(len(self.text), c.end + _LOOK_AFTER)
        return not self.hits["part"].any(c.end, after) or self.hits["wf"].any(c.end, after)

    def _part_after_named_whole(self, c: _Cand, s: _Sentence, f_hi: int) -> bool:
        lo = max(s.lo, c.start - 120)
        if not self.a.may_hold(lo, c.start, ("dari",)):
            return False
        if _PART_AFTER_NAMED_RE.search(self.text, lo, c.start) is None:
            return False
        hi = min(f_hi, c.end + _LOOK_AFTER)
        return self.hits["part"].any(c.end, hi) and not self.hits["wf"].any(c.end, hi)
