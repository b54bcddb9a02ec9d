"""Items of a list and an office's area (issue #13, round 10, sets P, R, S).

- Two counts each named with its own place or its own group are two items of
  a list, not a whole and its part: "di Kabupaten A ada 50.300 pekerja dan di
  Kota B sebanyak 29.800 pekerja", "penerima upah sebanyak 90.100 pekerja, lalu
  bukan penerima upah sebanyak 40.000 pekerja".
- An office named with the regions it covers ("BPJS Ketenagakerjaan X yang
  membawahi wilayah A, B dan C") is a branch of several regions even where
  the word "cabang" is not used: its figures get no single region, in that
  sentence and after it (a figure named with a place of its own keeps it).

A rule class of the extractor, whose checks ``CountRules`` and ``PlacingRules``
call by name; pure Python."""

from __future__ import annotations

import re

from .article import _Mention, _Sentence
from .figures import CONSTRUCTION, FORMAL, INFORMAL

_MAIN_SEGMENTS = frozenset({FORMAL, INFORMAL, CONSTRUCTION})
# "yang membawahi wilayah", "yang meliputi wilayah kerja", "yang menaungi"
_COVERS_RE = re.compile(
    r"\byang[ \t]+(?:membawahi|membawahkan|menaungi|meliputi|mencakup|melingkupi)"
    r"(?:[ \t]+(?:wilayah|daerah)(?:[ \t]+kerja)?)?[ \t]+",
    re.IGNORECASE,
)
_COVER_STEMS = ("membawah", "menaungi", "meliputi", "mencakup", "melingkupi")
# the office right before it: "BPJS Ketenagakerjaan Blitar", "Kantor Cabang X"
_OFFICE_BEFORE_RE = re.compile(
    r"\b(?:bpjs|kantor|cabang|kacab|kcp|kc)\b[^.;\d]{0,50}$", re.IGNORECASE
)
# "2.300 tenaga kerja Non-ASN yang telah terdaftar dalam database": those counted
# are registered already
_REGISTERED_AFTER_RE = re.compile(
    r"[^\d.;,]{0,40}?\byang[ \t]+(?:(?:telah|sudah)[ \t]+)?(?:terdaftar|menjadi[ \t]+peserta"
    r"|terlindungi|dilindungi|tercover|ter-cover|tercatat[ \t]+sebagai[ \t]+peserta)\b",
    re.IGNORECASE,
)
# "masing-masing desa 25 orang", "rata-rata per desa 4 orang": a count per unit
_PER_UNIT_BEFORE_RE = re.compile(
    r"\b(?:masing-masing|masing[ \t]+masing|setiap|tiap|per)[ \t]+(?:desa|kelurahan|dusun"
    r"|kampung|gampong|nagari|kecamatan|sekolah|perusahaan|rt|rw|lingkungan)"
    r"[ \t]+(?:(?:sebanyak|sekitar|ada|berjumlah|hanya|rata-rata)[ \t]+)?$",
    re.IGNORECASE,
)
_PER_UNIT_STEMS = ("masing", "tiap", "per ")
# "8.556 kepesertaan yang dinonaktifkan", "864 orang berstatus nonaktif": not members now
_INACTIVE_AFTER_RE = re.compile(
    r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:(?:yang|berstatus|dengan[ \t]+status)[ \t]+)?"
    r"(?:(?:di)?non[ \t-]?aktif(?:kan)?|tidak[ \t]+aktif)\b",
    re.IGNORECASE,
)
# "santunan kepada: ... 8 kepesertaan marbot Rp 336.000.000": an amount paid to them
_AMOUNT_AFTER_RE = re.compile(r"[^\d.;:]{0,40}?\b[Rr][Pp]\.?[ \t]*\d")
_BENEFIT_WORDS = ("santunan", "klaim", "manfaat")
_BENEFIT_REACH = 300  # characters back to the words of a list of payouts
# between two listed regions: ", ", " dan ", ", serta "
_ITEM_GAP_RE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:dan|serta)[ \t]+)?", re.IGNORECASE)


