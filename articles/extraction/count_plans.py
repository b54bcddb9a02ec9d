"""Headcounts that are no people reached yet: planned, hoped for, grown,
attended or not covered ("menargetkan 5.000 pekerja rentan", "akan
mendaftarkan", "bertambah 1.200 peserta", "dihadiri 300 peserta", "masih 40
ribu pekerja belum terlindungi"). The second table of count vetoes, checked
once a count is one of people (``_NOT_REACHED``); a mixin of ``CountVetoes``.
Each check is one named step (``PlannedCountVetoes._is_*``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import (
    _ACHIEVED_RE,
    _ATTENDANCE_EVENT_RE,
    _ATTENDANCE_RE,
    _ATTENDANCE_TAIL_RE,
    _ATTENDANCE_VERBS,
    _COUNT_THEN_RATE_RE,
    _HOPE_RE,
    _TARGET_WORD_RE,
    _UNCOVERED_AFTER_RE,
)
from .figures import TARGET_PCT
from .tokens import _maybe, _WordTest

if TYPE_CHECKING:
    from .count_vetoes import _Count


class PlannedCountVetoes:
    # -- headcounts planned, hoped, grown, attended or not covered -------------

    def _is_planned_or_hoped(self, k: _Count) -> bool:
        c, tail = k.c, k.tail
        t_lo = c.start - len(tail)  # tail == self.text[t_lo : c.start]
        hope_lo = _word_start(self.text, t_lo, c.start - 40)
        if self._planned_word(
            self.a.word_starts(_TARGET_WORD_RE, _is_target_word, t_lo, c.start)
        ) or self._planned_word(self.a.word_starts(_HOPE_RE, _is_hope_word, hope_lo, c.start)):
            return True
        # "4.000 pekerja migran ditargetkan terdaftar", "18 ribu peserta baru untuk
        # tahun depan": a headcount planned, not reached
        if self.a.may_hold(c.end, k.s.hi, _PLANNED_AFTER_STEMS) and _PLANNED_AFTER_RE.match(
            self.text, c.end, k.s.hi
        ):
            return True
        # "5.484 warga Kabupaten A, Provinsi B, akan mendapatkan perlindungan", "720
        # anggota Badan ... (BPD) yang ada di Kabupaten A akan menjadi peserta": the
        # future verb after a long subject
        if self.a.holds(_FUTURE_STEMS) and self._future_after_long_subject(k):
            return True
        # "menargetkan 70 persen pekerja terlindungi ... pada 2029, atau sekitar 100
        # juta pekerja": the headcount of a target rate
        prev = k.prev
        if prev is not None and prev.kind == "pct":
            if prev.metric == TARGET_PCT and _OR_END_RE.search(tail[-30:]):
                return True
            # "55,32 persen, atau mencakup sebanyak 418.702 pekerja", "49,46%, atau
            # setara dengan tambahan perlindungan bagi 385 ribu", "untuk menjadi
            # 60,27 persen itu harus 397.336 pekerja": the headcount of a target
            if (prev.metric == TARGET_PCT or prev.rule == _AIMED_LEVEL) and (
                _TARGET_HEADCOUNT_GAP_RE.match(self.text, prev.end, c.start)
            ):
                return True
        # "Ia berharap tahun ini Pemkab mengalokasikan anggaran untuk mendaftarkan 25.000"
        lo = _word_start(self.text, t_lo, c.start - 120)
        hopes = self.a.word_starts(_HOPE_RE, _is_hope_word, lo, c.start)
        return self._planned_word(hopes) and not _ACHIEVED_RE.search(tail[-120:][hopes[-1] - lo :])

    def _future_after_long_subject(self, k: _Count) -> bool:
        """Whether a future verb follows the count's subject within 110
        characters, with nothing reached, no next item or clause and no
        speaker between."""
        c = k.c
        if not self.a.may_hold(c.end, min(k.s.hi, c.end + 130), _FUTURE_STEMS):
            return False
        m = _FUTURE_AFTER_LONG_RE.match(self.text, c.end, k.s.hi)
        return m is not None and not _FUTURE_GAP_STOP_RE.search(self.text, c.end, m.start("verb"))

    def _planned_word(self, starts: list[int]) -> bool:
        """Whether a target or hope word starts at one of ``starts``, not "target
        potensi" (the workers a target is measured against)."""
        return any(not _POTENTIAL_AFTER_TARGET_RE.match(self.text, t) for t in starts)

    def _is_next_of_planned(self, k: _Count) -> bool:
        """ "menargetkan penambahan 5.000 pekerja rentan, 984 tenaga kerja dari
        Koperasi ...": the next item of a list of headcounts planned"""
        prev, c = k.prev, k.c
        if prev is None or prev.kind != "count" or prev.metric is not None:
            return False
        if prev.rule != _PLANNED or c.start - prev.end > _PLAN_REACH:
            return False
        if c.start - prev.end <= 60 and self._list_gap(prev, c, _PLAN_LIST_WORDS):
            return True
        # "menargetkan 960 pekerja rentan ... sebagai penerima jamsos dan 275 buruh
        # tani", "2.000 pekerja akan dilindungi lewat APBD Provinsi, sementara 3.294
        # pekerja lainnya lewat APBD Perubahan": the plan's second object
        return bool(
            _PLAN_SECOND_GAP_RE.fullmatch(self.text, prev.end, c.start)
            and not _REACHED_LATER_RE.match(self.text, c.end, k.s.hi)
        )

    def _is_growth(self, k: _Count) -> bool:
        """ "mengalami penambahan 21.025 tenaga kerja", "bertambah 3.000 orang" """
        near = k.tail[-50:]
        return _maybe(near.lower(), _COUNT_GROWTH_STEMS) and bool(_GROWTH_BEFORE_RE.search(near))

    def _is_attendance(self, k: _Count) -> bool:
        c, near = k.c, k.tail[-60:]
        # (the whole text first: no tail lower-cased)
        if (
            self.a.holds(_ATTENDANCE_STEMS)
            and _maybe(near.lower(), _ATTENDANCE_STEMS)
            and _ATTENDANCE_TAIL_RE.search(near)
        ):
            return True
        # "dihadiri oleh 20 organisasi perangkat daerah dan 159 kepala desa": a
        # later item of the list of those attending
        lo = max(k.s.lo, c.start - 160)
        if (
            self.a.holds(_ATTENDED_STEMS)
            and _LIST_JOIN_END_RE.search(near[-16:])
            and self.a.may_hold(lo, c.start, _ATTENDED_STEMS)
            and _ATTENDED_LIST_TAIL_RE.search(self.text, lo, c.start)
        ):
            return True
        hi = min(k.f_hi, c.end + 40)
        if self.a.lower is not None and not _maybe(
            self.a.lower[c.end : hi], _ATTENDANCE_AFTER_STEMS
        ):
            return False
        if not self.a.may_hold(c.end, hi, _ATTENDANCE_VERBS):
            # no verb of attending: only "peserta sosialisasi" and the like
            return bool(_ATTENDANCE_EVENT_RE.search(self.text, c.end, hi))
        return bool(_ATTENDANCE_RE.search(self.text, c.end, hi))

    def _is_uncovered(self, k: _Count) -> bool:
        return self._uncovered(k.c, k.f_hi, k.tail) or self._rest_uncovered(k)

    def _rest_uncovered(self, k: _Count) -> bool:
        """ "masih terdapat sekitar 3.000 guru, 215 kepala lingkungan, dan 1.200 kader
        desa yang belum terlindungi": each item of the rest, not only the last;
        "259.606 pekerja atau sekitar 83% masih belum terdaftar": the rate between"""
        c, prev, nxt, text = k.c, k.prev, k.nxt, self.text
        if not self.a.may_hold(c.end, k.s.hi, _NEGATION_WORDS):
            return False
        if _STILL_THERE_TAIL_RE.search(k.tail[-40:]) or (
            prev is not None
            and prev.kind == "count"
            and prev.rule == _UNCOVERED
            and c.start - prev.end <= 60
            and _LIST_ITEM_GAP_RE.fullmatch(text, prev.end, c.start)
        ):
            return bool(_UNCOVERED_LATER_RE.search(text, c.end, k.s.hi))
        return bool(
            nxt is not None
            and nxt.kind == "pct"
            and _COUNT_THEN_RATE_RE.match(text, c.end, nxt.start)
            and _UNCOVERED_AFTER_RE.match(text, nxt.end, k.s.hi)
        )


