"""Percents: which are no coverage rate, and which are one or a target
beyond what the cue words say. Plain functions of the extractor, called from
``MetricRules._classify_percent`` and ``_target_rule``.

No figure:

- a change, not a level: a fall the change words' stems missed ("capaian tahun
  ini menurun sekitar 6 persen": "menurun" holds "nurun", not "turun"), a
  change measured against an earlier period ("mengalami peningkatan dari tahun
  lalu sebesar 9,1 %", "minimal 15 persen dari tahun sebelumnya"), a growth
  named as the subject ("pertumbuhan pekerja di Kota A mencapai 4,2% dan di
  Kota B mencapai 2,9%", and so the next item of such a list);
- a share of the participants: "wilayah A berkontribusi atas 18 persen BPU dari
  keseluruhan peserta di Tanah Air", "65 persen dari TK aktif", "Jumlah peserta
  terbanyak berasal dari Kota A, mencapai 55 persen", and a place's contribution
  to a whole ("berkontribusi sebesar 1,2% terhadap capaian nasional").

A coverage rate: one that names its own denominator, the workers ("Ini sekitar
41 persen dari total potensi pekerja di Kabupaten X", "atau 28,5 persen dari
total pekerja", "33,1 persen dari total sasaran yang mencakup pekerja penerima
upah, ..."), even with no coverage word in its sentence; its group is the one
the denominator names, else all workers. The vetoes of what else a share of the
workers may be (growth, composition, the uncovered, what is left, a raise, an
economic indicator, a range, an item of a list) still hold.

Targets: a level named as the purpose of an effort or a budget ("kami
berkomitmen untuk mencapai angka coverage 45 persen", "Pemkot berupaya memenuhi
cakupan 90 persen") or one that should have been reached ("target capaian bulan
itu seharusnya sudah mencapai 52 persen"), a level a plan sets ("angka capaian
yang ditetapkan melalui RKPD 2024 yakni angka capaian 40 persen", "harusnya
capaian pekerja formal 70 persen") and the next item of a list of such
levels ("... dan pekerja informal 30 persen"). Not a target: the level a target
rises from, or a percent said of the present right after it ("menargetkan
cakupan 65 persen pada 2026, naik dari 52,4 persen", "dari 52,4 persen saat
ini"): the coverage reached. Pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .cues import _CHANGE_TAIL_RE, _NOT_SIZED_AHEAD
from .figures import COVERAGE_PCT, TARGET_PCT, TOTAL
from .tokens import _maybe

# the stems of change words that "turun" and "tambah" do not find
_MISSED_STEMS = ("nurun", "nambah")
_CHANGE_WORDS = (
    r"(?:naik|meningkat|menaikkan|tumbuh|turun|menurun|bertambah|berkurang|kenaikan"
    r"|peningkatan|penurunan|pertumbuhan|penambahan|ditingkatkan|dinaikkan|dinaikan)"
)
_CHANGE_STEMS = ("naik", "ningkat", "tumbuh", "turun", "nurun", "tambah", "nambah", "kurang")
# an earlier period: "dari tahun lalu", "dibandingkan tahun sebelumnya", "dari tahun 2023"
_EARLIER = (
    r"(?:dari|dibanding(?:kan)?(?:[ \t]+dengan)?)[ \t]+(?:(?:pada|periode)[ \t]+)?"
    r"(?:tahun|bulan|periode|semester|triwulan|kuartal)[ \t]+"
    r"(?:lalu|sebelumnya|kemarin|(?:19|20)\d\d)"
)
# "peningkatan dari tahun lalu sebesar 9,1 %": the change word, the period, the number
_CHANGE_SINCE_TAIL_RE = re.compile(
    rf"\b{_CHANGE_WORDS}[ \t]+{_EARLIER}[ \t]*,?[ \t]+"
    r"(?:(?:sebesar|sekitar|sekira|hampir|mencapai|yakni|yaitu|minimal|paling[ \t]+sedikit)"
    r"[ \t]+)*$",
    re.IGNORECASE,
)
# "... minimal 15 persen dari tahun sebelumnya": the number measured against the
# period before (the number's own "persen" or "%" comes first)
_SINCE_AFTER_RE = re.compile(
    r"[ \t]*(?:dari|dibanding(?:kan)?(?:[ \t]+dengan)?)[ \t]+(?:tahun|bulan|periode"
    r"|semester|triwulan|kuartal)[ \t]+(?:lalu|sebelumnya|kemarin)\b",
    re.IGNORECASE,
)
_TO_LEVEL_END_RE = re.compile(
    r"\b(?:menjadi|jadi|hingga|sampai)[ \t]+(?:(?:sekitar|sebesar)[ \t]+)?$", re.IGNORECASE
)
# "pertumbuhan pekerja di Kota A mencapai 4,2% dan di Kota B mencapai": a growth
# the subject of its clause (no level word, break or "menjadi" on the way)
_GROWTH_SUBJECT_TAIL_RE = re.compile(
    r"\b(?:pertumbuhan|kenaikan|peningkatan|penurunan|penambahan|lonjakan)[ \t]+"
    r"(?:(?!(?:menjadi|jadi|hingga|sampai|ke|dari|kini|sekarang|saat|capaian|cakupan"
    r"|coverage|target\w*)\b)[^\W\d_]+[ \t]+"
    r"|\d[\d.,]*[ \t]*(?:%|persen)[ \t]+(?:dan|serta)[ \t]+){0,10}?"
    r"(?:mencapai|sebesar|sekitar|yakni|yaitu|hanya)[ \t]+$",
    re.IGNORECASE,
)
_GROWTH_NOUN_STEMS = ("tumbuh", "naik", "ningkat", "nurun", "nambah", "lonjak")
# "... mencapai 4,2% dan di Kota B mencapai 2,9%": the next item of the same list
_NEXT_ITEM_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:dan|serta|sedangkan|sementara)[ \t]+"
    r"(?:(?!(?:cakupan|coverage|capaian|kepesertaan|target\w*|menjadi|jadi)\b)[^\W\d_]+[ \t]+){0,6}"
    r"(?:(?:mencapai|sebesar|sekitar|hanya)[ \t]+)?",
    re.IGNORECASE,
)

# "18 persen BPU dari keseluruhan peserta", "65 persen dari TK aktif" (after the
# number's own "persen")
_OF_PARTICIPANTS_AFTER_RE = re.compile(
    r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+(?:dari|terhadap)[ \t]+"
    r"(?:(?:total|keseluruhan|seluruh|jumlah|semua)[ \t]+)*"
    r"(?:peserta|(?:tk|tenaga[ \t]+kerja)[ \t]+aktif)\b" + _NOT_SIZED_AHEAD,
    re.IGNORECASE,
)
# "berkontribusi sebesar 1,2% terhadap capaian nasional": a place's share of a whole
_CONTRIBUTES_TAIL_RE = re.compile(
    r"\b(?:ber)?kontribusi(?:nya)?[ \t]+(?:(?:atas|sebesar|sebanyak|sekitar|sekira|mencapai"
    r"|hingga|hanya)[ \t]+)*$",
    re.IGNORECASE,
)
# "peserta terbanyak berasal dari Kota A mencapai": the share of a place
_LARGEST_FROM_TAIL_RE = re.compile(
    r"\bpeserta[ \t]+(?:yang[ \t]+)?(?:terbesar|terbanyak|paling[ \t]+banyak)[ \t]+"
    r"(?:berasal|datang)[ \t]+dari\b[^\d.;]{0,60}$",
    re.IGNORECASE,
)

# "persen dari total potensi pekerja", "% dari jumlah angkatan kerja", "persen dari
# total sasaran yang mencakup pekerja ..."
_OF_WORKERS_AFTER_RE = re.compile(
    r"[ \t]+dari[ \t]+(?:(?:total|jumlah|seluruh|keseluruhan)[ \t]+)*(?:potensi|angkatan[ \t]+kerja"
    r"|penduduk[ \t]+(?:yang[ \t]+)?bekerja|pekerja|tenaga[ \t]+kerja"
    r"|sasaran[ \t]+yang[ \t]+(?:mencakup|meliputi)[ \t]+(?:pekerja|tenaga[ \t]+kerja))\b",
    re.IGNORECASE,
)
# the denominator's words: up to the next comma, full stop or clause word
_DENOMINATOR_END_RE = re.compile(r"[.;]|\b(?:sedangkan|sementara|namun|sehingga)\b", re.IGNORECASE)
_STILL_NOT_A_RATE = (
    "_pct_uncovered",
    "_pct_growth",
    "_pct_share_of_workers",
    "_pct_composition",
    "_pct_claims",
    "_pct_remaining",
    "_pct_raised_by",
)

_REACH_VERB = r"(?:mencapai|capai|memenuhi|menembus|tembus|meraih)"
# "untuk mencapai angka 65 persen", "berupaya memenuhi cakupan ... 100 persen",
# "seharusnya sudah mencapai 59 persen": the level aimed at, no number on the way
_AIM_TAIL_RE = re.compile(
    r"(?:\b(?:untuk|guna|agar|supaya|demi)[ \t]+(?:(?:bisa|dapat|mampu|segera)[ \t]+)?"
    r"|\b(?:berupaya|berusaha|berkomitmen|bertekad)[ \t]+(?:untuk[ \t]+)?"
    rf"|\bseharusnya[ \t]+(?:sudah[ \t]+|telah[ \t]+)?){_REACH_VERB}\b[^\d.;]{{0,60}}$",
    re.IGNORECASE,
)
_AIM_STEMS = ("untuk", "guna", "agar", "supaya", "demi", "berupaya", "berusaha", "berkomit",
              "bertekad", "seharusnya")  # fmt: skip

# "angka capaian yang ditetapkan melalui RKPD 2024 yakni angka capaian", "harusnya
# capaian pekerja formal": a level a plan sets, or one that ought to be (no other
# percent on the way)
_SET_LEVEL_TAIL_RE = re.compile(
    r"\bditetapkan\b(?:(?!persen)[^.;%]){0,80}?\b(?:yakni|yaitu|adalah|sebesar)[ \t]+"
    r"(?:(?:angka|target|capaian|cakupan|kepesertaan)[ \t]+)*$"
    r"|\b(?:se)?harusnya[ \t]+(?:(?:sudah|telah|bisa|dapat)[ \t]+)?(?:capaian|cakupan"
    r"|kepesertaan|di[ \t]+angka)\b[^\d.;]{0,40}$",
    re.IGNORECASE,
)
_SET_LEVEL_STEMS = ("tetapkan", "harusnya")
# "74,57 persen dan pekerja informal ": the next item of a list, a group named (not a
# level now or of another time: "dan kini baru", "dan tahun ini")
_NEXT_GROUP_ITEM_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:dan|serta)[ \t]+(?:untuk[ \t]+)?"
    r"(?:(?!(?:kini|saat|sekarang|baru|sudah|telah|capaian|realisasi\w*|masih|hanya|tahun"
    r"|bulan|pada|per|hingga|sampai|tercatat|mencapai|capai|ini|lalu|sebelumnya|menjadi"
    r"|jadi|naik|turun|meningkat)\b)"
    r"[^\W\d_]+[ \t]+){1,4}(?:(?:sebesar|sekitar|sekira)[ \t]+)?",
    re.IGNORECASE,
)

# "naik dari", "meningkat dari angka": the level a target rises from
_RISES_FROM_TAIL_RE = re.compile(
    r"\b(?:naik|meningkat|bertambah|melonjak|beranjak)[ \t]+dari[ \t]+"
    r"(?:(?:angka|level|posisi)[ \t]+)?$",
    re.IGNORECASE,
)
# "dari 52,4 persen saat ini": the percent, then a word of the present
_FROM_TAIL_RE = re.compile(r"\bdari[ \t]+$", re.IGNORECASE)
_NOW_AFTER_RE = re.compile(
    r"(?:[ \t]*(?:persen|%))?[ \t]+(?:pada[ \t]+)?(?:saat[ \t]+ini|sekarang|kini)\b", re.IGNORECASE
)
# "dari 46 persen menjadi 65 persen": the percent, then the level it rises to
_TO_LEVEL_AFTER_RE = re.compile(
    r"(?:[ \t]*(?:persen|%))?[ \t]+(?:menjadi|jadi|ke)[ \t]+(?:angka[ \t]+)?\d", re.IGNORECASE
)


def is_change(x, cands: list[_Cand], i: int, s: _Sentence, tail: str) -> bool:
    """A change, not a level, or the next item of a list of changes."""
    c = cands[i]
    prev = cands[i - 1] if i else None
    if (
        prev is not None and prev.rule == "change_not_level" and prev.kind == "pct"
    ) and _NEXT_ITEM_RE.fullmatch(x.text, prev.end, c.start):
        return True
    near, long = tail[-60:], tail[-120:]
    long_low = long.lower()
    # near lower-cased: one lower-casing, not two (where it keeps every character
    # in place)
    low = long_low[-60:] if len(long_low) == len(long) else near.lower()
    if _maybe(low, _MISSED_STEMS) and _CHANGE_TAIL_RE.search(near):
        return True
    if _maybe(long_low, _CHANGE_STEMS) and _CHANGE_SINCE_TAIL_RE.search(long):
        return True
    if _SINCE_AFTER_RE.match(x.text, c.end, s.hi) and not _TO_LEVEL_END_RE.search(near):
        return True  # (not "naik menjadi 40 persen dari tahun lalu 35 persen")
    return _maybe(long_low, _GROWTH_NOUN_STEMS) and bool(_GROWTH_SUBJECT_TAIL_RE.search(long))


def share_of_members(text: str, c: _Cand, s: _Sentence, tail: str) -> bool:
    """A share of the participants, not a rate."""
    after = text[c.end : min(s.hi, c.end + 80)].lower()
    if _maybe(after, ("peserta", "aktif")) and _OF_PARTICIPANTS_AFTER_RE.match(text, c.end, s.hi):
        return True
    if "kontribusi" in tail[-40:].lower() and _CONTRIBUTES_TAIL_RE.search(tail[-40:]):
        return True
    near = tail[-120:]
    return _maybe(near.lower(), ("terbesar", "terbanyak", "paling banyak")) and bool(
        _LARGEST_FROM_TAIL_RE.search(near)
    )


def share_of_workers(
    x, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
) -> str | None:
    """A percent the cue rules found no metric for, that names the workers as
    its denominator: a coverage rate (or a target)."""
    c = cands[i]
    if c.value > 100 or not x.a.may_hold(c.end, min(s.hi, c.end + 40), ("dari",)):
        return None
    if _OF_WORKERS_AFTER_RE.match(x.text, c.end, s.hi) is None:
        return None
    if x._econ_near(c, p_lo, f_hi) or x._list_share(cands, i, s, tail):
        return None
    if any(getattr(x, veto)(c, s, p_lo, f_hi, tail) for veto in _STILL_NOT_A_RATE):
        return None
    target = x._target_rule(c, s, p_lo, f_hi, tail)
    if target:
        return _decide(c, TARGET_PCT, target, 0.6)
    return _decide(c, COVERAGE_PCT, "share_of_workers", 0.6)


def denominator_group(x, c: _Cand, s: _Sentence) -> str:
    """The group of a rate of the workers: the one its denominator names ("dari
    total pekerja formal"), else all workers ("dari total pekerja"; "dari total
    sasaran yang mencakup pekerja penerima upah, pekerja informal, dan ...")."""
    of = _OF_WORKERS_AFTER_RE.match(x.text, c.end, s.hi)
    end = _DENOMINATOR_END_RE.search(x.text, of.end(), s.hi)
    groups = {hit[2] for hit in x._segment_hits(c.end, end.start() if end else s.hi)}
    return groups.pop() if len(groups) == 1 else TOTAL


def aimed_at(tail: str) -> bool:
    """ "untuk mencapai angka 65 persen": a level aimed at."""
    near = tail[-110:]
    return bool(_maybe(near.lower(), _AIM_STEMS) and _AIM_TAIL_RE.search(near))


def set_level(tail: str) -> bool:
    """ "yang ditetapkan melalui RKPD 2024 yakni angka capaian 40 persen",
    "harusnya capaian pekerja formal 70 persen": a level a plan sets."""
    near = tail[-130:]
    return bool(_maybe(near.lower(), _SET_LEVEL_STEMS) and _SET_LEVEL_TAIL_RE.search(near))


def next_target_item(text: str, cands: list[_Cand], i: int) -> bool:
    """ "harusnya capaian pekerja formal 70 persen dan pekerja informal 30
    persen": the next group's item of a list of targets."""
    prev = cands[i - 1] if i else None
    return (
        prev is not None
        and prev.kind == "pct"
        and prev.metric == TARGET_PCT
        and _NEXT_GROUP_ITEM_RE.fullmatch(text, prev.end, cands[i].start) is not None
    )


def level_now(text: str, c: _Cand, s: _Sentence, tail: str) -> bool:
    """The level a target rises from, or a percent of the present after "dari"."""
    end = tail[-40:]
    if _RISES_FROM_TAIL_RE.search(end):
        return True
    if not _FROM_TAIL_RE.search(end):
        return False
    # "menargetkan peningkatan kepesertaan dari 46 persen menjadi 65 persen": the
    # level the target rises from, then the level aimed at
    return bool(
        _NOW_AFTER_RE.match(text, c.end, s.hi) or _TO_LEVEL_AFTER_RE.match(text, c.end, s.hi)
    )
