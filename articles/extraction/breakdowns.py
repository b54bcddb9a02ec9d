"""A breakdown's items are counts of what their whole counts. A sentence that
opens a breakdown ("terdiri atas", "rinciannya", "tersebar di", "meliputi")
and whose counts add up to between 80 % and all of a count of people stated
in one of the sentences before details that whole:

- its items are the whole's kind of count: "potensi pekerja rentan di
  Provinsi X mencapai 181.913 orang. Jumlah itu tersebar di A 58.841 orang,
  B 11.514 orang, ..." is workforce, even when the sentence borrows a
  participation topic;
- its items that name no group of their own are of the whole's group: "...
  16.100 pekerja informal. Jumlah itu terdiri atas Kabupaten A 9.000 pekerja,
  Kota B 6.500 pekerja"; a whole said again without its group takes the group
  it was said with first ("Sebanyak 14.000 nelayan ... Data 14.000 jiwa calon
  peserta ... Rinciannya: ...").

A mixin of the extractor."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .article import _Sentence
from .figures import PARTICIPANTS, TOTAL, WORKFORCE

_SPREAD_RE = re.compile(
    r"\b(?:terdiri[ \t]+(?:atas|dari)|rincian(?:nya)?|dirinci|tersebar[ \t]+di|terbagi"
    r"|meliputi)\b",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
_REACH = 1500  # characters back to the whole a breakdown details
_SHARE = Decimal("0.8")  # the least share of the whole its items add up to
_COUNTS = (PARTICIPANTS, WORKFORCE)


class BreakdownRules:
    _count_wholes: list[tuple[int, Decimal, str, str]]  # set in the extractor's __init__

    def _note_count_whole(self, s: _Sentence, metric: str, segment: str, value) -> None:
        """Remember every count of people, a whole a later breakdown may detail."""
        if metric in _COUNTS:
            self._count_wholes.append((s.lo, value, metric, segment))

    def _breakdown_of_whole(self, s: _Sentence, figures: list) -> list:
        """The figures of a sentence, its breakdown items given their whole's
        metric and, where they name no group, its group."""
        items = [f for f in figures if f.metric in _COUNTS]
        if not self._count_wholes or len(items) < 2 or len({f.metric for f in items}) != 1:
            return figures
        digit = _DIGIT_RE.search(self.text, s.lo, s.hi)
        if digit is None or not _SPREAD_RE.search(self.text, s.lo, digit.start()):
            return figures
        total = sum(f.value for f in items)
        for lo, value, metric, segment in reversed(self._count_wholes):
            if lo >= s.lo:
                continue
            if s.lo - lo > _REACH:
                break
            if _SHARE * value <= total <= value:
                if segment == TOTAL:
                    segment = self._group_said_before(lo, value, metric, s.lo)
                return [_as_part_of(f, metric, segment) for f in figures]
        return figures

    def _group_said_before(self, at: int, value, metric: str, lo: int) -> str:
        """The group of the same whole said before without one: "Sebanyak 14.000
        nelayan segera mendapatkan perlindungan ... Data 14.000 jiwa calon peserta
        telah melalui proses finalisasi. Rinciannya: ..." details the fishers."""
        for before, same, kind, segment in reversed(self._count_wholes):
            if before >= at:
                continue
            if lo - before > _REACH:
                break
            if same == value and kind == metric and segment != TOTAL:
                return segment
        return TOTAL


def _as_part_of(figure, metric: str, segment: str):
    """A figure of the breakdown of a whole of ``metric`` and ``segment``."""
    if figure.metric not in _COUNTS:
        return figure
    if figure.segment == TOTAL:
        figure = replace(figure, segment=segment)
    if figure.metric != metric:
        figure = replace(figure, metric=metric, pattern=f"count.{metric}.breakdown_of_whole")
    return figure
