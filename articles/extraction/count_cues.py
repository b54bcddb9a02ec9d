"""When the shape of the sentence has not decided: the nearest cue word of
participation or workforce (before the number in its clause, else after it,
else in the sentence), unless negated ("belum terdaftar"); the workers a place
has, workers in a sentence about BPJS. A mixin of ``CountRules``."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .cues import _WORKER_NOUN_RE
from .figures import PARTICIPANTS, WORKFORCE

_WORKERS_NOUN_AFTER_RE = re.compile(
    r"[ \t]*(?:orang[ \t]+)?(?:pekerja|tenaga[ \t]+kerja|angkatan[ \t]+kerja|buruh|karyawan)\b",
    re.IGNORECASE,
)
# "memiliki sekitar", "terdapat", "mempunyai": what a place has
_HAS_TAIL_RE = re.compile(
    r"\b(?:memiliki|mempunyai|terdapat|ada)[ \t]+(?:(?:sekitar|sekira|hampir|lebih[ \t]+dari"
    r"|kurang[ \t]+lebih)[ \t]+)?$",
    re.IGNORECASE,
)

# the people a place has, named as a group: "pekerja di Kota X mencapai",
# "jumlah aparat desa 1.760 orang", "ada 110.000 pekerja informal di Kabupaten X"
_GROUP_NOUN = (
    r"(?:pekerja|tenaga[ \t]+kerja|buruh|karyawan|pegawai|warga|penduduk|aparat|petani"
    r"|nelayan|penderes)"
)
_PLACE_AFTER = r"\bdi[ \t]+(?:kota|kabupaten|kab\.)"
_HEADCOUNT_BEFORE_RE = re.compile(
    rf"\b{_GROUP_NOUN}\b[^.\d]{{0,40}}{_PLACE_AFTER}[^.\d]*$"
    rf"|\bjumlah[ \t]+(?:para[ \t]+)?{_GROUP_NOUN}\b[^.\d]*$",
    re.IGNORECASE,
)
_HEADCOUNT_AFTER_RE = re.compile(
    rf"[ \t]*(?:orang[ \t]+)?{_GROUP_NOUN}\b[^.\d,]{{0,30}}{_PLACE_AFTER}", re.IGNORECASE
)
# what was done or is to be done to the people, or the agency's segment of
# members ("Pekerja Bukan Penerima Upah", "BPU"): then not a mere headcount
_DONE_TO_THEM_RE = re.compile(
    r"daftar|lindung|cover|jamin|peserta|ikut|\bakan\b|target|sasar|rencana"
    r"|penerima[ \t]+upah|\bB?PU\b",
    re.IGNORECASE,
)


class CountCueRules:
    def _count_by_cues(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int):
        """Not a count per unit, inactive or of benefits (``items``); the people who
        work somewhere (``groups``); the cue word's; those protected (``protected``)."""
        if self._not_members_by_cues(c, s):
            return None
        metric = self._people_working(c, p_lo)
        if metric is not None:
            return metric
        metric = self._cue_metric(c, s, p_lo, f_hi)
        if metric is None and c.noun == "person":
            return self._protected_by_cues(c, s, p_lo)
        return metric

    def _cue_metric(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int):
        """Participants or workforce from the nearest cue word: before the
        number in its clause first, else after it, else in the sentence."""
        part, wf = self.hits["part"], self.hits["wf"]
        hit_part = part.last_before(p_lo, c.start)
        hit_wf = wf.last_before(p_lo, c.start)
        if hit_part or hit_wf:
            if hit_wf and (hit_part is None or hit_wf[1] > hit_part[1]):
                return _decide(c, WORKFORCE, "cue_before", 0.75)
            return self._participants_unless_negated(c, s, hit_part, "cue_before", 0.75)
        d_part = part.distance(p_lo, f_hi, c.start, c.end)
        d_wf = wf.distance(p_lo, f_hi, c.start, c.end)
        lo, hi, rule, conf = p_lo, f_hi, "cue_after", 0.7
        if d_part is None and d_wf is None:
            d_part = part.distance(s.topic_lo, s.hi, c.start, c.end)
            d_wf = wf.distance(s.topic_lo, s.hi, c.start, c.end)
            lo, hi, rule, conf = s.topic_lo, s.hi, "cue_sentence", 0.55
        if d_part is None and d_wf is None:
            # "berdasarkan data BPJS Ketenagakerjaan, terdapat sekitar 2 juta pekerja
            # di Kabupaten X": the workers a place has, no word of participation
            if _HAS_TAIL_RE.search(self.text, max(p_lo, c.start - 40), c.start) and (
                _WORKERS_NOUN_AFTER_RE.match(self.text, c.end, s.hi)
            ):
                return _decide(c, WORKFORCE, "workers_a_place_has", 0.55)
            # "hibahkan jaminan BPJS Ketenagakerjaan kepada 46.073 pekerja rentan"
            if self.hits["emp"].any(s.topic_lo, s.hi) and _WORKER_NOUN_RE.match(
                self.text, c.end, s.hi
            ):
                return _decide(c, PARTICIPANTS, "workers_in_bpjs_sentence", 0.4)
            return None
        if d_wf is not None and (d_part is None or d_wf < d_part):
            return _decide(c, WORKFORCE, rule, conf)
        if rule == "cue_sentence" and self._group_headcount(c, s):
            return _decide(c, WORKFORCE, "group_headcount", 0.5)
        hit = part.last_before(lo, c.start)
        if hit is None or (c.start - hit[1]) != d_part:
            hit = part.first_after(c.end, hi)
        return self._participants_unless_negated(c, s, hit, rule, conf)

    def _group_headcount(self, c: _Cand, s: _Sentence) -> bool:
        """A participation cue only borrowed from the sentences before, and a
        sentence that counts a group of people a place has ("jumlah <group>",
        "<group> di Kabupaten X ... N", "N <group> di Kota X"), with nothing said
        done or planned to them: the workers there are, not members."""
        if self.hits["part"].any(s.lo, s.hi) or _DONE_TO_THEM_RE.search(self.text, s.lo, s.hi):
            return False
        return bool(
            _HEADCOUNT_BEFORE_RE.search(self.text, max(s.lo, c.start - 120), c.start)
            or _HEADCOUNT_AFTER_RE.match(self.text, c.end, s.hi)
        )

    def _participants_unless_negated(self, c, s, hit, rule, conf):
        if hit is not None and self.hits["neg"].any(max(s.lo, hit[0] - 12), hit[0]):
            return None
        return _decide(c, PARTICIPANTS, rule, conf)

    def _negated_participation(self, s: _Sentence) -> bool:
        """ "belum terlindungi", "tidak terdaftar" somewhere in the sentence."""
        neg = self.hits["neg"]
        return any(
            neg.any(max(s.lo, start - 12), start)
            for start, _e in self.hits["part"].within(s.lo, s.hi)
        )
