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
from .figures import PARTICIPANTS, PROVINCE, SEGMENTS, WORKFORCE
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


# -- places named in another role ---------------------------------------------
# "baru mencapai 67 persen, masih tertinggal dari target nasional sebesar 80
# persen": the nation is the benchmark's; "iurannya ditanggung pemerintah daerah
# bersama Pemerintah Provinsi X": a government paying with another is a payer.
# "Kabupaten Sungai Biru (Kasubi), Provinsi Y", "Kabupaten Sungai Biru di
# Provinsi Y": where the regency lies; "menghadap juri Paritrana Award Provinsi
# Y", "coverage tertinggi tingkat Provinsi Y": the scope of an award or a
# ranking while the regency is the subject. Such places are left out of the
# figure's places; the figure takes the place named before it, its topic's or
# the article's (or the regency).
# a national benchmark: "target nasional", "rata-rata nasional", "capaian nasional"
_BENCHMARK_RE = re.compile(
    r"(?:target|rata[ \t-]*rata|rerata|capaian|angka|cakupan|coverage)[ \t]+nasional\b",
    re.IGNORECASE,
)
# what sets the benchmark apart from the figure before it: "(masih tertinggal) dari",
# "padahal", "di bawah", "dibanding", "jauh dari", "sementara", "sedangkan"
_SET_APART_RE = re.compile(
    r"\b(?:dari|padahal|bawah|atas|dibanding\w*|banding\w*|sementara|sedangkan|namun"
    r"|melampaui|melebihi|mendekati|menuju|terhadap)\b",
    re.IGNORECASE,
)
# "ditanggung pemerintah daerah bersama Pemerintah Provinsi": a second payer
_JOINT_PAYER_RE = re.compile(
    r"\b(?:ditanggung|dibayar\w*|dibiayai|didanai|disubsidi)\b[^.;\d]{0,50}?"
    r"\b(?:bersama|dan|serta)[ \t]+(?:dengan[ \t]+)?(?:(?:pemerintah|pemkab|pemkot|pemprov"
    r"|pemprop|pemda)(?:[ \t]+(?:provinsi|kabupaten|kota|daerah))?[ \t]+)?$",
    re.IGNORECASE,
)
_PAYER_STEMS = ("ditanggung", "dibayar", "dibiayai", "didanai", "disubsidi")


# "Paritrana Award (Provinsi) Y", "tingkat (Provinsi) Y", "terbesar di Y",
# "tertinggi se-Provinsi Y"
_SCOPE_BEFORE_RE = re.compile(
    r"(?:\baward|\btingkat|\bse-?|\b(?:terbesar|tertinggi|terbanyak|terbaik|teratas)"
    r"(?:[ \t]+\w+){0,3}[ \t]+(?:di|se-?|tingkat))[ \t]*(?:provinsi[ \t]+)?$",
    re.IGNORECASE,
)
# what stands between a regency and the province it lies in: "(Kasubi), ", "(SBT) ",
# ", Provinsi ", " di Provinsi ", " Provinsi ", and the island or isles it lies
# on named between them: ", Madura, ", ", Pulau Sebatik, ", " di Pulau Flores, "
_LIES_IN_RE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    r"(?:(?:[ \t]*,[ \t]*(?:pulau[ \t]+|kepulauan[ \t]+)?|[ \t]+di[ \t]+(?:pulau|kepulauan)[ \t]+)"
    r"(?-i:[A-Z][\w'\u2019-]+)"
    r"(?:[ \t]+(?-i:[A-Z][\w'\u2019-]+))?(?=[ \t]*,))?"
    r"(?:[ \t]*,[ \t]*|[ \t]+di[ \t]+|[ \t]+(?=provinsi\b)|(?<=\))[ \t]+)"
    r"(?:provinsi[ \t]+)?",
    re.IGNORECASE,
)
# what narrows a province down to a regency or city in it: ", tepatnya di ",
# " persisnya di " (not "khususnya": the figure may be the whole province's)
_NARROWED_TO_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:tepatnya|persisnya)[ \t]+(?:di[ \t]+)?", re.IGNORECASE
)
_BRACKET_RE = re.compile(r"[ \t]*\(")
_SCOPE_STEMS = ("award", "tingkat", "se", "terbesar", "tertinggi", "terbanyak", "terbaik")


def without_other_roles(x, c: _Cand, s: _Sentence, mentions: list[_Mention]) -> list[_Mention]:
    """``mentions`` without the places named after the figure in another role
    (a national benchmark set apart from it, a government paying with another),
    then without a province named as where a regency lies or as a scope."""
    if any(m.start >= c.end for m in mentions):
        kept = [m for m in mentions if m.start < c.end or not _other_role(x, c, s, m)]
        if len(kept) < len(mentions):
            mentions = kept
    inside = [m for m in mentions if s.lo <= m.start < s.hi and m.code]
    if len(inside) > 1:
        scopes = [m for m in inside if _province_scope(x, s, m, inside)]
        if scopes:
            # and its short form in brackets right after it: "Provinsi Y (PY)"
            scopes += [
                n
                for m in scopes
                for n in inside
                if n.code == m.code and _BRACKET_RE.fullmatch(x.text, m.end, n.start)
            ]
            mentions = [m for m in mentions if m not in scopes]
    return mentions


def _other_role(x, c: _Cand, s: _Sentence, m: _Mention) -> bool:
    """Whether a place named after the figure is a national benchmark set
    apart from it, or a government paying together with another."""
    text = x.text
    if m.code == x.a.index.nation_code:
        return (
            _BENCHMARK_RE.match(text, m.start, m.end) is not None
            and _SET_APART_RE.search(text, c.end, m.start) is not None
        )
    lo = max(s.lo, m.start - 90)
    return (
        x.a.may_hold(lo, m.start, _PAYER_STEMS)
        and _JOINT_PAYER_RE.search(text, lo, m.start) is not None
    )


def _province_scope(x, s: _Sentence, m: _Mention, inside: list[_Mention]) -> bool:
    """Whether ``m`` is a province named as where a regency or city named
    just before it lies, or narrowed down to one right after it, or as an
    award's or a ranking's scope while a regency or city lying in it is named
    in the same sentence."""
    index = x.a.index
    entry = index.get(m.code)
    if entry is None or entry.level != PROVINCE:
        return False
    below = [
        o for o in inside if o.code != m.code and o.placing and index.is_ancestor(m.code, o.code)
    ]
    if not below:
        return False
    if any(o.end <= m.start and _LIES_IN_RE.fullmatch(x.text, o.end, m.start) for o in below):
        return True  # "Kabupaten Sungai Biru, Provinsi Y": where the regency lies
    if any(o.start >= m.end and _NARROWED_TO_RE.fullmatch(x.text, m.end, o.start) for o in below):
        return True  # "di Provinsi Y, tepatnya di Kabupaten Sungai Biru": narrowed down
    lo = max(s.lo, m.start - 60)
    return (
        x.a.may_hold(lo, m.start, _SCOPE_STEMS)
        and _SCOPE_BEFORE_RE.search(x.text, lo, m.start) is not None
    )