_ATTENDANCE_STEMS = ("hadir", "diikuti", "undang")

_ATTENDANCE_AFTER_STEMS = ("peserta", "hadir", "undang")

_ATTENDED_STEMS = ("dihadiri", "menghadirkan", "mengundang")

_PLANNED_AFTER_STEMS = ("target", "depan", "akan", "bakal", "rencana")

_COUNT_GROWTH_STEMS = ("ambah", "naik", "ningkat", "tumbuh")  # penambahan, bertambah


def _word_start(text: str, floor: int, pos: int) -> int:
    """``pos`` moved back to the start of the word it cuts (not below ``floor``):
    a window starting inside "menyatakan" must not read "akan" as a word."""
    pos = max(floor, pos)
    while pos > floor and text[pos - 1].isalnum():
        pos -= 1
    return pos


_TARGET_WORDS = frozenset(
    ("ditargetkan", "menargetkan", "targetkan", "sasaran", "rencana", "diproyeksikan")
)

_HOPE_WORDS = frozenset((
    "berharap", "harapan", "harap", "semoga", "ingin", "mengincar", "incar", "bertekad", "akan",
    "diharapkan", "mimpi",
))  # fmt: skip

# the (lower-cased) words _TARGET_WORD_RE and _HOPE_RE match
_is_target_word = _WordTest(_TARGET_WORDS, ("target",))

