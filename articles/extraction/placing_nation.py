"""The nation as a figure's region: a national source ("Data Kemnaker",
"secara nasional") named before the figure in its paragraph, or in the
sentence that set its topic (up the chain of sentences that continue it),
with no region named; not "data BPS" in a story about one region (its own
statistics office). A mixin of ``PlacingRules``."""

from __future__ import annotations

import bisect
import re

from .article import _Sentence
from .cues_places import _NATIONAL_SOURCE_RE

# the statistics office, national or regional ("BPS Bali" is excluded by the source pattern)
_STATISTICS_RE = re.compile(r"BPS|Statistik", re.IGNORECASE)
# the (lower-cased) words every match of _NATIONAL_SOURCE_RE starts with
_NATIONAL_SOURCE_WORDS = frozenset(
    ("data", "menurut", "catatan", "laporan", "rilis", "secara", "di", "seluruh", "se",
     "seindonesia", "tingkat", "skala")
)  # fmt: skip


class PlacingNation:
    def _national_topic(self, s: _Sentence) -> bool:
        """Whether the sentence that set this one's topic cites a national source
        and names no placing region."""
        for _step in range(3):
            # "Data Kemnaker ... 41,56 juta. Dari jumlah tersebut, 25 juta PU.
            # Sementara 9,19 juta BPU": up the chain of sentences that continue it
            k = bisect.bisect_right(self.a.sentence_starts, s.topic_lo) - 1
            if k < 0:
                return False
            topic = self.a.sentences[k]
            if any(m.placing for m in self.a.mentions_in(topic.lo, topic.hi)):
                return False
            para = self.a.paragraphs[topic.para]
            if self._national_source_between(para.lo, para.hi, topic.hi):
                return True
            if topic.topic_lo >= topic.lo:
                return False
            s = topic
        return False

    def _national_source_between(self, para_lo: int, para_hi: int, hi: int) -> bool:
        """Whether a national source is named in the paragraph before ``hi``
        (each paragraph searched once)."""
        cache = self.__dict__.setdefault("_national_first", {})
        first = cache.get(para_lo)
        if first is None:
            lo, first = para_lo, para_hi
            while m := self.a.word_search(
                _NATIONAL_SOURCE_RE, _NATIONAL_SOURCE_WORDS.__contains__, lo, para_hi
            ):
                if not (_STATISTICS_RE.search(m.group()) and self._regional_story()):
                    first = m.start()
                    break
                # "Sementara data BPS, tercatat jumlah angkatan kerja sebanyak 179
                # ribu" in a story about a regency: its own statistics office's
                lo = m.end()
            cache[para_lo] = first
        return first < hi

    def _regional_story(self) -> bool:
        """Whether the article is about one region below the nation."""
        subject = self.a.subject
        return bool(subject) and subject != self.a.index.nation_code
