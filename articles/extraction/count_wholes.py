"""A whole named in words before its number, after the part or rate taken of
it: "163.072 atau 16,3 persen dari total Pekerja Penerima Upah yang jumlahnya
mencapai 994.347 orang", "13,4 persen atau 318.838 dari total jumlah PBPU di
Sulsel yang mencapai 2,37 juta orang". The whole is workforce (of the group
the part names); the bare count before "dari" is the part. A mixin of
``CountRules``.

And two shapes the cue words read the wrong way round (``whole_or_part``): a
count right after "dari total" is the whole a part or rate is taken of, the
workforce ("masih ada 1.234 orang belum terdaftar, dari total 23.456 angkatan
kerja", "terdaftar 987 dari total Pegawai Non ASN 1.020 orang"); a count after
a whole named in words only and closed by a comma or "tersebut" is the part,
when a word of participation follows it ("Dari jumlah pekerja tersebut 4.321
orang sudah menjadi peserta", "dari total pekerja formal, sebanyak 5.432 orang
telah terdaftar")."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .count_vetoes import _Count
from .figures import COVERAGE_PCT, PARTICIPANTS, WORKFORCE

# "dari total <up to six words> yang (jumlahnya) mencapai" right before the whole
_NAMED_WHOLE = (
    r"\bdari[ \t]+(?:total|jumlah|keseluruhan)[ \t]+(?:[^\W\d_]+[ \t]+|\([^\W\d_]+\)[ \t]+){1,6}?"
    r"yang[ \t]+(?:jumlahnya[ \t]+)?(?:mencapai|sebanyak|sebesar|berjumlah|sejumlah)[ \t]*$"
)
_NAMED_WHOLE_TAIL_RE = re.compile(_NAMED_WHOLE, re.IGNORECASE)
# the bare part right before such a whole: "318.838 dari total jumlah PBPU ... mencapai"
_PART_OF_NAMED_WHOLE_RE = re.compile(r"[ \t]+" + _NAMED_WHOLE[2:], re.IGNORECASE)

# "dari total", "dari total Pegawai Non ASN": the whole's number follows (up to
# four words naming it, none of participation; not "dari target": the sets label
# "2.046 orang dari target 2.300 orang" both as a workforce and as no figure)
_WHOLE_AFTER_RE = re.compile(
    r"(?<!\w)(?P<verb>\w+[ \t]+)?dari[ \t]+(?:total|keseluruhan)[ \t]+"
    r"(?P<words>(?:(?!yang\b|dan\b|atau\b)[^\W\d_]+[ \t]+){0,4}?)"
    r"(?:(?:sekitar|sebanyak|kurang[ \t]+lebih|lebih[ \t]+dari|mencapai)[ \t]+)*$",
    re.IGNORECASE,
)
# words that make the named whole one of participants ("dari total peserta 12.000")
_PARTICIPATION_WORDS_RE = re.compile(
    r"\b(?:peserta\w*|kepesertaan\w*|terdaftar|terlindungi|tercover|anggaran|dana)\b",
    re.IGNORECASE,
)
# "naik dari total ...": the level before a change, not a whole
_CHANGE_VERBS = frozenset(
    ("meningkat", "naik", "bertambah", "tumbuh", "turun", "menurun", "berkurang", "melonjak",
     "merosot")
)  # fmt: skip
# "Dari jumlah pekerja tersebut 4.321", "dari total pekerja formal, sebanyak 5.432":
# a whole named in words, closed by a comma or "tersebut", then the part's number
_PART_AFTER_NAMED_RE = re.compile(
    r"\bdari[ \t]+(?:total|jumlah|keseluruhan)\b[^\d.;,]{1,60}?"
    r"(?:,|\b(?:tersebut|itu|ini)\b,?)[ \t]*"
    r"(?:(?:sebanyak|sekitar|baru|hanya|masih|ada|terdapat|tercatat|yakni|yaitu)[ \t]+)*$",
    re.IGNORECASE,
)
# "254.087 di antaranya sudah terdaftar", "hanya 85.000 yang terdaftar", "15 ribu
# di antaranya terlindungi": a bare part, its word of participation right after it
_MEMBERS_AFTER_RE = re.compile(
    r"[ \t]+(?:di[ \t]*antaranya[ \t]+|yang[ \t]+)?(?:(?:sudah|telah|kini|resmi)[ \t]+)*",
    re.IGNORECASE,
)
_LOOK_AFTER = 40  # characters after the count for a word of participation
_CUE_RULES = frozenset({"cue_before", "cue_after", "cue_sentence"})


class CountWholeRules:
    def _named_whole_after_part(self, k: _Count):
        prev = k.prev
        if prev is None or prev.metric not in (PARTICIPANTS, COVERAGE_PCT):
            return None
        if not _NAMED_WHOLE_TAIL_RE.search(k.tail[-120:]):
            return None
        return _decide(k.c, WORKFORCE, "dari_after_part", 0.75)

    def _part_of_named_whole(self, k: _Count) -> bool:
        """The bare count before such a whole is a count of people."""
        nxt = k.nxt
        return nxt is not None and bool(
            _PART_OF_NAMED_WHOLE_RE.match(self.text, k.c.end, nxt.start)
        )

    def _members_after(self, c: _Cand, prev: _Cand | None, f_hi: int) -> bool:
        """A bare count is of people when a word of participation follows it
        straight away ("254.087 di antaranya sudah terdaftar"); not a part of a
        count of things ("Dari 198 desa, 194 sudah terdaftar")."""
        if prev is not None and prev.kind == "count" and prev.noun == "other":
            return False
        m = _MEMBERS_AFTER_RE.match(self.text, c.end, f_hi)
        hit = m and self.hits["part"].first_after(m.end(), f_hi)
        return bool(hit) and hit[0] == m.end()


def whole_or_part(
    x, metric: str | None, c: _Cand, s: _Sentence, f_hi: int, tail: str
) -> str | None:
    """The count rules' answer, turned round for a whole after "dari total" or a
    part after a whole named in words."""
    if c.noun not in ("person", ""):
        return metric
    if metric == PARTICIPANTS and _whole_after_dari(x, c, tail):
        return _decide(c, WORKFORCE, "whole_after_dari_total", 0.7)
    if metric == WORKFORCE and c.rule in _CUE_RULES and _part_after_named_whole(x, c, s, f_hi):
        return _decide(c, PARTICIPANTS, "part_after_named_whole", 0.65)
    return metric


def _whole_after_dari(x, c: _Cand, tail: str) -> bool:
    near = tail[-90:]
    if "dari" not in near.lower():
        return False
    m = _WHOLE_AFTER_RE.search(near)
    if m is None or c.noun != "person":
        return False
    verb = (m.group("verb") or "").strip().lower()
    if verb in _CHANGE_VERBS or _PARTICIPATION_WORDS_RE.search(m.group("words")):
        return False
    # "dari total 12.000 PMI yang terdaftar": a whole of the registered
    after = min(len(x.text), c.end + _LOOK_AFTER)
    return not x.hits["part"].any(c.end, after) or x.hits["wf"].any(c.end, after)


def _part_after_named_whole(x, c: _Cand, s: _Sentence, f_hi: int) -> bool:
    lo = max(s.lo, c.start - 120)
    if not x.a.may_hold(lo, c.start, ("dari",)):
        return False
    if _PART_AFTER_NAMED_RE.search(x.text, lo, c.start) is None:
        return False
    hi = min(f_hi, c.end + _LOOK_AFTER)
    return x.hits["part"].any(c.end, hi) and not x.hits["wf"].any(c.end, hi)
