"""Which segment of workers a figure is about (formal/PU, informal/BPU,
construction, migrant, vulnerable, other or the total)."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _clause_start, _Sentence
from .count_workforce import employed_group
from .cues import (
    _CHAIN_GAP_RE,
    _EXCLUDING_RE,
    _FILLER_GAP_RE,
    _JOINED_GAP_RE,
    _RESTATES_RE,
)
from .figures import (
    COVERAGE_PCT,
    FORMAL,
    INFORMAL,
    MIGRANT,
    OTHER,
    PARTICIPANTS,
    TARGET_PCT,
    TOTAL,
    VULNERABLE,
    WORKFORCE,
)
from .percents import denominator_group
from .segment_carried import _ITS_METRICS, CarriedSegmentRules, _merge_segments, group_gone_on_with
from .segment_named import (
    _MEMBERSHIP_GROUPS,
    attach_source_groups,
    counted_by_trade,
    counted_by_village,
    in_a_list_of_groups,
)
from .tokens import _first_ge

# "11.646 tenaga kerja aktif dari total 802 badan usaha", "19.255 tenaga kerja ...
# yang bekerja pada 1.580 perusahaan": workers counted as those of the firms named
# right after them, the wage earners (formal); not "2.825 perusahaan dengan jumlah
# tenaga kerja 63.893", "dari 17.807 perusahaan ..., total tenaga kerja 965.845" (the
# firms counted first, the workers as theirs: labelled the total)
_OF_FIRMS_AFTER_RE = re.compile(
    r"[ \t]+(?:orang[ \t]+)?(?:pekerja|tenaga[ \t]+kerja|karyawan|buruh)[ \t]+(?:aktif[ \t]+)?"
    r"(?:(?:yang[ \t]+)?(?:[^\W\d_]+[ \t]+){0,6}?yang[ \t]+bekerja[ \t]+(?:pada|di)|dari)[ \t]+"
    r"(?:(?:total|sebanyak|sekitar)[ \t]+)?[\d.,]+[ \t]+"
    r"(?:perusahaan|badan[ \t]+usaha|pemberi[ \t]+kerja)\b",
    re.IGNORECASE,
)
# "peserta BPJS Ketenagakerjaan mencapai 612.300 pekerja dari 12.450 perusahaan": the
# region's members said first, the firms only where they come from (the total)
_MEMBERS_WORD_RE = re.compile(r"\b(?:peserta|kepesertaan)\b", re.IGNORECASE)


# "pekerja rentan, di antaranya ...", "pekerja informal seperti ...": examples follow
_EXAMPLES_GAP_RE = re.compile(
    r"[ \t,(]*(?:di[ \t]+antaranya|antara[ \t]+lain|seperti|misalnya|contohnya)\b",
    re.IGNORECASE,
)

# ", atau yang sering disebut pekerja ...", "yang biasa dikenal sebagai": another name
_ALIAS_GAP_RE = re.compile(
    r"[ \t,(]*(?:atau[ \t]+)?(?:yang[ \t]+)?(?:sering|biasa|juga|kerap|lazim)?[ \t]*"
    r"(?:di)?(?:sebut|kenal|namakan)(?:[ \t]+(?:dengan|sebagai))?[ \t]+(?:(?:pekerja|sektor"
    r"|kelompok|tenaga[ \t]+kerja)[ \t]+)?",
    re.IGNORECASE,
)


_CHANGED_TO_RE = re.compile(
    r"[ \t]*(?:turun|naik|meningkat|menurun|bertambah|berkurang)[ \t]+(?:menjadi|ke|jadi)[ \t]+",
    re.IGNORECASE,
)


class SegmentRules(CarriedSegmentRules):
    def _segment_hits(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        hits = self.segment_hits
        i = bisect.bisect_left(self.segment_starts, lo)
        found = []
        while i < len(hits) and hits[i][0] < hi:
            if hits[i][1] <= hi:
                found.append(hits[i])
            i += 1
        return found

    def _attach_segments(self, s: _Sentence, cands: list[_Cand], breaks: list[int]) -> None:
        """A segment word right after a number ("46,44 persen untuk pekerja
        formal", "24.874 Orang Pekerja Formal") belongs to it, as do its
        restatements ("Penerima Upah atau Pekerja Formal")."""
        text = self.text
        for i, cand in enumerate(cands):
            hi = cands[i + 1].start if i + 1 < len(cands) else s.hi
            hi = min(hi, _first_ge(breaks, cand.end, s.hi))
            pos = cand.end
            for start, end, segment in self._segment_hits(cand.end, hi):
                gap = _FILLER_GAP_RE.match(text, pos, start)
                chain = _CHAIN_GAP_RE.match(text, pos, start)
                first = cand.seg_after is None
                if first and gap and gap.end() == start:
                    cand.seg_after = segment
                elif not first and chain and chain.end() == start:
                    pass
                else:
                    break
                cand.claimed.add(start)
                pos = end
        attach_source_groups(self, s, cands, breaks)

    def _segment(
        self, cands: list[_Cand], i: int, s: _Sentence, claimed: set[int], breaks: list[int]
    ) -> str:
        """A figure's segment: a rate of the workers takes the group its
        denominator names, a count of the people who work the one said after
        it; else the words around it (``_segment_named``), everyone's for a count
        followed by a list of groups, the villages' staff for one counted by
        village."""
        cand = cands[i]
        if cand.rule == "share_of_workers":
            return denominator_group(self, cand, s)
        if cand.rule == "employed":
            group = employed_group(self, cands, i, s)
            if group is not None:
                return group
        segment = self._segment_named(cands, i, s, claimed, breaks)
        if segment == TOTAL:
            if counted_by_village(self, cand, s):
                return OTHER
        elif segment in _MEMBERSHIP_GROUPS and in_a_list_of_groups(self, cands, i, s):
            return TOTAL
        return segment

    def _segment_named(
        self, cands: list[_Cand], i: int, s: _Sentence, claimed: set[int], breaks: list[int]
    ) -> str:
        """The segment words attached after the number, else the unclaimed
        ones before it in its clause; "23.446 pegawai non-ASN atau 64,04
        persen" restates the one number before it, so takes its segment."""
        cand = cands[i]
        if cand.seg_after:
            attached = [hit for hit in self._segment_hits(cand.end, s.hi) if hit[0] in cand.claimed]
            found = {seg for _s, _e, seg in attached}
            return self._named_segment(found, cand.metric, attached)
        p_lo = _clause_start(cands, i, s, breaks)
        hits = self._included(self._segment_hits(p_lo, cand.start), claimed, p_lo)
        found = self._nearest_group(hits)
        if not found and i == 1 and _RESTATES_RE.search(self.text, p_lo, cand.start):
            return self._segment(cands, 0, s, claimed, breaks)
        if (
            not found
            and i
            and cands[i - 1].kind == cand.kind == "pct"
            and _CHANGED_TO_RE.fullmatch(self.text, cands[i - 1].end, cand.start)
        ):
            # "segmen PU dari 42,83 persen turun menjadi 41,07 persen": the group of
            # the level it changed from
            return self._segment(cands, i - 1, s, claimed, breaks)
        return self._named_segment(found, cand.metric, hits)

    def _named_segment(
        self, found: set[str], metric: str | None, hits: list[tuple[int, int, str]]
    ) -> str:
        """The segment of a figure's own group words ``found`` (``hits``, in
        order). Workers named both informal and vulnerable, joined as two names
        ("pekerja rentan atau BPU"), are the vulnerable when counted as members,
        but a rate or a potential of them is the informal segment's: "untuk
        kategori pekerja bukan penerima upah dan pekerja rentan, cakupannya
        masih di angka 12%", "ada sekitar 28 ribu pekerja rentan atau pekerja
        bukan penerima upah (BPU)" (no one pays their premiums yet). "Pekerja
        informal rentan" is one group, the vulnerable. (The two names are looked
        for last, only where they could move the segment.)"""
        segment = _merge_segments(found)
        if (
            segment == VULNERABLE
            and INFORMAL in found
            and metric in _RATES_AND_POTENTIALS
            and self._two_names(hits)
        ):
            return INFORMAL
        return segment

    def _two_names(self, hits: list[tuple[int, int, str]]) -> bool:
        """Whether the vulnerable and the informal are named as two names of one
        group, joined by a conjunction ("pekerja rentan atau pekerja sektor
        informal", "bukan penerima upah dan pekerja rentan"), not as one group
        named by both words ("pekerja informal rentan": the vulnerable)."""
        for (_s, end, first), (start, _e, second) in zip(hits, hits[1:], strict=False):
            if {first, second} == {VULNERABLE, INFORMAL} and _JOINED_NAMES_RE.fullmatch(
                self.text, end, start
            ):
                return True
        return False

    def _included(self, found, claimed: set[int], lo: int) -> list[tuple[int, int, str]]:
        """The unclaimed segment words not excluded; an exclusion covers the
        groups joined to the first ("di luar jasa konstruksi (jakon) dan pekerja
        migran Indonesia (PMI)")."""
        kept, last_out = [], None
        for hit in found:
            out = self._excluded(hit[0], lo) or (
                last_out is not None
                and _JOINED_GAP_RE.fullmatch(self.text, last_out[1], hit[0]) is not None
            )
            last_out = hit if out else None
            if not out and hit[0] not in claimed:
                kept.append(hit)
        return kept

    def _excluded(self, start: int, lo: int) -> bool:
        """ "di luar Aparatur Sipil Negara (ASN), TNI, dan Polri": not this segment."""
        return bool(_EXCLUDING_RE.search(self.text, max(lo, start - 50), start))

    def _nearest_group(self, hits: list[tuple[int, int, str]]) -> set[str]:
        """The segment words nearest before the number, with those joined to
        them ("formal maupun informal", "informal rentan"), not a contrast
        named earlier ("Berbeda dengan sektor formal, pekerja nonformal ...")."""
        if not hits:
            return set()
        for k in range(1, len(hits)):
            if hits[k - 1][2] != OTHER and _EXAMPLES_GAP_RE.match(
                self.text, hits[k - 1][1], hits[k][0]
            ):
                # "pekerja rentan, di antaranya marbot masjid dan guru mengaji": the
                # examples belong to the group named before them
                hits = hits[:k]
                break
        while len(hits) > 1 and _ALIAS_GAP_RE.fullmatch(self.text, hits[-2][1], hits[-1][0]):
            # "pekerja informal, atau yang sering disebut pekerja rentan": the group
            # as first named, the rest is another name for it
            hits = hits[:-1]
        group = {hits[-1][2]}
        for k in range(len(hits) - 1, 0, -1):
            gap = self.text[hits[k - 1][1] : hits[k][0]]
            if not _JOINED_GAP_RE.fullmatch(gap):
                break
            group.add(hits[k - 1][2])
        return group

    # -- groups carried from the article or from elsewhere (segment_carried) -

    def _dominant_segment(self) -> str | None:
        """Migrant workers, when an article is about them and hardly any other
        segment (a national PMI report): its bare counts are of them too."""
        counts: dict[str, int] = {}
        for _s, _e, segment in self.segment_hits:
            counts[segment] = counts.get(segment, 0) + 1
        migrant = counts.get(MIGRANT, 0)
        others = sum(n for seg, n in counts.items() if seg != MIGRANT)
        return MIGRANT if migrant >= 4 and migrant >= 4 * others else None

    def _carried_segment(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        """A segment carried from elsewhere (``_carried_from``), or from the
        sentence the figure goes on about; none for a rate of the workers or a
        count followed by a list of groups; the vulnerable for participants
        counted by a trade given protection."""
        cand = cands[i]
        if cand.rule == "share_of_workers":
            return None  # its denominator said
        # "..., Sementara Jumlah Cakupannya 9.000, dan itu baru 10 persen": the
        # group the members were counted in before
        carried = PARTICIPANTS if cand.rule == "rate_of_it" else metric
        if (
            cand.kind == "count"
            and _OF_FIRMS_AFTER_RE.match(self.text, cand.end, s.hi)
            and not _MEMBERS_WORD_RE.search(self.text, s.lo, cand.start)
        ):
            return FORMAL  # the workers of the firms named right after them
        if in_a_list_of_groups(self, cands, i, s):
            found = None  # the list's total takes no group from elsewhere
        else:
            found = self._carried_from(cands, i, s, carried)
            if not found and not i and carried in _ITS_METRICS:
                found = group_gone_on_with(self, cand, s)
        if found is None and metric == PARTICIPANTS and counted_by_trade(self, cand, s):
            self.__dict__.setdefault("_trade_sentences", set()).add(s.lo)
            return VULNERABLE
        return found


_RATES_AND_POTENTIALS = (COVERAGE_PCT, TARGET_PCT, WORKFORCE)


# what joins two names of one group: "pekerja rentan atau pekerja sektor informal"
_JOINED_NAMES_RE = re.compile(
    r"[ \t]*(?:atau|dan|maupun|serta)[ \t]+(?:(?:pekerja|tenaga[ \t]+kerja)[ \t]+)?"
    r"(?:(?:sektor|kategori)[ \t]+)?",
    re.IGNORECASE,
)
