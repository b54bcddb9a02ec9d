"""Counts of a sub-district (kecamatan), which no region row holds (issue #13):
read as the regency's participants or workforce before.

- an item of a list by sub-district: "tersebar di Kecamatan Penajam 4.468
  orang, Waru 859 orang dan di Kecamatan Sepaku 1.636 orang";
- a count for some of the regency's sub-districts only: "kepada 200 pekerja di
  empat kecamatan", "untuk dua kecamatan ... total penerima 556 orang" (not
  "tersebar di 15 kecamatan", "se-kecamatan" or "seluruh kecamatan": all of
  the regency).

A mixin placed before ``MetricRules`` in the extractor: it takes back the
metric the count rules gave; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .figures import PARTICIPANTS, TOTAL, WORKFORCE

_NAME = r"(?:[A-Z][\w'-]*[ \t]*){1,3}"
# "Kecamatan Penajam 4.468", "Kec. Alok Timur: 312", "Kecamatan Waru sebanyak 859"
_ITEM_TAIL_RE = re.compile(
    r"\b(?i:kecamatan|kec\.)[ \t]*"
    + _NAME
    + r"[:,]?[ \t]*(?:(?i:sebanyak|ada|yakni|sejumlah)[ \t]+)?$"
)
# such an item anywhere before the count: a sub-district named right before a number
_ITEM_RE = re.compile(
    r"\b(?i:kecamatan|kec\.)[ \t]*"
    + _NAME
    + r"[:,]?[ \t]*(?:(?i:sebanyak|ada|yakni|sejumlah)[ \t]+)?(?<![\d.,])(?=\d)"
)
# the next items of such a list: ", Waru 859", "dan di Kecamatan Sepaku 1.636"
_NEXT_ITEM_TAIL_RE = re.compile(
    r"(?:,|\bdan\b|\bserta\b)[ \t]*(?:di[ \t]+)?(?:(?i:kecamatan|kec\.)[ \t]*)?"
    + _NAME
    + r"[:,]?[ \t]*$"
)
# "di empat kecamatan", "untuk dua kecamatan": some of them
_SOME_SUBDISTRICTS_RE = re.compile(
    r"(?<!tersebar )(?<!tersebar  )\b(?:di|untuk|pada|dari|meliputi)[ \t]+"
    r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|\d{1,2})[ \t]+kecamatan\b"
    # (not "di 12 kecamatan se-Kabupaten Pacitan": all of them)
    r"(?![ \t]*(?:se[ \t-]|yang[ \t]+ada|di[ \t]+(?:wilayah[ \t]+)?(?:kabupaten|kota)))",
    re.IGNORECASE,
)
_REACH = 160
# the words both readings need ("kecamatan" for a count of some of them)
_STEMS = ("kecamatan", "kec.")


class SubdistrictCounts:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        if metric not in (PARTICIPANTS, WORKFORCE):
            return metric
        c = cands[i]
        if self.a.holds(_STEMS) and (
            self._subdistrict_item(c, s, tail) or self._some_subdistricts(c, s)
        ):
            c.rule = "subdistrict"
            # the group it names is still the one the text goes on about (the
            # list's first item names it; the later ones name none of their own)
            if not self._groups_at.get(s.lo, set()) - {TOTAL}:
                self._group_goes_on(cands, i, s, metric)
            return None
        return metric

    def _subdistrict_item(self, c: _Cand, s: _Sentence, tail: str) -> bool:
        """An item of a list of counts by sub-district."""
        if not self.a.may_hold(s.lo, c.start, _STEMS):
            return False
        if _ITEM_TAIL_RE.search(tail[-80:]):
            return True
        # a later item, once the sentence has listed a sub-district's count
        return bool(
            _NEXT_ITEM_TAIL_RE.search(tail[-60:]) and _ITEM_RE.search(self.text, s.lo, c.start)
        )

    def _some_subdistricts(self, c: _Cand, s: _Sentence) -> bool:
        """A count said of some of the sub-districts, in its sentence."""
        lo, hi = max(s.lo, c.start - _REACH), min(s.hi, c.end + _REACH)
        if not self.a.may_hold(lo, hi, ("kecamatan",)):
            return False
        return _SOME_SUBDISTRICTS_RE.search(self.text, lo, hi) is not None
