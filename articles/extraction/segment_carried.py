"""A sentence that goes on about the group of the one before: "Sementara
segmen Penerima Upah (PU) berpotensi 35.036 pekerja. Bahkan, peserta aktif BPJS
mencapai 38.036 pekerja", "... penerima upah (PU) mencapai 26,64 juta orang.
Jumlah pekerja terlindungi itu setara 50,23%", "... non-ASN dan guru ... 7.220
orang. Itu berarti yang telah didaftarkan sekitar 87 persen". Its first
figure, naming no group or whole of its own, takes the one group the sentence
right before (with a figure) and its paragraph name, when a figure there took
it: in "Angkatan kerja di Kabupaten X tercatat 212.340 jiwa di luar TNI, Polri,
PNS dan P3K. Dari jumlah angkatan kerja tersebut, 61.870 jiwa atau 29,14% telah
terlindungi" the group named ("TNI, Polri, PNS") is what the figure leaves out,
and the 61.870 is everyone's. Called from ``SegmentRules._carried_segment``;
pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Sentence
from .cues import _WHOLE_WORD_RE
from .figures import COVERAGE_PCT, PARTICIPANTS, TOTAL, WORKFORCE

# "Bahkan, ...", "Masih sekitar ...", "Itu berarti ...", "Artinya ..."
_GOES_ON_RE = re.compile(
    r"[ \t\"\u201c\u201d'(]*(?:bahkan|masih|itu[ \t]+berarti|ini[ \t]+berarti|artinya"
    r"|dengan[ \t]+kata[ \t]+lain)\b",
    re.IGNORECASE,
)
# "Jumlah pekerja terlindungi itu", "Angka tersebut", "kategori ini": what the
# sentence before counted, referred back to
_BACK_TO_RE = re.compile(
    r"\b(?:jumlah|angka)(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+(?:itu|tersebut|ini)\b"
    r"|\b(?:kategori|golongan|kelompok|segmen|sektor)[ \t]+(?:ini|itu|tersebut)\b",
    re.IGNORECASE,
)
_ITS_METRICS = (PARTICIPANTS, WORKFORCE, COVERAGE_PCT)


def group_gone_on_with(x, cand: _Cand, s: _Sentence) -> str | None:
    last = x.__dict__.get("_last_figure")
    k = bisect.bisect_left(x.a.sentence_starts, s.lo) - 1
    if last is None or k < 0:
        return None
    before = x.a.sentences[k]
    if before.lo != last[1] or s.para - before.para > 1:
        return None  # the sentence right before gave no figure
    # the one group of the sentence before and of its paragraph so far (not a
    # list of groups: "... 449.085 PU. ... 32.537 BPU. Sedangkan 46.055 lainnya
    # konstruksi. Jumlah ini baru sekitar 53,32 persen" is the whole's)
    lo = x.a.paragraphs[before.para].lo
    groups = {seg for _lo, _hi, seg in x._segment_hits(lo, before.hi)}
    if len(groups) != 1 or TOTAL in groups:
        return None
    text = x.text
    back = _BACK_TO_RE.search(text, s.lo, cand.start)
    if back is None and _GOES_ON_RE.match(text, s.lo, cand.start) is None:
        return None
    if x._segment_hits(s.lo, cand.start):
        return None
    for m in _WHOLE_WORD_RE.finditer(text, s.lo, cand.start):
        if back is None or not back.start() <= m.start() < back.end():
            return None  # "Bahkan, total ...": the whole
    group = groups.pop()
    # only when a figure there took the group (not an exclusion, an aside)
    if group not in x._groups_at.get(last[1], ()):
        return None
    return group
