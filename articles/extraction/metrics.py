"""Which metric a number is: coverage, target, participants, workforce,
budget or award rank, from the words around it (or nothing).

Each rule that decides names itself on the candidate (``c.rule``, used in the
figure's pattern) and says how sure it is (``c.conf``)."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _last_match, _Sentence
from .cues import (
    _ACHIEVED_RE,
    _ALSO_START_RE,
    _ATTENDANCE_RE,
    _ATTENDANCE_TAIL_RE,
    _BACK_REFERENCE_RE,
    _BARE_END_RE,
    _COUNT_THEN_RATE_RE,
    _COVERAGE_NOUN_RE,
    _CURRENT_WORD_RE,
    _DARI_TAIL_RE,
    _EMPLOYERS_WORKERS_RE,
    _EVENT_COUNT_RE,
    _GROWTH_WORD_RE,
    _HOPE_RE,
    _LOWER_BOUND_TAIL_RE,
    _NAME_BEFORE_RE,
    _NOT_A_LEVEL_RE,
    _NUMERATOR_RE,
    _ONLY_TAIL_RE,
    _OR_RESTATES_RE,
    _PART_FOLLOWS_RE,
    _PERSON_TAIL_RE,
    _PLANNED_RE,
    _POPULATION_TAIL_RE,
    _RANGE_TAIL_RE,
    _SAID_RE,
    _SHARE_OF_REGISTERED_RE,
    _SUBSIDISED_RE,
    _TARGET_AFTER_RE,
    _TARGET_VERB_RE,
    _TARGET_WORD_RE,
    _TOWARD_END_RE,
    _UNCOVERED_AFTER_RE,
    _UNCOVERED_TAIL_RE,
    _WHOLE_TAIL_RE,
    _WORKER_NOUN_RE,
)
from .figures import (
    AWARD_RANK,
    BUDGET_IDR,
    COVERAGE_PCT,
    PARTICIPANTS,
    TARGET_PCT,
    VULNERABLE,
    WORKFORCE,
)
from .numbers import _PER_UNIT_RE

_MAX_COVERAGE = 300  # a published rate may pass 100 (estimated denominators), not this


# cheap substring checks before the slower patterns that need them
_LEVEL_STEMS = (
    "naik",
    "ningkat",
    "tumbuh",
    "turun",
    "tambah",
    "kurang",
    "lebih",
    "atas",
    "bawah",
    "belum",
    "lampaui",
    "maksim",
    "banyak",
    "lonjak",
    "anjlok",
    "selisih",
    "defisit",
    "surplus",
    "jauh",
    "<",
    ">",
    "\u2264",
    "\u2265",
)
_NEGATIONS = ("belum", "tidak", "tak ")
_GROWTH_STEMS = ("tumbuh", "naik", "ningkat", "turun", "lonjak")
_ATTENDANCE_STEMS = ("hadir", "diikuti", "undang")
_PLAN_STEMS = ("akan", "alokasi", "kuota", "rencana")
_PREMIUM_STEMS = ("iuran", "premi", "subsidi", "tanggung", "dibayar")


_COUNT_GROWTH_STEMS = ("ambah", "naik", "ningkat", "tumbuh")  # penambahan, bertambah
_EVENT_STEMS = (
    "kecelakaan", "meninggal", "wafat", "korban", "kasus", "latih", "phk", "rumahkan",
    "anggur", "beasiswa", "mudik", "vaksin", "antre",
)  # fmt: skip
_ATTENDANCE_AFTER_STEMS = ("peserta", "hadir", "undang")

_STEM_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _maybe(low: str, stems: tuple[str, ...]) -> bool:
    """Whether ``low`` (lower-cased) contains any of ``stems``: one compiled
    alternation per stem list, cheaper than the pattern it guards."""
    pattern = _STEM_PATTERNS.get(stems)
    if pattern is None:
        pattern = _STEM_PATTERNS[stems] = re.compile("|".join(map(re.escape, stems)))
    return pattern.search(low) is not None


def _decide(c: _Cand, metric: str | None, rule: str, conf: float) -> str | None:
    c.rule, c.conf = rule, conf
    return metric


class MetricRules:
    def _classify(self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int):
        c = cands[i]
        tail = self.text[max(p_lo, c.start - 160) : c.start]
        if c.kind == "rank":
            return self._classify_rank(c, s, tail)
        low = tail.lower()
        bound_ok = c.kind != "pct" and "lebih" in low and _LOWER_BOUND_TAIL_RE.search(tail)
        if (
            not bound_ok
            and _maybe(low[-60:], _LEVEL_STEMS)
            and _NOT_A_LEVEL_RE.search(tail[-60:])  # anchored at the number
        ):
            return None
        if self._health_dominates(c, s, p_lo, f_hi):
            return None
        if c.kind == "pct":
            return self._classify_percent(cands, i, s, p_lo, f_hi, tail)
        if c.kind == "count" and c.mult in ("juta", "jt", "ribu", "rb") and c.noun != "person":
            if self._nearest_money_word(c, p_lo, f_hi, s) == "budget":
                c.kind = "money"
        if c.kind == "money":
            return self._classify_money(c, s, p_lo, f_hi)
        return self._classify_count(cands, i, s, p_lo, f_hi, tail)

    def _health_dominates(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int) -> bool:
        """Health insurance (JKN, UHC) is what the number's clause, else its
        sentence, talks about, rather than employment social security."""
        health, emp = self.hits["health"], self.hits["emp"]
        for lo, hi in ((p_lo, f_hi), (s.lo, s.hi)):
            in_health, in_emp = health.any(lo, hi), emp.any(lo, hi)
            if in_health and not in_emp:
                return True
            if in_emp and not in_health:
                return False
            if in_health and in_emp:
                near_health = health.distance(lo, hi, c.start, c.end)
                near_emp = emp.distance(lo, hi, c.start, c.end)
                return near_health is not None and (near_emp is None or near_health < near_emp)
        return False

    def _econ_near(self, c: _Cand, p_lo: int, f_hi: int) -> bool:
        econ = self.hits["econ"]
        if econ.any(max(p_lo, c.start - 60), c.start) or econ.any(c.end, min(f_hi, c.end + 40)):
            return True
        # "Tingkat kepatuhan perusahaan ... terhadap BPJS Ketenagakerjaan mencapai 85
        # persen": the indicator named first in the clause, no coverage word since
        hit = econ.last_before(p_lo, c.start)
        return hit is not None and not _COVERAGE_NOUN_RE.search(self.text, hit[1], c.start)

    def _uncovered(self, c: _Cand, f_hi: int, tail: str) -> bool:
        """ "55 persen tenaga kerja ... yang belum terlindungi": the rest, not the covered."""
        if _maybe(tail[-60:].lower(), _NEGATIONS) and _UNCOVERED_TAIL_RE.search(tail[-60:]):
            return True
        after = self.text[c.end : min(f_hi, c.end + 120)].lower()
        return _maybe(after, _NEGATIONS) and bool(_UNCOVERED_AFTER_RE.match(self.text, c.end, f_hi))

    # -- percents ------------------------------------------------------------

    def _classify_percent(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        c = cands[i]
        if c.value > _MAX_COVERAGE or self._econ_near(c, p_lo, f_hi):
            return None
        if _RANGE_TAIL_RE.search(self.text, max(s.lo, c.start - 30), c.start):
            return None
        if not self._about_coverage(s.topic_lo, s.hi):
            # "Pemprov menargetkan 67,28 persen pada 2025" right after a coverage sentence
            k = bisect.bisect_right(self.a.sentence_starts, s.topic_lo) - 1
            previous = self.a.sentences[k - 1] if k > 0 else None
            if not (
                _TARGET_WORD_RE.search(tail)
                and (
                    (previous is not None and self._about_coverage(previous.lo, previous.hi))
                    or self._article_about_coverage()
                )
            ):
                return None
        if self._uncovered(c, f_hi, tail):
            return None
        if _SHARE_OF_REGISTERED_RE.match(self.text, c.end, s.hi):
            return None
        if _maybe(tail[-90:].lower(), _GROWTH_STEMS) and _GROWTH_WORD_RE.search(tail[-90:]):
            return None
        if self._list_share(cands, i, s, tail):
            return None
        target = self._target_rule(c, s, p_lo, f_hi, tail)
        if s.borrowed and not target and not self._bare_or_also(c, s, f_hi):
            # "Sekitar 60 persen warga bekerja di sektor pertanian" after a coverage
            # sentence: a share of something else
            return None
        if target:
            if c.value > 100:
                return None
            return _decide(c, TARGET_PCT, target, 0.8 if target != "future_year" else 0.65)
        if (
            i
            and cands[i - 1].metric == PARTICIPANTS
            and _OR_RESTATES_RE.match(self.text, cands[i - 1].end, c.start)
        ):
            return _decide(c, COVERAGE_PCT, "restates_count", 0.85)
        return _decide(c, COVERAGE_PCT, "cue", 0.75 if c.value <= 100 else 0.6)

    def _article_about_coverage(self) -> bool:
        """Coverage words all through the article ("Untuk tahun 2025, Pemprov
        memasang target 35 persen" in a story about BPJS coverage)."""
        cached = getattr(self, "_coverage_story", None)
        if cached is None:
            cached = len(self.hits["cov"].starts) >= 3
            self._coverage_story = cached
        return cached

    def _about_coverage(self, lo: int, hi: int) -> bool:
        return any(self.hits[cat].any(lo, hi) for cat in ("cov", "part", "emp"))

    def _bare_or_also(self, c: _Cand, s: _Sentence, f_hi: int) -> bool:
        """ "Demikian juga di kabupaten/kota lain, seperti di Gorontalo Utara
        sekitar 60 persen.": the same kind of figure as the sentence before."""
        bare = _BARE_END_RE.match(self.text, c.end, f_hi)
        if bare and (bare.end() == f_hi or _SAID_RE.match(self.text, bare.end(), f_hi)):
            return True
        if _ALSO_START_RE.match(self.text, s.lo, s.hi):
            return True
        # "..., sementara Kabupaten Nias Barat baru 4 persen": a region and its rate
        lo = max(s.lo, c.start - 50)
        return any(m.placing for m in self.a.mentions_in(lo, c.start))

    def _list_share(self, cands: list[_Cand], i: int, s: _Sentence, tail: str) -> bool:
        """ "Taiwan 36,55 persen, Malaysia 29,73 persen, ...": shares by some
        other breakdown than regions (a region list is read as regions)."""
        named = 0
        for cand in cands:
            if cand.kind != "pct":
                continue
            before = self.text[max(s.lo, cand.start - 40) : cand.start]
            m = _NAME_BEFORE_RE.search(before)
            if m and not self.a.mentions_in(cand.start - len(before) + m.start(), cand.start):
                named += 1
        if named < 3:
            return False
        m = _NAME_BEFORE_RE.search(tail[-40:])
        return bool(m) and not self.a.mentions_in(cands[i].start - 40, cands[i].start)

    def _target_rule(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, tail: str) -> str:
        """The name of the rule that makes the percent a target, or ""."""
        last_target = _last_match(_TARGET_WORD_RE, tail)
        last_current = _last_match(_CURRENT_WORD_RE, tail)
        if last_target is not None and (last_current is None or last_target > last_current):
            return "target_word"
        if _TOWARD_END_RE.search(tail):
            prefix = self.text[max(s.lo, c.start - 200) : c.start]
            verbs = list(_TARGET_VERB_RE.finditer(prefix))
            if verbs:
                before_verb = prefix[: verbs[-1].start()]
                if not _ACHIEVED_RE.search(before_verb):
                    return "toward"
        if _TARGET_AFTER_RE.match(self.text, c.end, s.hi):
            return "target_after"
        # "Tahun 2027 bisa mencapai 70 persen": a level in a year still to come
        if self._future_year_in_clause(c, p_lo, f_hi):
            return "future_year"
        return ""

    def _future_year_in_clause(self, c: _Cand, p_lo: int, f_hi: int) -> bool:
        event = self.a.event
        if event is None:
            return False
        for d in self._clause_dates(c, p_lo, f_hi):
            if d.date.year > event[0].year:
                return True
        return False

    # -- money ---------------------------------------------------------------

    def _nearest_money_word(
        self, c: _Cand, p_lo: int, f_hi: int, s: _Sentence | None = None
    ) -> str | None:
        """Which kind of money word is closest before the amount in its clause
        (else just after it, else before it in its sentence)."""
        nearest = None
        nearest_cat = None
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].last_before(p_lo, c.start)
            if hit and (nearest is None or hit[1] > nearest[1]):
                nearest, nearest_cat = hit, cat
        if nearest_cat is not None:
            return nearest_cat
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].first_after(c.end, f_hi)
            if hit and (nearest is None or hit[0] < nearest[0]):
                nearest, nearest_cat = hit, cat
        if nearest_cat is not None or s is None:
            return nearest_cat
        # "Anggaran ... Rp 4 miliar, jika dibandingkan ..., di 2025 hanya Rp 3,4 miliar"
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].last_before(s.lo, c.start)
            if hit and (nearest is None or hit[1] > nearest[1]):
                nearest, nearest_cat = hit, cat
        return nearest_cat

    def _classify_money(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int):
        if c.value < 1 or _PER_UNIT_RE.match(self.text, c.end, s.hi):
            return None
        if not self.hits["budget"].any(s.lo, s.hi):
            return None
        nearest_cat = self._nearest_money_word(c, p_lo, f_hi, s)
        if nearest_cat is None or nearest_cat == "budget_x":
            return None
        if nearest_cat == "budget_small" and c.value < 100_000_000:
            return None
        return _decide(c, BUDGET_IDR, "budget_word", 0.75)

    # -- counts of people ----------------------------------------------------

    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        c = cands[i]
        text = self.text
        prev = cands[i - 1] if i else None
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if c.noun == "other":
            return None
        if c.value != c.value.to_integral_value() or c.value < 1:
            return None
        if _BACK_REFERENCE_RE.match(text, c.end, s.hi):
            return None
        # "membayarkan klaim Rp 3,2 triliun kepada 412.000 peserta": claimants;
        # "kecelakaan kerja yang menimpa 1.300 pekerja": an event, not enrolment
        if self.hits["budget_x"].any(max(p_lo, c.start - 80), c.start):
            return None
        around_lo, around_hi = max(p_lo, c.start - 70), min(f_hi, c.end + 30)
        around = self.a.lower[around_lo:around_hi] if self.a.lower is not None else ""
        if (self.a.lower is None or _maybe(around, _EVENT_STEMS)) and _EVENT_COUNT_RE.search(
            text, around_lo, around_hi
        ):
            return None
        if "nduduk" in tail[-40:] or "populasi" in tail[-40:]:
            if _POPULATION_TAIL_RE.search(tail[-40:]):
                return None
        subsidised = self._subsidised(s, p_lo)
        if subsidised:
            c.seg_hint = VULNERABLE
        has_prior = prev is not None
        whole_of_next = (
            nxt is not None
            and nxt.kind == "count"
            and _WHOLE_TAIL_RE.search(tail[-40:])
            and _PART_FOLLOWS_RE.search(text, c.end, nxt.start)
        ) or (
            # "tenaga kerja PU tercatat sebanyak 349 ribu, dan 343 ribu di antaranya
            # sudah terdaftar", "Pekerja BPU jumlahnya 205 ribu orang, peserta baru
            # 77 ribu": workers counted, then the registered part of them
            nxt is not None
            and nxt.kind == "count"
            and _WORKERS_COUNTED_TAIL_RE.search(tail[-60:])
            and (
                _AMONG_AFTER_RE.match(text, nxt.end, s.hi)
                or _PART_FOLLOWS_RE.search(text, c.end, nxt.start)
            )
        )
        # "Untuk jasa konstruksi, capaian saat ini 43,7 ribu": the participants
        # reached in the group named before
        reached = bool(
            c.noun == ""
            and c.mult is not None
            and _REACHED_TAIL_RE.search(text, max(s.lo, c.start - 40), c.start)
            and self._segment_hits(s.lo, c.start)
        )
        if c.noun == "":
            if c.mult is None and (c.value < 100 or 1900 <= c.value <= 2100):
                return None
            near = text[max(s.lo, c.start - 60) : c.start]
            if not (
                _PERSON_TAIL_RE.search(near)
                or self.hits["part"].any(max(p_lo, c.start - 60), c.start)
                or self.hits["wf"].any(max(p_lo, c.start - 60), c.start)
                or (has_prior and _DARI_TAIL_RE.search(tail))
                or (nxt is not None and _NUMERATOR_RE.match(text, c.end, f_hi))
                or whole_of_next
                # "Untuk jasa konstruksi, capaian saat ini 43,7 ribu": the
                # participants reached in the group named before
                or reached
                # "Jumlah peserta ... di wilayah Sumbagut (Sumut dan Aceh) mencapai 1,75
                # juta": the count the sentence opened with
                or (
                    prev is None
                    and c.mult is not None
                    and _COUNT_SUBJECT_RE.search(text, s.lo, c.start)
                )
                # "10 ribu pekerjanya ..., sedangkan 5 ribu ditanggung Pemprov"
                or (
                    prev is not None
                    and prev.metric == PARTICIPANTS
                    and (prev.noun == "person" or c.start - prev.end <= 40)
                )
                # "peserta penerima upah 27,4 juta, bukan penerima upah 9,12 juta, ..."
                or (
                    self._segment_hits(max(p_lo, c.start - 40), c.start)
                    and self.hits["part"].any(s.topic_lo, c.start)
                )
            ):
                return None
        if _TARGET_WORD_RE.search(tail) or _HOPE_RE.search(tail[-40:]):
            return None
        # "4.000 pekerja migran ditargetkan terdaftar", "18 ribu peserta baru untuk
        # tahun depan": a headcount planned, not reached
        if _PLANNED_AFTER_RE.match(text, c.end, s.hi):
            return None
        # "mengalami penambahan 21.025 tenaga kerja", "bertambah 3.000 orang": growth
        if _maybe(tail[-50:].lower(), _COUNT_GROWTH_STEMS) and _GROWTH_BEFORE_RE.search(tail[-50:]):
            return None
        # "Ia berharap tahun ini Pemkab mengalokasikan anggaran untuk mendaftarkan 25.000"
        hope = _last_match(_HOPE_RE, tail[-120:])
        if hope is not None and not _ACHIEVED_RE.search(tail[-120:][hope:]):
            return None
        if (
            _maybe(tail[-60:].lower(), _ATTENDANCE_STEMS) and _ATTENDANCE_TAIL_RE.search(tail[-60:])
        ) or (
            (
                self.a.lower is None
                or _maybe(self.a.lower[c.end : min(f_hi, c.end + 40)], _ATTENDANCE_AFTER_STEMS)
            )
            and _ATTENDANCE_RE.search(text, c.end, min(f_hi, c.end + 40))
        ):
            return None
        if self._uncovered(c, f_hi, tail):
            return None
        # "63,88 persen atau setara 395.239 pekerja": the rate restated as people
        if (
            prev is not None
            and prev.kind == "pct"
            and _OR_RESTATES_RE.match(text, prev.end, c.start)
        ):
            if prev.metric == COVERAGE_PCT:
                return _decide(c, PARTICIPANTS, "restates_rate", 0.85)
            return None
        if whole_of_next:
            return _decide(c, WORKFORCE, "whole_before_part", 0.75)
        if prev is not None and _EMPLOYERS_WORKERS_RE.match(text, prev.end, c.start):
            return _decide(c, PARTICIPANTS, "workers_of_employers", 0.7)
        if has_prior and _DARI_TAIL_RE.search(tail):
            if prev.metric in (PARTICIPANTS, COVERAGE_PCT):
                return _decide(c, WORKFORCE, "dari_after_part", 0.8)
            if prev.kind == "pct":
                return None  # "meningkat 67,23 persen ..., dari total 503.582": a base
        # "408.974 pekerja atau 23,32 persen": the covered part of the rate
        if (
            nxt is not None
            and nxt.kind == "pct"
            and _COUNT_THEN_RATE_RE.match(text, c.end, nxt.start)
            and not _TARGET_WORD_RE.search(text, c.end, min(s.hi, nxt.end + 30))
        ):
            return _decide(c, PARTICIPANTS, "before_rate", 0.85)
        if _maybe(tail[-80:].lower(), _PLAN_STEMS) and _PLANNED_RE.search(tail[-80:]):
            return None
        if _ONLY_TAIL_RE.search(tail[-40:]) and self.hits["part"].any(s.topic_lo, s.hi):
            return _decide(c, PARTICIPANTS, "only_so_many", 0.75)
        if whole_of_next:
            return _decide(c, WORKFORCE, "whole_before_part", 0.75)
        if prev is not None and _EMPLOYERS_WORKERS_RE.match(text, prev.end, c.start):
            return _decide(c, PARTICIPANTS, "workers_of_employers", 0.7)
        # "1,32 juta pekerja dari 2,8 juta potensi pekerja": the share, not the whole
        if nxt is not None and _NUMERATOR_RE.match(text, c.end, f_hi):
            if not self._negated_participation(s):
                return _decide(c, PARTICIPANTS, "part_of_whole", 0.8)
        if subsidised:
            return _decide(c, PARTICIPANTS, "subsidised", 0.7)
        if reached:
            return _decide(c, PARTICIPANTS, "reached_in_group", 0.6)
        return self._count_by_cues(c, s, p_lo, f_hi)

    def _subsidised(self, s: _Sentence, p_lo: int) -> bool:
        lo = max(s.topic_lo, p_lo - 80)
        return _maybe(self.text[lo : s.hi].lower(), _PREMIUM_STEMS) and bool(
            _SUBSIDISED_RE.search(self.text, lo, s.hi)
        )

    def _count_by_cues(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int):
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
            # "hibahkan jaminan BPJS Ketenagakerjaan kepada 46.073 pekerja rentan"
            if self.hits["emp"].any(s.topic_lo, s.hi) and _WORKER_NOUN_RE.match(
                self.text, c.end, s.hi
            ):
                return _decide(c, PARTICIPANTS, "workers_in_bpjs_sentence", 0.4)
            return None
        if d_wf is not None and (d_part is None or d_wf < d_part):
            return _decide(c, WORKFORCE, rule, conf)
        hit = part.last_before(lo, c.start)
        if hit is None or (c.start - hit[1]) != d_part:
            hit = part.first_after(c.end, hi)
        return self._participants_unless_negated(c, s, hit, rule, conf)

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

    # -- placements ----------------------------------------------------------

    def _classify_rank(self, c: _Cand, s: _Sentence, tail: str):
        if c.rank_kw == "next":
            # "diikuti oleh Kabupaten A", "menempati urutan selanjutnya": one place
            # after the standing stated just before, in this paragraph
            last = getattr(self, "_last_rank", None)
            if last is None or last[1] != s.para or c.start - last[2] > 400:
                return None
            c.value = last[0] + 1
            return self._rank_decided(c, s, "next_place", 0.65)
        if c.value < 1 or c.value > 100:
            return None
        if _HOPE_RE.search(tail[-80:]):
            return None
        # "Seluruh pemenang juara 1 akan diikutkan ke tingkat nasional": any winner
        if _ANY_WINNER_TAIL_RE.search(tail[-40:]):
            return None
        if c.rank_kw == "national_top":
            # "peserta terbanyak se-Indonesia": first in the nation
            if not (
                self.hits["cov"].any(s.topic_lo, s.hi) or self.hits["part"].any(s.topic_lo, s.hi)
            ):
                return None
            return self._rank_decided(c, s, "first_in_nation", 0.55)
        metric = self._classify_standing(c, s)
        if metric is not None:
            self._last_rank = (c.value, s.para, c.end)
        return metric

    def _rank_decided(self, c: _Cand, s: _Sentence, rule: str, conf: float):
        self._last_rank = (c.value, s.para, c.end)
        return _decide(c, AWARD_RANK, rule, conf)

    def _classify_standing(self, c: _Cand, s: _Sentence):
        award = self.hits["award"]
        if c.rank_kw == "terbaik":
            if not award.any(s.topic_lo, c.start) and not award.any(c.end, s.hi):
                return None
            return _decide(c, AWARD_RANK, "terbaik", 0.75)
        if c.rank_kw == "tertinggi":
            # "coverage tertinggi di Bali": first among the regions of the scope
            if not self.hits["cov"].any(max(s.lo, c.start - 40), c.start):
                return None
            return _decide(c, AWARD_RANK, "highest_in_scope", 0.55)
        if not (award.any(s.topic_lo, s.hi) or self.hits["cov"].any(s.topic_lo, s.hi)):
            return None
        return _decide(c, AWARD_RANK, "placement", 0.8)


