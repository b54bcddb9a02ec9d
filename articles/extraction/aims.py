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

Pure functions of the extractor (``x``), called by ``figure_kinds``."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
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


def still_pending(x, c: _Cand, s: _Sentence) -> bool:
    """ "3.824 pekerja rentan masih dalam proses verifikasi", "masih sedang
    tahapan seperti Kabupaten A 9.000 orang, B 3.300 ...", "1.509 orang
    sisanya masuk dalam daftar cadangan": workers not enrolled yet."""
    if not x.a.holds(_PENDING_STEMS):
        return False
    text = x.text
    if _PENDING_AFTER_RE.match(text, c.end, s.hi):
        return True
    before = x.a.word_search(_PENDING_BEFORE_RE, _PENDING_START, s.lo, c.start)
    return before is not None and not _DONE_RE.search(text, before.end(), c.start)


def aimed_at(x, c: _Cand, s: _Sentence) -> bool:
    """Whether the clause aims at the number rather than states it reached."""
    if not x.a.holds(_AIM_STEMS):
        return False
    # tried only at the words its matches start with (found once per text)
    aim = x.a.word_search(_AIMED_AT_TAIL_RE, _AIM_START, max(s.lo, c.start - _REACH), c.start)
    if aim is None:
        return False
    return (aim.group("why") or "").lower() != "sehingga" or bool(
        _FUTURE_RE.search(x.text, s.lo, c.start)
    )
