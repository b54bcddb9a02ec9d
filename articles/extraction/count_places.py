"""The workers a place has, read before any cue the sentence borrows:
"Kabupaten X saat ini memiliki 196.234 pekerja penerima upah (PU), 374.505
pekerja bukan penerima upah (BPU) ... dengan total 606.996 pekerja". A place
that "has" (memiliki, mempunyai, terdapat) so many workers counts its
workforce, unless its own sentence names participation ("memiliki 20 ribu
pekerja yang terdaftar"): a participation word in the sentence before (the
topic a sentence without topic words borrows) does not make them covered.
A mixin of ``CountRules``."""

from __future__ import annotations

import re

from .article import _decide
from .count_vetoes import _Count
from .figures import PARTICIPANTS, WORKFORCE

# "memiliki (sekitar) " right before the number
_PLACE_HAS_TAIL_RE = re.compile(
    r"\b(?:memiliki|mempunyai|terdapat)[ \t]+(?:(?:sekitar|sekira|hampir|lebih[ \t]+dari"
    r"|kurang[ \t]+lebih)[ \t]+)?$",
    re.IGNORECASE,
)
# the workers right after it: "196.234 pekerja", "1,2 juta tenaga kerja"
_WORKERS_AFTER_RE = re.compile(
    r"[ \t]*(?:orang[ \t]+)?(?:pekerja|tenaga[ \t]+kerja|angkatan[ \t]+kerja|buruh|karyawan)\b",
    re.IGNORECASE,
)
# "..., dan 86.260 pekerja jasa konstruksi dengan total 606.996": the sum of the
# list just read (not "dari total": a whole a part is taken of)
_SUM_TAIL_RE = re.compile(
    r"(?:\b(?:dengan|sehingga|jadi)|,)[ \t]+(?:(?:secara|jumlah)[ \t]+)?(?:total|keseluruhan)"
    r"(?:nya)?[ \t]+(?:(?:sebanyak|mencapai|sebesar|sejumlah|ada)[ \t]+)?$",
    re.IGNORECASE,
)
_SUM_GAP = 80  # characters between the list's last item and its sum


class CountPlaceRules:
    def _workers_a_place_has(self, k: _Count):
        c, s = k.c, k.s
        if k.subsidised or not _PLACE_HAS_TAIL_RE.search(k.tail[-40:]):
            return None
        if not _WORKERS_AFTER_RE.match(self.text, c.end, s.hi):
            return None
        if self.hits["part"].any(s.lo, s.hi) or self.hits["neg"].any(s.lo, s.hi):
            return None
        return _decide(c, WORKFORCE, "workers_a_place_has", 0.6)

    def _sum_of_list(self, k: _Count):
        """The sum after the items of a list is the same kind of count."""
        prev, c = k.prev, k.c
        if (
            prev is None
            or prev.kind != "count"
            or prev.metric not in (PARTICIPANTS, WORKFORCE)
            or prev.start < k.s.lo
            or c.start - prev.end > _SUM_GAP
            or any(ch.isdigit() for ch in self.text[prev.end : c.start])
            or not _SUM_TAIL_RE.search(self.text, prev.end, c.start)
        ):
            return None
        return _decide(c, prev.metric, "sum_of_list", 0.6)
