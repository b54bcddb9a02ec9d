"""Workforce counts the count rules left out or took for members (round "wf"):

- the people of a place who work, said with the verb "bekerja" or as the part
  of its population that works: "dari 90 ribu penduduk, 41 ribu di antaranya
  adalah pekerja", "terdiri atas 500.000 bekerja secara formal dan 300.000
  secara informal", "1,2 juta berada di sektor formal dan 2,1 juta bekerja di
  sektor informal", "dari 250.000 jumlah penduduk Kota X yang telah bekerja",
  "... setara 40% dari jumlah penduduk bekerja yang sebanyak 12 juta",
  "penduduk yang bekerja pada kegiatan informal sebanyak 9 juta orang atau 60
  persen", "terdapat 70 ribuan angkatan kerja" after the population;
- the denominator of a rate called the target: "atau 64% dari total target
  52.000 tenaga kerja", "dari target 300 ribu pekerja yang berhak dilindungi,
  baru 120.000": the workers the coverage is measured against, not a
  headcount planned (the count vetoes take "target" for a plan);
- a count the rate after it is a share of: "Sekitar 80 ribu tenaga kerja di
  X, yang terdaftar ... baru 31 persen", "... sebanyak 4.100 orang. Itu
  berarti yang telah didaftarkan sekitar 90 persen", "..., dan itu baru 12
  persen" (not the members restated, "atau 31 persen", nor a share "dari"
  something else).

A mixin placed after the count precision rules (``PoolprecCounts``) in the
extractor's bases, so their vetoes still read the answer; pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _decide, _Sentence
from .count_vetoes import _NOT_PEOPLE_COUNTED, _NOT_REACHED, CountVetoes, _Count
from .figures import COVERAGE_PCT, PARTICIPANTS, WORKFORCE

_FORMAL = r"(?:in|non[ \t-]?)?formal\b"
# right after the number: "bekerja secara formal", "berada di sektor formal",
# "orang di antaranya adalah pekerja", "jumlah penduduk Kota X yang telah bekerja",
# "angkatan kerja"
_EMPLOYED_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|jiwa)[ \t]+)?(?:"
    r"(?:bekerja|berada)[ \t]+(?:secara|di[ \t]+sektor|pada[ \t]+(?:sektor|kegiatan))[ \t]+"
    + _FORMAL
    + r"|di[ \t]+antaranya[ \t]+(?:adalah|merupakan)[ \t]+(?:pekerja|tenaga[ \t]+kerja"
    r"|angkatan[ \t]+kerja)\b"
    r"|(?:jumlah[ \t]+)?penduduk\b[^\d.;,]{0,60}?\byang[ \t]+(?:telah[ \t]+|sudah[ \t]+)?bekerja\b"
    r"|angkatan[ \t]+kerja\b)",
    re.IGNORECASE,
)
# the next item of such a list: "... dan 300.000 secara informal"
_NEXT_EMPLOYED_RE = re.compile(
    r"[ \t]*(?:(?:orang|jiwa)[ \t]+)?secara[ \t]+" + _FORMAL, re.IGNORECASE
)
# before the number: "penduduk (yang) bekerja ... sebanyak"
_EMPLOYED_TAIL_RE = re.compile(
    r"\bpenduduk[ \t]+(?:yang[ \t]+)?bekerja\b[^\d.;:!?]{0,50}?"
    r"\b(?:sebanyak|sejumlah|mencapai|sekitar|sebesar)[ \t]+$",
    re.IGNORECASE,
)
# "50,23% dari jumlah penduduk bekerja yang sebanyak": the rate's whole follows
_DARI_RE = re.compile(r"[ \t]+dari\b")
# the words a count's own participants would be restated with ("atau 20 persen")
_RESTATES_RE = re.compile(r"\b(?:atau|setara|yakni|yaitu)\b|\(", re.IGNORECASE)
# a share of the count, given after it with no other number between: "yang
# terdaftar ... baru 24 persen", "Itu berarti yang telah didaftarkan sekitar 87
# persen", "dan itu baru 10 persen" (not "... persen dari target": a share of
# something else)
_RATE_OF_IT_RE = re.compile(
    r"(?P<gap>[^\d]{0,160}?(?:\b(?P<said>yang)[ \t]+(?:sudah[ \t]+|telah[ \t]+)?(?:ter|di)daftar\w*"
    r"[^\d]{0,80}?\b(?:baru|hanya|sekitar|mencapai|sebesar)"
    r"|\b(?P<that>itu|ini)[ \t]+(?:berarti[ \t]+)?(?:baru|hanya)(?:[ \t]+sekitar)?))"
    r"[ \t]+\d[\d,.]*[ \t]*(?:persen|%)(?![ \t]+dari\b)",
    re.IGNORECASE,
)
_RATE_OF_IT_STEMS = ("daftar", "itu", "ini")
# and one of the words right before the percent (either form needs one)
_RATE_OF_IT_LEAD_STEMS = ("baru", "hanya", "sekitar", "mencapai", "sebesar")
_RATE_REACH = 260
_CUE_RULES = frozenset({"cue_after", "cue_sentence", "cue_before", "workers_in_bpjs_sentence"})
_POPULATION = CountVetoes._is_population
_CLAUSE_END_RE = re.compile(r"[,;]")
_CLAUSE_BREAK_RE = re.compile(r"[,;.]")
_EMPLOYED_STEMS = ("bekerja", "berada", "antaranya", "angkatan")
# "persen dari total target 52.000 tenaga kerja"
_TARGET_WHOLE_TAIL_RE = re.compile(
    r"\bdari[ \t]+(?:(?:total|jumlah)[ \t]+)?target[ \t]+(?:sebanyak[ \t]+|sekitar[ \t]+)?$",
    re.IGNORECASE,
)
_WORKERS_AFTER_RE = re.compile(
    r"[ \t]*(?:pekerja|tenaga[ \t]+kerja|angkatan[ \t]+kerja)\b", re.IGNORECASE
)


class WfCounts:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        if metric == WORKFORCE:
            return metric
        c = cands[i]
        if metric is None and c.rule == "planned" and self._target_whole(cands, i, s, tail):
            return _decide(c, WORKFORCE, "target_whole", 0.6)
        if (
            metric is None
            and c.rule in ("", "employed")
            and self._employed(cands, i, s, tail)
            and not self._vetoed_otherwise(cands, i, s, p_lo, f_hi, tail)
        ):
            return _decide(c, WORKFORCE, "employed", 0.6)
        if metric == PARTICIPANTS and c.rule in _CUE_RULES and self._rate_of_it(c, s, p_lo):
            return _decide(c, WORKFORCE, "rate_of_it", 0.55)
        if (
            metric == PARTICIPANTS
            and c.rule == "before_rate"
            and _EMPLOYED_TAIL_RE.search(tail[-80:])
        ):
            # "penduduk yang bekerja pada kegiatan informal sebanyak 9 juta orang atau
            # 60 persen": the rate is a share of the population, the count its workers
            return _decide(c, WORKFORCE, "employed", 0.6)
        return metric

    def _segment(
        self, cands: list[_Cand], i: int, s: _Sentence, claimed: set[int], breaks: list[int]
    ) -> str:
        """The group said right after such a count ("bekerja secara informal"), else
        the group of the rate it is the denominator of ("50% dari jumlah
        penduduk bekerja yang sebanyak ...")."""
        c = cands[i]
        if c.rule == "employed":
            m = _EMPLOYED_AFTER_RE.match(self.text, c.end, s.hi) or _NEXT_EMPLOYED_RE.match(
                self.text, c.end, s.hi
            )
            groups = {hit[2] for hit in self._segment_hits(c.end, m.end())} if m else set()
            if len(groups) == 1:
                return groups.pop()
            prev = cands[i - 1] if i else None
            if (
                m is None
                and prev is not None
                and prev.metric == COVERAGE_PCT
                and prev.segment
                and _DARI_RE.match(self.text, prev.end, c.start)
            ):
                return prev.segment
        return super()._segment(cands, i, s, claimed, breaks)

    def _carried_segment(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        if cands[i].rule == "rate_of_it":
            # "..., Sementara Jumlah Cakupannya 9.000, dan itu baru 10 persen": the
            # group the members were counted in before
            metric = PARTICIPANTS
        return super()._carried_segment(cands, i, s, metric)

    def _rate_of_it(self, c: _Cand, s: _Sentence, p_lo: int) -> bool:
        """ "Sekitar 80 ribu tenaga kerja di X, yang terdaftar ... baru 31 persen",
        "Total jumlah non-ASN ... sebanyak 4.100 orang. Itu berarti yang telah
        didaftarkan sekitar 90 persen", "..., dan itu baru 12 persen": the rate
        given next is a share of the count, so the count is the whole."""
        if not (self.a.holds(_RATE_OF_IT_STEMS) and self.a.holds(_RATE_OF_IT_LEAD_STEMS)):
            return False
        if self.hits["part"].any(p_lo, c.start):
            return False
        k = bisect.bisect_right(self.a.sentence_starts, s.hi)
        hi = self.a.sentences[k].hi if k < len(self.a.sentences) else s.hi
        hi = min(hi, c.end + _RATE_REACH)
        if not (
            self.a.may_hold(c.end, hi, _RATE_OF_IT_STEMS)
            and self.a.may_hold(c.end, hi, _RATE_OF_IT_LEAD_STEMS)
        ):
            return False
        m = _RATE_OF_IT_RE.match(self.text, c.end, hi)
        if m is None or _RESTATES_RE.search(m.group("gap")):
            return False
        if m.group("that") is None and not _CLAUSE_BREAK_RE.search(
            self.text, c.end, m.start("said")
        ):
            # "108.724 pekerja yang terdaftar, mencerminkan capaian 44 persen": the
            # clause names the count itself as the registered ones, not its share
            return False
        # ("46.055 lainnya adalah pekerja konstruksi. Jumlah ini baru 53 persen":
        # "ini" of the next sentence may be the sum of a list)
        return m.group("that") is None or m.end() <= s.hi

    def _vetoed_otherwise(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ) -> bool:
        """Whether a veto of the count rules other than "a population" rules the
        count out (a range, a flow, growth, a sex split, the unemployed, ...): the
        people who work are counted beside the population, not as anything else."""
        c = cands[i]
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
        if any(veto(self, k) for veto in _NOT_PEOPLE_COUNTED if veto is not _POPULATION):
            return True
        rule = c.rule
        vetoed = any(veto(self, k) for veto in _NOT_REACHED)
        c.rule = rule
        return vetoed

    def _employed(self, cands: list[_Cand], i: int, s: _Sentence, tail: str) -> bool:
        """The people who work, said right after the number or just before it."""
        c, text = cands[i], self.text
        if c.value != c.value.to_integral_value() or c.value < 1:
            return False
        hi = min(s.hi, c.end + 90)
        if self.a.may_hold(c.end, hi, _EMPLOYED_STEMS) and _EMPLOYED_AFTER_RE.match(
            text, c.end, s.hi
        ):
            return not self._participation_in_clause(c, s)
        prev = cands[i - 1] if i else None
        if (
            prev is not None
            and prev.rule == "employed"
            and self.a.may_hold(c.end, hi, ("secara",))
            and _NEXT_EMPLOYED_RE.match(text, c.end, s.hi)
        ):
            return True
        return bool(
            self.a.may_hold(c.start - len(tail), c.start, ("bekerja",))
            and _EMPLOYED_TAIL_RE.search(tail[-80:])
            and not self._participation_in_clause(c, s)
        )

    def _participation_in_clause(self, c: _Cand, s: _Sentence) -> bool:
        """A word of membership between the number and the clause's end."""
        end = s.hi
        m = _CLAUSE_END_RE.search(self.text, c.end, s.hi)
        if m:
            end = m.start()
        return self.hits["part"].any(c.end, end)

    def _target_whole(self, cands: list[_Cand], i: int, s: _Sentence, tail: str) -> bool:
        """ "atau 64% dari total target 52.000 tenaga kerja": a rate's whole."""
        c = cands[i]
        if c.noun != "person" or not _TARGET_WHOLE_TAIL_RE.search(tail[-40:]):
            return False
        if _WORKERS_AFTER_RE.match(self.text, c.end, s.hi) is None:
            return False
        prev = cands[i - 1] if i else None
        if prev is not None and prev.kind == "count" and prev.end >= s.lo:
            # "penambahan 14.194 orang dari target 11.133 pekerja": a headcount
            # measured against a headcount aimed at, not a rate against its whole
            return False
        # the rate or the part it is the whole of, in its sentence
        return any(d.kind in ("pct", "count") and d is not c for d in cands)
