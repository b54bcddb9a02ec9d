"""Places beside a figure that are not its own, and places a figure takes
from elsewhere (sets L and M): an example named after it ("termasuk Kepulauan
Nias"), the level of an award ("Paritrana Award Tingkat Provinsi Aceh") are
not its place; a quote speaks of the one region of the paragraph that
introduced its speaker; a part ("Dari jumlah itu, ...", "Dari 1.516.346
pekerja tersebut, ...") keeps the region of its whole. A mixin of
``PlacingRules``."""

from __future__ import annotations

import bisect
import re
from itertools import product

from .article import _PART_OF_THAT_START_RE, _Cand, _Mention, _Sentence
from .figures import PARTICIPANTS, SEGMENTS, WORKFORCE
from .numbers import parse_indonesian_number

# "termasuk (di) Kepulauan Nias": an example of an area named before
_EXAMPLE_BEFORE_RE = re.compile(
    r"\btermasuk[ \t]+(?:(?:di|dari|wilayah|daerah)[ \t]+)*(?:(?:provinsi|kabupaten|kota|kepulauan"
    r"|pulau)[ \t]+)?$",
    re.IGNORECASE,
)
# "termasuk Kota X sebanyak 1.200": the example has its own figure
_ITEM_FIGURE_AFTER_RE = re.compile(
    r"[ \t]*(?:\([^()]{1,15}\)[ \t]*)?(?:(?:sebanyak|sebesar|mencapai|yakni|yaitu|dengan)[ \t]+)?\d"
)
# '"Dari 1.516.346 pekerja tersebut, ...': a whole given before, restated
_RESTATED_WHOLE_START_RE = re.compile(
    r"\W*dari[ \t]+(?:total[ \t]+|jumlah[ \t]+)?(\d{1,3}(?:\.\d{3})+)[^\d.;,]{0,30}?"
    r"\b(?:tersebut|itu)\b",
    re.IGNORECASE,
)
_QUOTE_OPEN_RE = re.compile(r"[ \t]*[\"\u201c\u201d]")
# the title of someone who speaks for a region
_SPEAKER_TITLE_RE = re.compile(
    r"\b(?:(?:Wakil[ \t]+)?(?:Gubernur|Bupati|Wali[ \t]*kota)|Sekda|Sekretaris[ \t]+Daerah)\b"
)
# "meraih prestasi pada Paritrana Award Tingkat Provinsi Aceh 2025 sebagai Juara 2":
# the level of the award, not its winner
_AWARD_LEVEL_BEFORE_RE = re.compile(
    r"\b(?:tingkat|level)[ \t]+(?:(?:provinsi|kabupaten|kota|wilayah)[ \t]+)?$", re.IGNORECASE
)
# "pemerintah provinsi juga berencana ...", "Pemprov telah ..." with no name after
_UNNAMED_PROVINCE_RE = re.compile(
    r"\b(?:pemerintah[ \t]+provinsi|pemprov)\b(?![ \t]+(?-i:[A-Z]))", re.IGNORECASE
)


class PlacingAsides:
    def _region_of_whole(
        self, c: _Cand, s: _Sentence, p_lo: int, mentions: list[_Mention]
    ) -> str | None:
        """ "... 20.879 pekerja rentan (Sumatera Utara's). Dari jumlah itu, 17.361
        merupakan pekerja sektor sawit di 21 kabupaten/kota": a part of the whole
        just given, with no place of its own before it, is the whole's region's."""
        if any(m.start < c.start and m.start >= p_lo for m in mentions):
            return None
        restated = _RESTATED_WHOLE_START_RE.match(self.text, s.lo, c.start)
        if restated is not None:
            # '"Dari 1.516.346 pekerja tersebut, kami mencatat ada 1.228.079 orang
            # ...': the whole restated by its value, wherever it was first given
            value = parse_indonesian_number(restated.group(1))
            found = {
                first[1]
                for key in product((PARTICIPANTS, WORKFORCE), SEGMENTS, (value,))
                if (first := self._first_stated.get(key)) is not None
            }
            return next(iter(found)) if len(found) == 1 and None not in found else None
        if s.topic_lo >= s.lo or not _PART_OF_THAT_START_RE.match(self.text, s.lo, s.hi):
            return None
        k = bisect.bisect_right(self.a.sentence_starts, s.lo) - 2
        regions = self._regions_at.get(self.a.sentences[k].lo) if k >= 0 else None
        if not regions or len(regions) != 1:
            return None
        return next(iter(regions))

    def _without_award_level(self, mentions: list[_Mention], s: _Sentence) -> list[_Mention]:
        """A placement's mentions without the award's level ("Paritrana Award
        Tingkat Provinsi Aceh") when a place is named before it in the sentence."""
        return [
            m
            for m in mentions
            if not (
                _AWARD_LEVEL_BEFORE_RE.search(self.text, max(s.lo, m.start - 30), m.start)
                and any(s.lo <= n.start < m.start and n.code != m.code for n in mentions)
            )
        ]

    def _example_after(self, c: _Cand, m: _Mention) -> bool:
        """A place named as an example after the figure ("termasuk X"), with no
        figure of its own after it."""
        return (
            m.start > c.end
            and _EXAMPLE_BEFORE_RE.search(self.text, max(c.end, m.start - 30), m.start) is not None
            and not _ITEM_FIGURE_AFTER_RE.match(self.text, m.end)
        )

    def _speaker_region(self, s: _Sentence) -> str | None:
        """ "Dalam sambutannya, Gubernur Sumatera Utara menegaskan komitmen ... di
        seluruh wilayah Sumatera Utara. / "Tahun 2025 ditetapkan sebanyak 20.879
        pekerja rentan ...," jelas Bobby.": a quote that names no region speaks of
        the one region of the paragraph that introduced its speaker."""
        para = self.a.paragraphs[s.para]
        if s.para == 0 or not _QUOTE_OPEN_RE.match(self.text, para.lo, para.lo + 3):
            return None
        intro = self.a.paragraphs[s.para - 1]
        if intro.kind != "body" or not _SPEAKER_TITLE_RE.search(self.text, intro.lo, intro.hi):
            return None
        codes = {m.code for m in self.a.mentions_in(intro.lo, intro.hi) if m.placing}
        if len(codes) != 1 or self.a.index.nation_code in codes:
            return None
        return next(iter(codes))

    def _unnamed_province(self, c: _Cand, s: _Sentence) -> str | None:
        """ "Sementara tahun depan, pemerintah provinsi juga berencana mengalokasikan
        anggaran ... 2 miliar" in a story about one of its regencies: the
        province's own figure, not the regency's."""
        subject = self.a.subject
        if subject is None or not self.a.may_hold(s.lo, c.start, ("provinsi", "pemprov")):
            return None
        province = self.a.index.province_of(subject)
        if province == subject or not _UNNAMED_PROVINCE_RE.search(self.text, s.lo, c.start):
            return None
        return province
