"""Levels and headcounts a clause only aims at (round "places"): what the
sentence says should, could or would be reached is neither a coverage rate
nor a count of participants.

- "agar bisa didaftarkan sehingga mencapai cakupan 100 persen", "akan
  menetapkan tambahan 100 peserta sehingga total menjadi 9.700 pekerja",
  "jumlah pekerja yang terlindungi harus mencapai 1,485 juta orang": the verb
  of reaching after a word of purpose or duty ("agar", "supaya", "akan",
  "harus") right before the number; after "sehingga" only when the sentence
  speaks of the future or a duty before it ("sehingga total peserta mencapai
  60.000 orang" alone is what was reached).
- "Kalau idealnya ya 100 persen", "untuk menjadi 60,27 persen": an ideal, a
  level to become.

A mixin placed before ``MetricRules`` in the extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .figures import COVERAGE_PCT, PARTICIPANTS
from .tokens import _WordTest

# what the tails below need (lower-cased), a cheap check first
_AIM_STEMS = ("sehingga", "agar", "supaya", "akan", "harus", "untuk menjadi", "ideal")
_AIMED_AT_TAIL_RE = re.compile(
    r"(?:\b(?P<why>sehingga|agar|supaya|akan|harus)\b[^.;:\d]{0,50}?\b(?:mencapai|capai|menjadi"
    r"|tembus|menembus)|\buntuk[ \t]+menjadi|\bidealnya(?:[ \t]+(?:ya|adalah|itu))?)"
    r"(?:[ \t]+(?:cakupan|kepesertaan|coverage|ucj|(?:di[ \t]+)?angka))?"
    r"(?:[ \t]+(?:lebih[ \t]+dari|sekitar|minimal|hingga|sebanyak))?[ \t]+$",
    re.IGNORECASE,
)
_REACH = 70  # characters back from the number
_AIM_START = _WordTest({"sehingga", "agar", "supaya", "akan", "harus", "untuk", "idealnya"})
# "sehingga" is a consequence ("sehingga total peserta mencapai 60.000 orang"),
# an aim only beside a word of the future or of duty in the sentence before the number
_FUTURE_RE = re.compile(r"\b(?:akan|agar|supaya|harus|nanti|ke[ \t]*depan\w*)\b", re.IGNORECASE)


# still in process, at a stage, on a reserve list: not enrolled yet
_PENDING_STEMS = ("proses", "tahap", "cadangan")
_PENDING = (
    r"(?:masih[ \t]+(?:(?:sedang|dalam)[ \t]+)*(?:proses|tahap\w*)"
    r"|(?:masuk[ \t]+)?(?:dalam[ \t]+)?daftar[ \t]+cadangan)\b"
)
_PENDING_AFTER_RE = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+" + _PENDING, re.IGNORECASE)
_PENDING_BEFORE_RE = re.compile(r"\b" + _PENDING, re.IGNORECASE)
_PENDING_START = _WordTest({"masih"})
# "..., sedangkan yang sudah terdaftar 2.000": a reached part after the pending one
_DONE_RE = re.compile(r"\b(?:sudah|telah|tercatat|terdaftar|terlindungi)\b", re.IGNORECASE)


class AimedLevels:
    def _classify_percent(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_percent(cands, i, s, p_lo, f_hi, tail)
        if metric == COVERAGE_PCT and self._aimed_at(cands[i], s):
            cands[i].rule = "aimed_at_level"
            return None
        return metric

    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        if metric == PARTICIPANTS and self._aimed_at(cands[i], s):
            cands[i].metric, cands[i].rule = None, "aimed_at_headcount"
            return None
        if metric == PARTICIPANTS and self._still_pending(cands[i], s):
            cands[i].metric, cands[i].rule = None, "pending_headcount"
            return None
        return metric

    def _still_pending(self, c: _Cand, s: _Sentence) -> bool:
        """ "3.824 pekerja rentan masih dalam proses verifikasi", "masih sedang
        tahapan seperti Kabupaten A 9.000 orang, B 3.300 ...", "1.509 orang
        sisanya masuk dalam daftar cadangan": workers not enrolled yet."""
        if not self.a.holds(_PENDING_STEMS):
            return False
        text = self.text
        if _PENDING_AFTER_RE.match(text, c.end, s.hi):
            return True
        before = self.a.word_search(_PENDING_BEFORE_RE, _PENDING_START, s.lo, c.start)
        return before is not None and not _DONE_RE.search(text, before.end(), c.start)

    def _aimed_at(self, c: _Cand, s: _Sentence) -> bool:
        """Whether the clause aims at the number rather than states it reached."""
        if not self.a.holds(_AIM_STEMS):
            return False
        # tried only at the words its matches start with (found once per text)
        aim = self.a.word_search(
            _AIMED_AT_TAIL_RE, _AIM_START, max(s.lo, c.start - _REACH), c.start
        )
        if aim is None:
            return False
        return (aim.group("why") or "").lower() != "sehingga" or bool(
            _FUTURE_RE.search(self.text, s.lo, c.start)
        )
