"""Workforce counts the count rules left out or took for members.

- The people of a place who work, said with the verb "bekerja" or as the part
  of its population that works: "dari 90 ribu penduduk, 41 ribu di antaranya
  adalah pekerja", "terdiri atas 500.000 bekerja secara formal dan 300.000
  secara informal", "dari 250.000 jumlah penduduk Kota X yang telah bekerja",
  "penduduk yang bekerja pada kegiatan informal sebanyak 9 juta orang atau 60
  persen", "terdapat 70 ribuan angkatan kerja" after the population; the group
  is the one said right after ("bekerja secara informal").
- The denominator of a rate called the target: "atau 64% dari total target
  52.000 tenaga kerja" (the count vetoes take "target" for a plan).
- A count the rate after it is a share of: "Sekitar 80 ribu tenaga kerja di X,
  yang terdaftar ... baru 31 persen", "..., dan itu baru 12 persen" (not the
  members restated, "atau 31 persen", nor a share "dari" something else).
- A count the covered part or share of which is said right after it: "101
  ribu pekerja jasa konstruksi, dengan capaian saat ini 43,7 ribu", "yang
  jumlahnya 5000 orang dan baru sekira 10 persen yang tercover", "ada sebanyak
  64.940 pekerja. 21.563 di antaranya ...".
- Workers who ought to be covered, the potential, not the members: "N pekerja
  yang harus terlindungi", "jumlah tenaga kerja non-ASN yang wajib dilindungi
  di lingkungan X sebanyak N orang" (a word of obligation governs the
  registration word; not when the clause counts what is still missing, "gap",
  "sisa", "masih", "belum": the uncovered).
- The vulnerable workers a place has, as recorded or identified: "Data Pemkot
  X mencatat sebanyak 70 ribu pekerja rentan di wilayahnya", "Pekerja rentan
  di Kabupaten X meliputi imam, marbot, ... yang jumlahnya sebanyak 32.268"
  (V 13, V 14, AH 16, X 03); not when the sentence names participation or its
  lack ("... menerima bantuan perlindungan", J 12), a payer, nor "terdata" (T
  05, AD 10 label it participants).

- Members, not workers: a count read as workforce whose workers are said
  registered right after it ("34.018 angkatan kerja di Kota X di 2024 terdaftar
  sebagai peserta") or a part of the potential ("terdapat 753.088 pekerja per
  31 Oktober 2018 dari total potensi tersebut"); not the whole of a share
  ("25 persen dari sekitar 5 juta tenaga kerja di X terdaftar").

``workforce_count`` and ``vulnerable_count`` take the count rules' answer and
change it only in these shapes; pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _decide, _Sentence
from .count_plans import _NOT_REACHED
from .count_vetoes import _NOT_PEOPLE_COUNTED, CountVetoes, _Count
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
# the covered part said right after the count, so the count is the whole: "101
# ribu pekerja jasa konstruksi, dengan capaian saat ini 43,7 ribu pekerja", "yang
# jumlahnya 5000 orang dan baru sekira 10 persen yang tercover", "ada sebanyak
# 64.940 pekerja. 21.563 di antaranya ..." (not "21 ribu peserta, dengan capaian 45
# persen": the rate of the count itself)
_PART_OF_IT_RE = re.compile(
    r"[^\d.;]{0,40}?(?:,[ \t]*dengan[ \t]+capaian(?:[ \t]+(?:saat|sampai|hingga)[ \t]+ini)?"
    r"[ \t]+(?:baru[ \t]+|sebanyak[ \t]+|sebesar[ \t]+)?\d[\d.,]*(?![\d.,]|[ \t]*(?:persen|%))"
    r"|[ \t]+dan[ \t]+baru(?:[ \t]+(?:sekira|sekitar))?[ \t]+\d[\d,.]*[ \t]*(?:persen|%)[ \t]+"
    r"yang[ \t]+(?:sudah[ \t]+|telah[ \t]+)?(?:ter(?:cover|lindungi|daftar|cakup))"
    r"|\.[ \t]*\d[\d.,]*(?:[ \t]+(?:ribu|juta))?(?:[ \t]+(?:orang|pekerja))?"
    r"[ \t]+di[ \t]+antaranya\b)",
    re.IGNORECASE,
)
_PART_OF_IT_STEMS = ("capaian", "baru", "antaranya")
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
_OUGHT = r"(?:harus(?:nya)?|seharusnya|semestinya|mesti(?:nya)?|wajib)"
_COVERED = r"(?:ter|di)(?:daftar|lindungi|cover|jamin)\w*"
# right after the number: "663 ribu masyarakat pekerja yang harus terlindungi"
_OUGHT_AFTER_RE = re.compile(
    r"[^\d,.;:!?()\"“”]{0,60}?\byang[ \t]+" + _OUGHT + r"[ \t]+" + _COVERED,
    re.IGNORECASE,
)
# before the number, in its clause: "yang wajib dilindungi di X sebanyak"
_OUGHT_BEFORE_RE = re.compile(
    r"\byang[ \t]+"
    + _OUGHT
    + r"[ \t]+"
    + _COVERED
    + r"[^\d,.;:!?\"“”]{0,80}?\b(?:sebanyak|sejumlah|mencapai|sekitar|ada|adalah)[ \t]+$",
    re.IGNORECASE,
)
# the uncovered, said in new words ("masih ada gap 389.534 pekerja yang harus dilindungi")
_MISSING_RE = re.compile(
    r"\b(?:gap|sisa\w*|menyisakan|masih|belum|kekurangan|kurang)\b", re.IGNORECASE
)
_OUGHT_STEMS = ("harus", "wajib", "mesti")
_ABOUT = r"(?:(?:sebanyak|sekitar|sekira|kurang[ \t]+lebih|lebih[ \t]+dari|hampir)[ \t]+)?"
# "mencatat sebanyak 70 ribu pekerja rentan": a record verb right before the number
_RECORDED_TAIL_RE = re.compile(
    r"\b(?:mencatat|teridentifikasi|diidentifikasi|terdapat|ada)[ \t]+" + _ABOUT + r"$",
    re.IGNORECASE,
)
_VULNERABLE_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|jiwa)[ \t]+)?(?:pekerja|tenaga[ \t]+kerja)[ \t]+rentan\b", re.IGNORECASE
)
# "pekerja rentan di Kabupaten X ada sebanyak", "Pekerja rentan di X meliputi ... yang
# jumlahnya sebanyak": the group and its place as the subject, the number its size
_GROUP_SUBJECT_RE = re.compile(
    r"\b(?:pekerja|tenaga[ \t]+kerja)[ \t]+rentan[ \t]+di[ \t]+[^\d.;]{3,200}?\b"
    r"(?:ada|berjumlah|berkisar|jumlahnya)[ \t]+" + _ABOUT + r"$",
    re.IGNORECASE,
)
# "yang dijamin", "yang (men)dapat(kan) jaminan", "yang diberikan jaminan"
_GUARANTEED = (
    r"yang[ \t]+(?:(?:telah|sudah)[ \t]+)?(?:dijamin|(?:men)?dapat(?:kan)?[ \t]+jaminan"
    r"|diberi(?:kan)?[ \t]+jaminan|(?:menerima|memperoleh)[ \t]+jaminan)\b"
)
_GUARANTEED_BEFORE_RE = re.compile(
    r"\b(?:pekerja|tenaga[ \t]+kerja)\b[^\d.;]{0,40}?\b" + _GUARANTEED + r"[^\d.;]{0,60}$",
    re.IGNORECASE,
)
_GUARANTEED_AFTER_RE = re.compile(
    r"[ \t]*(?:orang[ \t]+)?(?:pekerja|tenaga[ \t]+kerja)\b[^\d.;,]{0,50}?\b" + _GUARANTEED,
    re.IGNORECASE,
)
# "Sebanyak 75.000 tenaga kerja di Kabupaten X terdaftar sebagai peserta aktif",
# "34.018 angkatan kerja di Kota X di 2024 terdaftar sebagai peserta", "terdapat
# 753.088 pekerja per 31 Oktober 2018 dari total potensi tersebut": the workers
# noun, then those very workers said registered or a part of the potential (not
# "yang belum terdaftar", the uncovered, nor "akan didaftarkan", a plan)
_MEMBERS_AFTER_RE = re.compile(
    r"[ \t]*(?:orang[ \t]+)?(?:pekerja|tenaga[ \t]+kerja|angkatan[ \t]+kerja)\b"
    r"(?:(?!belum|tidak|bukan|akan|perlu|harus)(?:[^\d.;,]|(?:19|20)\d\d\b|\d\d?\b)){0,60}?"
    r"(?:\b(?:(?:telah|sudah)[ \t]+)?(?:ter|di)daftar(?:kan)?[ \t]+"
    r"(?:sebagai[ \t]+peserta|di[ \t]+BPJS|dalam[ \t]+program)"
    r"|\bdari[ \t]+(?:total[ \t]+)?potensi\b)",
    re.IGNORECASE,
)
_MEMBERS_AFTER_STEMS = ("daftar", "potensi")
# "25 persen dari sekitar 5 juta tenaga kerja di X terdaftar": the whole of a share
_WHOLE_BEFORE_RE = re.compile(
    r"\bdari(?:[ \t]+(?:total|sekitar|sekira|jumlah|keseluruhan))*[ \t]+$", re.IGNORECASE
)
_PEOPLE_AFTER_RE = re.compile(r"[ \t]*(?:(?:orang|jiwa|pekerja)\b|[.,;]|$)", re.IGNORECASE)
_STEMS = ("rentan",)


def _rate_of_it(x, c: _Cand, s: _Sentence, p_lo: int) -> bool:
    """ "Sekitar 80 ribu tenaga kerja di X, yang terdaftar ... baru 31 persen",
    "Total jumlah non-ASN ... sebanyak 4.100 orang. Itu berarti yang telah
    didaftarkan sekitar 90 persen", "..., dan itu baru 12 persen": the rate
    given next is a share of the count, so the count is the whole."""
    if not (x.a.holds(_RATE_OF_IT_STEMS) and x.a.holds(_RATE_OF_IT_LEAD_STEMS)):
        return False
    if x.hits["part"].any(p_lo, c.start):
        return False
    k = bisect.bisect_right(x.a.sentence_starts, s.hi)
    hi = x.a.sentences[k].hi if k < len(x.a.sentences) else s.hi
    hi = min(hi, c.end + _RATE_REACH)
    if not (
        x.a.may_hold(c.end, hi, _RATE_OF_IT_STEMS)
        and x.a.may_hold(c.end, hi, _RATE_OF_IT_LEAD_STEMS)
    ):
        return False
    m = _RATE_OF_IT_RE.match(x.text, c.end, hi)
    if m is None or _RESTATES_RE.search(m.group("gap")):
        return False
    if m.group("that") is None and not _CLAUSE_BREAK_RE.search(x.text, c.end, m.start("said")):
        # "108.724 pekerja yang terdaftar, mencerminkan capaian 44 persen": the
        # clause names the count itself as the registered ones, not its share
        return False
    # ("46.055 lainnya adalah pekerja konstruksi. Jumlah ini baru 53 persen":
    # "ini" of the next sentence may be the sum of a list)
    return m.group("that") is None or m.end() <= s.hi


def _part_of_it(x, c: _Cand) -> bool:
    """The covered part of the count, or its share, said right after it."""
    hi = min(c.end + 120, len(x.text))
    if not x.a.may_hold(c.end, hi, _PART_OF_IT_STEMS):
        return False
    return bool(_PART_OF_IT_RE.match(x.text, c.end, hi))


def _vetoed_otherwise(
    x, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
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
        x.a.lower if x.a.lower is not None else x.text.lower(),
    )
    if any(veto(x, k) for veto in _NOT_PEOPLE_COUNTED if veto is not _POPULATION):
        return True
    rule = c.rule
    vetoed = any(veto(x, k) for veto in _NOT_REACHED)
    c.rule = rule
    return vetoed


def _employed(x, cands: list[_Cand], i: int, s: _Sentence, tail: str) -> bool:
    """The people who work, said right after the number or just before it."""
    c, text = cands[i], x.text
    if c.value != c.value.to_integral_value() or c.value < 1:
        return False
    hi = min(s.hi, c.end + 90)
    if x.a.may_hold(c.end, hi, _EMPLOYED_STEMS) and _EMPLOYED_AFTER_RE.match(text, c.end, s.hi):
        return not _participation_in_clause(x, c, s)
    prev = cands[i - 1] if i else None
    if (
        prev is not None
        and prev.rule == "employed"
        and x.a.may_hold(c.end, hi, ("secara",))
        and _NEXT_EMPLOYED_RE.match(text, c.end, s.hi)
    ):
        return True
    return bool(
        x.a.may_hold(c.start - len(tail), c.start, ("bekerja",))
        and _EMPLOYED_TAIL_RE.search(tail[-80:])
        and not _participation_in_clause(x, c, s)
    )


def _participation_in_clause(x, c: _Cand, s: _Sentence) -> bool:
    """A word of membership between the number and the clause's end."""
    end = s.hi
    m = _CLAUSE_END_RE.search(x.text, c.end, s.hi)
    if m:
        end = m.start()
    return x.hits["part"].any(c.end, end)


