"""A whole named in words before its number, after the part or rate taken of
it: "163.072 atau 16,3 persen dari total Pekerja Penerima Upah yang jumlahnya
mencapai 994.347 orang", "13,4 persen atau 318.838 dari total jumlah PBPU di
Sulsel yang mencapai 2,37 juta orang". The whole is workforce (of the group
the part names); the bare count before "dari" is the part. A mixin of
``CountRules``."""

from __future__ import annotations

import re

from .article import _decide
from .count_vetoes import _Count
from .figures import COVERAGE_PCT, PARTICIPANTS, WORKFORCE

# "dari total <up to six words> yang (jumlahnya) mencapai" right before the whole
_NAMED_WHOLE = (
    r"\bdari[ \t]+(?:total|jumlah|keseluruhan)[ \t]+(?:[^\W\d_]+[ \t]+|\([^\W\d_]+\)[ \t]+){1,6}?"
    r"yang[ \t]+(?:jumlahnya[ \t]+)?(?:mencapai|sebanyak|sebesar|berjumlah|sejumlah)[ \t]*$"
)
_NAMED_WHOLE_TAIL_RE = re.compile(_NAMED_WHOLE, re.IGNORECASE)
# the bare part right before such a whole: "318.838 dari total jumlah PBPU ... mencapai"
_PART_OF_NAMED_WHOLE_RE = re.compile(r"[ \t]+" + _NAMED_WHOLE[2:], re.IGNORECASE)


class CountWholeRules:
    def _named_whole_after_part(self, k: _Count):
        prev = k.prev
        if prev is None or prev.metric not in (PARTICIPANTS, COVERAGE_PCT):
            return None
        if not _NAMED_WHOLE_TAIL_RE.search(k.tail[-120:]):
            return None
        return _decide(k.c, WORKFORCE, "dari_after_part", 0.75)

    def _part_of_named_whole(self, k: _Count) -> bool:
        """The bare count before such a whole is a count of people."""
        nxt = k.nxt
        return nxt is not None and bool(
            _PART_OF_NAMED_WHOLE_RE.match(self.text, k.c.end, nxt.start)
        )
