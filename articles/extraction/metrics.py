"""Which metric a number is: coverage, target, participants, workforce,
budget or award rank, from the words around it (or nothing).

Each rule that decides names itself on the candidate (``c.rule``, used in the
figure's pattern) and says how sure it is (``c.conf``)."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _decide, _Sentence
from .count_plans import _UNCOVERED, _is_target_word
from .counts import CountRules
from .cues import (
    _ACHIEVED_RE,
    _ALSO_START_RE,
    _BARE_END_RE,
    _BOUND_STEMS,
    _BOUND_TAIL_RE,
    _CHANGE_STEMS,
    _CHANGE_TAIL_RE,
    _COUNT_THEN_RATE_RE,
    _COVERAGE_NOUN_RE,
    _CURRENT_WORD_RE,
    _LOWER_BOUND_TAIL_RE,
    _NAME_BEFORE_RE,
    _NOT_A_LEVEL_RE,
    _OR_RESTATES_RE,
    _RANGE_TAIL_RE,
    _REST_COUNTED_NEXT_RE,
    _SAID_RE,
    _TARGET_AFTER_RE,
    _TARGET_VERB_RE,
    _TARGET_WORD_RE,
    _TOWARD_END_RE,
    _UNCOVERED_AFTER_RE,
    _UNCOVERED_TAIL_RE,
)
from .figure_kinds import count_kind, percent_kind
from .figures import (
    AWARD_RANK,
    COVERAGE_PCT,
    PARTICIPANTS,
    TARGET_PCT,
)
from .hoped import hoped_level
from .numbers import rounded_restatement
from .pct_vetoes import _NOT_A_COVERAGE_RATE, PercentVetoes
from .percents import (
    aimed_at,
    is_change,
    level_now,
    next_target_item,
    set_level,
    share_of_members,
    share_of_workers,
)
from .standings import StandingRules, names_no_single_place
from .tokens import _maybe, _WordTest

# a published rate may pass 100 (estimated denominators: "201,66 persen" for
# construction, "1.233 persen" for a district of commuters), not this
_MAX_COVERAGE = 1500


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
# "Program Bantuan Iuran (PBI) Jaminan Sosial Ketenagakerjaan": the health word PBI
# named as employment social security's own premium help
_EMPLOYMENT_AFTER_RE = re.compile(
    r"[ \t]*\)?[ \t]*(?:program[ \t]+)?(?:jaminan[ \t]+sosial[ \t]+ketenagakerjaan"
    r"|bpjs[ \t]+ketenagakerjaan|bpjs[ \t]*tk|bpjamsostek|jamsostek)\b",
    re.IGNORECASE,
)


class MetricRules(StandingRules, CountRules, PercentVetoes):
    def _classify(self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int):
        c = cands[i]
        t_lo = max(p_lo, c.start - 160)
        tail = self.text[t_lo : c.start]
        if c.kind == "rank":
            metric = self._classify_rank(c, s, tail)
            if metric == AWARD_RANK and names_no_single_place(self.text, c, s, tail):
                c.rule = "no_single_place"
                return None
            return metric
        # (the article's lower-cased text sliced, not the tail lower-cased again;
        # only words and signs are looked for in it)
        low = self.a.lower[t_lo : c.start] if self.a.lower is not None else tail.lower()
        bound_ok = "lebih" in low and _LOWER_BOUND_TAIL_RE.search(tail)
        if (
            not bound_ok
            and _maybe(low[-60:], _LEVEL_STEMS)
            and self._not_a_level(tail[-60:], low[-60:], c.start)  # anchored at the number
        ):
            return None
        if self._health_dominates(c, s, p_lo, f_hi):
            return None
        if c.kind == "pct":
            metric = self._classify_percent(cands, i, s, p_lo, f_hi, tail)
            return percent_kind(self, metric, cands, i, s)
        if (
            c.kind == "count"
            and c.mult in ("juta", "jt", "ribu", "rb")
            and c.noun != "person"
            and self._nearest_money_word(c, p_lo, f_hi, s) == "budget"
        ):
            c.kind = "money"
        if c.kind == "money":
            return self._classify_money(c, s, p_lo, f_hi)
        metric = self._classify_count(cands, i, s, p_lo, f_hi, tail)
        return count_kind(self, metric, cands, i, s)

    def _not_a_level(self, tail: str, low: str, hi: int | None = None) -> bool:
        """_NOT_A_LEVEL_RE, each half tried only where ``low`` (``tail``
        lower-cased) holds its words; with ``hi`` (``tail`` ends there in the
        text), only at the words that can start it (a bound also at a sign)."""
        if not self.a.words_exact:
            return bool(_NOT_A_LEVEL_RE.search(tail))
        if hi is not None:
            lo = hi - len(tail)
            return bool(
                (
                    _maybe(low, _BOUND_STEMS)
                    and (
                        self.a.word_starts(_BOUND_TAIL_RE, _BOUND_START, lo, hi)
                        or (_maybe(low, _BOUND_SIGNS) and _BOUND_TAIL_RE.search(tail))
                    )
                )
                or (
                    _maybe(low, _CHANGE_STEMS)
                    and self.a.word_starts(_CHANGE_TAIL_RE, _CHANGE_START, lo, hi)
                )
            )
        return bool(
            (_maybe(low, _BOUND_STEMS) and _BOUND_TAIL_RE.search(tail))
            or (_maybe(low, _CHANGE_STEMS) and _CHANGE_TAIL_RE.search(tail))
        )

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
                if self._only_employment_pbi(health.within(lo, hi)):
                    return False
                near_health = health.distance(lo, hi, c.start, c.end)
                near_emp = emp.distance(lo, hi, c.start, c.end)
                return near_health is not None and (near_emp is None or near_health < near_emp)
        return False

    def _only_employment_pbi(self, spans: list[tuple[int, int]]) -> bool:
        """Whether every health word of the clause is "PBI" named as employment
        social security's: "melalui Program Bantuan Iuran (PBI) Jaminan Sosial
        Ketenagakerjaan", "PBI BPJS Ketenagakerjaan"."""
        return bool(spans) and all(
            self.text[lo:hi].lower() == "pbi" and _EMPLOYMENT_AFTER_RE.match(self.text, hi)
            for lo, hi in spans
        )

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
        if not self.a.holds(_NEGATIONS):
            return False  # (no negation in the text: neither window lower-cased)
        if _maybe(tail[-60:].lower(), _NEGATIONS) and _UNCOVERED_TAIL_RE.search(tail[-60:]):
            return True
        after = self.text[c.end : min(f_hi, c.end + 120)].lower()
        if not _maybe(after, _NEGATIONS):
            return False
        if _REST_COUNTED_NEXT_RE.fullmatch(self.text, c.end, f_hi):
            return False  # "29.040 orang dan jumlah yang belum terlindungi sebanyak 41.386"
        return bool(_UNCOVERED_AFTER_RE.match(self.text, c.end, f_hi))

    # -- percents ------------------------------------------------------------

    def _classify_percent(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        """A percent's metric: not a change, a round restatement or a share of
        the members; a rate of the workers the cue rules found no metric for."""
        c = cands[i]
        if is_change(self, cands, i, s, tail):
            c.rule = "change_not_level"
            metric = None
        else:
            metric = self._percent_by_cues(cands, i, s, p_lo, f_hi, tail)
            if metric is not None:
                if rounded_restatement(self, c, s):
                    c.rule = "rounded_restatement"
                    metric = None
                elif share_of_members(self.text, c, s, tail):
                    c.rule = "share_of_members"
                    metric = None
        if metric is None:
            return share_of_workers(self, cands, i, s, p_lo, f_hi, tail)
        return metric

    def _percent_by_cues(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        c = cands[i]
        if c.value > _MAX_COVERAGE or self._econ_near(c, p_lo, f_hi):
            return None
        if _RANGE_TAIL_RE.search(self.text, max(s.lo, c.start - 30), c.start):
            return None
        if _RANGE_HEAD_AFTER_RE.match(self.text, c.end, s.hi) and not _FROM_END_RE.search(
            tail[-20:]
        ):
            return None  # "berkisar 20 persen sampai 30 persen": a range (not "dari 20 ...")
        prev = cands[i - 1] if i else None
        # "yang belum menjadi peserta sekitar 40 ribu orang atau 76 persen": the
        # share of the uncovered
        if (
            prev is not None
            and prev.rule == _UNCOVERED
            and _COUNT_THEN_RATE_RE.match(self.text, prev.end, c.start)
        ):
            return None
        restates_count = bool(
            prev is not None
            and prev.metric == PARTICIPANTS
            and _OR_RESTATES_RE.match(self.text, prev.end, c.start)
        )
        if not restates_count and not self._coverage_or_target_topic(s, tail):
            return None
        if any(veto(self, c, s, p_lo, f_hi, tail) for veto in _NOT_A_COVERAGE_RATE):
            return None
        if self._list_share(cands, i, s, tail):
            return None
        target = self._target_rule(c, s, p_lo, f_hi, tail) or self._target_of_count(
            cands, i, s, tail
        )
        if not target and next_target_item(self.text, cands, i):
            target = "next_target_item"
        if (
            s.borrowed
            and not target
            and not self._bare_or_also(c, s, f_hi)
            and not self._level_before_change(cands, i, tail)
        ):
            # "Sekitar 60 persen warga bekerja di sektor pertanian" after a coverage
            # sentence: a share of something else
            return None
        if target:
            if c.value > 100:
                return None
            return _decide(c, TARGET_PCT, target, 0.8 if target != "future_year" else 0.65)
        if restates_count:
            return _decide(c, COVERAGE_PCT, "restates_count", 0.85)
        conf = 0.75 if c.value <= 100 else 0.6 if c.value <= 300 else 0.5
        return _decide(c, COVERAGE_PCT, "cue", conf)

    def _coverage_or_target_topic(self, s: _Sentence, tail: str) -> bool:
        """The sentence is about coverage, or names a target right after a
        sentence (or in an article) about coverage ("Pemprov menargetkan 67,28
        persen pada 2025")."""
        if self._about_coverage(s.topic_lo, s.hi):
            return True
        if not _TARGET_WORD_RE.search(tail):
            return False
        k = bisect.bisect_right(self.a.sentence_starts, s.topic_lo) - 1
        previous = self.a.sentences[k - 1] if k > 0 else None
        return (
            previous is not None and self._about_coverage(previous.lo, previous.hi)
        ) or self._article_about_coverage()

    # -- targets ----------------------------------------------------------------

    def _target_of_count(self, cands: list[_Cand], i: int, s: _Sentence, tail: str) -> str:
        """ "Target universal coverage ... di tetapkan 29,47 persen"; "Target tahun
        ini adalah mencapai 1,76 juta peserta, atau setara 62,93 persen": the rate
        of a target headcount is the target"""
        c = cands[i]
        near = tail[-40:]
        if _maybe(near.lower(), ("tetapkan", "dipatok", "dipasang")) and _SET_AT_TAIL_RE.search(
            near
        ):
            return "set_at"
        prev = cands[i - 1] if i else None
        if (
            prev is not None
            and prev.kind == "count"
            and prev.metric is None
            and _COUNT_OR_RATE_RE.match(self.text, prev.end, c.start)
            and _TARGET_WORD_RE.search(self.text, max(s.lo, prev.start - 120), prev.start)
        ):
            return "restates_target_count"
        return ""

    def _level_before_change(self, cands: list[_Cand], i: int, tail: str) -> bool:
        """ "untuk segmen PU dari 42,83 persen turun menjadi 41,07 persen": the
        level before the change, of the same kind as the level after it"""
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        return (
            nxt is not None
            and nxt.kind == "pct"
            and bool(_FROM_END_RE.search(tail[-20:]))
            and bool(_CHANGED_TO_RE.fullmatch(self.text, cands[i].end, nxt.start))
        )

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
        # "..., sementara Kabupaten Nias Barat baru 4 persen", "Kota A merupakan yang
        # tertinggi melindungi pekerja itu mencapai 90 persen": a region and its rate
        lo = max(s.lo, c.start - 100)
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
        if not m or self.a.mentions_in(cands[i].start - 40, cands[i].start):
            return False
        return self._shares_not_by_group(cands, s)

    def _target_rule(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, tail: str) -> str:
        """The name of the rule that makes the percent a target, or "": not the
        level now beside a target, but a level aimed at."""
        rule = self._target_said(c, s, p_lo, f_hi, tail)
        if rule and (level_now(self.text, c, s, tail) or self._reached_in_year_now(tail)):
            rule = ""
        if rule == "target_word" and _TARGET_REACHED_TAIL_RE.search(tail[-40:]):
            rule = ""  # "telah mencapai target 36 persen": the level reached
        if rule:
            return rule
        if set_level(tail):
            return "set_level"
        return "aimed_at" if aimed_at(tail) else ""

    def _target_said(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, tail: str) -> str:
        # the matches in ``tail`` (== text[t_lo : c.start]), tried only at the words
        # that can start them
        t_lo = c.start - len(tail)
        targets = self.a.word_starts(_TARGET_WORD_RE, _is_target_word, t_lo, c.start)
        currents = self.a.word_starts(_CURRENT_WORD_RE, _CURRENT_WORD_TEST, t_lo, c.start)
        last_target = targets[-1] if targets else None
        last_current = currents[-1] if currents else None
        if last_target is not None and (last_current is None or last_target > last_current):
            return "target_word"
        if "arget" in tail[-60:].lower() and _TARGETED_LEVEL_TAIL_RE.search(tail[-60:]):
            return "target_word"  # "menargetkan pencapaian 62,22 persen"
        if self.a.word_starts(_TOWARD_END_RE, _TOWARD_END_TEST, t_lo, c.start):
            prefix = self.text[max(s.lo, c.start - 200) : c.start]
            verbs = list(_TARGET_VERB_RE.finditer(prefix))
            if verbs:
                before_verb = prefix[: verbs[-1].start()]
                if not _ACHIEVED_RE.search(before_verb):
                    return "toward"
        if _TARGET_AFTER_RE.match(self.text, c.end, s.hi):
            return "target_after"
        # "dibebankan untuk bisa mencapai coverage ... di angka 32,62 persen", "Kepri
        # bisa merealisasikan visi ... mencapai 95 persen di 2045": a level the
        # region must or may reach (not one it already reached)
        must = self.a.word_starts(_MUST_REACH_TAIL_RE, _MUST_REACH_TEST, t_lo, c.start)
        if must and not _ACHIEVED_RE.search(tail[: must[0] - t_lo]):
            return "must_reach"
        if hoped_level(self.text, s.lo, c.start, self.a):
            return "hoped"
        # "Tahun 2027 bisa mencapai 70 persen": a level in a year still to come
        # (not "..., dari capaian saat ini 38 persen")
        if self._future_year_in_clause(c, p_lo, f_hi) and not _NOW_TAIL_RE.search(tail[-30:]):
            return "future_year"
        return ""

    def _reached_in_year_now(self, tail: str) -> bool:
        """ "pada tahun 2025 sudah mencapai 29,97%": a level already reached in a
        year not to come (not "di tahun 2026 itu sudah 72 persen")"""
        event = self.a.event
        m = _REACHED_IN_YEAR_TAIL_RE.search(tail[-50:])
        return bool(m and event is not None and int(m.group(1)) <= event[0].year)

    def _future_year_in_clause(self, c: _Cand, p_lo: int, f_hi: int) -> bool:
        event = self.a.event
        if event is None:
            return False
        return any(d.date.year > event[0].year for d in self._clause_dates(c, p_lo, f_hi))


# "hingga saat ini telah mencapai target 36 persen": the level reached, named a target
_TARGET_REACHED_TAIL_RE = re.compile(
    r"\b(?:telah|sudah|berhasil)[ \t]+mencapai[ \t]+target[ \t]+$", re.IGNORECASE
)
# a modal or an assignment, then the verb of reaching, then the level
_MUST_REACH_TAIL_RE = re.compile(
    r"\b(?:harus|wajib|diwajibkan|dibebankan|dibebani|ditugaskan|diminta|diharapkan|mampu|bisa"
    r"|dapat)[ \t]+(?:untuk[ \t]+)?(?:(?:bisa|dapat|mampu|terus)[ \t]+)?(?:mencapai|capai"
    r"|merealisasikan|menembus|tembus|meraih)\b[^\d.;]{0,80}$",
    re.IGNORECASE,
)
# the (lower-cased) words the matches of _MUST_REACH_TAIL_RE, _TOWARD_END_RE and
# _CURRENT_WORD_RE start with, for word_starts
_MUST_REACH_TEST = _WordTest({
    "harus", "wajib", "diwajibkan", "dibebankan", "dibebani", "ditugaskan", "diminta",
    "diharapkan", "mampu", "bisa", "dapat",
})  # fmt: skip
_TOWARD_END_TEST = _WordTest({"menjadi", "hingga", "sampai", "ke"})
# the words the matches of _BOUND_TAIL_RE start with (or one of _BOUND_SIGNS),
# those that may run on into the next word by prefix, and those of _CHANGE_TAIL_RE
_BOUND_START = _WordTest(
    {"belum", "kurang", "lebih", "tidak", "di", "paling", "jauh"},
    ("diatas", "dibawah", "melebihi", "melampaui", "maksimal", "maksimum"),
)
_BOUND_SIGNS = ("<", ">", "\u2264", "\u2265")
_CHANGE_START = _WordTest({
    "naik", "meningkat", "meningkatkan", "menaikkan", "tumbuh", "turun", "menurun", "bertambah",
    "berkurang", "kenaikan", "peningkatan", "penurunan", "pertumbuhan", "penambahan", "melonjak",
    "anjlok", "lonjakan", "selisih", "defisit", "surplus",
})  # fmt: skip
_CURRENT_WORD_TEST = _WordTest(
    {"baru", "saat", "kini", "sekarang", "tercatat", "pencapaian", "sudah", "telah", "hanya"}
    | {"masih", "posisi"},
    ("capaian", "realisasi"),
)
# "dari capaian saat ini 38 persen": the level now, whatever year the clause names
_NOW_TAIL_RE = re.compile(
    r"\b(?:saat[ \t]+ini|kini|sekarang|capaian\w*|pencapaian|realisasi\w*|baseline)\b",
    re.IGNORECASE,
)
_REACHED_IN_YEAR_TAIL_RE = re.compile(
    r"\b((?:19|20)\d\d)\b[^\d.;]{0,12}\b(?:sudah|telah)[ \t]+(?:mencapai|menyentuh)[ \t]+"
    r"(?:(?:angka|sekitar)[ \t]+)?$",
    re.IGNORECASE,
)


# "20 persen sampai 30 persen": the lower end of a range
_RANGE_HEAD_AFTER_RE = re.compile(
    r"[ \t]*(?:persen|%)?[ \t]*(?:hingga|sampai|s\.?d\.?|-|\u2013)[ \t]*"
    r"\d[\d.,]*[ \t]*(?:persen|%)",
    re.IGNORECASE,
)
_FROM_END_RE = re.compile(r"\bdari[ \t]+(?:(?:angka|level)[ \t]+)?$", re.IGNORECASE)
_CHANGED_TO_RE = re.compile(
    r"[ \t]*(?:turun|naik|meningkat|menurun|berkurang|bertambah|melonjak|merosot|anjlok)"
    r"[ \t]+(?:menjadi|jadi|ke(?:[ \t]+angka)?)[ \t]+",
    re.IGNORECASE,
)
# "1,76 juta peserta, atau setara 62,93 persen": the rate restating a count
_COUNT_OR_RATE_RE = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]*){0,4}?(?:,?[ \t]*(?:atau|setara|yakni|yaitu)[ \t]+"
    r"(?:(?:sekitar|sekira|sebesar|setara|dengan|kurang[ \t]+lebih)[ \t]+)*"
    # "menargetkan 500 ribu pekerja baru terdaftar atau cakupan 45 persen": the
    # rate the headcount makes, named
    r"(?:(?:cakupan|coverage|kepesertaan)[ \t]+(?:(?:sekitar|sebesar|mencapai)[ \t]+)?)?"
    # "Dari total sasaran 3.021.682 jiwa (51,08 persen)"
    r"|\([ \t]*)$",
    re.IGNORECASE,
)
_SET_AT_TAIL_RE = re.compile(
    r"\b(?:ditetapkan|di[ \t]+tetapkan|dipatok|dipasang)[ \t]+(?:(?:sebesar|sekitar|pada"
    r"|di[ \t]+angka)[ \t]+)?$",
    re.IGNORECASE,
)
_TARGETED_LEVEL_TAIL_RE = re.compile(
    r"\b(?:menargetkan|ditargetkan|target(?:nya)?)[ \t]+(?:(?:angka|tingkat)[ \t]+)?"
    r"(?:pencapaian|capaian|cakupan|kepesertaan)[^\d.;]{0,20}$",
    re.IGNORECASE,
)
