"""A whole's sub-breakdown (issue #13, pooled round "poolprec"): a count of
people, then its parts by something that is not a segment: "sebanyak 18.400
orang yang terdiri atas 6.100 pekerja perusahaan besar, 9.300 pekerja
perusahaan menengah dan 3.000 pekerja usaha kecil", "Sebanyak 7.500 pekerja
rentan itu terdiri dari 2.100 nelayan dan 5.400 petani", "jumlah itu terdiri
dari 4.020 pekerja rentan data Dinsos dan 910 pekerja rentan desa". The sets
label the whole and leave its parts out, unless the parts are other groups
than the whole's (a split by segment: "terdiri atas 5.000 penerima upah dan
2.000 bukan penerima upah") or places ("terdiri atas Kabupaten A 9.000 ...").

A mixin placed before ``MetricRules`` in the extractor: it takes back the
metric the count rules gave the parts; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .figures import PARTICIPANTS, TOTAL, WORKFORCE

# "terdiri atas", "terbagi untuk", "dengan rincian": the parts follow
_PARTS_FOLLOW_RE = re.compile(
    r"\b(?:terdiri[ \t]+(?:atas|dari)|terbagi|rincian(?:nya)?|dirinci)\b", re.IGNORECASE
)
# "jumlah itu terdiri": the whole is the count of the sentence before
_WHOLE_BEFORE_RE = re.compile(
    r"\b(?:jumlah|angka|total)[ \t]+(?:itu|tersebut|ini)[ \t]+$", re.IGNORECASE
)
_PARTS_STEMS = ("terdiri", "terbagi", "rinci")
_COUNTS = (PARTICIPANTS, WORKFORCE)
_REACH = 600  # characters back to the sentence of the whole "jumlah itu" names


class PoolprecParts:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        if metric in _COUNTS and self._is_sub_part(cands, i, s):
            c = cands[i]
            c.rule = "poolprec"
            self._group_goes_on(cands, i, s, metric)
            return None
        return metric

    def _is_sub_part(self, cands: list[_Cand], i: int, s: _Sentence) -> bool:
        c, text = cands[i], self.text
        if not self.a.may_hold(s.lo, c.start, _PARTS_STEMS):
            return False
        splits = list(_PARTS_FOLLOW_RE.finditer(text, s.lo, c.start))
        if not splits:
            return False
        split = splits[-1]
        whole_group = self._whole_group(cands, i, s, split.start())
        if whole_group is None:
            return False
        # the parts: the counts after the split word, two at least
        parts = [d for d in cands if d.start > split.end() and d.noun != "other"]
        if len(parts) < 2 or any(d.kind != "count" for d in parts):
            return False
        # parts that are places or other groups than the whole's are figures
        if self.a.mentions_in(split.end(), s.hi):
            return False
        groups = {seg for _lo, _hi, seg in self._segment_hits(split.end(), s.hi)}
        return not groups - {whole_group, TOTAL}

    def _whole_group(self, cands: list[_Cand], i: int, s: _Sentence, at: int) -> str | None:
        """The group of the count of people the parts split: one before the split
        word in the sentence, or the last one before it when "jumlah itu" names it."""
        before = [d for d in cands[:i] if d.end <= at and d.noun != "other"]
        if before:
            whole = before[-1]
            if whole.metric not in _COUNTS:
                return None
            return whole.segment or TOTAL
        if not _WHOLE_BEFORE_RE.search(self.text, max(s.lo, at - 40), at):
            return None
        for lo, _value, _metric, segment in reversed(self._count_wholes):
            if lo < s.lo:
                return segment if s.lo - lo <= _REACH else None
        return None
