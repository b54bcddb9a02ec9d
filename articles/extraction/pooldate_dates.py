"""Four kinds of as-of date the general rules in ``asof`` got wrong.

1. A story that names no day of its own (no "Kamis (9/2/2023)", no date in its
   address): its figures without a date of their own take the first date the
   text names, with that date's precision, not none at all. "Cakupan periode
   Januari-Agustus 2023 mencapai 82 persen. ... Kabupaten A dari 20.000
   pekerja, tercapai 15.000" gives the counts 2023-08; "tahun ini" and
   "tahun lalu" are read against it too. Not a date that only starts a span
   ("sejak 2021"), an award's edition ("Paritrana Award 2024"), a budget's
   year ("APBD 2026") or a year still to come ("tahun 2024 mendatang").

2. A standing by coverage that is no prize ("Capaian tertinggi ada di Kota A,
   disusul Kabupaten B", "berada di peringkat ke-16 dari 34 provinsi",
   "menempati urutan kelima untuk coverage ini") is dated like the rates it
   ranks: the figure's own date or the day of the story, not only its year.
   A prize ("juara I", "Paritrana Award", "penghargaan", "meraih peringkat",
   "peringkat kedua untuk kategori Pemerintah Kabupaten") keeps the year of
   its edition.

3. A sentence dated only by the day it was told ("Rinciannya, PU 611.000
   peserta," ujarnya, Kamis (6/7/2023).) after "hingga Juni 2023" in the
   sentence just before: the month the data were counted to, 2023-06.

4. A figure its sentence leaves undated (or only "saat ini") when the next
   sentence points back to it with a status date: "Baru 38 persen pekerja
   terlindungi. Hal ini berdasarkan data per September 2023." gives
   2023-09; not the base of a change ("Angka tersebut naik dari ... hingga
   Desember 2020").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..dates import DAY, MONTH, YEAR
from .article import _Cand, _Sentence
from .cues import _AWARD_YEAR_RE, _BUDGET_YEAR_RE, _STATUS_DATE_TAIL_RE
from .figures import AWARD_RANK, COVERAGE_PCT, TARGET_PCT

# a date that only opens a span, or was read on a day ("sejak 2021", "diakses")
_SPAN_START_BEFORE_RE = re.compile(
    r"\b(?:sejak|semenjak|mulai|diakses|dikutip|diunduh)[ \t]+"
    r"(?:(?:pada|tanggal|tahun|bulan|awal|akhir)[ \t]+)*\(?$",
    re.IGNORECASE,
)
# a sentence that points back to the figures before it: "Hal ini berdasarkan
# data ...", "Angka per Agustus 2022 itu ...", "Ini adalah data per ...", "...
# berdasarkan data terakhir"
_POINTS_BACK_RE = re.compile(
    r"[\s\"“]*(?:hal[ \t]+ini|angka|data|berdasarkan|ini[ \t]+(?:adalah[ \t]+)?data)\b",
    re.IGNORECASE,
)
_BY_THE_DATA_RE = re.compile(r"\bberdasarkan[ \t]+data\b", re.IGNORECASE)
_CHANGE_RE = re.compile(
    r"\b(?:naik|meningkat|turun|menurun|bertambah|berkurang|dibanding\w*)\b", re.IGNORECASE
)
# a year still to come: "di tahun 2024 mendatang", "2026 nanti"
_YET_TO_COME_AFTER_RE = re.compile(r"[ \t]*(?:mendatang|nanti|yang[ \t]+akan[ \t]+datang)\b")
# the words of a prize: a standing named with them is an award's placement
_PRIZE_RE = re.compile(
    r"\b(?:penghargaan|awards?|paritrana|juara|anugerah|predikat|pemenang|nominasi"
    r"|(?:me|di)nobatkan|juri|menjuarai|trofi|piagam|meraih|diraih|memenangkan|terbaik"
    r"|kategori|ajang|prestasi|menyabet)\b",
    re.IGNORECASE,
)


class PooldateRules:
    def _date_event(self) -> tuple[dt.date, str] | None:
        """The date undated figures take: the story's day, else the first date
        the text names (see the module's docstring)."""
        event = self.a.event
        if event is not None:
            return event
        if "_pooldate_first" not in self.__dict__:
            self._pooldate_first = self._first_named_date()
        return self._pooldate_first

    def _first_named_date(self) -> tuple[dt.date, str] | None:
        text = self.text
        budget_year = None
        for d in self.a.dates:
            if not self.a._usable_position(d.start) or d.year_inferred:
                continue
            lo = max(0, d.start - 40)
            if _SPAN_START_BEFORE_RE.search(text, lo, d.start):
                continue
            if _YET_TO_COME_AFTER_RE.match(text, d.end):
                continue
            award = _AWARD_YEAR_RE.search(text, lo, d.end)
            if award is not None and award.end() == d.end:
                continue
            budget = _BUDGET_YEAR_RE.search(text, lo, d.end)
            if budget is not None and budget.end() == d.end:
                # "usulan APBD 2026": the year of a budget, the story's only if
                # the text names no other
                budget_year = budget_year or self._period_end(d)
                continue
            return self._period_end(d)
        return budget_year

    def _as_of(
        self,
        metric: str,
        c: _Cand,
        options: list[tuple[int, dt.date, str]],
        s: _Sentence | None = None,
    ) -> tuple[str | None, bool]:
        if s is not None and metric != TARGET_PCT:
            if options:
                options = self._past_the_speech_day(options, s)
            if self._undated_but_now(options):
                options = self._dated_by_the_next(s) or options
        if metric == AWARD_RANK and s is not None and not self._prize_named(s):
            # a standing by coverage: dated as the rates it ranks are
            return super()._as_of(COVERAGE_PCT, c, options, s)
        return super()._as_of(metric, c, options, s)

    def _past_the_speech_day(
        self, options: list[tuple[int, dt.date, str]], s: _Sentence
    ) -> list[tuple[int, dt.date, str]]:
        """ "..., ujarnya, Kamis (6/7/2023)." after "hingga Juni 2023" said
        before: the day a figure was told is not the month it was counted to;
        the sentence takes the month given before, as an undated one would."""
        starts = self.a.date_starts
        for pos, _day, precision in options:
            k = bisect.bisect_left(starts, pos)
            if (
                precision != DAY
                or k >= len(starts)
                or starts[k] != pos
                or not self.a.dates[k].anchored
            ):
                return options
        carried = self._carried_date(s)
        if carried is None or carried[1] != MONTH or carried[0] > options[0][1]:
            return options
        # the month said in the sentence just before, of the same data
        k = bisect.bisect_right(self.a.sentence_starts, s.lo) - 1
        if k < 1 or not any(
            (day, precision) == carried
            for _pos, day, precision in self._sentence_dates(self.a.sentences[k - 1])
        ):
            return options
        return [(s.lo, carried[0], carried[1])]

    def _prize_named(self, s: _Sentence) -> bool:
        """Whether the standing's sentence (or the one it goes on from) names a prize."""
        return _PRIZE_RE.search(self.text, min(s.topic_lo, s.lo), s.hi) is not None

    def _undated_but_now(self, options: list[tuple[int, dt.date, str]]) -> bool:
        """Whether a sentence names no date but "saat ini" (the story's day)."""
        event = self._date_event()
        starts = self.a.date_starts
        for pos, day, precision in options:
            k = bisect.bisect_left(starts, pos)
            if (k < len(starts) and starts[k] == pos) or (day, precision) != event:
                return False
        return True

    def _dated_by_the_next(self, s: _Sentence) -> list[tuple[int, dt.date, str]]:
        """ "... baru 38 persen pekerja. Hal ini berdasarkan data per September
        2023.": the month or day the next sentence gives the data it points back to."""
        k = bisect.bisect_right(self.a.sentence_starts, s.lo)
        if k >= len(self.a.sentences):
            return []
        after = self.a.sentences[k]
        if not _POINTS_BACK_RE.match(self.text, after.lo, after.hi) and not (
            _BY_THE_DATA_RE.search(self.text, after.lo, after.hi)
        ):
            return []
        for pos, day, precision in self._sentence_dates(after):
            k = bisect.bisect_left(self.a.date_starts, pos)
            mention = self.a.dates[k] if k < len(self.a.dates) else None
            if (
                precision != YEAR
                and mention is not None
                and mention.start == pos
                and not mention.anchored
                and _STATUS_DATE_TAIL_RE.search(self.text, max(after.lo, pos - 30), pos)
                # "Angka tersebut naik dari ... hingga Desember 2020": a base, not its date
                and not _CHANGE_RE.search(self.text, after.lo, pos)
            ):
                return [(s.lo, day, precision)]
        return []
