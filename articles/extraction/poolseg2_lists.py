"""A count followed by a list of the groups it covers is everyone's (issue #13,
pooled round "poolseg2"): "cakupan pekerja yang telah terlindungi meliputi
412.300 pekerja sektor penerima upah, bukan penerima upah, dan jasa
konstruksi", "sebanyak 98.450 pekerja sektor formal, informal, perangkat desa
hingga pekerja rentan telah terlindungi". The list names two or more of the
three membership groups (wage earners, the self-employed, construction), so
the count is their total, not the first group named. A list of groups paid for
by a government ("Non ASN, RT/RW, kader dan pekerja rentan") is left as it is
read (the sets label such lists both ways). A mixin placed before
the other segment readings in the extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .figures import CONSTRUCTION, FORMAL, INFORMAL, TOTAL

_MEMBERSHIP_GROUPS = frozenset({FORMAL, INFORMAL, CONSTRUCTION})
# from the number to the list: its unit and a word that opens the list
_LEAD_RE = re.compile(
    r"[ \t]*(?:(?:orang|jiwa|pekerja|peserta|tenaga[ \t]+kerja|karyawan|buruh)[ \t]*)?,?[ \t]*"
    r"(?:(?:baik|yang|terdiri|atas|dari|meliputi|mencakup|di|sektor|segmen|kategori|kelompok"
    r"|pekerja|peserta)[ \t]+){0,4}",
    re.IGNORECASE,
)
# between two items of the list: "(PU), ", " dan ", ", serta ", " hingga "
_ITEM_GAP_RE = re.compile(
    r"(?:[ \t]*\([^()\d]{1,15}\))?[ \t]*,?[ \t]*"
    r"(?:(?:dan|serta|hingga|sampai|maupun|juga|baik)[ \t]+){0,2}"
    r"(?:(?:pekerja|sektor|segmen|peserta|para|tenaga[ \t]+kerja)[ \t]+){0,2}",
    re.IGNORECASE,
)
_LIST_REACH = 200  # characters after the number


class Poolseg2Lists:
    def _segment(
        self, cands: list[_Cand], i: int, s: _Sentence, claimed: set[int], breaks: list[int]
    ) -> str:
        segment = super()._segment(cands, i, s, claimed, breaks)
        if segment in _MEMBERSHIP_GROUPS and self._in_a_list_of_groups(cands, i, s):
            return TOTAL
        return segment

    def _carried_segment(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        if self._in_a_list_of_groups(cands, i, s):
            return None  # the list's total takes no group from elsewhere
        return super()._carried_segment(cands, i, s, metric)

    def _in_a_list_of_groups(self, cands: list[_Cand], i: int, s: _Sentence) -> bool:
        """The number is followed by a list of groups, or comes right after the
        list of the number before ("1.159.887 pekerja baik dari sektor PU, BPU dan
        juga jasa konstruksi dari semesta coverage sebesar 2.871.182 pekerja": the
        whole of the same groups)."""
        cand = cands[i]
        if self._groups_listed_after(cand, s) > 0:
            return True
        if not i or cand.seg_after:
            return False  # "... formal dan informal, baru 36 persen tenaga informal": its own
        end = self._groups_listed_after(cands[i - 1], s)
        return end > 0 and end < cand.start and not self._segment_hits(end, cand.start)

    def _groups_listed_after(self, cand: _Cand, s: _Sentence) -> int:
        """Where the list of two or more membership groups that follows the number
        ends, or 0 when none follows it."""
        hits = self._segment_hits(cand.end, min(s.hi, cand.end + _LIST_REACH))
        text = self.text
        if len(hits) < 2 or not _LEAD_RE.fullmatch(text, cand.end, hits[0][0]):
            return 0
        groups, last = {hits[0][2]}, hits[0][1]
        for start, end, group in hits[1:]:
            if start < last:
                last = max(last, end)
                continue  # overlapping words for one group
            if not _ITEM_GAP_RE.fullmatch(text, last, start):
                break
            groups.add(group)
            last = end
        return last if len(groups & _MEMBERSHIP_GROUPS) >= 2 else 0
