"""A breakdown's items are counts of what their whole counts: "potensi pekerja
rentan di Provinsi X mencapai 181.913 orang. Jumlah itu tersebar di A 58.841
orang, B 11.514 orang, ..." details a workforce, so each item is workforce
too, even when the sentence borrows a participation topic. The items must
follow a breakdown word ("tersebar di", "terdiri atas", "rinciannya") and add
up to between 80 % and all of a count of people stated in one of the
sentences before. A mixin of the extractor."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .article import _Sentence
from .figures import PARTICIPANTS, TOTAL, WORKFORCE

_SPREAD_RE = re.compile(
    r"\b(?:terdiri[ \t]+(?:atas|dari)|rincian(?:nya)?|dirinci|tersebar[ \t]+di|terbagi)\b",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
_REACH = 1500  # characters back to the whole a breakdown details
_SHARE = Decimal("0.8")  # the least share of the whole its items add up to
_COUNTS = (PARTICIPANTS, WORKFORCE)


class BreakdownRules:
    def _note_count_whole(self, s: _Sentence, metric: str, segment: str, value) -> None:
        """Remember every count of people, a whole a later breakdown may detail."""
        if metric in _COUNTS:
            wholes = getattr(self, "_count_wholes", None)
            if wholes is None:
                wholes = self._count_wholes = []
            wholes.append((s.lo, value, metric, segment))

    def _breakdown_of_whole(self, s: _Sentence, figures: list) -> list:
        """The figures of a sentence, its breakdown items given their whole's metric."""
        wholes = getattr(self, "_count_wholes", None)
        items = [f for f in figures if f.metric in _COUNTS]
        if not wholes or len(items) < 2 or len({f.metric for f in items}) != 1:
            return figures
        digit = _DIGIT_RE.search(self.text, s.lo, s.hi)
        if digit is None or not _SPREAD_RE.search(self.text, s.lo, digit.start()):
            return figures
        total = sum(f.value for f in items)
        for lo, value, metric, segment in reversed(wholes):
            if lo >= s.lo:
                continue
            if s.lo - lo > _REACH:
                break
            if _SHARE * value <= total <= value:
                if metric == items[0].metric:
                    return figures
                return [
                    replace(
                        f,
                        metric=metric,
                        segment=segment if f.segment == TOTAL else f.segment,
                        pattern=f"count.{metric}.breakdown_of_whole",
                    )
                    if f.metric in _COUNTS
                    else f
                    for f in figures
                ]
        return figures
