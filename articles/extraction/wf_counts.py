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
  headcount planned (the count vetoes take "target" for a plan).

A mixin placed after the count precision rules (``PoolprecCounts``) in the
extractor's bases, so their vetoes still read the answer; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
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
_CLAUSE_END_RE = re.compile(r"[,;]")
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
        if metric is None and c.rule in ("", "employed") and self._employed(cands, i, s, tail):
            return _decide(c, WORKFORCE, "employed", 0.6)
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
        # the rate or the part it is the whole of, in its sentence
        return any(d.kind in ("pct", "count") and d is not c for d in cands)
