"""Workers a text says ought to be covered (round "ajtune"): the potential, not
the members.

"N pekerja yang harus terlindungi", "N pekerja rentan yang harusnya tercover
BPJS Ketenagakerjaan", "jumlah tenaga kerja non-ASN yang wajib dilindungi di
lingkungan X sebanyak N orang", "Total potensi peserta yang harus terdaftar
sebanyak N orang": the registration or protection word is governed by a word
of obligation (harus, harusnya, seharusnya, semestinya, wajib, mesti), so the
count is of those who should be members, the workforce the coverage is
measured against, while the participation rules read the bare "terdaftar" or
"dilindungi" as membership.

Only a count the rules read as participants, with the obligation clause right
after its noun ("N pekerja yang harus ...", no comma or number between) or
right before it in its clause ("... yang wajib dilindungi ... sebanyak N"),
and not when the clause counts what is still missing ("gap", "sisa",
"menyisakan", "masih", "belum", "kekurangan": those are the uncovered, which
are not labelled and which the count vetoes already leave out).

A mixin placed right after ``WfCounts`` in the extractor's bases (so the
count precision rules before it still read its answer); pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _decide, _Sentence
from .figures import PARTICIPANTS, WORKFORCE

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


class AjtunePotential:
    def _classify_count(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_count(cands, i, s, p_lo, f_hi, tail)
        if (
            metric == PARTICIPANTS
            and self.a.holds(_OUGHT_STEMS)
            and self._ought_to_be_covered(cands[i], s, p_lo, tail)
        ):
            return _decide(cands[i], WORKFORCE, "ought_covered", 0.6)
        return metric

    def _ought_to_be_covered(self, c: _Cand, s: _Sentence, p_lo: int, tail: str) -> bool:
        """The count is of those who should be members, said by an obligation
        clause right after its noun or right before it in its clause, and not of
        what is still missing."""
        text = self.text
        hi = min(s.hi, c.end + 90)
        said = ""
        if self.a.may_hold(c.end, hi, _OUGHT_STEMS):
            m = _OUGHT_AFTER_RE.match(text, c.end, hi)
            said = m.group(0) if m else ""
        if not said and self.a.may_hold(max(p_lo, c.start - 120), c.start, _OUGHT_STEMS):
            m = _OUGHT_BEFORE_RE.search(tail[-120:])
            said = m.group(0) if m else ""
        return bool(said) and _MISSING_RE.search(tail[-80:] + " " + said) is None
