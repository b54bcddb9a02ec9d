"""Which region a figure is about: the nearest region named in its clause
(not a dateline, venue, comparison scope, paying government or office), the
winner named after a placement, the region of the sentence that set the
topic, the paragraph's, else the article's subject; no region for a branch
office covering several regions or a Kanwil's whole area."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Mention, _Sentence
from .cues_places import (
    _AREA_RE,
    _BRANCH_SPAN_RE,
    _LOCAL_DEICTIC_RE,
    _NEXT_CLAUSE_RE,
    _REGION_PAIR_RE,
    _WINNER_AFTER_RE,
)
from .placing_asides import PlacingAsides, without_other_roles
from .placing_lists import _LIST_GAP_RE, PlacingLists
from .placing_nation import PlacingNation
from .regions import url_regions
from .tokens import _WordTest


class PlacingRules(PlacingAsides, PlacingLists, PlacingNation):
    def _region(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, mentions: list[_Mention]
    ) -> str | None:
        """The nearest region named in the number's clause, else in its
        sentence, else in its paragraph, else the article's subject. A branch
        office that covers several regions gets none ("Cabang Serang yang
        meliputi Kabupaten dan Kota Serang")."""
        self._fallback = False
        mentions = without_other_roles(self, c, s, mentions)
        # '"... 144.110 orang," kata Bupati usai menerima Paritrana Award Provinsi
        # NTB': a place named after the speaker is not the figure's
        mentions = [
            m for m in mentions if m.start < c.end or not _SAID_RE.search(self.text, c.end, m.start)
        ]
        if "termasuk" in self.text[c.end : s.hi]:
            # "... 3.518 lainnya dari sektor pertanian di wilayah miskin ekstrem,
            # termasuk Kepulauan Nias": an example of the area, not the figure's place
            mentions = [m for m in mentions if not self._example_after(c, m)]
        # "di Kabupaten A masih rendah dibandingkan kabupaten lain di Provinsi B
        # yakni 20 persen": B is what A is compared with, not the figure's place
        if "banding" in self.text[s.lo : s.hi]:
            mentions = [
                m
                for m in mentions
                if not _COMPARED_WITH_RE.search(self.text, max(s.lo, m.start - 80), m.start)
            ]
        if c.kind == "rank":
            mentions = self._without_nation_scope(self._without_award_level(mentions, s), s)
            winner = self._rank_winner(c, mentions)
            if winner is not None:
                return winner
        whole = self._region_of_whole(c, s, p_lo, mentions)
        if whole is not None:
            return whole
        if self._no_single_region(c, s, p_lo, f_hi, mentions):
            # "... dari Pemda di 34 Provinsi, dan 514 Kabupaten/ Kota, serta 598.000":
            # every province together is the nation
            every = _EVERY_PROVINCE_RE.search(self.text, s.lo, c.start)
            return self.a.index.nation_code if every else None
        before = [
            m
            for m in mentions
            if p_lo <= m.start
            and m.end <= c.start
            # "12,1 persen di Mesuji, 13,4 persen di ...": Mesuji is 12,1's
            and not _FIGURE_THEN_PLACE_RE.search(self.text, max(s.lo, m.start - 70), m.start)
        ]
        if before:
            # "tertinggi di Jawa Tengah: 51,25 persen di Kota Semarang, ...": the
            # place right after the figure is its own, before a scope named first
            own = self._place_right_after(c, f_hi, mentions)
            return own.code if own is not None else self._appositive(before).code
        after = self._own_after(c, s, p_lo, f_hi, self._named_after(c, f_hi, mentions))
        if after is None:
            return None
        if after:
            para = self.a.paragraphs[s.para]
            if (
                "," in self.text[c.end : after[0].start]
                and self.a.index.nation_code
                and self._national_source_between(para.lo, para.hi, c.start)
            ):
                # "Data Kemnaker menunjukkan 41 juta pekerja terdaftar, dengan DKI
                # Jakarta sebagai provinsi terbanyak": the nation's figure
                return self.a.index.nation_code
            return after[0].code
        before = [m for m in mentions if m.end <= c.start]
        if before:
            return self._appositive(before).code
        if mentions:
            return mentions[0].code
        topic = self._unnamed_province(c, s) or self._topic_region(s)
        if topic is not None:
            return topic
        self._fallback = True
        return self._article_region(c, s)

    def _place_right_after(self, c: _Cand, f_hi: int, mentions: list[_Mention]):
        """The place named right after the figure ("51,25 persen di Kota Semarang")."""
        for m in mentions:
            if c.end <= m.start <= f_hi and _FIGURE_THEN_PLACE_RE.fullmatch(
                self.text, c.start, m.start
            ):
                return m
        return None

    def _own_after(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, after: list[_Mention]
    ) -> list[_Mention] | None:
        """The places named after the figure that can be its own, in a list of
        places and figures: none ([]) when the first heads the next item; no
        region at all (None) when the item's own place is not known."""
        if p_lo <= s.lo:
            return after
        if after and _FIGURE_THEN_PLACE_RE.fullmatch(self.text, c.start, after[0].start):
            # "... bagi 35.000 pekerja rentan di Provinsi Kalimantan Utara": the
            # place right after the figure is its own, whatever the clause before
            return after
        if self._unknown_item_place(p_lo, c.start):
            # "..., Pemkab Minsel sebanyak 2.154 aparat, Pemkab Kepulauan Talaud ...":
            # an item whose own place is not in the register; the places of the
            # items before and after are theirs, not its
            return None
        if (
            after
            and _NEXT_ITEM_RE.fullmatch(self.text, c.end, after[0].start)
            and _ITEM_HEAD_RE.fullmatch(self.text, after[0].end, f_hi)
        ):
            # "..., A sebanyak 2.154 aparat, Pemkab B sebanyak 1.395 aparat": a place
            # after the comma heads the next item; "Demak 8.500 peserta (31 persen),
            # Jepara ...": a figure restating the one of its item, whose place it takes
            return None if "," in self.text[p_lo : c.start] else []
        return after

    def _unknown_item_place(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` names a place by a level word and a name the
        register does not know ("Pemkab Minsel"), and no place it knows."""
        text = self.text
        if "Pem" not in text[lo:hi] and "Kab" not in text[lo:hi] and "Kota" not in text[lo:hi]:
            return False
        named = self.a.mentions_in(lo, hi)
        for m in _LEVEL_NAME_RE.finditer(text, lo, hi):
            if not any(n.start <= m.start() < n.end for n in named):
                return not any(n.placing for n in named)
        return False

    def _rank_winner(self, c: _Cand, mentions: list[_Mention]) -> str | None:
        """ "Posisi kedua ditempati Kabupaten Majene", "juara ketiga Kabupaten
        Polewali Mandar", "kepesertaan tertinggi di Sulawesi Utara": the winner
        named right after the placement (even when a Kanwil's area is named before)."""
        for m in mentions:
            if c.start <= m.start and m.end <= c.end and m.code != self.a.index.nation_code:
                return m.code  # "tertinggi di Sulawesi Utara", the place not a scope
            if c.end <= m.start and (
                _WINNER_AFTER_RE.fullmatch(self.text, c.end, m.start)
                # "kepesertaan tertinggi di Sulawesi Utara": a place (not a scope)
                or _HELD_AT_RE.fullmatch(self.text, c.end, m.start)
            ):
                return m.code
        return None

    def _no_single_region(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, mentions: list[_Mention]
    ) -> bool:
        """A branch covering two regions, a Kanwil's whole area, several
        provinces together, an office covering several: the reviewer assigns the
        region. Not a standing of a place among those of an office's area."""
        if self._ranked_among(c, s, mentions):
            return False
        cabang, area, provinsi, several, wilayah = self._sentence_marks(s)
        if cabang and (
            _BRANCH_SPAN_RE.search(self.text, s.lo, c.start)
            or _REGION_PAIR_RE.search(self.text, s.lo, s.hi)
        ):
            return True
        # "Kanwil ... mencatat 1,2 juta peserta di wilayah Sulawesi Maluku": the
        # office's whole area, several provinces; the reviewer assigns it
        if area and self._whole_area(c, s, p_lo, f_hi, mentions):
            return True
        # "Dari delapan provinsi, potensi kepesertaan mencapai 7,2 juta": several
        # provinces together, no one region
        if provinsi and _SEVERAL_PROVINCES_RE.search(self.text, s.lo, c.start):
            return True
        # "Dari 254 ribu pekerja ... tersebar di lima kabupaten, yaitu ...": several
        # regencies together, unless the sentence names one of its own for the figure
        if several is not None:
            listed = self._listed_after(several.end(), mentions)
            if not any(p_lo <= m.start and m not in listed for m in mentions):
                return True
        # "112.000 pekerja yang masuk ke wilayah Papua Barat dan Papua Barat Daya"
        listed = self._area_list(s) if wilayah else None
        if listed is not None and not any(
            p_lo <= m.start and m.end <= c.start and m not in listed for m in mentions
        ):
            return True
        return self._office_covers_several(c, s, p_lo, mentions)

    def _sentence_marks(self, s: _Sentence) -> tuple[bool, bool, bool, re.Match | None, bool]:
        """What _no_single_region looks for in a whole sentence, found once for
        all its numbers: "cabang", an area word, "provinsi", several regencies
        ("di lima kabupaten"), "wilayah"."""
        cache = self.__dict__.setdefault("_marks_at", {})
        marks = cache.get((s.lo, s.hi))
        if marks is None:
            low = self.a.lower
            sentence = low[s.lo : s.hi] if low is not None else self.text[s.lo : s.hi].lower()
            several = (
                self.a.word_search(_SEVERAL_REGENCIES_RE, _SEVERAL_START, s.lo, s.hi)
                if "kabupaten" in sentence
                else None
            )
            marks = cache[(s.lo, s.hi)] = (
                "cabang" in sentence,
                any(word in sentence for word in _AREA_WORDS),
                "provinsi" in sentence,
                several,
                "wilayah" in sentence,
            )
        return marks

    def _listed_after(self, pos: int, mentions: list[_Mention]) -> list[_Mention]:
        """The regions listed right after ``pos`` ("di lima kabupaten, yaitu
        Kabupaten Nabire, Dogiyai, ... dan Intan Jaya")."""
        named = [m for m in mentions if m.start >= pos]
        if not named or not _LIST_LEAD_RE.fullmatch(self.text, pos, named[0].start):
            return []
        group = [named[0]]
        for m in named[1:]:
            if not _LIST_GAP_RE.fullmatch(self.text, group[-1].end, m.start):
                break
            group.append(m)
        return group

    def _area_list(self, s: _Sentence) -> list[_Mention] | None:
        """The regions listed right after "wilayah" ("di wilayah Provinsi Papua
        Barat dan Papua Barat Daya"): two or more, else None."""
        text = self.text
        for area in _AREA_WORD_RE.finditer(text, s.lo, s.hi):
            named = [m for m in self.a.mentions_in(area.end(), s.hi) if not m.dateline]
            if not named or named[0].start - area.end() > 12:
                continue
            group = [named[0]]
            for m in named[1:]:
                if not _LIST_GAP_RE.fullmatch(text, group[-1].end, m.start):
                    break
                group.append(m)
            if len({m.code for m in group}) > 1:
                return group
        return None

    def _branch_area_before(self, s: _Sentence) -> bool:
        """Whether a branch office covering two regions or more was named before
        ("Kepala BPJS Ketenagakerjaan Cabang Papua Barat ... di wilayah Provinsi
        Papua Barat dan Papua Barat Daya"): its figures have no single region."""
        first = self.__dict__.get("_branch_area_at")
        if first is None:
            first = len(self.text)
            low = self.a.lower if self.a.lower is not None else self.text.lower()
            for sentence in self.a.sentences:
                chunk = low[sentence.lo : sentence.hi]
                if "cabang" in chunk and (
                    ("wilayah" in chunk and self._area_list(sentence))
                    or self._regencies_of_branch(sentence)
                ):
                    first = sentence.lo
                    break
            self._branch_area_at = first
        return first < s.lo or self._office_area_before(s)

    def _area_in(self, s: _Sentence) -> re.Match[str] | None:
        """``_AREA_RE.search`` over the sentence, tried only at the words that can
        start it ("di", "se-", "kawasan", "wilayah", an office's area)."""
        return self.a.word_search(_AREA_RE, _may_start_area, s.lo, s.hi)

    def _regencies_of_branch(self, s: _Sentence) -> bool:
        """ "Cabang Nabire mencatat ... di lima kabupaten wilayah kerjanya": several
        regencies, and no placing region of the sentence's own beside them."""
        several = self.a.word_search(_SEVERAL_REGENCIES_RE, _SEVERAL_START, s.lo, s.hi)
        if several is None:
            return False
        mentions = [m for m in self.a.mentions_in(s.lo, s.hi) if m.placing]
        listed = self._listed_after(several.end(), mentions)
        return all(m in listed for m in mentions)

    def _whole_area(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, mentions: list[_Mention]
    ) -> bool:
        """Whether the sentence names an office's area ("di wilayah Sulawesi
        Maluku", "di Kalimantan") and no province of its own for the figure."""
        areas = self.__dict__.setdefault("_areas", {})  # one search per sentence
        if s.lo not in areas:
            areas[s.lo] = self._area_in(s)
        area = areas[s.lo]
        if area is None or (
            c.end <= area.start() and _SAID_RE.search(self.text, c.end, area.start())
        ):
            # '"... 538.504 orang atau 44 persen dari total jumlah pekerja formal di
            # Bali," ujar Kepala BPJamsostek Wilayah Bali, Nusa Tenggara dan Papua':
            # the speaker's office, not the figure's area
            return False
        # "wilayah Sumbagut (Sumut dan Aceh)": the provinces that make up the area
        # are not the figure's region
        inside = self.text.find(")", area.end(), min(s.hi, area.end() + 80))
        if not self.text.startswith("(", area.end()) and not self.text.startswith(" (", area.end()):
            inside = -1
        return not any(
            (
                # in the clause, or named after the area ("Kanwil Sulawesi Maluku ...
                # dari potensi 2,8 juta pekerja di Sulawesi Selatan, ... 47 persen")
                min(p_lo, area.end()) <= m.start
                and m.end <= c.start
                and not (area.end() <= m.start and m.end <= inside)
            )
            # "dari potensi 2,8 juta pekerja di Sulawesi Selatan": the province
            # right after the figure
            or (
                c.end <= m.start <= f_hi
                and _FIGURE_THEN_PLACE_RE.search(self.text, max(c.start, m.start - 70), m.start)
            )
            for m in mentions
        )

    def _named_after(self, c: _Cand, f_hi: int, mentions: list[_Mention]) -> list[_Mention]:
        """The regions named after the number in its clause, not in the next clause."""
        return [
            m
            for m in mentions
            if c.end <= m.start
            and m.end <= f_hi
            and not _NEXT_CLAUSE_RE.search(self.text, c.end, m.start)
        ]

    def _topic_region(self, s: _Sentence) -> str | None:
        """ "... menargetkan angka tersebut naik hingga 60%": the region of the
        sentence that set the topic, not one compared with it since ("" when
        that sentence names an area of several regions)."""
        if s.topic_lo >= s.lo:
            return None
        k = bisect.bisect_right(self.a.sentence_starts, s.topic_lo) - 1
        if k < 0:
            return None
        topic = self.a.sentences[k]
        if self._area_list(topic) is not None:
            return ""  # "... di wilayah Provinsi A dan B": several regions, none
        placing = [m for m in self.a.mentions_in(topic.lo, topic.hi) if m.placing]
        if any(m.code == self.a.subject for m in placing):
            return self.a.subject
        if placing:
            return placing[0].code
        # "... 41,56 juta pekerja (the nation's by its size). Dari jumlah tersebut,
        # 25 juta PU. Sementara 9,19 juta BPU": the region its figures were given
        regions = self._regions_at.get(topic.lo)
        if regions and len(regions) == 1:
            return next(iter(regions))
        return None

    def _article_region(self, c: _Cand, s: _Sentence) -> str | None:
        """A sentence that names no region: the paragraph's before it, the
        nation after a national source, the region the text was about before
        the subject is first named, the subject, else the paragraph's after it."""
        para = self.a.paragraphs[s.para]
        all_mentions, starts = self.a.mentions, self.a.mention_starts
        i = bisect.bisect_left(starts, s.lo) - 1
        while i >= 0 and all_mentions[i].start >= para.lo:
            if all_mentions[i].placing:
                # "Pemkot Ternate, Maluku Utara tetap berkomitmen ...": the city,
                # not the province that only places it
                return self._appositive(all_mentions[max(0, i - 1) : i + 1]).code
            i -= 1
        # "Data Kemnaker menunjukkan terdapat 41 juta pekerja terdaftar ...": a
        # national source with no region before the figure speaks of the nation
        nation = self.a.index.nation_code
        if (
            nation
            and (
                self._national_source_between(para.lo, para.hi, c.start)
                # "Data Kemnaker menunjukkan ... 41,38 juta pekerja. Jumlah ini terdiri
                # dari ...": a sentence continuing one that cites a national source
                or (s.topic_lo < para.lo and self._national_topic(s))
            )
            and not _LOCAL_DEICTIC_RE.search(self.text, s.lo, c.start)
        ):
            return nation
        if self._branch_area_before(s):
            return None  # a branch's figures: the reviewer assigns them
        speaker = self._speaker_region(s)
        if speaker is not None:
            return speaker
        if self.a.subject is not None:
            return self._region_so_far(s) or self.a.subject
        # a region named only later in the paragraph belongs to its own sentence
        i = bisect.bisect_left(starts, s.hi)
        while i < len(all_mentions) and all_mentions[i].start < para.hi:
            if all_mentions[i].placing:
                return all_mentions[i].code
            i += 1
        return None

    def _region_so_far(self, s: _Sentence) -> str | None:
        """ "Tenaga kerja di Provinsi Lampung ... . Pada Januari 568.468 orang ...
        . Sementara itu Pemkot Bandar Lampung ...": when the subject is first
        named in the body only after this sentence (not in the headline or the
        address), the region last named before it."""
        subject = self.a.subject
        first = self.__dict__.setdefault("_subject_first", {})
        if subject not in first:
            first[subject] = next(
                (
                    m.start
                    for m in self.a.mentions
                    if m.code == subject
                    and not m.dateline
                    and self.a.paragraphs[m.para].kind != "headline"
                ),
                -1,
            )
        if "_url_codes" not in self.__dict__:
            self._url_codes = {code for code, _w in url_regions(self.a.url, self.a.index)}
        if first[subject] < s.hi or subject in self._url_codes:
            return None
        nation = self.a.index.nation_code
        i = bisect.bisect_left(self.a.mention_starts, s.lo) - 1
        while i >= 0:
            m = self.a.mentions[i]
            if m.placing and m.code != nation and self.a.paragraphs[m.para].kind != "headline":
                return m.code
            i -= 1
        return None

    def _appositive(self, before: list[_Mention]) -> _Mention:
        """The last mention, unless it only places the one just before it
        ("Kota Banjar, Jawa Barat", "Kabupaten Banjar (Kalsel)")."""
        last = before[-1]
        while len(before) > 1 and before[-2].code == last.code:
            gap = self.text[before[-2].end : last.start]
            if gap.strip() != "(":
                break
            # "Provinsi Nusa Tenggara Barat (NTB)": one place, named twice
            before = before[:-1]
            last = before[-1]
        if len(before) > 1:
            prev = before[-2]
            gap = self.text[prev.end : last.start]
            if (
                (len(gap) <= 3 and not gap.strip(" ,("))
                # "di Kota Pekanbaru, ibu kota Provinsi Riau, ...": the city
                or _CAPITAL_OF_RE.fullmatch(gap)
            ) and self.a.index.is_ancestor(last.code, prev.code):
                return prev
        return last

    # -- dates ---------------------------------------------------------------


# a region named right after a figure ("12,1 persen di Mesuji", "4,96 juta
# peserta aktif di Jawa Barat") belongs to it
_FIGURE_THEN_PLACE_RE = re.compile(
    r"\d[\d.,]*+[ \t]*(?:%|persen|orang|pekerja|peserta|ribu|juta)"
    r"(?:[ \t]+(?:orang|pekerja|peserta|aktif|rentan|terdaftar|tenaga[ \t]+kerja|BPJS"
    r"|Ketenagakerjaan|BPJamsostek|Jamsostek)){0,4}"
    r"[ \t]*(?:di|untuk)[ \t]+$",
    re.IGNORECASE,
)
# "Kota Pekanbaru, ibu kota Provinsi Riau": the province only places the city
_CAPITAL_OF_RE = re.compile(r"[ \t]*,[ \t]*ibu[ \t]*kota[ \t]+", re.IGNORECASE)
_AREA_START_WORDS = frozenset(
    ("sumbagut", "sumbagsel", "sumbagteng", "banuspa", "sulama", "wilayah")
)


# whether a (lower-cased) token can start an _AREA_RE match: "di" and "se"
# may run into the name ("dikalimantan"), so any word starting so
_may_start_area = _WordTest(_AREA_START_WORDS, ("di", "se", "kawasan"))


_AREA_WORDS = (
    "wilayah",
    "kalimantan",
    "sula",
    "sumba",
    "banuspa",
    "nusra",
    "nusa tenggara",
    "diy",
    "bagian",
)
_SEVERAL_PROVINCES_RE = re.compile(
    r"\b(?:dari|di|se)[ \t]+(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
    r"|[2-9]|[1-3]\d)[ \t]+provinsi\b",
    re.IGNORECASE,
)
_SEVERAL_REGENCIES_RE = re.compile(
    r"\b(?:di|se)[ \t]+(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|[2-9]"
    r"|[1-9]\d)[ \t]+kabupaten\b",
    re.IGNORECASE,
)
_SEVERAL_START = _WordTest({"di", "se"})  # the words its matches start with
_LIST_LEAD_RE = re.compile(
    r"[ \t]*(?:,|:)?[ \t]*(?:(?:yaitu|yakni|antara[ \t]+lain)[ \t]*:?[ \t]*)?"
)
_EVERY_PROVINCE_RE = re.compile(r"\b(?:dari|di|se)[ \t]+3[48][ \t]+provinsi\b", re.IGNORECASE)
# "di wilayah", "ke wilayah kerja" (not "Kantor Wilayah X dan Y", an office's name)
_AREA_WORD_RE = re.compile(
    r"\b(?:di|ke|se|seluruh)[ \t]+wilayah(?:[ \t]+kerja(?:nya)?)?[ \t]+", re.IGNORECASE
)
# "Pemkab Minsel", "Kabupaten Bolmong": a level word and a name
_LEVEL_NAME_RE = re.compile(r"\b(?:Pemkab|Pemkot|Pemprov|Kabupaten|Kota|Kab\.)[ \t]+[A-Z]")
# "... 2.154 aparat, Pemkab B sebanyak 1.395": the next item of a list, its place first
_NEXT_ITEM_RE = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]*){0,3}\)?[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?"
)
_ITEM_HEAD_RE = re.compile(
    r"[ \t]*(?:\([^()]{1,15}\)[ \t]*)?(?:(?:sebanyak|sejumlah|sebesar|mencapai|dengan[ \t]+"
    r"jumlah(?:[ \t]+mencapai)?)[ \t]+)?",
    re.IGNORECASE,
)
_COMPARED_WITH_RE = re.compile(
    r"\b(?:di)?banding(?:kan)?(?:[ \t]+dengan)?[ \t]+(?:[^\W\d_]+[ \t/]+){0,5}?lain(?:nya)?"
    r"[ \t]+(?:di|se)[ \t-]*(?:(?:provinsi|wilayah)[ \t]+)?$",
    re.IGNORECASE,
)
# "...," kata Bupati usai menerima ...: what follows the speaker is not the figure's
_SAID_RE = re.compile(
    r"[,\u201d\"][ \t]*(?:kata|ujar|ucap|jelas|ungkap|tutur|terang|tegas|sebut|imbuh"
    r"|tambah|papar)(?:nya)?\b",
    re.IGNORECASE,
)
_HELD_AT_RE = re.compile(
    r"[ \t]+(?:(?:saat[ \t]+ini|kini|sekarang)[ \t]+)?(?:(?:ada|berada|terdapat|tercatat)[ \t]+)?"
    r"di[ \t]+(?:(?:provinsi|kabupaten|kota)[ \t]+)?",
    re.IGNORECASE,
)
