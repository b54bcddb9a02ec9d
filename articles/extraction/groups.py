"""Groups and parts (issue #13, round 9): the group a whole is named with
applies to the part counted of it ("Dari 55.201 pekerja penerima upah, 33.035
orang telah menjadi peserta aktif"); a list of rates, each after its group
("terdiri dari Pekerja PU 59,94 persen, Pekerja BPU 32,51 persen"), is a rate
per group, not a share by some other breakdown; counts that only split a
whole already stated (by firm size, by crop, by number of programmes) are not
participants of their own. A rule class of the extractor, whose checks
``CountRules``, ``MetricRules`` and ``SegmentRules`` call by name; pure Python."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from decimal import Decimal

from .article import _Cand, _decide, _Sentence
from .count_workforce import vulnerable_subject
from .cues import _WHOLE_TAIL_RE
from .figures import CONSTRUCTION, FORMAL, INFORMAL, PARTICIPANTS, TOTAL, VULNERABLE, WORKFORCE

# the segments that make a split a breakdown by segment (kept), not a sub-breakdown
_MAIN_SEGMENTS = frozenset({FORMAL, INFORMAL, CONSTRUCTION})
# "Dari 55.201 pekerja penerima upah, 33.035 orang telah ...": the words of the
# whole, then a comma and the part (no "baru", "sebanyak" between them)
_WHOLE_THEN_COMMA_RE = re.compile(r"[^\d.;,]{0,60},[ \t]*$")
# the part is said to be registered right after its noun
_PART_REGISTERED_RE = re.compile(
    r"[ \t]+(?:orang|pekerja|tenaga[ \t]+kerja|peserta|jiwa)?[ \t]*(?:di[ \t]+antaranya[ \t]+)?"
    r"(?:telah|sudah|baru|yang[ \t]+(?:telah|sudah|baru))[ \t]+"
    r"(?:menjadi|terdaftar|terlindungi|tercover|ter-cover|dilindungi|mendaftar|ikut|bergabung)",
    re.IGNORECASE,
)
# "N orang dan yang sudah tercover BPJS Ketenagakerjaan (sebanyak) M"
_AND_THOSE_COVERED_RE = re.compile(
    r"[ \t]*(?:orang|pekerja|jiwa|tenaga[ \t]+kerja)?[ \t]*,?[ \t]*(?:dan|sedangkan|sementara"
    r"|namun|tetapi|tapi)[ \t]+(?:jumlah[ \t]+)?yang[ \t]+(?:sudah|telah|baru)[ \t]+"
    r"(?:ter[^\W\d_]+|di[^\W\d_]+|menjadi|ikut|mendaftar)\b[^\d;]{0,60}$",
    re.IGNORECASE,
)
# "Jumlahnya mencapai 8.300 orang", "Artinya melebihi target potensi sebanyak 8.207
# orang": a sentence opening with the number of what the sentence before named
_ITS_NUMBER_OPENS_RE = re.compile(
    r"\W*(?:jumlah(?:nya|[ \t]+mereka)|artinya|totalnya)\b[^\d.;]{0,50}$", re.IGNORECASE
)
_MEANS_RE = re.compile(r"\W*artinya\b", re.IGNORECASE)
# "yang masuk dalam segmen", "kategori", "termasuk"
_CLASSED_IN_RE = re.compile(r"\b(?:segmen|kategori|golongan|termasuk|masuk)\b", re.IGNORECASE)
_NEAR = 150  # characters
# "(masuk dalam / terdaftar di) program ... bagi pekerja"
_FOR_GROUP_RE = re.compile(
    r"\b(?:program|jaminan|perlindungan)\b[^\d.;]{0,80}?\b(?:bagi|untuk)[ \t]+(?:para[ \t]+)?"
    r"(?=(?:pekerja|tenaga[ \t]+kerja|sektor)\b)",
    re.IGNORECASE,
)
# "orang yang bekerja di Kota X sebanyak", "penduduk yang bekerja mencapai"
_PEOPLE_WORKING_TAIL_RE = re.compile(
    r"\b(?:orang|penduduk|warga|masyarakat)[ \t]+yang[ \t]+bekerja\b[^\d.;]{0,60}$",
    re.IGNORECASE,
)
_REGISTERED_WORD_RE = re.compile(
    r"\b(?:terdaftar|peserta|kepesertaan|tercover|terlindungi|dilindungi|didaftarkan)\b",
    re.IGNORECASE,
)
# a share of a whole within half a percent: the parts add up to it
_SUM_TOLERANCE = Decimal("0.005")


class GroupRules:
    # -- a whole, a comma, its registered part ---------------------------------

    def _whole_then_covered(self, k) -> bool:
        """A whole, then its part covered, in shapes the count rules miss."""
        c, nxt = k.c, k.nxt
        if nxt is None or nxt.kind != "count" or c.noun == "other":
            return False
        # "orang yang bekerja ... mencapai 2.982.642 orang dan yang sudah tercover
        # BPJS Ketenagakerjaan 824.714 orang": the workers, then those covered
        if _AND_THOSE_COVERED_RE.match(self.text, c.end, nxt.start):
            return True
        return bool(
            c.noun == "person"
            and _WHOLE_TAIL_RE.search(k.tail[-40:])
            and _WHOLE_THEN_COMMA_RE.match(self.text, c.end, nxt.start)
            and _PART_REGISTERED_RE.match(self.text, nxt.end, k.s.hi)
        )

    def _people_working(self, c: _Cand, p_lo: int):
        """ "orang yang bekerja di Kota X sebanyak 19.042 orang": the people who
        work somewhere are its workforce, whatever the sentence says of BPJS."""
        lo = max(p_lo, c.start - 90)
        if self.a.may_hold(lo, c.start, ("bekerja",)):
            m = _PEOPLE_WORKING_TAIL_RE.search(self.text, lo, c.start)
            if m is not None and not _REGISTERED_WORD_RE.search(self.text, m.end(), c.start):
                return _decide(c, WORKFORCE, "people_working", 0.65)
        return None

    def _group_of_part(self, cands: list[_Cand], i: int, segment: str, s: _Sentence) -> str:
        """The group a figure takes from the words around it beyond its own."""
        cand = cands[i]
        if cand.rule == "share_of_workers":
            return segment  # its denominator said
        if vulnerable_subject(self, cand):
            return VULNERABLE
        prev = cands[i - 1] if i else None
        if (
            segment == TOTAL
            and cand.rule == "part_after_whole"
            and prev is not None
            and getattr(prev, "segment", None) not in (None, TOTAL)
        ):
            # the group named with the whole is its registered part's group too
            return prev.segment
        if segment == INFORMAL and self._vulnerable_in_informal(cand.start, s.lo):
            return VULNERABLE
        if segment == TOTAL and (i == 0 or not self._groups_within(s.lo, cand.start)):
            # "“Artinya yang sudah tercover itu baru sekitar 28 ribuan dari 256 ribuan,”"
            # after a rate of one group: its counts (the whole too) are of that group
            opens = _ITS_NUMBER_OPENS_RE.match(self.text, s.lo, cands[0].start)
            if opens and (i == 0 or _MEANS_RE.match(opens.group())):
                return self._group_before(s, across=_MEANS_RE.match(opens.group())) or segment
        if segment == TOTAL and cand.kind in ("count", "pct"):
            return self._programme_for_group(cand.end, s) or segment
        return segment

    def _programme_for_group(self, pos: int, s: _Sentence) -> str | None:
        """ "50.132 orang ... masuk dalam program jaminan sosial ketenagakerjaan
        bagi pekerja formal": the one group the programme they joined is for."""
        if not self.a.may_hold(pos, s.hi, ("bagi", "untuk")):
            return None
        m = _FOR_GROUP_RE.search(self.text, pos, s.hi)
        if m is None:
            return None
        found = self._groups_within(s.lo, s.hi)
        if len(found) != 1:
            return None
        group = found.pop()
        hits = self.segment_hits
        k = bisect.bisect_left(self.segment_starts, m.end())
        if group in _MAIN_SEGMENTS and k < len(hits) and hits[k][0] <= m.end() + 12:
            return group
        return None

    def _vulnerable_in_informal(self, pos: int, lo: int) -> bool:
        """ "pekerja rentan yang masuk dalam segmen Bukan Penerima Upah (BPU)
        sebesar 101,21 persen": the vulnerable workers, classed among the
        informal ones."""
        seen_vulnerable = False
        near = max(lo, pos - _NEAR)
        hits = self.segment_hits
        k = bisect.bisect_left(self.segment_starts, near)
        while k < len(hits) and hits[k][0] < pos:
            start, _end, group = hits[k]
            k += 1
            if group == VULNERABLE:
                seen_vulnerable = True
            elif group == INFORMAL and seen_vulnerable:
                return bool(_CLASSED_IN_RE.search(self.text, near, start))
        return False

    def _group_before(self, s: _Sentence, across=None) -> str | None:
        """ "Pekerja rentan sektor informal ... kini sudah terlindungi. Jumlahnya
        mencapai 8.300 orang.": the one group the sentence before names (in the
        paragraph before too after "Artinya", which always looks back), not one it
        leaves out ("... angkatan kerja di luar TNI dan PNS. Jumlahnya ada ...")."""
        k = bisect.bisect_left(self.a.sentence_starts, s.lo) - 1
        if k < 0 or (self.a.sentences[k].para != s.para and not across):
            return None
        before = self.a.sentences[k]
        named = self._included(self._segment_hits(before.lo, before.hi), set(), before.lo)
        found = {group for _start, _end, group in named}
        if VULNERABLE in found and found <= {INFORMAL, VULNERABLE}:
            return VULNERABLE
        return found.pop() if len(found) == 1 else None

    def _groups_within(self, lo: int, hi: int) -> set[str]:
        """The groups whose words start between ``lo`` and ``hi``."""
        hits = self.segment_hits
        k = bisect.bisect_left(self.segment_starts, lo)
        found = set()
        while k < len(hits) and hits[k][0] < hi:
            found.add(hits[k][2])
            k += 1
        return found

    # -- a list of rates by group -----------------------------------------------

    def _shares_not_by_group(self, cands: list[_Cand], s: _Sentence) -> bool:
        """Shares of a list that add up to the whole (a composition), or not each
        right after its group's word."""
        rates = [c for c in cands if c.kind == "pct"]
        if sum(c.value for c in rates) <= 101 and len(rates) > 1:
            return True  # shares that add up to the whole: a composition
        return not all(self._group_right_before(c.start, s.lo) for c in rates)

    def _group_right_before(self, pos: int, lo: int) -> bool:
        """A main segment word ends at most a few characters before ``pos``
        ("Pekerja BPU 32,51 persen")."""
        hits = self.segment_hits
        k = bisect.bisect_left(self.segment_starts, max(lo, pos - _NEAR))
        while k < len(hits) and hits[k][0] < pos:
            _start, end, segment = hits[k]
            k += 1
            if pos - 4 <= end <= pos and segment in _MAIN_SEGMENTS:
                return True
        return False

    # -- parts of a whole stated before ------------------------------------------

    def _without_parts(self, figures: list) -> list:
        """The figures of one sentence less the counts that only split a whole
        stated before them. Counts of a trade still split a whole as counts of
        no group would ("2.200 nelayan, ditambah 400 nelayan" after 2.600): in a
        sentence with a count read by its trade, the vulnerable counts are
        checked as if they named no group."""
        read = self.__dict__.get("_trade_sentences")
        if not read or not figures or figures[0].start not in read:
            return self._parts_dropped(figures)
        as_read = {}
        for f in figures:
            key = replace(f, segment=TOTAL) if f.segment == VULNERABLE else f
            as_read[id(key)] = (key, f)
        kept = self._parts_dropped([key for key, _f in as_read.values()])
        return [as_read[id(key)][1] for key in kept]

    def _parts_dropped(self, figures: list) -> list:
        wholes = getattr(self, "_stated_wholes", None)
        if wholes is None:
            wholes = self._stated_wholes = []
        if not figures:
            return figures
        dropped = _parts_of_a_whole(figures, wholes)
        for f in figures:
            if f.metric == PARTICIPANTS:
                bisect.insort(wholes, f.value)  # kept sorted
        if dropped:
            figures = [f for f in figures if id(f) not in dropped]
        return figures


