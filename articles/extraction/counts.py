"""Counts of people: participants (the covered) or workforce (the
denominator), from the words around the number and the shape of the sentence
("P persen atau N pekerja", "Dari M pekerja, baru N", "N, dan M di antaranya");
not planned, hoped, grown, restated, uncovered, claimant, population, event or
attendance counts. Each rule names itself (``c.rule``) with its confidence."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .count_bare import _AMONG_AFTER_RE, _COMPARED_TAIL_RE, CountBareRules
from .count_cues import _HAS_TAIL_RE, _WORKERS_NOUN_AFTER_RE, CountCueRules
from .count_others import other_count
from .count_places import CountPlaceRules
from .count_plans import _NOT_REACHED, _PLANNED, _VETO_RULES
from .count_series import CountSeriesRules
from .count_vetoes import _NOT_PEOPLE_COUNTED, _STATUS_WORD_RE, CountVetoes, _Count
from .count_wholes import CountWholeRules, whole_or_part
from .count_workforce import vulnerable_count, workforce_count
from .cues import (
    _ACTIVE_AFTER_RE,
    _COMMA_RESTATES_RE,
    _COUNT_THEN_RATE_RE,
    _DARI_TAIL_RE,
    _EMPLOYERS_WORKERS_RE,
    _NUMERATOR_RE,
    _ONLY_TAIL_RE,
    _OR_RESTATES_RE,
    _PART_FOLLOWS_RE,
    _PLANNED_RE,
    _TARGET_WORD_RE,
    _WHOLE_TAIL_RE,
)
from .figures import COVERAGE_PCT, PARTICIPANTS, VULNERABLE, WORKFORCE
from .lexicon import _PERSON_WORDS
from .numbers import rounded_restatement
from .payers import PayerRules
from .protected import protected_count
from .tokens import _maybe, _WordTest

_PLAN_STEMS = ("akan", "alokasi", "kuota", "rencana")
# the words a match of _PLANNED_RE is (for word_starts)
_PLANNED_START = _WordTest({
    "akan", "alokasi", "alokasikan", "mengalokasikan", "dialokasikan", "kuota", "direncanakan",
    "rencananya", "berencana", "merencanakan", "rencana",
})  # fmt: skip
_FROM_WHOLE_CLAUSE_RE = re.compile(
    r"\W*dari[ \t]+(?:total|jumlah|keseluruhan)\b[^\d.;,]{0,60}$", re.IGNORECASE
)

# members read from a programme for a group, not from words said of the count
_GROUP_RULES = frozenset({"programme_group", "subsidised"})

# a decision step's answer that ends the classification with no metric
_NO = "no"


class CountRules(
    CountVetoes,
    PayerRules,
    CountSeriesRules,
    CountWholeRules,
    CountPlaceRules,
    CountBareRules,
    CountCueRules,
):
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        """The count rules' metric, then: a round restatement taken back, ``count_workforce``,
        ``count_others``, ``protected``, ``count_wholes``, the vulnerable a place has."""
        metric = self._count_metric(cands, i, s, p_lo, f_hi, tail)
        c = cands[i]
        if metric is not None and rounded_restatement(self, c, s):
            c.metric, c.rule = None, "rounded_restatement"
            metric = None
        metric = workforce_count(self, metric, cands, i, s, p_lo, f_hi, tail)
        if metric in (PARTICIPANTS, WORKFORCE):
            metric = other_count(self, metric, cands, i, s, tail)
        if metric is None:
            metric = protected_count(self, cands, i, p_lo, f_hi)
        if metric == PARTICIPANTS and c.rule in _GROUP_RULES and self._group_headcount(c, s):
            # "Menurut data dinas, pekerja rentan di Kabupaten X berkisar N orang":
            # the group a programme is for, counted as the place has it
            metric = _decide(c, WORKFORCE, "group_headcount", 0.5)
        metric = whole_or_part(self, metric, c, s, f_hi, tail)
        return vulnerable_count(self, metric, c, s)

    def _count_metric(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        c = cands[i]
        if c.noun == "other" and self._recipients_counted(c, s):
            c.noun = "person"
        if c.noun == "other" or c.value != c.value.to_integral_value() or c.value < 1:
            return None
        k = _Count(
            c,
            cands[i - 1] if i else None,
            cands[i + 1] if i + 1 < len(cands) else None,
            s,
            p_lo,
            f_hi,
            tail,
            self.a.lower if self.a.lower is not None else self.text.lower(),
        )
        for veto in _NOT_PEOPLE_COUNTED:
            if veto(self, k):
                c.rule = "not_people"
                return None
        k.subsidised = (
            self._subsidised(s, p_lo)
            or self._government_subsidises(s)
            or self._paid_after_restated(k)
            or self._quota_share(k)
        )
        if k.subsidised:
            c.seg_hint = VULNERABLE
        # (a whole, then its part; not two items with places or groups of their own)
        whole = self._whole_of_next(k) or self._whole_then_covered(k)
        k.whole_of_next = bool(whole) and not (
            self._own_place_between(k) or self._own_group_between(k)
        )
        k.reached = self._reached(k)
        if c.noun == "" and not self._bare_count_supported(k):
            return None
        for veto in _NOT_REACHED:
            if veto(self, k):
                c.rule = _VETO_RULES.get(veto, "")
                return None
        for step in _COUNT_DECISIONS:
            metric = step(self, k)
            if metric is not None:
                return None if metric == _NO else metric
        return self._count_by_cues(c, s, p_lo, f_hi)

    def _recipients_counted(self, c: _Cand, s: _Sentence) -> bool:
        """ "Program ... ini diberikan kepada 4.318 penerima manfaat": the recipients
        of a programme are people (the noun reader takes "penerima" for no person);
        not "612 penerima manfaat berasal dari Kecamatan X" (one sub-district's)."""
        return _RECIPIENTS_AFTER_RE.match(self.text, c.end, s.hi) is not None

    def _whole_of_next(self, k: _Count) -> bool:
        c, nxt, tail, text = k.c, k.nxt, k.tail, self.text
        if nxt is None or nxt.kind != "count" or self._heads_next_item(c, nxt):
            return False
        if (
            _WHOLE_TAIL_RE.search(tail[-40:])
            # "Dari total jumlah penduduk di Provinsi Papua sebanyak 240.009 jiwa,
            # jumlah yang terdaftar sebanyak 141.984 jiwa"
            or _FROM_WHOLE_CLAUSE_RE.match(text, k.p_lo, c.start)
        ) and _PART_FOLLOWS_RE.search(text, c.end, nxt.start):
            return True
        # "tenaga kerja PU tercatat sebanyak 349 ribu, dan 343 ribu di antaranya
        # sudah terdaftar", "Pekerja BPU jumlahnya 205 ribu orang, peserta baru
        # 77 ribu": workers counted, then the registered part of them
        if self._workers_counted(k) and bool(
            _AMONG_AFTER_RE.match(text, nxt.end, k.s.hi)
            or (
                _PART_FOLLOWS_RE.search(text, c.end, nxt.start)
                and not self._next_item_so_many(c, nxt)
            )
        ):
            return True
        # "ada sekitar 118 juta pekerja di Indonesia dan yang baru dicover ... 48
        # juta orang": the workers a place has, then those covered among them
        return self._has_workers(k) and bool(_COVERED_PART_AFTER_RE.search(text, c.end, nxt.start))

    def _next_item_so_many(self, c: _Cand, nxt: _Cand) -> bool:
        """ "Pekerja keagamaan sebanyak 377 orang dan Pekerja rentan sebanyak 2.045
        orang": the next item of a list by group, each with its own "sebanyak",
        no part of the first (no word of participation between them)."""
        return _NEXT_ITEM_SO_MANY_RE.fullmatch(self.text, c.end, nxt.start) is not None and (
            not self.hits["part"].any(c.end, nxt.start)
        )

    def _heads_next_item(self, c: _Cand, nxt: _Cand) -> bool:
        """ "Kabupaten Sorong 16.299 pekerja, Kabupaten Maybrat baru 5.000 pekerja":
        the next count is another place's item ("baru" is its "only"), no part"""
        named = self.a.mentions_in(c.end, nxt.start)
        if not named or "," not in self.text[c.end : named[-1].start]:
            return False
        return _ITEM_PLACE_GAP_RE.fullmatch(self.text, named[-1].end, nxt.start) is not None

    def _workers_counted(self, k: _Count) -> bool:
        """ "tenaga kerja informal sebanyak 11 juta": workers counted, with no word
        of participation between the workers and the number ("jumlah pekerja
        informal yang sudah tercover sebanyak 14.814" counts participants)"""
        near = k.tail[-60:]
        m = _WORKERS_COUNTED_TAIL_RE.search(near)
        if m is None:
            return False
        # nor before them in the clause: "peserta dari kelompok BPU atau pekerja
        # informal tercatat sebanyak N" counts the members the group names
        lo = min(k.p_lo, k.c.start - len(near) + m.start())
        return not self.hits["part"].any(lo, k.c.start)

    def _reached(self, k: _Count) -> bool:
        """ "Untuk jasa konstruksi, capaian saat ini 43,7 ribu": the participants
        reached in the group named before"""
        c, s = k.c, k.s
        return bool(
            c.noun in ("", "person")
            and c.mult is not None
            and _REACHED_TAIL_RE.search(self.text, max(s.lo, c.start - 40), c.start)
            and self._segment_hits(s.lo, c.start)
        )

    # -- decisions, in order -----------------------------------------------------

    def _restates_rate(self, k: _Count):
        """ "63,88 persen atau setara 395.239 pekerja": the rate restated as people"""
        c, prev = k.c, k.prev
        if (
            prev is None
            or prev.kind != "pct"
            or not _OR_RESTATES_RE.match(self.text, prev.end, c.start)
        ):
            return None
        if prev.metric == COVERAGE_PCT:
            return _decide(c, PARTICIPANTS, "restates_rate", 0.85)
        if _ACTIVE_AFTER_RE.match(self.text, c.end, k.s.hi):
            # "68,05 persen atau 41,56 juta orang merupakan peserta aktif"
            return _decide(c, PARTICIPANTS, "active_members", 0.7)
        return _NO

    def _whole_before_part(self, k: _Count):
        if k.whole_of_next:
            return _decide(k.c, WORKFORCE, "whole_before_part", 0.75)
        return None

    def _part_after_whole(self, k: _Count):
        """ "Dari total 1,35 juta angkatan kerja di Kaltim, terdapat 962.711 peserta
        aktif": the part after a whole is the registered, unless a workforce
        word follows it"""
        prev, c = k.prev, k.c
        if (
            prev is not None
            and prev.rule == "whole_before_part"
            and not self.hits["wf"].any(c.end, k.f_hi)
        ):
            return _decide(c, PARTICIPANTS, "part_after_whole", 0.7)
        return None

    def _has_workers(self, k: _Count) -> bool:
        """ "Kabupaten Garut memiliki sekitar 1,2 juta pekerja informal": the
        workers a place has"""
        return bool(
            _HAS_TAIL_RE.search(k.tail[-40:])
            and _WORKERS_NOUN_AFTER_RE.match(self.text, k.c.end, k.s.hi)
        )

    def _whole_before_rate(self, k: _Count):
        """ "Dari sekitar 1,6 juta pekerja di Kabupaten Bandung, cakupan ... ialah
        31,32 persen": the whole a rate is taken of, opening the sentence"""
        c, nxt = k.c, k.nxt
        if (
            k.prev is None
            and nxt is not None
            and nxt.kind == "pct"
            and c.noun == "person"
            and "," in self.text[c.end : nxt.start]
            # "lebih dari 81 ribu pekerja rentan, atau sekitar 63 persen": restated
            and not _COMMA_RESTATES_RE.match(self.text, c.end, nxt.start)
            # "jika digabungkan dengan tenaga kerja informal sebanyak 11 juta orang,
            # kepesertaan ... hanya 10,9 persen": workers counted, then the rate
            and (
                _WHOLE_TAIL_RE.search(k.tail[-40:])
                or self._workers_counted(k)
                # "Kabupaten Garut memiliki 1,2 juta pekerja informal, dan baru 4
                # persen yang terdaftar"
                or self._has_workers(k)
            )
        ):
            return _decide(c, WORKFORCE, "whole_before_rate", 0.7)
        return None

    def _workers_of_employers(self, k: _Count):
        m = k.prev and _EMPLOYERS_WORKERS_RE.match(self.text, k.prev.end, k.s.hi)
        ok = m and m.end() == k.c.start  # the workers named before the number or after it
        return _decide(k.c, PARTICIPANTS, "workers_of_employers", 0.7) if ok else None

    def _whole_after_part(self, k: _Count):
        prev = k.prev
        if prev is None or not _DARI_TAIL_RE.search(k.tail):
            return None
        if prev.metric in (PARTICIPANTS, COVERAGE_PCT):
            return _decide(k.c, WORKFORCE, "dari_after_part", 0.8)
        if prev.kind == "pct":
            return _NO  # "meningkat 67,23 persen ..., dari total 503.582": a base
        return None

    def _earlier_level(self, k: _Count):
        """ "mencapai 144.110 orang di 2024 atau meningkat dari 110.300 pekerja pada
        Desember 2023": the level before a change, the same kind of count"""
        prev = k.prev
        if (
            prev is not None
            and prev.kind == "count"
            and prev.metric in (PARTICIPANTS, WORKFORCE)
            and "dari" in k.tail[-60:]
            and _CHANGED_FROM_TAIL_RE.search(k.tail[-60:])
        ):
            return _decide(k.c, prev.metric, "earlier_level", 0.6)
        # "Angka itu meningkat sebesar 23%, jika dibandingkan periode sama tahun lalu
        # yang sejumlah 212.266": the level a change is measured from, in a
        # sentence about participants
        if (
            (prev is None or prev.kind == "pct")
            and _COMPARED_TAIL_RE.search(k.tail[-80:])
            and self.hits["part"].any(k.s.topic_lo, k.s.hi)
            and not self.hits["wf"].any(k.s.lo, k.s.hi)
        ):
            return _decide(k.c, PARTICIPANTS, "earlier_level", 0.55)
        return None

    def _before_rate(self, k: _Count):
        """ "408.974 pekerja atau 23,32 persen": the covered part of the rate"""
        c, nxt, text = k.c, k.nxt, self.text
        if (
            nxt is not None
            and nxt.kind == "pct"
            and _COUNT_THEN_RATE_RE.match(text, c.end, nxt.start)
            and not _TARGET_WORD_RE.search(text, c.end, min(k.s.hi, nxt.end + 30))
        ):
            return _decide(c, PARTICIPANTS, "before_rate", 0.85)
        return None

    def _planned(self, k: _Count):
        near = k.tail[-80:]
        if not _maybe(near.lower(), _PLAN_STEMS):
            return None
        # the matches of _PLANNED_RE in ``near`` (== text[lo : c.start]), tried only
        # at the words that can start one
        lo = k.c.start - len(near)
        if any(
            # "pada 2025 ... mengalokasikan PBI melalui APBD, yaitu ... 5.125 pekerja":
            # premiums allocated are paid for those workers, unless more is said
            not (k.subsidised and m.group().lower().endswith(("alokasi", "alokasikan")))
            and not self._quota_received(m.start() + lo)
            for m in (
                _PLANNED_RE.match(near, pos - lo)
                for pos in self.a.word_starts(_PLANNED_RE, _PLANNED_START, lo, k.c.start)
            )
        ):
            k.c.rule = _PLANNED
            return _NO
        return None

    def _quota_share(self, k: _Count) -> bool:
        """ "Dari jumlah tersebut, Kabupaten X memperoleh kuota sebanyak 6.000 orang":
        a quota a place received is its share of a programme whose premiums someone
        else pays (the count is subsidised, its group vulnerable)."""
        # (an article without the word skips the tail's slice)
        if not self.a.holds(_QUOTA_STEMS):
            return False
        lo = k.c.start - len(k.tail[-80:])
        if "kuota" not in k.low[lo : k.c.start]:
            return False
        return any(
            self._quota_received(pos)
            for pos in self.a.word_starts(_PLANNED_RE, _PLANNED_START, lo, k.c.start)
        )

    def _quota_received(self, at: int) -> bool:
        """Whether the plan word at ``at`` is a quota received ("memperoleh kuota",
        "penerima kuota"): a share given, no plan (not "target kuota", "menambah
        kuota", nor "akan mendapatkan kuota": "akan" is a plan word of its own)."""
        return self.text[at : at + 5].lower() == "kuota" and bool(
            _RECEIVED_BEFORE_RE.search(self.text, max(0, at - 20), at)
        )

    def _only_so_many(self, k: _Count):
        c = k.c
        if (
            self.a.may_hold(max(c.start - len(k.tail), c.start - 40), c.start, ("baru", "hanya"))
            and _ONLY_TAIL_RE.search(k.tail[-40:])
            and self.hits["part"].any(k.s.topic_lo, k.s.hi)
        ):
            return _decide(k.c, PARTICIPANTS, "only_so_many", 0.75)
        return None

    def _part_of_whole(self, k: _Count):
        """ "1,32 juta pekerja dari 2,8 juta potensi pekerja": the share, not the whole"""
        if (
            k.nxt is not None
            and k.nxt.noun != "other"  # not "3.413 tenaga kerja dari 205 perisai"
            and self.a.may_hold(k.c.end, k.f_hi, ("dari",))
            and _NUMERATOR_RE.match(self.text, k.c.end, k.f_hi)
            and not self._negated_participation(k.s)
        ):
            return _decide(k.c, PARTICIPANTS, "part_of_whole", 0.8)
        return None

    def _subsidised_count(self, k: _Count):
        if k.subsidised:
            return _decide(k.c, PARTICIPANTS, "subsidised", 0.7)
        return None

    def _reached_in_group(self, k: _Count):
        if k.reached:
            return _decide(k.c, PARTICIPANTS, "reached_in_group", 0.6)
        return None

    def _whole_before_next(self, k: _Count):
        """ "Kabupaten Bone memiliki sekitar 300.000 pekerja. Dari angka tersebut,
        baru 25 persen ... terdaftar": the workers the next sentence divides"""
        c = k.c
        if (
            k.s.whole_for_next
            and k.nxt is None
            and c.noun == "person"
            and not self._whole_is_registered(k)
            and (
                _WORKERS_NOUN_AFTER_RE.match(self.text, c.end, k.s.hi)
                # "pekerja mandiri, jumlahnya mencapai 205 ribu orang"
                or _ITS_NUMBER_TAIL_RE.search(k.tail[-40:])
            )
        ):
            return _decide(c, WORKFORCE, "whole_before_next", 0.65)
        return None

    def _list_continues(self, k: _Count):
        """ "penerima upah 130.455 orang, dan bukan penerima upah (BPU) 8.694
        pekerja": the next item of a list by group, the same kind of count as
        the item before it"""
        prev, c = k.prev, k.c
        if (
            prev is None
            or prev.kind != "count"
            or prev.metric not in (PARTICIPANTS, WORKFORCE)
            or prev.rule.startswith("whole_")  # "Dari total potensi 34.555 non-ASN, ..."
            or c.start - prev.end > 80
            or self.hits["part"].any(c.end, k.f_hi)
            or self.hits["wf"].any(c.end, k.f_hi)
        ):
            return None
        if self._segment_hits(prev.end, c.start) and self._list_gap(prev, c, _LIST_FILLER_WORDS):
            return _decide(c, prev.metric, "list_continues", 0.65)
        return None

    def _part_of_whole_before(self, k: _Count):
        """ "sekitar 2,1 juta pekerja di Kabupaten X, terdiri dari 1,1 juta pekerja
        formal dan ...": the first part of a whole just counted is the same kind
        of count (the next parts continue the list)"""
        prev, c = k.prev, k.c
        if (
            prev is None
            or prev.kind != "count"
            or prev.metric not in (PARTICIPANTS, WORKFORCE)
            or c.start - prev.end > 80
            or not _CONSISTS_OF_RE.search(self.text, prev.end, c.start)
            or self.hits["part"].any(c.end, k.f_hi)
            or self.hits["wf"].any(c.end, k.f_hi)
        ):
            return None
        return _decide(c, prev.metric, "part_of_whole_before", 0.6)

    def _list_gap(self, prev: _Cand, c: _Cand, fillers: frozenset[str]) -> bool:
        """Whether only group names, words for people and ``fillers`` stand
        between two numbers (the items of one list)."""
        gap, last = [], prev.end
        for lo, hi, _segment in self._segment_hits(prev.end, c.start):
            gap.append(self.text[last:lo])
            last = hi
        gap.append(self.text[last : c.start])
        words = _WORD_RE.findall(" ".join(gap).lower())
        return all(w in fillers or w in _PERSON_WORDS for w in words)

    def _active_before(self, k: _Count):
        """ "tenaga kerja yang termasuk penerima upah (PU) aktif sebanyak 130.455
        orang": the active members (the last status word in the clause)"""
        c = k.c
        if "aktif" not in k.low[k.p_lo : c.start]:
            return None
        if self.hits["part"].any(k.p_lo, c.start) or self.hits["wf"].any(k.p_lo, c.start):
            return None  # the nearest cue word decides
        status = None
        for m in _STATUS_WORD_RE.finditer(self.text, k.p_lo, c.start):
            status = m
        if status is not None and status.group("neg") is None:
            return _decide(c, PARTICIPANTS, "active_before", 0.65)
        return None


# the shape of the sentence decides, first match wins; else the nearest cue word
_COUNT_DECISIONS = (
    CountRules._restates_rate,
    CountRules._whole_before_part,
    CountRules._part_after_whole,
    CountRules._whole_before_rate,
    CountRules._workers_a_place_has,
    CountRules._sum_of_list,
    CountRules._workers_of_employers,
    CountRules._earlier_level,
    CountRules._whole_after_part,
    CountRules._named_whole_after_part,
    CountRules._before_rate,
    CountRules._planned,
    CountRules._only_so_many,
    CountRules._part_of_whole,
    CountRules._subsidised_count,
    CountRules._reached_in_group,
    CountRules._whole_before_next,
    CountRules._active_before,
    CountRules._list_continues,
    CountRules._part_of_whole_before,
)


# a count of workers (not of participants) just before the number
_WORKERS_COUNTED_TAIL_RE = re.compile(
    r"\b(?:pekerja|tenaga[ \t]+kerja)\b(?![^\d]*\b(?:peserta|terdaftar|terlindungi"
    r"|kepesertaan|ikut|mendaftar|aktif)\b)[^\d;]*$",
    re.IGNORECASE,
)
# "Kabupaten Maybrat baru 5.000": between a list item's place and its count
_ITEM_PLACE_GAP_RE = re.compile(r"[ \t]+(?:(?:baru|hanya|sekitar|sebanyak|mencapai)[ \t]+)*")
# "... dan yang baru dicover oleh BPJS Ketenagakerjaan sekitar": those covered follow
_COVERED_PART_AFTER_RE = re.compile(
    r"\b(?:dan|sedangkan|namun)[ \t]+yang[ \t]+(?:baru|sudah|telah)\b[^\d;]{0,60}$", re.IGNORECASE
)
# "..., terdiri dari", "yang terbagi atas": the parts of the count before follow
_CONSISTS_OF_RE = re.compile(
    r"\b(?:terdiri|terbagi)(?:[ \t]+(?:dari|atas|menjadi))?[ \t]+(?:(?:sekitar|sebanyak"
    r"|kurang[ \t]+lebih)[ \t]+)?$",
    re.IGNORECASE,
)
# "4.318 penerima manfaat", "800 penerima": recipients (not "... berasal dari X",
# one area's; not of a wage subsidy or a benefit: "penerima BSU", "penerima
# santunan", "penerima beasiswa")
_RECIPIENTS_AFTER_RE = re.compile(
    r"[ \t]+penerima(?:[ \t]+(?:manfaat|bantuan))?\b(?![ \t]+(?:manfaat|bantuan)\b)"
    r"(?![ \t]+(?:yang[ \t]+)?(?:berasal[ \t]+)?dari\b)"
    r"(?![ \t]+(?:bsu|subsidi|santunan|beasiswa|klaim|jht|jkm|jkk|blt|bansos)\b)",
    re.IGNORECASE,
)
# " orang dan Pekerja rentan sebanyak ": the next item of a list by group, each
# with its own "sebanyak" (no word of a part between: "yang sudah", "baru")
_NEXT_ITEM_SO_MANY_RE = re.compile(
    r"[ \t]+(?:(?:orang|jiwa|pekerja)[ \t]*)?(?:,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|dan[ \t]+"
    r"|serta[ \t]+)(?:(?!(?:yang|baru|hanya|kini|sekarang|terdaftar|tercatat|terdapat|namun"
    r"|tetapi|tapi|sudah|telah|mendaftar)\b)[^\W\d_]+[ \t]+){1,4}sebanyak[ \t]+",
    re.IGNORECASE,
)
_QUOTA_STEMS = ("kuota",)
# "memperoleh kuota", "mendapatkan kuota": a quota received
_RECEIVED_BEFORE_RE = re.compile(
    r"\b(?:memperoleh|mendapat(?:kan)?|menerima|penerima)[ \t]+$", re.IGNORECASE
)
# "capaian saat ini 43,7 ribu", "realisasinya baru 12 ribu"
_REACHED_TAIL_RE = re.compile(
    r"\b(?:capaian|pencapaian|realisasi)(?:nya)?\b[^\d.;]{0,25}$", re.IGNORECASE
)
# "jumlahnya mencapai", "jumlahnya sekitar": the number of the group just named
_ITS_NUMBER_TAIL_RE = re.compile(
    r"\bjumlahnya[ \t]+(?:(?:mencapai|sekitar|sebanyak|ada|tercatat)[ \t]+)*$", re.IGNORECASE
)


# "atau meningkat dari 110.300 pekerja": the level before a change
_CHANGED_FROM_TAIL_RE = re.compile(
    r"\b(?:meningkat|naik|bertambah|tumbuh|turun|menurun|berkurang|melonjak|merosot)"
    r"(?:[ \t]+(?:signifikan|tajam|pesat|drastis))?[ \t]+dari[ \t]+"
    r"(?:(?:sebelumnya|semula|sekitar|sebanyak)[ \t]+)*$",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_]+")
# words that may stand between the items of a list by group
_LIST_FILLER_WORDS = frozenset(
    (
        "dan",
        "serta",
        "sedangkan",
        "sementara",
        "itu",
        "sektor",
        "segmen",
        "kelompok",
        "kategori",
        "sebanyak",
        "sejumlah",
        "mencapai",
        "tercatat",
        "ada",
        "untuk",
        "bagi",
        "yang",
        "lalu",
        "kemudian",
        "adapun",
        "aktif",
        "terdaftar",
    )  # fmt: skip
)
