"""The figure's own date: a date named near it in its sentence, "tahun ini",
else the date of the event the article reports."""

from __future__ import annotations

import bisect
import datetime as dt

from ..dates import DAY, MONTH, YEAR, as_of_string
from .article import _Cand, _Sentence
from .cues import _RELATIVE_RE
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

    def _as_of(self, metric: str, c: _Cand, options: list[tuple[int, dt.date, str]]) -> str | None:
        """The date nearest before the number in its sentence (else after it),
        else the event date. Budgets and awards are by year; a target takes a
        year or month named in its sentence (its deadline), else the event date."""
        event = self.a.event
        if metric == TARGET_PCT:
            # the deadline when one is named ("pada 2025"), else the day it was said
            options = [o for o in options if o[2] != DAY]
            after = [o for o in options if o[0] >= c.end]
            chosen = after[0] if after else (options[-1] if options else None)
            if chosen is None and event is not None:
                chosen = (c.start, event[0], event[1])
            return as_of_string(chosen[1], chosen[2]) if chosen else None
        before = [o for o in options if o[0] < c.start]
        after = [o for o in options if o[0] >= c.end]
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen is None and event is not None:
            chosen = (c.start, event[0], event[1])
        if chosen is None:
            return None
        if metric in (BUDGET_IDR, AWARD_RANK):
            return as_of_string(chosen[1], YEAR)
        return as_of_string(chosen[1], chosen[2])