_is_hope_word = _WordTest(_HOPE_WORDS, ("target",))

# the rule a planned headcount is left with (its list's next item is planned too)
_PLANNED = "planned"

_PLAN_LIST_WORDS = frozenset(("dan", "serta", "juga", "sebanyak", "sekitar", "untuk", "bagi"))

# headcounts that are not reached (checked once the count is one of people)
_NOT_REACHED = (
    PlannedCountVetoes._is_planned_or_hoped,
    PlannedCountVetoes._is_next_of_planned,
    PlannedCountVetoes._is_growth,
    PlannedCountVetoes._is_attendance,
    PlannedCountVetoes._is_uncovered,
)

_PLANNED_AFTER_RE = re.compile(
    r"[^.;,\d]{0,50}?\b(?:ditargetkan|ditarget|menjadi[ \t]+target|(?:untuk|pada)[ \t]+tahun"
    r"[ \t]+depan"
    # "5.000 pekerja informal ... akan didaftarkan": a plan
    r"|(?:akan|bakal|direncanakan|rencananya)[ \t]+(?:segera[ \t]+)?(?:di|ter|men|mem|meng|ikut"
    r"|masuk|menjadi)\w*)\b",
    re.IGNORECASE,
)

_FUTURE_STEMS = ("akan", "bakal")

# a future verb after the count's subject, however long (commas and brackets
# allowed), with nothing reached, no next item or clause, no speaker between
_FUTURE_AFTER_LONG_RE = re.compile(
    r"[^.;:!?\d\"\u201c\u201d]{0,110}?(?P<verb>\b(?:akan|bakal)[ \t]+(?:segera[ \t]+)?"
    r"(?:di|ter|men|mem|meng|ikut|masuk|jadi|mendapat)\w*)",
    re.IGNORECASE,
)

# what may not stand between: a word of what was reached, a next item or
# clause, a speaker
_FUTURE_GAP_STOP_RE = re.compile(
    # ("5.000 peserta BPU di Kabupaten A akan menerima", "yang didaftarkan Pemkab
    # akan menerima kartu": members already, whatever comes to them)
    r"\b(?:sudah|telah|terdaftar|didaftarkan|terlindungi|dilindungi|tercover|peserta"
    r"|kepesertaan|baru|kini|saat[ \t]+ini|dan|serta|sementara|sedangkan|namun|tetapi|kata"
    r"|ujar|ungkap|jelas|sebut|menurut)\b",
    re.IGNORECASE,
)

_PLAN_REACH = 160  # characters from a planned count to its list's second object

# the words between a planned count and its second object: no number, nothing
# reached, no turn; the object joined by "dan", "serta" or ", sementara (itu)"
_PLAN_SECOND_GAP_RE = re.compile(
    r"(?:(?!\b(?:sudah|telah|terdaftar|tercatat|terealisasi|realisasi|tercapai|mencapai"
    r"|capaian|baru|kini|sekarang|saat[ \t]+ini|namun|tetapi|sedangkan)\b)[^\d.;!?]){0,160}?"
    r"(?:\b(?:dan|serta)|,[ \t]*sementara(?:[ \t]+itu)?)[ \t]+"
    r"(?:(?:sebanyak|sekitar|untuk|bagi)[ \t]+)?",
    re.IGNORECASE,
)

# the second object said reached after all: "sementara 3.294 pekerja sudah terdaftar"
_REACHED_LATER_RE = re.compile(
    r"[^.;!?]{0,80}?\b(?:sudah|telah|terdaftar|tercatat|terealisasi|terlindungi|kini"
    r"|saat[ \t]+ini)\b",
    re.IGNORECASE,
)