def _target_whole(x, cands: list[_Cand], i: int, s: _Sentence, tail: str) -> bool:
    """ "atau 64% dari total target 52.000 tenaga kerja": a rate's whole."""
    c = cands[i]
    if c.noun != "person" or not _TARGET_WHOLE_TAIL_RE.search(tail[-40:]):
        return False
    if _WORKERS_AFTER_RE.match(x.text, c.end, s.hi) is None:
        return False
    prev = cands[i - 1] if i else None
    if prev is not None and prev.kind == "count" and prev.end >= s.lo:
        # "penambahan 14.194 orang dari target 11.133 pekerja": a headcount
        # measured against a headcount aimed at, not a rate against its whole
        return False
    # the rate or the part it is the whole of, in its sentence
    return any(d.kind in ("pct", "count") and d is not c for d in cands)


def _ought_to_be_covered(x, c: _Cand, s: _Sentence, p_lo: int, tail: str) -> bool:
    """The count is of those who should be members, said by an obligation
    clause right after its noun or right before it in its clause, and not of
    what is still missing."""
    text = x.text
    hi = min(s.hi, c.end + 90)
    said = ""
    if x.a.may_hold(c.end, hi, _OUGHT_STEMS):
        m = _OUGHT_AFTER_RE.match(text, c.end, hi)
        said = m.group(0) if m else ""
    if not said and x.a.may_hold(max(p_lo, c.start - 120), c.start, _OUGHT_STEMS):
        m = _OUGHT_BEFORE_RE.search(tail[-120:])
        said = m.group(0) if m else ""
    return bool(said) and _MISSING_RE.search(tail[-80:] + " " + said) is None


