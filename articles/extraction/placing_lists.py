"""A figure among a list of places: "A dan B masing-masing sekitar 42 persen"
(every place of the pair or list named right before), "A, B dan C
berturut-turut 40, 31 dan 22 persen" (the place of its rank, also from the
sentence before: "Masing-masing 26% dan 31%."), "B dan C (Cc) 68 persen" (an
item of a list of rates naming two places). A mixin of ``PlacingRules``."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Mention
from .tokens import _DIGIT_RE

# "A dan B masing-masing (sekitar) 42 persen"
_EACH_RE = re.compile(
    r"[ \t,]*(?:yang[ \t]+)?(?:masing-masing|masing2|sama-sama)\b[^\d.;]{0,30}", re.IGNORECASE
)
# "A, B dan C berturut-turut 40, 31 dan 22 persen": each figure its place's
_RESPECTIVE_RE = re.compile(r"\b(?:berturut-turut|masing-masing)\b", re.IGNORECASE)
_RESPECTIVE_WORDS = ("berturut-turut", "masing-masing")  # what it needs, lower-cased
_RUN_NUMBER_RE = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?:dan|serta)[ \t]+)?(?:(?:sebanyak|sebesar|sekitar|yaitu|yakni)"
    r"[ \t]+)?(\d[\d.,]*\d|\d)(?:[ \t]*(?:%|persen|orang|pekerja|peserta|jiwa))?",
    re.IGNORECASE,
)
# "..., 71 persen, B dan C (Cc) 68 persen": a list item naming a pair of places
_RATE_END_RE = re.compile(r"(?:%|persen)$", re.IGNORECASE)
_ITEM_START_RE = re.compile(r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?")
_PAIR_GAP_RE = re.compile(r"[ \t]+(?:dan|serta|&)[ \t]+", re.IGNORECASE)
_ITEM_VALUE_GAP_RE = re.compile(r"[ \t]*(?:\([^()\d]{1,15}\)[ \t]*)?(?:sama-sama[ \t]+)?")
_LIST_GAP_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|dan|serta|&)[ \t]*", re.IGNORECASE)


class PlacingLists:
    def _each_region(self, c: _Cand, p_lo: int, mentions: list[_Mention]) -> tuple[str, ...]:
        """ "Kalimantan Selatan dan Kalimantan Tengah masing-masing sekitar 42
        persen": every region of the pair or list named right before, else ();
        "A, B dan C berturut-turut 40, 31 dan 22 persen": the one of its rank."""
        respective = self._respective_region(c, mentions)
        if respective is not None:
            return (respective,)
        named = [m for m in mentions if p_lo <= m.start and m.end <= c.start]
        if len(named) < 2:
            return ()
        if not _EACH_RE.fullmatch(self.text, named[-1].end, c.start):
            return self._pair_item(c, p_lo, named)
        group = [named[-1]]
        for m in reversed(named[:-1]):
            if not _LIST_GAP_RE.fullmatch(self.text, m.end, group[-1].start):
                break
            group.append(m)
        codes = tuple(dict.fromkeys(m.code for m in reversed(group)))
        return codes if len(codes) > 1 else ()

    def _respective_region(self, c: _Cand, mentions: list[_Mention]) -> str | None:
        """ "Kabupaten A, B dan C masing-masing sebanyak 12.000, 8.500 dan 9.100
        pekerja": as many places as figures, each figure the place of its rank."""
        text = self.text
        if not self.a.may_hold(max(0, c.start - 120), c.start, _RESPECTIVE_WORDS):
            return None
        marker = max(
            _RESPECTIVE_RE.finditer(text, max(0, c.start - 120), c.start),
            key=lambda m: m.start(),
            default=None,
        )
        if marker is None:
            return None
        if any(m.end <= marker.start() for m in mentions):
            return None  # a list within the sentence: the sentence frame places it
        # "A dan B memiliki coverage lebih rendah. Masing-masing 26% dan 31%."
        group = self._listed_before_sentence(marker.start())
        if not group:
            return None
        k = len(group) - 1
        while k > 0 and _LIST_GAP_RE.fullmatch(text, group[k - 1].end, group[k].start):
            k -= 1
        group = group[k:]
        starts, pos = [], marker.end()
        while (number := _RUN_NUMBER_RE.match(text, pos)) is not None:
            starts.append(number.start(1))
            pos = number.end()
        if len(group) < 2 or len(starts) != len(group) or c.start not in starts:
            return None
        return group[starts.index(c.start)].code

    def _listed_before_sentence(self, pos: int) -> list[_Mention]:
        """The places of the sentence before, when the sentence at ``pos``
        starts there ("Masing-masing ...") and that one names places but no
        figure after them: the list the respective figures belong to."""
        i = bisect.bisect_right(self.a.sentence_starts, pos) - 1
        if i < 1 or self.text[self.a.sentences[i].lo : pos].strip(" \t\"'“”‘’-"):
            return []
        before = self.a.sentences[i - 1]
        if before.para != self.a.sentences[i].para:
            return []
        named = [m for m in self.a.mentions_in(before.lo, before.hi) if m.placing]
        if not named or _DIGIT_RE.search(self.text, named[-1].end, before.hi):
            return []
        return named

    def _pair_item(self, c: _Cand, p_lo: int, named: list[_Mention]) -> tuple[str, ...]:
        """ "..., Kabupaten A 71 persen, B dan C (Cc) 68 persen, ...": an item of a
        list of rates that names two places has the rate of each."""
        text = self.text
        if c.kind != "pct" or not _RATE_END_RE.search(text, max(0, p_lo - 8), p_lo):
            return ()
        # "Seram Bagian Barat (SBB)": one place named twice
        named = [m for k, m in enumerate(named) if not k or named[k - 1].code != m.code]
        if (
            len(named) != 2
            or not _ITEM_START_RE.fullmatch(text, p_lo, named[0].start)
            or not _PAIR_GAP_RE.fullmatch(text, named[0].end, named[1].start)
            or not _ITEM_VALUE_GAP_RE.fullmatch(text, named[1].end, c.start)
        ):
            return ()
        return (named[0].code, named[1].code) if named[0].code != named[1].code else ()
