"""Round "seg": the membership group named right after a count, past words the
segment reading's filler gap does not take.

``SegmentRules._attach_segments`` gives a count the group named right after
it across filler words ("24.874 orang pekerja formal", "27.610 yang tercatat
sebagai pekerja formal", "7,36 juta lainnya pekerja jasa konstruksi"). Two
forms of the same statement stopped it:

- the group the count comes from: "10 ribu lainnya berasal dari tenaga kerja
  jasa konstruksi", "10 juta lebih berasal dari sektor informal";
- a rounded count's "-an" glued to the number: "hanya 1.100-an dari sektor
  informal".

Only counts (a share "60 persen berasal dari sektor informal" is a composition,
left to the share readings), only the membership groups (formal, informal,
construction, migrant: "berasal dari pekerja rentan" is left to the readings
of vulnerable workers), and only when the group follows the words at once, as
``_attach_segments`` itself asks.
"""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .cues import _CHAIN_GAP_RE, _FILLER_GAP_RE
from .figures import CONSTRUCTION, FORMAL, INFORMAL, MIGRANT
from .tokens import _first_ge

# the membership groups this round reads (vulnerable and other workers are left
# to their own readings)
_MEMBERSHIP = frozenset({FORMAL, INFORMAL, CONSTRUCTION, MIGRANT})

# what may stand between a count and "dari <group>": "-an" (rounded), "lebih",
# "lainnya"/"sisanya" (the rest), then "berasal"; at least "-an" or "berasal"
_SOURCE_GAP_RE = re.compile(
    r"(?P<an>-an\b)?(?:[ \t]+(?:lebih|lainnya|sisanya)\b)?(?P<from>[ \t]+berasal\b)?",
    re.IGNORECASE,
)
# what such a gap needs, one or the other (a cheap check first)
_SOURCE_STEMS = ("-an", "berasal")


class SegAfterRules:
    def _attach_segments(self, s: _Sentence, cands: list[_Cand], breaks: list[int]) -> None:
        super()._attach_segments(s, cands, breaks)
        if not (self.a.holds(_SOURCE_STEMS) and self.a.may_hold(s.lo, s.hi, _SOURCE_STEMS)):
            return  # no "-an" nor "berasal" in the sentence: no gap can take a group
        text = self.text
        for i, cand in enumerate(cands):
            if cand.kind != "count" or cand.seg_after is not None:
                continue
            gap = _SOURCE_GAP_RE.match(text, cand.end, s.hi)
            if gap is None or not (gap.group("an") or gap.group("from")):
                continue
            hi = cands[i + 1].start if i + 1 < len(cands) else s.hi
            hi = min(hi, _first_ge(breaks, cand.end, s.hi))
            self._attach_after(cand, gap.end(), hi)

    def _attach_after(self, cand: _Cand, pos: int, hi: int) -> None:
        """The group words right after ``pos`` (and those chained to them, "sektor
        informal atau bukan penerima upah") belong to ``cand``."""
        text = self.text
        for start, end, segment in self._segment_hits(pos, hi):
            if cand.seg_after is None:
                gap = _FILLER_GAP_RE.match(text, pos, start)
                if gap is None or gap.end() != start or segment not in _MEMBERSHIP:
                    return
                cand.seg_after = segment
            else:
                chain = _CHAIN_GAP_RE.match(text, pos, start)
                if chain is None or chain.end() != start:
                    return
            cand.claimed.add(start)
            pos = end