def _vulnerable_a_place_has(x, c: _Cand, s: _Sentence) -> bool:
    text = x.text
    if not (x.a.holds(_STEMS) and x.a.may_hold(s.lo, s.hi, _STEMS)):
        return False
    lo = max(s.lo, c.start - 240)
    recorded = _RECORDED_TAIL_RE.search(
        text, max(lo, c.start - 40), c.start
    ) is not None and _VULNERABLE_AFTER_RE.match(text, c.end, s.hi)
    if not recorded:
        if not _GROUP_SUBJECT_RE.search(text, lo, c.start):
            return False
        if not _PEOPLE_AFTER_RE.match(text, c.end, s.hi):
            return False
        x.__dict__.setdefault("_group_subjects", set()).add(c.start)
    if x.hits["part"].any(s.lo, s.hi) or x.hits["neg"].any(s.lo, s.hi):
        return False
    return not x._government_pays(s.lo, s.hi)


def workforce_count(
    x, metric: str | None, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
) -> str | None:
    """The count rules' answer, made workforce for those who ought to be
    covered, the people who work, a target's whole or a rate's whole."""
    c = cands[i]
    if (
        metric == PARTICIPANTS
        and x.a.holds(_OUGHT_STEMS)
        and _ought_to_be_covered(x, c, s, p_lo, tail)
    ):
        return _decide(c, WORKFORCE, "ought_covered", 0.6)
    if metric == WORKFORCE:
        if c.rule in ("cue_before", "workers_a_place_has") and _guaranteed(x, c, s, p_lo):
            return _decide(c, PARTICIPANTS, "guaranteed_workers", 0.6)
        if _said_members(x, c, s, p_lo):
            return _decide(c, PARTICIPANTS, "said_members", 0.6)
        return metric
    if metric is None and c.rule == "planned" and _target_whole(x, cands, i, s, tail):
        return _decide(c, WORKFORCE, "target_whole", 0.6)
    if (
        metric is None
        and c.rule in ("", "employed", "not_people")
        and _employed(x, cands, i, s, tail)
        and not _vetoed_otherwise(x, cands, i, s, p_lo, f_hi, tail)
    ):
        return _decide(c, WORKFORCE, "employed", 0.6)
    if metric == PARTICIPANTS and c.rule in _CUE_RULES and _rate_of_it(x, c, s, p_lo):
        return _decide(c, WORKFORCE, "rate_of_it", 0.55)
    if metric == PARTICIPANTS and c.rule in _CUE_RULES and _part_of_it(x, c):
        return _decide(c, WORKFORCE, "part_of_it", 0.55)
    if metric == PARTICIPANTS and c.rule == "before_rate" and _EMPLOYED_TAIL_RE.search(tail[-80:]):
        # "penduduk yang bekerja pada kegiatan informal sebanyak 9 juta orang atau
        # 60 persen": the rate is a share of the population, the count its workers
        return _decide(c, WORKFORCE, "employed", 0.6)
    return metric


