"""Workers whose premiums are paid, named right after the premium (round
"probe2", from paragraphs written for the round): "menyiapkan Rp 900 juta
untuk iuran BPJS Ketenagakerjaan bagi 4.460 nelayan", "pembayaran premi bagi
1.984 kelompok rentan" (P 16), "Seluruh iuran bagi 1.000 pekerja rentan
tersebut dibiayai ..." (Z 11). No word of the participation list stands near
such a count ("membayar iuran" is one, "untuk iuran" and "pembayaran premi"
are not), so it was not proposed. The count is of participants when it names
people (or "kelompok rentan"); not a per-person premium, not a count the plan
or target words before it rule out ("ditargetkan ... iuran bagi 10.000
petani" keeps its veto: only counts the count rules left open are read).
A mixin placed before ``CountRules`` in the extractor, at the last step of
the count rules (after every veto); pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .figures import PARTICIPANTS

# "iuran BPJS Ketenagakerjaan bagi", "premi jaminan sosial untuk sekitar": the
# premium, then (no number, full stop or semicolon) the people it is paid for
_PREMIUM_FOR_TAIL_RE = re.compile(
    r"\b(?:iuran|premi|dana|anggaran)(?:nya)?\b[^\d.;:]{0,60}?\b(?:bagi|untuk|kepada)[ \t]+"
    r"(?:(?:sebanyak|sekitar|sekira|kurang[ \t]+lebih|lebih[ \t]+dari|total)[ \t]+)*$",
    re.IGNORECASE,
)
# "1.984 kelompok rentan": a group of the vulnerable, one worker each
_VULNERABLE_GROUP_AFTER_RE = re.compile(r"[ \t]+kelompok[ \t]+rentan\b", re.IGNORECASE)
# a target, a plan or a need before the premium: people still to be paid for
_PLANNED_RE = re.compile(
    r"\b(?:target\w*|ditargetkan|menargetkan|sasaran|rencana\w*|berencana|akan|kebutuhan"
    r"|diusulkan|mengusulkan|usulan)\b",
    re.IGNORECASE,
)
_STEMS = ("iuran", "premi", "dana", "anggaran")
_LOOK_BACK = 110  # characters before the count for the premium word


class Probe2Premiums:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        """ "1.984 kelompok rentan": a noun the count rules take for no people
        (so they stop before any veto); read only after a premium paid for."""
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        c = cands[i]
        if metric is not None or c.noun != "other" or not self._countable(c, s):
            return metric
        if _VULNERABLE_GROUP_AFTER_RE.match(self.text, c.end, s.hi):
            return _decide(c, PARTICIPANTS, "premium_paid_for", 0.55)
        return metric

    def _count_by_cues(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int):
        """Reached only when no veto and no shape of the sentence decided the
        count: the nearest cue word, else the premium paid for the people."""
        metric = super()._count_by_cues(c, s, p_lo, f_hi)
        if metric is None and c.noun == "person" and self._countable(c, s):
            return _decide(c, PARTICIPANTS, "premium_paid_for", 0.55)
        return metric

    def _countable(self, c: _Cand, s: _Sentence) -> bool:
        if c.value < 10 or c.value != c.value.to_integral_value():
            return False
        if self.hits["neg"].any(s.lo, s.hi):
            return False  # "belum terdaftar": the uncovered keep their veto
        return self._premium_paid_for(c, s)

    def _premium_paid_for(self, c: _Cand, s: _Sentence) -> bool:
        lo = max(s.lo, c.start - _LOOK_BACK)
        if not self.a.may_hold(lo, c.start, _STEMS):
            return False
        premium = _PREMIUM_FOR_TAIL_RE.search(self.text, lo, c.start)
        return premium is not None and not _PLANNED_RE.search(self.text, s.lo, premium.start())
