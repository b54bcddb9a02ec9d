"""Workers counted by village (issue #13, pooled round "poolseg"): "sebanyak
161 desa dengan 2.290 tenaga kerja", "Kemudian 7.100 tenaga kerja di desa",
"dari 125 desa, rata-rata per desa 4 orang. Jika ditotalkan berjumlah 500
peserta". A village's registered workers are its staff (perangkat desa, the
"other" segment) when the count names no group of its own. A mixin placed
before ``SegmentRules`` in the extractor; pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Sentence
from .figures import OTHER, TOTAL

# "161 desa dengan 2.290", "196 desa dan 1.825": villages, then their workers
_VILLAGES_THEN_COUNT_RE = re.compile(
    r"\b\d[\d.]*[ \t]+(?:desa|kelurahan|gampong|nagari)[ \t]+(?:dengan|dan|berisi|meliputi)"
    r"[ \t]+(?:(?:total|jumlah|sebanyak|sekitar)[ \t]+)*$",
    re.IGNORECASE,
)
# "7.100 tenaga kerja di desa", "4.300 orang dari desa-desa"
_COUNT_IN_VILLAGES_RE = re.compile(
    r"[ \t]+(?:tenaga[ \t]+kerja|pekerja|orang|peserta|jiwa)[ \t]+(?:di|dari)[ \t]+"
    r"(?:(?:tiap|setiap|seluruh|semua)[ \t]+)?(?:desa|kelurahan|gampong|nagari)\b"
    r"(?![ \t]+(?:dan|serta)[ \t]+(?:kelurahan|kota)\b)",
    re.IGNORECASE,
)
# "rata-rata per desa 4 orang", "masing-masing desa 25 orang": a count per village
_PER_VILLAGE_RE = re.compile(
    r"\b(?:per|tiap|setiap|masing[ \t-]*masing)[ \t]+(?:desa|kelurahan|gampong|nagari)\b",
    re.IGNORECASE,
)
# "Jika ditotalkan berjumlah", "Totalnya", "Sehingga total": the sum of those
_SUMMED_RE = re.compile(
    r"[ \t\"\u201c]*(?:(?:jika|kalau|bila|apabila|sehingga)[ \t]+)?(?:di)?total(?:kan|nya)?\b",
    re.IGNORECASE,
)
_VILLAGE_STEMS = ("desa", "kelurahan", "gampong", "nagari")


class PoolsegVillages:
    def _segment(self, cands: list[_Cand], i: int, s: _Sentence, claimed, breaks) -> str:
        segment = super()._segment(cands, i, s, claimed, breaks)
        if segment == TOTAL and self._counted_by_village(cands[i], s):
            return OTHER
        return segment

    def _counted_by_village(self, c: _Cand, s: _Sentence) -> bool:
        if c.kind == "pct" or not self._village_reading(c, s):
            return False
        # a count said before keeps the group it was first given
        return self.text.find(self.text[c.start : c.end], 0, c.start) < 0

    def _village_reading(self, c: _Cand, s: _Sentence) -> bool:
        text = self.text
        lo = max(s.lo, c.start - 60)
        if self.a.may_hold(lo, min(s.hi, c.end + 40), _VILLAGE_STEMS) and (
            _VILLAGES_THEN_COUNT_RE.search(text, lo, c.start) is not None
            or _COUNT_IN_VILLAGES_RE.match(text, c.end, min(s.hi, c.end + 60)) is not None
        ):
            return True
        # "dari 125 desa, rata-rata per desa 4 orang. Jika ditotalkan berjumlah 500"
        if _SUMMED_RE.match(text, s.lo, c.start) is None:
            return False
        k = bisect.bisect_right(self.a.sentence_starts, s.lo) - 2
        if k < 0:
            return False
        before = self.a.sentences[k]
        return (
            before.para == s.para
            and self.a.may_hold(before.lo, before.hi, _VILLAGE_STEMS)
            and _PER_VILLAGE_RE.search(text, before.lo, before.hi) is not None
        )
