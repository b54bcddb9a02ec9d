"""Which metric a number is: coverage, target, participants, workforce,
budget or award rank, from the words around it (or nothing)."""

from __future__ import annotations

from .article import _Cand, _last_match, _Sentence
from .cues import (
    _ACHIEVED_RE,
    _ATTENDANCE_RE,
    _CURRENT_WORD_RE,
    _DARI_TAIL_RE,
    _HOPE_RE,
    _NOT_A_LEVEL_RE,
    _NUMERATOR_RE,
    _PERSON_TAIL_RE,
    _TARGET_AFTER_RE,
    _TARGET_VERB_RE,
    _TARGET_WORD_RE,
    _TOWARD_END_RE,
)
from .figures import AWARD_RANK, BUDGET_IDR, COVERAGE_PCT, PARTICIPANTS, TARGET_PCT, WORKFORCE
from .numbers import _PER_UNIT_RE


class MetricRules:
    def _classify(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, *, has_prior: bool, has_next: bool
    ):
        tail = self.text[max(p_lo, c.start - 160) : c.start]
        if c.kind == "rank":
            return self._classify_rank(c, s, tail)
        if _NOT_A_LEVEL_RE.search(tail[-45:]):  # anchored at the number
            return None
        if self._health_dominates(c, s, p_lo, f_hi):
            return None
        if c.kind == "pct":
            return self._classify_percent(c, s, p_lo, f_hi, tail)
        if c.kind == "count" and c.mult in ("juta", "jt", "ribu", "rb") and c.noun != "person":
            if self._nearest_money_word(c, p_lo, f_hi) == "budget":
                c.kind = "money"
        if c.kind == "money":
            return self._classify_money(c, s, p_lo, f_hi)
        return self._classify_count(c, s, p_lo, f_hi, tail, has_prior=has_prior, has_next=has_next)

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
        return econ.any(max(p_lo, c.start - 60), c.start) or econ.any(c.end, min(f_hi, c.end + 40))

    def _classify_percent(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, tail: str):
        if c.value > 100:
            return None
        if self._econ_near(c, p_lo, f_hi):
            return None
        if not any(self.hits[cat].any(s.topic_lo, s.hi) for cat in ("cov", "part", "emp")):
            return None
        if self._is_target(c, s, tail):
            return TARGET_PCT
        return COVERAGE_PCT

    def _is_target(self, c: _Cand, s: _Sentence, tail: str) -> bool:
        last_target = _last_match(_TARGET_WORD_RE, tail)
        last_current = _last_match(_CURRENT_WORD_RE, tail)
        if last_target is not None and (last_current is None or last_target > last_current):
            return True
        if _TOWARD_END_RE.search(tail):
            prefix = self.text[max(s.lo, c.start - 200) : c.start]
            verbs = list(_TARGET_VERB_RE.finditer(prefix))
            if verbs:
                before_verb = prefix[: verbs[-1].start()]
                if not _ACHIEVED_RE.search(before_verb):
                    return True
        return bool(_TARGET_AFTER_RE.match(self.text, c.end, s.hi))

    def _nearest_money_word(self, c: _Cand, p_lo: int, f_hi: int) -> str | None:
        """Which kind of money word is closest before the amount in its clause
        (else just after it)."""
        lo = p_lo
        nearest = None
        nearest_cat = None
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].last_before(lo, c.start)
            if hit and (nearest is None or hit[1] > nearest[1]):
                nearest, nearest_cat = hit, cat
        if nearest_cat is not None:
            return nearest_cat
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].first_after(c.end, f_hi)
            if hit and (nearest is None or hit[0] < nearest[0]):
                nearest, nearest_cat = hit, cat
        return nearest_cat

    def _classify_money(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int):
        if c.value < 1 or _PER_UNIT_RE.match(self.text, c.end, s.hi):
            return None
        if not self.hits["budget"].any(s.lo, s.hi):
            return None
        nearest_cat = self._nearest_money_word(c, p_lo, f_hi)
        if nearest_cat is None:
            return None
        if nearest_cat == "budget_x":
            return None
        if nearest_cat == "budget_small" and c.value < 100_000_000:
            return None
        return BUDGET_IDR

    def _classify_count(
        self,
        c: _Cand,
        s: _Sentence,
        p_lo: int,
        f_hi: int,
        tail: str,
        *,
        has_prior: bool,
        has_next: bool,
    ):
        if c.noun == "other":
            return None
        if c.value != c.value.to_integral_value() or c.value < 1:
            return None
        if c.noun == "":
            if c.mult is None and (c.value < 100 or 1900 <= c.value <= 2100):
                return None
            near = self.text[max(s.lo, c.start - 60) : c.start]
            if not (
                _PERSON_TAIL_RE.search(near)
                or self.hits["part"].any(max(p_lo, c.start - 60), c.start)
                or self.hits["wf"].any(max(p_lo, c.start - 60), c.start)
            ):
                return None
        if _TARGET_WORD_RE.search(tail) or _HOPE_RE.search(tail[-40:]):
            return None
        if _ATTENDANCE_RE.search(tail[-60:]) or _ATTENDANCE_RE.search(
            self.text, c.end, min(f_hi, c.end + 40)
        ):
            return None
        if has_prior and _DARI_TAIL_RE.search(tail):
            return WORKFORCE
        # "1,32 juta pekerja dari 2,8 juta potensi pekerja": the share, not the whole
        if (
            has_next
            and _NUMERATOR_RE.match(self.text, c.end, f_hi)
            and not self._negated_participation(s)
        ):
            return PARTICIPANTS
        part = self.hits["part"]
        wf = self.hits["wf"]
        d_part = part.distance(p_lo, f_hi, c.start, c.end)
        d_wf = wf.distance(p_lo, f_hi, c.start, c.end)
        if d_part is None and d_wf is None:
            d_part = part.distance(s.topic_lo, s.hi, c.start, c.end)
            d_wf = wf.distance(s.topic_lo, s.hi, c.start, c.end)
            lo, hi = s.topic_lo, s.hi
        else:
            lo, hi = p_lo, f_hi
        if d_part is None and d_wf is None:
            return None
        if d_wf is not None and (d_part is None or d_wf < d_part):
            return WORKFORCE
        hit = part.last_before(lo, c.start)
        if hit is None or (c.start - hit[1]) != d_part:
            hit = part.first_after(c.end, hi)
        if hit is not None and self.hits["neg"].any(max(s.lo, hit[0] - 12), hit[0]):
            return None
        return PARTICIPANTS

    def _negated_participation(self, s: _Sentence) -> bool:
        """ "belum terlindungi", "tidak terdaftar" somewhere in the sentence."""
        neg = self.hits["neg"]
        return any(
            neg.any(max(s.lo, start - 12), start)
            for start, _e in self.hits["part"].within(s.lo, s.hi)
        )

    def _classify_rank(self, c: _Cand, s: _Sentence, tail: str):
        if c.value < 1 or c.value > 100:
            return None
        if _HOPE_RE.search(tail[-80:]):
            return None
        award = self.hits["award"]
        if c.rank_kw == "terbaik":
            if not award.any(s.lo, c.start) and not award.any(c.end, s.hi):
                return None
        elif not (award.any(s.lo, s.hi) or self.hits["cov"].any(s.lo, s.hi)):
            return None
        return AWARD_RANK

    # -- segments ------------------------------------------------------------