def _guaranteed(x, c: _Cand, s: _Sentence, p_lo: int) -> bool:
    """ "jumlah pekerja rentan yang dapat jaminan sosial tercatat sebanyak 8.137",
    "550 ribu pekerja rentan di Jawa Barat yang dijamin oleh Pemerintah Provinsi":
    workers said to be guaranteed (by a programme, a government) are its members,
    not the workers a place has"""
    lo = max(p_lo, c.start - 90)
    if not (x.a.may_hold(lo, c.start, ("jamin",)) or x.a.may_hold(c.end, s.hi, ("jamin",))):
        return False
    return bool(
        _GUARANTEED_BEFORE_RE.search(x.text, lo, c.start)
        or _GUARANTEED_AFTER_RE.match(x.text, c.end, s.hi)
    )


def _said_members(x, c: _Cand, s: _Sentence, p_lo: int) -> bool:
    """Workers said registered, or said a part of the potential, right after
    the count: members, not the workers a place has."""
    if not x.a.may_hold(c.end, s.hi, _MEMBERS_AFTER_STEMS):
        return False
    return bool(
        _MEMBERS_AFTER_RE.match(x.text, c.end, s.hi)
        and not _WHOLE_BEFORE_RE.search(x.text, max(p_lo, c.start - 40), c.start)
    )