# "memiliki target potensi UCJ sebanyak 424.131 pekerja": the workers the target
# is measured against (the workforce), not a headcount planned
_POTENTIAL_AFTER_TARGET_RE = re.compile(r"target[ \t]+potensi\b", re.IGNORECASE)

_GROWTH_BEFORE_RE = re.compile(
    r"\b(?:penambahan|pertambahan|tambahan|bertambah|bertambahnya|kenaikan|peningkatan|naik"
    # ("Pemkab menambahkan 5.174 pekerja miskin ekstrem": workers added, a flow)
    r"|meningkat|bertumbuh|menambahkan|menambah|ditambahkan)[ \t]+(?:(?:sebanyak|sebesar|sekitar"
    r"|sekira|lebih[ \t]+dari"
    r"|kurang[ \t]+lebih)[ \t]+)*$",
    re.IGNORECASE,
)

# a list's next item follows: "..., ", "... dan ", "... serta sekitar "
_LIST_JOIN_END_RE = re.compile(
    r"(?:,|\bdan|\bserta)[ \t]*(?:(?:sekitar|sebanyak)[ \t]+)?$", re.IGNORECASE
)

# "dihadiri oleh 20 OPD, 12 camat dan": the items of those attending, the
# next one follows
_ATTENDED_LIST_TAIL_RE = re.compile(
    r"\b(?:dihadiri|menghadirkan|mengundang)[ \t]+(?:oleh[ \t]+)?"
    r"(?:(?:sekitar|sebanyak|lebih[ \t]+dari)[ \t]+)?"
    r"(?:\d[\d.,]*[ \t]+[^.;:!?\d]{1,80}?(?:,|\bdan\b|\bserta\b)[ \t]*){1,4}"
    r"(?:(?:sekitar|sebanyak)[ \t]+)?$",
    re.IGNORECASE,
)

# "masih ada gap sekitar 237.360", "selisih 40 ribu pekerja": what is left to cover
_NEGATION_WORDS = ("belum", "tidak")

# "Namun, masih terdapat sekitar": what is left follows
_STILL_THERE_TAIL_RE = re.compile(
    r"\bmasih[ \t]+(?:terdapat|ada)[ \t]+(?:(?:sekitar|sekira|sebanyak)[ \t]+)?$", re.IGNORECASE
)

# "3.000 guru, 215 ...": the next item of a list of counts, group words between
_LIST_ITEM_GAP_RE = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]*){1,4}(?:\([^()\d]{1,20}\)[ \t]*)?,[ \t]*(?:(?:dan|serta)[ \t]+)?"
)

# the uncovered named later in the sentence, after the list
_UNCOVERED_LATER_RE = re.compile(
    r"\b(?:yang[ \t]+)?(?:belum|tidak)[ \t]+(?:ter\w+|didaftarkan|dilindungi|menjadi[ \t]+peserta)",
    re.IGNORECASE,
)

# the rule a vetoed count is left with, where a later number depends on it
_UNCOVERED = "uncovered"

_VETO_RULES = {
    PlannedCountVetoes._is_planned_or_hoped: _PLANNED,
    PlannedCountVetoes._is_next_of_planned: _PLANNED,
    PlannedCountVetoes._is_uncovered: _UNCOVERED,
    # (named, so that no later reading takes it back as members of a programme)
    PlannedCountVetoes._is_attendance: "attendance",
}

# "..., atau sekitar": what follows restates what came before
_AIMED_LEVEL = "aimed_at_level"  # a rate aimed at ("untuk menjadi 60,27 persen")

# the words between a target rate and its headcount (none of them says it was reached)
_TARGET_HEADCOUNT_GAP_RE = re.compile(
    r"[ \t]*(?:persen|%)?[ \t]*,?[ \t]*(?:atau|itu)(?:[ \t]+(?!(?:sudah|telah|baru|kini|tercapai"
    r"|terdaftar|terlindungi|terealisasi|capaian|realisasi)\b)[^\W\d_]+){1,5}[ \t]*$",
    re.IGNORECASE,
)

_OR_END_RE = re.compile(
    r"\b(?:atau|setara|alias)[ \t]+(?:(?:sekitar|sekira|sebanyak|setara|dengan|kurang[ \t]+lebih"
    r"|lebih[ \t]+dari|hampir)[ \t]+)*$",
    re.IGNORECASE,
)
