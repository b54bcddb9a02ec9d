"""Round "vuln", what is left of it: the group of the vulnerable workers a
place has."""

from __future__ import annotations

from .article import _Cand, _Sentence
from .count_workforce import vulnerable_subject
from .figures import VULNERABLE


class VulnPlaces:
    def _group_of_part(self, cands: list[_Cand], i: int, segment: str, s: _Sentence) -> str:
        segment = super()._group_of_part(cands, i, segment, s)
        if vulnerable_subject(self, cands[i]):
            return VULNERABLE
        return segment
