"""Which region a figure is about: the nearest region named in its clause
(not a dateline, venue, comparison scope, paying government or office), the
winner named after a placement, the region of the sentence that set the
topic, the paragraph's, else the article's subject; no region for a branch
office covering several regions or a Kanwil's whole area."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Mention, _Sentence
from .cues import (
    _AREA_RE,
    _BRANCH_SPAN_RE,
    _LOCAL_DEICTIC_RE,
    _NATIONAL_SOURCE_RE,
    _NEXT_CLAUSE_RE,
    _REGION_PAIR_RE,
    _WINNER_AFTER_RE,
)


class PlacingRules:
    def _region(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, mentions: list[_Mention]
    ) -> str | None:
        """The nearest region named in the number's clause, else in its
        sentence, else in its paragraph, else the article's subject. A branch
        office that covers several regions gets none ("Cabang Serang yang
        meliputi Kabupaten dan Kota Serang")."""
        self._fallback = False
        if c.kind == "rank":
            # "Posisi kedua ditempati Kabupaten Majene", "juara ketiga Kabupaten Polewali
            # Mandar", "kepesertaan tertinggi di Sulawesi Utara": the winner named
            # right after the placement (even when a Kanwil's area is named before)
            for m in mentions:
                if c.start <= m.start and m.end <= c.end and m.code != self.a.index.nation_code:
                    return m.code  # "tertinggi di Sulawesi Utara", the place not a scope
                if c.end <= m.start and (
                    _WINNER_AFTER_RE.fullmatch(self.text, c.end, m.start)
                    # "kepesertaan tertinggi di Sulawesi Utara": a place (not a scope)
                    or _HELD_AT_RE.fullmatch(self.text, c.end, m.start)
                ):
                    return m.code
        low = self.a.lower
        sentence = low[s.lo : s.hi] if low is not None else self.text[s.lo : s.hi].lower()
        if "cabang" in sentence and (
            _BRANCH_SPAN_RE.search(self.text, s.lo, c.start)
            or _REGION_PAIR_RE.search(self.text, s.lo, s.hi)
        ):
            return None
        # "Kanwil ... mencatat 1,2 juta peserta di wilayah Sulawesi Maluku": the
        # office's whole area, several provinces; the reviewer assigns it
        if any(word in sentence for word in _AREA_WORDS):
            area = _AREA_RE.search(self.text, s.lo, s.hi)
            if area is not None:
                # "wilayah Sumbagut (Sumut dan Aceh)": the provinces that make up
                # the area are not the figure's region
                inside = self.text.find(")", area.end(), min(s.hi, area.end() + 80))
                if not self.text.startswith("(", area.end()) and not self.text.startswith(
                    " (", area.end()
                ):
                    inside = -1
                if not [
                    m
                    for m in mentions
                    if (
                        p_lo <= m.start
                        and m.end <= c.start
                        and not (area.end() <= m.start and m.end <= inside)
                    )
                    # "dari potensi 2,8 juta pekerja di Sulawesi Selatan": the province
                    # right after the figure
                    or (
                        c.end <= m.start <= f_hi
                        and _FIGURE_THEN_PLACE_RE.search(
                            self.text, max(c.start, m.start - 70), m.start
                        )
                    )
                ]:
                    return None
        # "Dari delapan provinsi, potensi kepesertaan mencapai 7,2 juta": several
        # provinces together, no one region
        if "provinsi" in sentence and _SEVERAL_PROVINCES_RE.search(self.text, s.lo, c.start):
            return None
        before = [
            m
            for m in mentions
            if p_lo <= m.start
            and m.end <= c.start
            # "12,1 persen di Mesuji, 13,4 persen di ...": Mesuji is 12,1's
            and not _FIGURE_THEN_PLACE_RE.search(self.text, max(s.lo, m.start - 70), m.start)
        ]
        if before:
            return self._appositive(before).code
        after = [
            m
            for m in mentions
            if c.end <= m.start
            and m.end <= f_hi
            and not _NEXT_CLAUSE_RE.search(self.text, c.end, m.start)
        ]
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
        if s.topic_lo < s.lo:
            # "... menargetkan angka tersebut naik hingga 60%": the region of the
            # sentence that set the topic, not one compared with it since
            k = bisect.bisect_right(self.a.sentence_starts, s.topic_lo) - 1
            topic = self.a.sentences[k] if k >= 0 else None
            if topic is not None:
                placing = [m for m in self.a.mentions_in(topic.lo, topic.hi) if m.placing]
                if any(m.code == self.a.subject for m in placing):
                    return self.a.subject
                if placing:
                    return placing[0].code
        self._fallback = True
        para = self.a.paragraphs[s.para]
        all_mentions, starts = self.a.mentions, self.a.mention_starts
        i = bisect.bisect_left(starts, s.lo) - 1
        while i >= 0 and all_mentions[i].start >= para.lo:
            m = all_mentions[i]
            if m.placing:
                return m.code
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
        if self.a.subject is not None:
            # a region named only later in the paragraph belongs to its own sentence
            return self.a.subject
        i = bisect.bisect_left(starts, s.hi)
        while i < len(all_mentions) and all_mentions[i].start < para.hi:
            m = all_mentions[i]
            if m.placing:
                return m.code
            i += 1
        return None

    def _national_topic(self, s: _Sentence) -> bool:
        """Whether the sentence that set this one's topic cites a national source
        and names no placing region."""
        k = bisect.bisect_right(self.a.sentence_starts, s.topic_lo) - 1
        if k < 0:
            return False
        topic = self.a.sentences[k]
        if any(m.placing for m in self.a.mentions_in(topic.lo, topic.hi)):
            return False
        para = self.a.paragraphs[topic.para]
        return self._national_source_between(para.lo, para.hi, topic.hi)

    def _national_source_between(self, para_lo: int, para_hi: int, hi: int) -> bool:
        """Whether a national source is named in the paragraph before ``hi``
        (each paragraph searched once)."""
        cache = self.__dict__.setdefault("_national_first", {})
        first = cache.get(para_lo)
        if first is None:
            m = _NATIONAL_SOURCE_RE.search(self.text, para_lo, para_hi)
            first = cache[para_lo] = m.start() if m else para_hi
        return first < hi

    def _appositive(self, before: list[_Mention]) -> _Mention:
        """The last mention, unless it only places the one just before it
        ("Kota Banjar, Jawa Barat", "Kabupaten Banjar (Kalsel)")."""
        last = before[-1]
        if len(before) > 1:
            prev = before[-2]
            gap = self.text[prev.end : last.start]
            if (
                len(gap) <= 3
                and not gap.strip(" ,(")
                and self.a.index.is_ancestor(last.code, prev.code)
            ):
                return prev
        return last

    # -- dates ---------------------------------------------------------------


# a region named right after a figure ("12,1 persen di Mesuji", "4,96 juta
# peserta aktif di Jawa Barat") belongs to it
_FIGURE_THEN_PLACE_RE = re.compile(
    r"\d[\d.,]*+[ \t]*(?:%|persen|orang|pekerja|peserta|ribu|juta)"
    r"(?:[ \t]+(?:orang|pekerja|peserta|aktif|terdaftar|tenaga[ \t]+kerja|BPJS"
    r"|Ketenagakerjaan|BPJamsostek|Jamsostek)){0,4}"
    r"[ \t]*(?:di|untuk)[ \t]+$",
    re.IGNORECASE,
)
_AREA_WORDS = ("wilayah", "sula", "sumba", "banuspa", "nusra", "nusa tenggara", "diy", "bagian")
_SEVERAL_PROVINCES_RE = re.compile(
    r"\b(?:dari|di|se)[ \t]+(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
    r"|[2-9]|[1-3]\d)[ \t]+provinsi\b",
    re.IGNORECASE,
)
_HELD_AT_RE = re.compile(
    r"[ \t]+(?:(?:saat[ \t]+ini|kini|sekarang)[ \t]+)?(?:(?:ada|berada|terdapat|tercatat)[ \t]+)?"
    r"di[ \t]+(?:(?:provinsi|kabupaten|kota)[ \t]+)?",
    re.IGNORECASE,
)
