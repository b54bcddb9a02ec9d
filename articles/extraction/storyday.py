"""The story's day among the days a text names with their weekday ("Kamis
(9/2/2023)"): the day it was told, not the page's stamp ("Kamis, 26 Juni 2025 |
17:23 WIB") nor a meeting a few days before it ("pertemuan ..., Jumat (16/5/2025)
... Dalam keterangan ..., Kamis (22/5/2025)"), nor the day another outlet
relayed it ("seperti dilansir Antara, Kamis (31/7/2025)"). Pure Python."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..dates import DateMention

# a clock time right after a date, with no "pukul" (the hour of a meeting):
# the page's publication stamp ("Kamis, 26 Juni 2025 | 17:23 WIB")
_STAMP_AFTER_RE = re.compile(r"[ \t]*(?:[|/-][ \t]*)?\d{1,2}[:.]\d{2}\b")
# the day an outlet received or relayed the story, not the day it was told
_RELAYED_BEFORE_RE = re.compile(
    r"\b(?:dilansir|dikutip|diterima|dilaporkan|diberitakan)\b(?:[^.\n]|\.(?=\w)){0,60}$",
    re.IGNORECASE,
)
# how many days a meeting may come before the day it was told of
_TOLD_WITHIN = 7


def story_day(text: str, anchored: Sequence[DateMention]) -> dt.date | None:
    """The day the story was told, among ``anchored`` (in text order): the
    last of the days in the week from the first that is no stamp (a stamp
    only when nothing else is named), not a day it was relayed."""
    told = [d for d in anchored if not _STAMP_AFTER_RE.match(text, d.end)] or list(anchored)
    if not told:
        return None
    first = told[0].date
    later = [
        d.date
        for d in told[1:]
        if 0 < (d.date - first).days <= _TOLD_WITHIN
        and not _RELAYED_BEFORE_RE.search(text, max(0, d.start - 80), d.start)
    ]
    return max(later, default=first)


def in_year_to_come(as_of: str | None, event, published: dt.date | None) -> bool:
    """Whether a figure is dated in a year after both the story's day
    (``event``, as ``_Article.event`` holds it) and the publication: "hingga
    awal Januari 2023" in a story published on 5 January 2023 whose quote is
    dated "Kamis (4/1/2022)" (the year typed a year early) is no year to come.

    >>> day = (dt.date(2024, 3, 1),)
    >>> in_year_to_come("2025", day, None), in_year_to_come("2024-12", day, None)
    (True, False)
    >>> in_year_to_come("2025", (dt.date(2024, 1, 4),), dt.date(2025, 1, 5))
    False
    """
    if not (as_of and event and as_of[:4].isdigit()):
        return False
    year = int(as_of[:4])
    return year > event[0].year and (published is None or year > published.year)
