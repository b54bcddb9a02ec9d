"""The figure's own date: a date named near it in its sentence, "tahun ini",
else the date of the event the article reports.

Beyond that: a story that names no day of its own takes, for its undated
figures, the first date the text names ("Cakupan periode Januari-Agustus 2023
mencapai 82 persen. ... tercapai 15.000": 2023-08; not "sejak 2021", an award's
edition, "APBD 2026" or "tahun 2024 mendatang"). A standing by coverage that is
no prize ("Capaian tertinggi ada di Kota A, disusul Kabupaten B") is dated like
the rates it ranks; a prize ("juara I", "Paritrana Award") keeps its edition's
year. A sentence dated only by the day it was told ('"..." ujarnya, Kamis
(6/7/2023).') after "hingga Juni 2023" in the sentence just before takes
2023-06. A figure left undated (or only "saat ini") when the next sentence
points back to it with a status date ("Hal ini berdasarkan data per September
2023.") takes that date; not the base of a change.

A target with no deadline is for the year it was told (the day only beside a
rate of a day its sentence names). "Sepanjang tahun 2024, ..." is a status
date; a sentence whose only dates are other figures' (a base, a later aim)
takes the status date carried from before; a year named in the sentence before
that is the year of the story's day carries nothing finer than that day. A
statistics survey's date (``asof_words``) is the workforce's, not a count's.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..dates import DAY, MONTH, MONTHS, YEAR, as_of_string
from .article import _Cand, _Sentence
from .asof_words import (
    _PERIOD_BEFORE_RE,
    _PERIOD_NUMBERS,
    _PERIOD_START,
    how_dated,
    names_survey,
    survey_before,
    throughout_before,
)
from .cues import (
    _AWARD_YEAR_RE,
    _AWARD_YEAR_WORDS,
    _BUDGET_YEAR_RE,
    _BUDGET_YEAR_WORDS,
    _CLAUSE_GAP_RE,
    _OWN_DATE_GAP_RE,
    _RELATIVE_RE,
    _STATUS_DATE_TAIL_RE,
    _TABLE_NUMBER_RE,
    _TABLE_YEAR_RE,
    _TARGET_WORD_RE,
)
from .figures import AWARD_RANK, BUDGET_IDR, COVERAGE_PCT, TARGET_PCT, WORKFORCE
from .tables import cell_column, is_table_line, table_row_span
from .tokens import _MatchesBefore, _token_triggered, _WordTest

_COMPARED_FROM_RE = re.compile(
    r"\b(?:dari|dibanding(?:kan)?(?:[ \t]+dengan)?|ketimbang|sejak)[ \t]+"
    # "dari 120 orang pada tahun 2023, ... menjadi 54 orang": the base's own date
    r"(?:\d[\d.,]*(?:[ \t]+(?:persen|orang|pekerja|peserta|jiwa))?[ \t]*%?"
    r"[ \t]+(?:pada|di)[ \t]+)?$",
    re.IGNORECASE,
)
_BECOMES_RE = re.compile(r"\bmenjadi\b", re.IGNORECASE)
# a date that is not when the figure stood: when a page was read, where a span starts
_NOT_AS_OF_RE = re.compile(
    r"\b(?:diakses|dikutip|diunduh|sejak(?:[ \t]+(?:di|ber|me)\w+)?)[ \t]+"
    r"(?:(?:pada|tanggal|tahun|bulan)[ \t]+)?"
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),?[ \t]+)?\(?$",
    re.IGNORECASE,
)
# the people a count counts, between it and its own date
_PERSON_NOUN_RE = re.compile(
    r"[ \t]+(?:orang|pekerja|peserta|jiwa|tenaga[ \t]+kerja)(?:[ \t]+(?:aktif|terdaftar))?\b",
    re.IGNORECASE,
)
# a month named without its year right before a number ("pada Januari berjumlah",
# ", Februari", "realisasi per Oktober mencapai", "posisi April kemarin baru
# ada"), the year given elsewhere
_BARE_MONTH_BEFORE_RE = re.compile(
    r"(?:^|[,;(]|\b(?:pada|bulan|dan|hingga|sampai|per|posisi))[ \t]*\b(januari|februari|maret"
    r"|april|mei|juni|juli|agustus|september|oktober|november|desember)\b"
    r"(?![ \t]*(?:lalu|depan|ini))[^\d.;,]{0,25}$",
    re.IGNORECASE,
)
# the words the matches of _STATUS_DATE_TAIL_RE start with
_STATUS_DATE_START = _WordTest(
    {"per", "hingga", "sampai", "s", "sd", "posisi", "data", "pada", "tahun"}
)
# a cut-off: "hingga 2025", "sampai dengan akhir 2024", "per 2023"
_CUTOFF_TAIL_RE = re.compile(
    r"\b(?:per|hingga|sampai(?:[ \t]+dengan)?|s\.?d\.?|posisi)[ \t]+(?:(?:akhir|tahun)[ \t]+)?$",
    re.IGNORECASE,
)
# "Pada tahun 2024, ...", "Pada 2023, ..."
_OPENING_YEAR_RE = re.compile(r"[\s\"“]*pada[ \t]+(?:tahun[ \t]+)?\d{4}[ \t]*,", re.IGNORECASE)
_RELATIVE_WORDS = frozenset({"tahun", "saat", "kini", "sekarang", "bulan"})

# a date that only opens a span, or was read on a day ("sejak 2021", "diakses")
_SPAN_START_BEFORE_RE = re.compile(
    r"\b(?:(?:sejak|semenjak)(?:[ \t]+(?:di|ber|me)\w+)?|mulai|diakses|dikutip|diunduh)[ \t]+"
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


class AsOfRules:
    def _date_event(self) -> tuple[dt.date, str] | None:
        """The date undated figures take: the story's day, else the first date
        the text names (see the module's docstring), else a copyright year."""
        event = self.a.event
        copyright = event is not None and event[1] == YEAR and self.a.published is None
        if event is not None and not copyright:
            return event
        if "_first_named" not in self.__dict__:
            self._first_named = self._first_named_date()
        first = self._first_named
        if event is not None and (first is None or first[0].year >= event[0].year - 1):
            return event
        # a page's copyright year ("Copyright © ANTARA 2024") years after the first
        # date the text names ("per Agustus 2015"): a footer of the page, not the story's
        return first

    def _first_named_date(self) -> tuple[dt.date, str] | None:
        text = self.text
        budget_year = survey_year = None
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
            if self._survey_date(d.start):
                # "Berdasarkan data Sakernas Februari 2024, ...": the year of the story
                survey_year = survey_year or (d.date.replace(month=1, day=1), YEAR)
                continue
            return self._period_end(d)
        return budget_year or survey_year

    def _sentence_dates(self, s: _Sentence) -> list[tuple[int, dt.date, str]]:
        """(position, date, precision) of the dates a sentence names, including
        "tahun ini", "tahun lalu", "saat ini" read against the event date."""
        event = self._date_event()
        options: list[tuple[int, dt.date, str]] = []
        dates = self.a.dates
        i = bisect.bisect_left(self.a.date_starts, s.lo)
        while i < len(dates) and dates[i].start < s.hi:
            d = dates[i]
            i += 1
            # "diakses pada Selasa (10/12/2024)", "terdaftar sejak Januari 2014": when
            # a page was read, or where a span starts, is not the figure's date
            if d.end <= s.hi and not _NOT_AS_OF_RE.search(
                self.text, max(s.lo, d.start - 30), d.start
            ):
                options.append((d.start, *self._period_end(d)))
        if event is not None:
            e_date, e_precision = event
            relative = self.__dict__.get("_relative")
            if relative is None:
                # "tahun ini", "saat ini", ...: found once, at the tokens that start them
                found = _token_triggered(_RELATIVE_RE, _RELATIVE_WORDS, self.text, self.a.toks)
                relative = self._relative = ([m.start() for m in found], found)
            starts, found = relative
            k = bisect.bisect_left(starts, s.lo)
            for m in found[k : bisect.bisect_left(starts, s.hi)]:
                if m.end() > s.hi:
                    continue
                kind = m.lastgroup
                if kind == "this_year":
                    options.append((m.start(), dt.date(e_date.year, 1, 1), YEAR))
                elif kind == "last_year":
                    options.append((m.start(), dt.date(e_date.year - 1, 1, 1), YEAR))
                elif kind == "next_year":
                    options.append((m.start(), dt.date(e_date.year + 1, 1, 1), YEAR))
                elif kind == "now":
                    options.append((m.start(), e_date, e_precision))
                elif kind == "this_month" and e_precision == DAY:
                    options.append((m.start(), e_date.replace(day=1), MONTH))
                elif kind == "last_month" and e_precision == DAY:
                    first = e_date.replace(day=1) - dt.timedelta(days=1)
                    options.append((m.start(), first.replace(day=1), MONTH))
        options.sort(key=lambda o: o[0])
        return options

    def _comparison_base(self, pos: int, c: _Cand) -> bool:
        """ "meningkat 5 persen dari tahun lalu menjadi 42 persen": the date the
        change is measured from, not the date of the level it reached."""
        return bool(
            _COMPARED_FROM_RE.search(self.text, max(0, pos - 50), pos)
            and _BECOMES_RE.search(self.text, pos, c.start)
        )

    def _clause_dates(self, c: _Cand, p_lo: int, f_hi: int) -> list:
        """The dates in a number's clause: before it, or after it with no comma
        between ("32,15 persen pada 2025", not "55 persen, lalu ... di 2026")."""
        found = []
        dates = self.a.dates
        i = bisect.bisect_left(self.a.date_starts, p_lo)
        while i < len(dates) and dates[i].start < f_hi:
            d = dates[i]
            i += 1
            if d.end <= c.start or (
                d.start >= c.end and not _CLAUSE_GAP_RE.search(self.text, c.end, d.start)
            ):
                found.append(d)
        return found

    def _as_of(
        self,
        metric: str,
        c: _Cand,
        options: list[tuple[int, dt.date, str]],
        s: _Sentence | None = None,
    ) -> tuple[str | None, bool]:
        """(as-of, whether the text dated it): the date nearest before the number
        in its sentence (else after it), else in the sentence it continues,
        else the event date. Budgets and awards are by year; a target takes the
        year named in its clause (its deadline), else in its sentence, else the
        event year."""
        if s is not None and metric != TARGET_PCT:
            if options:
                options = self._past_the_speech_day(options, s)
            if self._undated_but_now(options):
                options = self._dated_by_the_next(s) or options
        if metric == AWARD_RANK and s is not None and not self._prize_named(s):
            # a standing by coverage: dated as the rates it ranks are
            metric = COVERAGE_PCT
        options = self._date_options(metric, c, options, s)
        if metric == TARGET_PCT:
            return self._target_as_of(c, options)
        chosen = self._own_date(metric, c, options)
        chosen = chosen or self._others_dates_only(metric, c, options, s)
        dated = how_dated(self.text, self.a.date_starts, chosen and chosen[0], s)
        if chosen is None and s is not None:
            by_year = self._yearly_as_of(metric, c, s)
            if by_year is not None:
                return by_year, True
        event = self._date_event()
        if chosen is None and event is not None:
            chosen = (c.start, event[0], event[1])
        if chosen is None:
            return None, False
        if chosen[2] == YEAR and metric not in (BUDGET_IDR, AWARD_RANK):
            month = _BARE_MONTH_BEFORE_RE.search(self.text, max(0, c.start - 40), c.start)
            if month is not None:
                # "sejak awal tahun 2025. Pada Januari berjumlah 568.468 orang,
                # Februari 507.419 orang": the month of the year the text is in
                number = MONTHS[month.group(1).lower()]
                return as_of_string(chosen[1].replace(month=number), MONTH), dated
        if metric in (BUDGET_IDR, AWARD_RANK):
            year = as_of_string(chosen[1], YEAR)
            if metric == AWARD_RANK and dated and s is not None:
                self._last_award_date = (s.para, year)
            return year, dated
        return as_of_string(chosen[1], chosen[2]), dated

    def _others_dates_only(
        self,
        metric: str,
        c: _Cand,
        options: list[tuple[int, dt.date, str]],
        s: _Sentence | None,
    ) -> tuple[int, dt.date, str] | None:
        """ "Sepanjang tahun 2024, ... Jumlah peserta mencapai 80.101, naik dari
        71.405 pada tahun 2023": a sentence whose only dates are other figures'
        takes the status date carried from before, as an undated one would (not
        when it names the day it was said: "..., jelasnya pada Senin (6/9/2021).")."""
        if s is None or not options or any(o[2] == DAY for o in options):
            return None
        carried = self._carried_date(s)
        if carried is None or self._yet_to_come(metric, carried[0]):
            return None
        return (c.start - 1, carried[0], carried[1])

    def _date_options(
        self,
        metric: str,
        c: _Cand,
        options: list[tuple[int, dt.date, str]],
        s: _Sentence | None,
    ) -> list[tuple[int, dt.date, str]]:
        """The dates a figure can take: its sentence's, else its table column's
        year, else the sentence's it continues, else the status date carried
        from before (not for a target)."""
        if not options:
            column = self._table_year(c)
            if column is not None:
                options = [(c.start - 1, dt.date(column, 1, 1), YEAR)]
        if not options and s is not None and s.topic_lo < s.lo:
            # "Angka ini mencakup 191.618 tenaga kerja": the date of the sentence before
            k = bisect.bisect_right(self.a.sentence_starts, s.lo) - 1
            previous = self.a.sentences[k - 1] if k > 0 else None
            if previous is not None:
                options = [
                    (c.start - 1, d, p)
                    for pos, d, p in self._sentence_dates(previous)
                    if not self._yet_to_come(metric, d)
                    # "data BPS pada 2022 ada 485.049 pekerja. Dari jumlah itu 254.087
                    # sudah terdaftar": the survey's year is the workforce's
                    and (metric == WORKFORCE or not self._survey_date(pos))
                ]
        if not options and metric == WORKFORCE and s is not None:
            # "Merujuk data BPS Februari 2022, ... Secara rinci, penduduk yang bekerja
            # pada kegiatan informal sebanyak 81,33 juta orang": the survey's date
            k = bisect.bisect_right(self.a.sentence_starts, s.lo) - 1
            previous = self.a.sentences[k - 1] if k > 0 else None
            if previous is not None and names_survey(self.a.lower, previous.lo, previous.hi):
                options = [
                    (c.start - 1, d, p)
                    for pos, d, p in self._sentence_dates(previous)
                    if self._survey_date(pos)
                ][-1:]
        if not options and metric != TARGET_PCT and s is not None:
            carried = self._carried_date(s)
            if carried is not None and not self._yet_to_come(metric, carried[0]):
                options = [(c.start - 1, carried[0], carried[1])]
        return options

    def _survey_date(self, pos: int) -> bool:
        return survey_before(self.text, self.a.lower, pos)

    def _throughout(self, pos: int) -> bool:
        return throughout_before(self.text, self.a.lower, pos)

    def _yet_to_come(self, metric: str, day: dt.date) -> bool:
        """ "... mencapai 70 persen pada tahun 2025. Namun, sejauh ini sudah 48
        persen" told in 2024: a rate or a workforce counted now does not take a
        year to come from the sentences before (a participant count keeps it:
        it is then a headcount planned, see ``storyday.in_year_to_come``)."""
        event = self.a.event
        return (
            metric in (COVERAGE_PCT, WORKFORCE) and event is not None and day.year > event[0].year
        )

    def _target_as_of(
        self, c: _Cand, options: list[tuple[int, dt.date, str]]
    ) -> tuple[str | None, bool]:
        """A target's year: its deadline after it ("ditargetkan 32,15 persen pada
        2025"), else the year it is for named before it ("Untuk 2025 kita pasang
        target 55 persen"), else a later date, else the day it was said."""
        said_on = any(o[2] == DAY and o[0] < c.end for o in options)
        options = [o for o in options if o[2] != DAY or o[0] >= c.end]
        after = [
            o
            for o in options
            if o[0] >= c.end and not _CLAUSE_GAP_RE.search(self.text, c.end, o[0])
        ]
        if after:
            return as_of_string(after[0][1], after[0][2]), True
        before = [o for o in options if o[0] < c.start]
        if before:
            return as_of_string(before[-1][1], YEAR), True
        later = [o for o in options if o[0] >= c.end]
        if later:
            return as_of_string(later[0][1], later[0][2]), True
        event = self._date_event()
        if event is None:
            return None, False
        if said_on:
            # "capaian ..., Senin (7/7), baru 27 persen dari target 48 persen", "yang
            # saat ini baru 47 persen ... menjadi 68 persen": as of the day its
            # sentence names, as the rate it goes with
            return as_of_string(event[0], event[1]), False
        # "Tahun ini ditargetkan 55 persen", told on 8 August 2025 (the dateline):
        # a target is for a year, not for the day it was said
        return as_of_string(event[0], YEAR), False

    def _own_date(
        self, metric: str, c: _Cand, options: list[tuple[int, dt.date, str]]
    ) -> tuple[int, dt.date, str] | None:
        """The date nearest before the number (not the base of a change), else
        right after it in its clause; "naik dari 30,2 persen pada 2023 menjadi
        35,6 persen pada 2024": the date right after a number is its own."""
        before = [o for o in options if o[0] < c.start and not self._comparison_base(o[0], c)]
        after = [
            o
            for o in options
            if o[0] >= c.end
            and not _CLAUSE_GAP_RE.search(self.text, c.end, o[0])
            # "27,24 persen dari target 57,17 persen pada 2025": the target's deadline
            and not _TARGET_WORD_RE.search(self.text, c.end, o[0])
            # "21,44 persen dari pekerja informal yang tercatat di BPS pada 2022":
            # the workforce's date
            and (metric == WORKFORCE or not self._survey_date(o[0]))
        ]
        if after and before:
            # "meningkat dari 110.300 pekerja pada Desember 2023": past the noun too
            noun = _PERSON_NOUN_RE.match(self.text, c.end, after[0][0])
            gap = _OWN_DATE_GAP_RE.match(self.text, noun.end() if noun else c.end, after[0][0])
            if gap is not None and gap.end() == after[0][0]:
                return after[0]
        if before:
            return before[-1]
        return after[0] if after else None

    def _yearly_as_of(self, metric: str, c: _Cand, s: _Sentence) -> str | None:
        """An undated placement or budget: the year of the same event's other
        places in this paragraph, the award edition named before ("Paritrana
        Award 2024"), the APBD year of a budget."""
        if metric == AWARD_RANK:
            # "Kota Banda Aceh meraih peringkat pertama ... 2024. Peringkat kedua
            # diraih ...": the other places of the same event, same paragraph
            last = self.__dict__.get("_last_award_date")
            if last is not None and last[0] == s.para:
                return last[1]
            m = self._year_matches("_award_years", _AWARD_YEAR_RE, _AWARD_YEAR_WORDS).last(c.start)
            return m.group(1) if m is not None else None  # "Paritrana Award 2024" named before
        if metric == BUDGET_IDR:
            year = self._budget_year(s)
            return str(year) if year is not None else None
        return None

    def _period_end(self, d) -> tuple[dt.date, str]:
        """A year's date, or the end of the part of it named before ("semester I
        tahun 2021": June 2021; "triwulan III 2024": September 2024)."""
        if d.precision != YEAR:
            return d.date, d.precision
        m = self.a.word_search(_PERIOD_BEFORE_RE, _PERIOD_START, max(0, d.start - 30), d.start)
        if m is None:
            return d.date, d.precision
        word = m.group("n").lower()
        n = _PERIOD_NUMBERS.get(word, 0)
        months = 6 if m.group("kind").lower() == "semester" else 3
        if not 1 <= n <= 12 // months:
            return d.date, d.precision
        return d.date.replace(month=n * months), MONTH

    def _table_year(self, c: _Cand) -> int | None:
        """The year of a number's column in a markdown table whose header row
        lists years ("| 2020 | 2021 | ... |" over "| 2 | Pekerja | 82.001 | ...")."""
        text = self.text
        span = table_row_span(text, c.start)
        if span is None:
            return None
        line_lo, line_hi = span
        cells = [cell.strip() for cell in text[line_lo:line_hi].strip().strip("|").split("|")]
        # the number cells after the row's label (a leading "No" cell is not one)
        values = [i for i, cell in enumerate(cells) if i and _TABLE_NUMBER_RE.fullmatch(cell)]
        column = cell_column(text, line_lo, c.start)
        if column not in values:
            return None
        k = values.index(column)
        hi = line_lo
        for _row in range(6):  # the header is a few rows up
            lo = text.rfind("\n", 0, max(0, hi - 1)) + 1
            row = text[lo:hi].strip()
            if not is_table_line(row):
                return None
            years = _TABLE_YEAR_RE.findall(row)
            if len(years) >= 2 and len(years) == len(values):
                return int(years[k])
            if lo == 0:
                return None
            hi = lo - 1
        return None

    def _carried_date(self, s: _Sentence) -> tuple[dt.date, str] | None:
        """The as-of date an undated sentence shares with the text before it:
        the last status date given to the month or day ("per November 2022",
        "hingga Agustus 2021"), else a year given in the sentence just before
        ("84.371 peserta pada 2020"). A deadline ("target ... pada 2025") is
        not a status date."""
        status = self._status_dates()
        i = bisect.bisect_left(self._status_starts, s.lo) - 1
        if i < 0:
            return None
        k = bisect.bisect_right(self.a.sentence_starts, s.lo) - 1
        near_lo = self.a.sentences[max(0, k - 1)].lo if k >= 0 else s.lo
        pos, year_day, year_precision = status[i]
        finer = self._finer_status(i)
        if (
            year_precision == YEAR
            and (pos >= near_lo or self._past_year_end(pos, year_day))
            and (finer is None or finer[1].year != year_day.year)
        ):
            if self._year_of_the_day(pos, year_day):
                return None
            return year_day, year_precision
        if finer is not None:
            return finer[1], finer[2]
        return None

    def _year_of_the_day(self, pos: int, year_day: dt.date) -> bool:
        """ "... selama tiga bulan pada tahun 2025 sebesar Rp4,7 miliar. Anggaran
        itu untuk melindungi 95.238 pekerja rentan", told on a day of 2025: the
        year the story's day is in carries nothing finer than that day, which the
        undated figure takes (not a year the text says it is throughout: "Sepanjang
        tahun 2026, ...")."""
        event = self.a.event
        return (
            event is not None
            and event[1] == DAY
            and event[0].year == year_day.year
            and not self._throughout(pos)
        )

    def _past_year_end(self, pos: int, year_day: dt.date) -> bool:
        """ "hingga 2025" in a story told in 2026 (or undated), a sentence opening
        "Pada tahun 2024, data peserta ..." in one told in 2025: the data of a
        year gone by, which the undated figures after it share however far down."""
        event = self.a.event
        return bool(
            (event is None or event[0].year > year_day.year)
            and (
                _CUTOFF_TAIL_RE.search(self.text, max(0, pos - 20), pos)
                or self._opens_sentence(pos)
            )
        )

    def _opens_sentence(self, pos: int) -> bool:
        """ "Pada tahun 2024, data peserta aktif ... menunjukkan ...": a year
        that opens its sentence, set off by a comma."""
        sentence = self.a.sentence_at(pos)
        if sentence is None:
            return False
        return bool(_OPENING_YEAR_RE.match(self.text, sentence.lo, sentence.hi))

    def _finer_status(self, i: int) -> tuple[int, dt.date, str] | None:
        """The last status date at or before index ``i`` given to the month or day."""
        finer = getattr(self, "_finer_cache", None)
        if finer is None:
            finer, last = [], None
            for d in self._status_dates():
                if d[2] != YEAR:
                    last = d
                finer.append(last)
            self._finer_cache = finer
        return finer[i]

    def _status_dates(self) -> list[tuple[int, dt.date, str]]:
        cached = getattr(self, "_status_cache", None)
        if cached is None:
            text = self.text
            cached = []
            for d in self.a.dates:
                if d.anchored or not self.a._usable_position(d.start):
                    continue
                # "hingga semester I tahun 2021": the cut-off word before the period
                period = self.a.word_search(
                    _PERIOD_BEFORE_RE, _PERIOD_START, max(0, d.start - 30), d.start
                )
                end = period.start() if period is not None else d.start
                if not self.a.word_search(
                    _STATUS_DATE_TAIL_RE, _STATUS_DATE_START, max(0, end - 30), end
                ) and not self._throughout(end):
                    continue
                if self._survey_date(d.start):
                    continue
                sentence = self.a.sentence_at(d.start)
                lo = sentence.lo if sentence else max(0, d.start - 80)
                if _TARGET_WORD_RE.search(text, max(lo, d.start - 80), d.start):
                    continue
                cached.append((d.start, *self._period_end(d)))
            self._status_cache = cached
            self._status_starts = [d[0] for d in cached]
        return cached

    def _budget_year(self, s: _Sentence) -> int | None:
        """The fiscal year named last before the sentence ("APBD 2026")."""
        m = self._year_matches("_budget_years", _BUDGET_YEAR_RE, _BUDGET_YEAR_WORDS).last(s.hi)
        return int(m.group(1)) if m is not None else None

    def _year_matches(
        self, name: str, pattern: re.Pattern[str], words: frozenset[str]
    ) -> _MatchesBefore:
        """The pattern's matches in the text, found on first use (not scanned
        again from the start for every figure), at the words that start them."""
        found = self.__dict__.get(name)
        if found is None:
            matches = (
                _token_triggered(pattern, words, self.text, self.a.toks)
                if self.a.words_exact
                else list(pattern.finditer(self.text))
            )
            found = self.__dict__[name] = _MatchesBefore(pattern, self.text, matches)
        return found

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