# "seluruh pemenang juara 1", "setiap juara pertama", "bagi para pemenang": any
# winner of an event to come, not a placement
_ANY_WINNER_TAIL_RE = re.compile(
    r"\b(?:seluruh|setiap|semua|para|bagi)[ \t]+(?:para[ \t]+)?(?:pemenang|juara)\b[^.]{0,20}$",
    re.IGNORECASE,
)


# a count of workers (not of participants) just before the number
_WORKERS_COUNTED_TAIL_RE = re.compile(
    r"\b(?:pekerja|tenaga[ \t]+kerja)\b(?![^\d]*\b(?:peserta|terdaftar|terlindungi"
    r"|kepesertaan|ikut|mendaftar)\b)[^\d;]*$",
    re.IGNORECASE,
)
# "343 ribu di antaranya": a part of the number before it
_AMONG_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|peserta|tenaga[ \t]+kerja)[ \t]+)?(?:di[ \t]*antaranya|dari"
    r"[ \t]+jumlah[ \t]+(?:itu|tersebut))\b",
    re.IGNORECASE,
)
# "capaian saat ini 43,7 ribu", "realisasinya baru 12 ribu"
_REACHED_TAIL_RE = re.compile(
    r"\b(?:capaian|pencapaian|realisasi)(?:nya)?\b[^\d.;]{0,25}$", re.IGNORECASE
)
_PLANNED_AFTER_RE = re.compile(
    r"[^.;,\d]{0,50}?\b(?:ditargetkan|ditarget|menjadi[ \t]+target|(?:untuk|pada)[ \t]+tahun"
    r"[ \t]+depan)\b",
    re.IGNORECASE,
)
_GROWTH_BEFORE_RE = re.compile(
    r"\b(?:penambahan|pertambahan|tambahan|bertambah|bertambahnya|kenaikan|peningkatan|naik"
    r"|meningkat|bertumbuh)[ \t]+(?:(?:sebanyak|sebesar|sekitar|sekira|lebih[ \t]+dari"
    r"|kurang[ \t]+lebih)[ \t]+)*$",
    re.IGNORECASE,
)
_COUNT_SUBJECT_RE = re.compile(
    r"\b(?:jumlah|total)[ \t]+(?:peserta|kepesertaan|pekerja|tenaga[ \t]+kerja)\b", re.IGNORECASE
)