def _parts_of_a_whole(figures, wholes) -> set[int]:
    """The ids of the participant counts of one sentence, two or more with no
    group of their own in one region, that add up to a count stated before
    them (in the sentence or earlier in the article): "24.872 orang yang
    terdiri atas 5.752 pekerja perusahaan besar, 11.852 ...", "7.146 petani
    ... terdiri atas petani tembakau 596 orang, ...". A split by segment (PU,
    BPU, jasa konstruksi) keeps its groups and is not touched."""
    people = [f for f in figures if f.metric == PARTICIPANTS]
    if len(people) < 2:
        return set()
    for j in range(len(people) - 1):
        parts = people[j:]
        if any(f.segment != TOTAL for f in parts):
            continue
        if len({f.region_code for f in parts}) != 1:
            continue
        total = sum(f.value for f in parts)
        if _near_one_of(total, wholes) or any(
            abs(total - f.value) <= f.value * _SUM_TOLERANCE for f in people[:j]
        ):
            return {id(f) for f in parts}
    return set()


def _near_one_of(total, wholes: list) -> bool:
    """Whether one of the sorted ``wholes`` is within the tolerance of ``total``."""
    k = bisect.bisect_left(wholes, total * (1 - _SUM_TOLERANCE))
    return k < len(wholes) and wholes[k] <= total * (1 + _SUM_TOLERANCE)