def employed_group(x, cands: list[_Cand], i: int, s: _Sentence) -> str | None:
    """The group said right after a count of the people who work ("bekerja
    secara informal"), else the group of the rate it is the denominator of
    ("50% dari jumlah penduduk bekerja yang sebanyak ..."), else None."""
    c = cands[i]
    m = _EMPLOYED_AFTER_RE.match(x.text, c.end, s.hi) or _NEXT_EMPLOYED_RE.match(
        x.text, c.end, s.hi
    )
    groups = {hit[2] for hit in x._segment_hits(c.end, m.end())} if m else set()
    if len(groups) == 1:
        return groups.pop()
    prev = cands[i - 1] if i else None
    if (
        m is None
        and prev is not None
        and prev.metric == COVERAGE_PCT
        and prev.segment
        and _DARI_RE.match(x.text, prev.end, c.start)
    ):
        return prev.segment
    return None


def vulnerable_count(x, metric: str | None, c: _Cand, s: _Sentence) -> str | None:
    """The count rules' answer, made workforce for the vulnerable workers a
    place has."""
    if metric not in (None, PARTICIPANTS) or c.noun not in ("person", ""):
        return metric
    if (metric is None and c.rule) or c.rule == "guaranteed_workers":
        return metric  # vetoed (planned, not yet covered, ...) or said guaranteed
    if _vulnerable_a_place_has(x, c, s):
        return _decide(c, WORKFORCE, "vulnerable_a_place_has", 0.6)
    return metric


def vulnerable_subject(x, c: _Cand) -> bool:
    """ "Pekerja rentan di X meliputi imam, marbot, ... yang jumlahnya N": the
    group the sentence is about is the vulnerable, not the last example listed."""
    return c.rule == "vulnerable_a_place_has" and c.start in x.__dict__.get("_group_subjects", ())