class ItemRules:
    # -- two items, not a whole and its part ---------------------------------------

    def _own_place_between(self, k) -> bool:
        """A place named between the two counts other than the one named before
        the first in its sentence."""
        c, nxt = k.c, k.nxt
        between = [m for m in self.a.mentions_in(c.end, nxt.start) if m.placing]
        if not between:
            return False
        before = [m for m in self.a.mentions_in(k.s.lo, c.start) if m.placing]
        return bool(before) and before[-1].code != between[-1].code

    def _own_group_between(self, k) -> bool:
        """A main group named between the two counts other than the one named
        right before the first."""
        c, nxt = k.c, k.nxt
        between = [h for h in self._segment_hits(c.end, nxt.start) if h[2] in _MAIN_SEGMENTS]
        if not between:
            return False
        before = [h for h in self._segment_hits(max(k.p_lo, c.start - 60), c.start)]
        before = [h for h in before if h[2] in _MAIN_SEGMENTS]
        if not before or before[-1][2] == between[-1][2]:
            return False
        # the group of the next count comes right before it ("lalu bukan penerima
        # upah sebanyak 40.399"), not after the first count as its own
        return nxt.start - between[-1][1] <= 30

    def _whole_is_registered(self, k) -> bool:
        """ "Terdapat 2.300 tenaga kerja Non-ASN yang telah terdaftar ... Dari jumlah
        tersebut, 1.400 orang aktif": the whole the next sentence divides is of
        participants already, not of workers."""
        return _REGISTERED_AFTER_RE.match(self.text, k.c.end, k.s.hi) is not None

    def _not_members_by_cues(self, c, s: _Sentence) -> bool:
        """Not a count per village, school or firm ("5.125 orang dari kelembagaan
        desa (masing-masing desa 25 orang)", "rata-rata per desa 4 orang"), nor
        of memberships made inactive, nor of people paid benefits ("santunan
        kepada: ... 8 kepesertaan marbot Rp 336.000.000")."""
        a, lo, hi = self.a, max(s.lo, c.start - 40), min(s.hi, c.end + 60)
        if a.may_hold(lo, c.start, _PER_UNIT_STEMS) and _PER_UNIT_BEFORE_RE.search(
            self.text, lo, c.start
        ):
            c.rule = "per_unit"
            return True
        if a.may_hold(c.end, hi, ("aktif",)) and _INACTIVE_AFTER_RE.match(self.text, c.end, s.hi):
            c.rule = "inactive"
            return True
        if (
            a.may_hold(c.end, hi, ("rp",))
            and _AMOUNT_AFTER_RE.match(self.text, c.end, s.hi)
            and any(
                word
                in self.text[max(0, min(s.topic_lo, c.start - _BENEFIT_REACH)) : c.start].lower()
                for word in _BENEFIT_WORDS
            )
        ):
            c.rule = "paid_benefits"
            return True
        return False

    # -- a standing in the nation -------------------------------------------------------

    def _without_nation_scope(self, mentions: list[_Mention], s: _Sentence) -> list[_Mention]:
        """ "posisi coverage Provinsi A berada di urutan 16 secara nasional": the
        nation is where A is ranked, A the place the standing is of."""
        nation = self.a.index.nation_code
        first = next((m for m in mentions if m.code != nation and m.start >= s.lo), None)
        if first is None or not nation:
            return mentions
        return [m for m in mentions if m.code != nation or m.start < first.start]

    # -- an office covering several regions ----------------------------------------

    def _office_area(self, s: _Sentence) -> list[_Mention] | None:
        """The regions an office is said to cover in the sentence, two or more."""
        cache = self.__dict__.setdefault("_office_areas", {})
        if s.lo in cache:
            return cache[s.lo]
        found = None
        low = self.a.lower
        chunk = low[s.lo : s.hi] if low is not None else self.text[s.lo : s.hi].lower()
        if any(stem in chunk for stem in _COVER_STEMS):
            for m in _COVERS_RE.finditer(self.text, s.lo, s.hi):
                if not _OFFICE_BEFORE_RE.search(self.text, max(s.lo, m.start() - 60), m.start()):
                    continue
                named = [x for x in self.a.mentions_in(m.end(), s.hi) if not x.dateline]
                if not named or named[0].start - m.end() > 12:
                    continue
                group = [named[0]]
                for x in named[1:]:
                    if not _ITEM_GAP_RE.fullmatch(self.text, group[-1].end, x.start):
                        break
                    group.append(x)
                if len({x.code for x in group}) > 1:
                    found = group
                    break
        cache[s.lo] = found
        return found

    def _ranked_among(self, c, s: _Sentence, mentions) -> bool:
        """ "Provinsi A ... posisi nomor 5 dari 8 provinsi di wilayah kerja Kanwil
        B": the standing is A's among them."""
        return c.kind == "rank" and any(
            s.lo <= m.start and m.end <= c.start and m.code != self.a.index.nation_code
            for m in mentions
        )

    def _office_covers_several(self, c, s: _Sentence, p_lo: int, mentions) -> bool:
        """An office said to cover several regions, none of them the figure's own."""
        listed = self._office_area(s)
        return listed is not None and not any(
            p_lo <= m.start and m.end <= c.start and m not in listed for m in mentions
        )

    def _office_area_before(self, s: _Sentence) -> bool:
        """Whether an office said to cover several regions was named before."""
        first = self.__dict__.get("_office_area_at")
        if first is None:
            first = len(self.text)
            for sentence in self.a.sentences:
                if self._office_area(sentence) is not None:
                    first = sentence.lo
                    break
            self._office_area_at = first
        return first < s.lo
