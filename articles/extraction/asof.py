"""The figure's own date: a date named near it in its sentence, "tahun ini",
else the date of the event the article reports."""

from __future__ import annotations

import bisect
import datetime as dt

from ..dates import DAY, MONTH, YEAR, as_of_string
from .article import _Cand, _Sentence
from .cues import _BUDGET_YEAR_RE, _CLAUSE_GAP_RE, _RELATIVE_RE
from .figures import AWARD_RANK, BUDGET_IDR, TARGET_PCT


class AsOfRules:
    def _sentence_dates(self, s: _Sentence) -> list[tuple[int, dt.date, str]]:
        """(position, date, precision) of the dates a sentence names, including
        "tahun ini", "tahun lalu", "saat ini" read against the event date."""
        event = self.a.event
        options: list[tuple[int, dt.date, str]] = []
        dates = self.a.dates
        i = bisect.bisect_left(self.a.date_starts, s.lo)
        while i < len(dates) and dates[i].start < s.hi:
            if dates[i].end <= s.hi:
                options.append((dates[i].start, dates[i].date, dates[i].precision))
            i += 1
        if event is not None:
            e_date, e_precision = event
            for m in _RELATIVE_RE.finditer(self.text, s.lo, s.hi):
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

    def _clause_dates(self, c: _Cand, p_lo: int, f_hi: int) -> list:
        """The dates in a number's clause: before it, or after it with no comma
        between ("32,15 persen pada 2025", not "55 persen, lalu ... di 2026")."""
        found = []
        dates = self.a.dates
        i = bisect.bisect_left(self.a.date_starts, p_lo)
        while i < len(dates) and dates[i].start < f_hi:
            d = dates[i]
            i += 1
            if d.end <= c.start:
                found.append(d)
            elif d.start >= c.end and not _CLAUSE_GAP_RE.search(self.text, c.end, d.start):
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
        event = self.a.event
        if not options and s is not None and s.topic_lo < s.lo:
            # "Angka ini mencakup 191.618 tenaga kerja": the date of the sentence before
            previous = self.a.sentence_at(s.topic_lo)
            if previous is not None:
                options = [(c.start - 1, d, p) for _pos, d, p in self._sentence_dates(previous)]
        if metric == TARGET_PCT:
            options = [o for o in options if o[2] != DAY or o[0] >= c.end]
            after = [
                o
                for o in options
                if o[0] >= c.end and not _CLAUSE_GAP_RE.search(self.text, c.end, o[0])
            ]
            if after:  # "ditargetkan 32,15 persen pada 2025": its deadline
                return as_of_string(after[0][1], after[0][2]), True
            before = [o for o in options if o[0] < c.start]
            if before:  # "Untuk 2025 kita pasang target 55 persen": the year it is for
                return as_of_string(before[-1][1], YEAR), True
            later = [o for o in options if o[0] >= c.end]
            if later:
                return as_of_string(later[0][1], later[0][2]), True
            if event is None:
                return None, False
            return as_of_string(event[0], event[1]), False  # the day it was said
        before = [o for o in options if o[0] < c.start]
        after = [o for o in options if o[0] >= c.end]
        chosen = before[-1] if before else (after[0] if after else None)
        dated = chosen is not None
        if metric == BUDGET_IDR and chosen is None and s is not None:
            year = self._budget_year(s)
            if year is not None:
                return str(year), True
        if chosen is None and event is not None:
            chosen = (c.start, event[0], event[1])
        if chosen is None:
            return None, False
        if metric in (BUDGET_IDR, AWARD_RANK):
            return as_of_string(chosen[1], YEAR), dated
        return as_of_string(chosen[1], chosen[2]), dated

    def _budget_year(self, s: _Sentence) -> int | None:
        """The fiscal year named last before the sentence ("APBD 2026")."""
        year = None
        for m in _BUDGET_YEAR_RE.finditer(self.text, 0, s.hi):
            year = int(m.group(1))
        return year
