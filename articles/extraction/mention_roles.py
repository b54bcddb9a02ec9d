"""What each region mention is besides a place: a venue where the words were
said ("ujarnya di Pontianak, Kalbar, Selasa", "saat ditemui di ..."), a
paying or acting government or an office ("ditanggung oleh Pemprov Kaltim",
"BPJS Ketenagakerjaan Sultra"), a comparison scope ("tertinggi keempat di
Sulawesi Selatan"; not the place that holds the most, "terbanyak di Kota Ambon
dengan 120.000 pekerja") or the field a region is one of ("salah satu
kabupaten di NTT", "Dari 10 kabupaten/kota di Maluku Utara, ..."); and the one
region an ambiguous name means (by the province most named). A mixin of
``_Article``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import _OFFICE_BEFORE_RE, _PROGRAMME_OF_PLACE_RE
from .cues_text import (
    _AGENT_BEFORE_RE,
    _FIELD_AFTER_RE,
    _FIELD_BEFORE_RE,
    _ITEM_FIGURE_RE,
    _NATION_SCOPE_START,
    _ONE_OF_RE,
    _SCOPE_PREP_RE,
    _SUPERLATIVE_RE,
    _SUPERLATIVE_STEMS,
    _VENUE_AFTER_RE,
    _VENUE_BEFORE_RE,
)
from .tokens import _last_match, _WordTest

if TYPE_CHECKING:
    from .article import _Mention

_MET = _WordTest({"ditemui", "dijumpai", "diwawancarai"})
_MET_AT_RE = re.compile(
    r"(?:ditemui|dijumpai|diwawancarai)[ \t]+(?:[a-z]+[ \t]+){0,2}di[ \t]+[^.;\"\u201d\n]{0,80}$",
    re.IGNORECASE,
)
_DI = _WordTest({"di"})  # the word every _VENUE_BEFORE_RE match starts with
# what _AGENT_BEFORE_RE and _OFFICE_BEFORE_RE need ("pem" for pemerintah, pemkab, ...)
_AGENT_STEMS = ("pem", "ditanggung", "dibayar", "dibiayai", "didanai", "disubsidi", "bantuan")
_OFFICE_STEMS = ("bpjs", "jamsostek", "kanwil", "kantor", "cabang", "kacab")
# the words a match of _OFFICE_BEFORE_RE starts with (for word_search)
_OFFICE_START = _WordTest(
    {"bpjs", "bpjamsostek", "bpjstk", "jamsostek", "kanwil", "kantor", "cabang", "kacab",
     "kakanwil"}
)  # fmt: skip
# "peserta terbanyak ada di Jawa Barat": the place holding the most, not a scope
_WINNER_AT_RE = re.compile(
    r"\b(?:terbanyak|tertinggi|terbesar)[ \t]+(?:\w+[ \t]+){0,4}(?:ada|berada|terdapat)"
    r"[ \t]+di[ \t]*$",
    re.IGNORECASE,
)
# "(tingkat) kepesertaan tertinggi di ...": the superlative qualifies coverage
_COVERAGE_BEFORE_TOP_RE = re.compile(
    r"\b(?:kepesertaan|cakupan|coverage|capaian|ucj|persentase)(?:[ \t]+(?:BPJS[ \t]+"
    r"Ketenagakerjaan|BPJS[ \t]+TK|BPJamsostek|Jamsostek))?[ \t]*$",
    re.IGNORECASE,
)
# "tertinggi di Jawa Tengah diraih Kabupaten Kudus": a winner named after the scope
_WINNER_NAMED_AFTER_RE = re.compile(
    r"[ \t,]*(?:(?:yang[ \t]+)?(?:diraih|ditempati|diduduki|dipegang|adalah|yaitu|yakni"
    r"|ialah|oleh)\b|(?:ada|berada|tercatat)[ \t]+di\b)",
    re.IGNORECASE,
)
# a figure (not an ordinal "ke-4") between a superlative and a region
_FIGURE_IN_RE = re.compile(
    r"\d[\d.,]*[ \t]*(?:%|persen|orang|pekerja|peserta|ribu|juta|jiwa|tenaga)", re.IGNORECASE
)


# the place's own figure right after it: "dengan 120.000 pekerja", ", yakni 89 persen"
_OWN_FIGURE_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:dengan|yakni|yaitu|sebesar|sebanyak|mencapai)[ \t]+)?"
    r"\d[\d.,]*[ \t]*(?:%|persen|orang|pekerja|peserta|ribu|juta|jiwa|tenaga)",
    re.IGNORECASE,
)


def _since(mentions: list[_Mention], lo: int) -> list[_Mention]:
    """The mentions (in text order) that start at or after ``lo``."""
    k = len(mentions)
    while k and mentions[k - 1].start >= lo:
        k -= 1
    return mentions[k:]


class MentionRoles:
    def _is_venue(self, mention: _Mention) -> bool:
        """Where the words were said ("ujarnya di Pontianak, Kalbar, Selasa",
        "di Hulontalo Ballroom, Kota Gorontalo, Kamis (18/12/2025)"): like a
        dateline, never the region of a figure by itself."""
        lo = max(0, mention.start - 60)  # (every match starts at the word "di")
        if self.word_search(_MET_AT_RE, _MET, max(0, mention.start - 100), mention.start):
            return True  # "ujar Agus saat ditemui di Kantor Wakil Presiden, Jalan ..., Jakarta"
        if not self.word_search(_VENUE_BEFORE_RE, _DI, lo, mention.start):
            return False
        return bool(_VENUE_AFTER_RE.match(self.text, mention.end, mention.end + 60))

    def _is_agent(self, mention: _Mention, previous: _Mention | None) -> bool:
        """The government that pays or acts ("ditanggung oleh Pemprov Kaltim"),
        not the place the workers are: the figure keeps its own region."""
        if previous is not None and previous.agent:
            gap = self.text[previous.end : mention.start]
            if len(gap) <= 3 and not gap.strip(" ,("):
                return True
        lo = max(0, mention.start - 60)
        return bool(
            (
                self.may_hold(lo, mention.start, _AGENT_STEMS)
                and _AGENT_BEFORE_RE.search(self.text, lo, mention.start)
            )
            or (
                self.may_hold(lo, mention.start, _OFFICE_STEMS)
                and self.word_search(_OFFICE_BEFORE_RE, _OFFICE_START, lo, mention.start)
                and not _PROGRAMME_OF_PLACE_RE.search(self.text, lo, mention.start)
            )
        )

    def _is_scope(self, mention: _Mention, earlier: list[_Mention] | None = None) -> bool:
        """A comparison scope ("tertinggi keempat di Sulawesi Selatan"), not the subject."""
        sentence = self.sentence_at(mention.start)
        lo = sentence.lo if sentence else mention.start
        if self._is_field(mention, lo):
            return True
        if not self.may_hold(max(lo, mention.start - 80), mention.start, _SUPERLATIVE_STEMS):
            return False
        before = self.text[max(lo, mention.start - 80) : mention.start]
        superlative = _last_match(_SUPERLATIVE_RE, before)
        if superlative is None:
            return False
        if _FIGURE_IN_RE.search(before, superlative) or (
            _FIGURE_IN_RE.search(before, 0, superlative)
            and _ITEM_FIGURE_RE.match(self.text, mention.end)
        ):
            # "terendah di Lampung yakni 12,1 persen di Mesuji", "B 58 persen dan
            # terendah di C 17 persen": a place of a list of figures is its figure's
            return False
        words = self.text[mention.start : mention.end].lower().split()
        if (
            mention.codes == (self.index.nation_code,)
            and words
            and (words[0] in _NATION_SCOPE_START or words[0].startswith("se-"))
        ):
            return True
        if _WINNER_AT_RE.search(before):
            return False  # "terbanyak ada di Jawa Barat": where the most are, the winner
        if not _SCOPE_PREP_RE.search(before):
            return False
        # "kepesertaan tertinggi di Sulawesi Utara. Sebanyak 623.409 ...": nothing
        # placed before the superlative in its sentence and no winner named after
        # the place: the place is the one that holds the highest, not a scope
        rank_word = before[superlative:].split(None, 1)[0].lower()
        if rank_word not in ("tertinggi", "terbanyak", "terbesar", "teratas") or any(
            m.para == mention.para and m.code != self.index.nation_code
            for m in _since(earlier or [], lo)
        ):
            return True
        if mention.codes != (self.index.nation_code,) and _OWN_FIGURE_AFTER_RE.match(
            self.text, mention.end
        ):
            # "Peserta terbanyak di Kota Ambon dengan 120.000 pekerja", "tertinggi
            # di Kota Ambon yakni 89 persen": the place holding the most, its figure
            return False
        return not (
            _COVERAGE_BEFORE_TOP_RE.search(before[:superlative])
            and not _WINNER_NAMED_AFTER_RE.match(self.text, mention.end)
        )

    def _is_field(self, mention: _Mention, lo: int) -> bool:
        """The field a figure's region is one of, in a fronted clause ("Dari 10
        kabupaten/kota di Maluku Utara, sebanyak 1.000 nelayan ...") or after
        "salah satu kabupaten di" ("satu-satunya daerah di NTT"): a scope."""
        lo = max(lo, mention.start - 60)
        if self.may_hold(lo, mention.start, ("satu",)) and _ONE_OF_RE.search(
            self.text, lo, mention.start
        ):
            return True
        return (
            _FIELD_AFTER_RE.match(self.text, mention.end) is not None
            and self.may_hold(lo, mention.start, ("dari", "antara"))
            and _FIELD_BEFORE_RE.search(self.text, lo, mention.start) is not None
        )

    def _disambiguate(self, mentions: list[_Mention]) -> None:
        self.index.prefer_named_level(self.text, mentions)
        province_votes: dict[str, int] = {}
        for m in mentions:
            if len(m.codes) == 1:
                province = self.index.province_of(m.codes[0])
                province_votes[province] = province_votes.get(province, 0) + 1
        for m in mentions:
            if len(m.codes) == 1:
                m.code = m.codes[0]
                continue
            if self.index.shared(m.codes):
                # "Toraja": Tana Toraja or Toraja Utara; no single region, the
                # reviewer decides
                m.code = ""
                continue
            best = max(
                enumerate(m.codes),
                key=lambda ic: (province_votes.get(self.index.province_of(ic[1]), 0), -ic[0]),
            )
            m.code = best[1]
