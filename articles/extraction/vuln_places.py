"""The vulnerable workers a place has, as recorded or identified, are its
workforce of that group (issue #13, round "vuln"): "Data Pemkot X mencatat
sebanyak 70 ribu pekerja rentan di wilayahnya", "berdasarkan DTKS ...,
teridentifikasi sebanyak 2.252 pekerja rentan di wilayahnya", "BPJS
Ketenagakerjaan mencatat pekerja rentan di Kabupaten X ada sebanyak 248.000
jiwa", "Pekerja rentan di Kabupaten X meliputi imam, marbot, ... yang
jumlahnya sebanyak 32.268". The count rules read a record verb or "ada" as
participation; the sets label these counts workforce (V 13, V 14, AH 16, X 03;
W 14 and H 14 already read "ada/terdapat N pekerja rentan" so). Not when the
sentence names participation or its lack ("terdapat 18.000 pekerja rentan ...
menerima bantuan perlindungan", J 12; "ada 86 ribu orang pekerja rentan ...
telah mendapatkan layanan", M 06) or a payer, nor "terdata" (T 05, AD 10
label it participants). A mixin placed before the count readings of the
extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .figures import PARTICIPANTS, VULNERABLE, WORKFORCE

_ABOUT = r"(?:(?:sebanyak|sekitar|sekira|kurang[ \t]+lebih|lebih[ \t]+dari|hampir)[ \t]+)?"
# "mencatat sebanyak 70 ribu pekerja rentan": a record verb right before the number
_RECORDED_TAIL_RE = re.compile(
    r"\b(?:mencatat|teridentifikasi|diidentifikasi|terdapat|ada)[ \t]+" + _ABOUT + r"$",
    re.IGNORECASE,
)
_VULNERABLE_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|jiwa)[ \t]+)?(?:pekerja|tenaga[ \t]+kerja)[ \t]+rentan\b", re.IGNORECASE
)
# "pekerja rentan di Kabupaten X ada sebanyak", "Pekerja rentan di X meliputi ... yang
# jumlahnya sebanyak": the group and its place as the subject, the number its size
_GROUP_SUBJECT_RE = re.compile(
    r"\b(?:pekerja|tenaga[ \t]+kerja)[ \t]+rentan[ \t]+di[ \t]+[^\d.;]{3,200}?\b"
    r"(?:ada|berjumlah|berkisar|jumlahnya)[ \t]+" + _ABOUT + r"$",
    re.IGNORECASE,
)
_PEOPLE_AFTER_RE = re.compile(r"[ \t]*(?:(?:orang|jiwa|pekerja)\b|[.,;]|$)", re.IGNORECASE)
_STEMS = ("rentan",)


class VulnPlaces:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        c = cands[i]
        if metric not in (None, PARTICIPANTS) or c.noun not in ("person", ""):
            return metric
        if metric is None and c.rule:
            return metric  # vetoed (planned, not yet covered, ...)
        if self._vulnerable_a_place_has(c, s):
            return _decide(c, WORKFORCE, "vulnerable_a_place_has", 0.6)
        return metric

    def _vulnerable_a_place_has(self, c: _Cand, s: _Sentence) -> bool:
        text = self.text
        if not (self.a.holds(_STEMS) and self.a.may_hold(s.lo, s.hi, _STEMS)):
            return False
        lo = max(s.lo, c.start - 240)
        recorded = _RECORDED_TAIL_RE.search(
            text, max(lo, c.start - 40), c.start
        ) is not None and _VULNERABLE_AFTER_RE.match(text, c.end, s.hi)
        if not recorded:
            if not _GROUP_SUBJECT_RE.search(text, lo, c.start):
                return False
            if not _PEOPLE_AFTER_RE.match(text, c.end, s.hi):
                return False
            self.__dict__.setdefault("_group_subjects", set()).add(c.start)
        if self.hits["part"].any(s.lo, s.hi) or self.hits["neg"].any(s.lo, s.hi):
            return False
        return not self._government_pays(s.lo, s.hi)

    def _group_of_part(self, cands: list[_Cand], i: int, segment: str, s: _Sentence) -> str:
        """ "Pekerja rentan di X meliputi imam, marbot, ... yang jumlahnya N": the
        group the sentence is about, not the last example listed."""
        segment = super()._group_of_part(cands, i, segment, s)
        c = cands[i]
        if c.rule == "vulnerable_a_place_has" and c.start in self.__dict__.get(
            "_group_subjects", ()
        ):
            return VULNERABLE
        return segment
