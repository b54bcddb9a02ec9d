"""Percents that count something other than workers: a coverage rate is a
share of workers, so a percent of villages, employers, regencies or projects
is none (round "places").

- "72,9 persen nagari yang mendaftarkan pekerja rentannya", "25 persen dari
  total jumlah desa di Indonesia": the unit counted is named right after the
  number ("persen kepala desa", "persen perangkat desa" are people and stay).
- "perusahaan yang bergabung baru 323 dari 856 atau 37 persen": the percent
  restates "N dari M" whose counted noun, named before, is such a unit.

A mixin placed before ``MetricRules`` in the extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .figures import COVERAGE_PCT
from .tokens import _maybe

# what a unit word needs (lower-cased), a cheap check before the patterns
_UNIT_STEMS = (
    "desa", "kelurahan", "nagari", "kampung", "gampong", "perusahaan", "badan usaha",
    "pemberi kerja", "kabupaten", "kota", "kecamatan", "proyek", "sekolah", "instansi",
)  # fmt: skip
_UNIT = (
    r"(?:desa|kelurahan|nagari|kampung|gampong|perusahaan|badan[ \t]+usaha|pemberi[ \t]+kerja"
    r"|kabupaten(?:/kota)?|kota|kecamatan|proyek|sekolah|instansi)"
)
# "persen nagari yang ...", "persen dari total jumlah desa di ...": the unit is the
# head of what the percent counts (not a place's name: "persen Kota Ambon")
_UNIT_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:dari|atas)[ \t]+)?(?:(?:total|jumlah|seluruh|keseluruhan)[ \t]+)*"
    + _UNIT
    + r"(?![^\W\d_])(?![ \t]+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "perusahaan yang berhasil bergabung ... baru 323 dari 856 atau", "54 Nagari dari
# 74 Nagari atau": a ratio of units before the percent (no worker word between
# the unit and the numbers)
_UNIT_RATIO_TAIL_RE = re.compile(
    r"(?:\b" + _UNIT + r"\b(?:(?!\b(?:pekerja|tenaga|karyawan|buruh|orang|jiwa|peserta)\b)"
    r"[^\d.;])*\d[\d.,]*|\d[\d.,]*[ \t]+" + _UNIT + r")"
    r"[ \t]+dari[ \t]+\d[\d.,]*(?:[ \t]+" + _UNIT + r")?[ \t]*,?[ \t]*"
    r"(?:atau|setara|sekitar)[ \t]+(?:(?:sekitar|sebesar|setara|dengan)[ \t]+)?$",
    re.IGNORECASE,
)


class PercentKinds:
    def _classify_percent(
        self, cands: list[_Cand], i: int, s: _Sentence, p_lo: int, f_hi: int, tail: str
    ):
        metric = super()._classify_percent(cands, i, s, p_lo, f_hi, tail)
        if metric == COVERAGE_PCT and self._percent_of_units(cands[i], s):
            cands[i].rule = "share_of_units"
            return None
        return metric

    def _percent_of_units(self, c: _Cand, s: _Sentence) -> bool:
        """Whether the percent counts villages, employers, regencies or projects."""
        if not self.a.holds(_UNIT_STEMS):
            return False
        low = self.a.lower
        after = (low if low is not None else self.text.lower())[c.end : min(s.hi, c.end + 40)]
        if _maybe(after, _UNIT_STEMS) and _UNIT_AFTER_RE.match(self.text, c.end, s.hi):
            return True
        near = self.text[max(s.lo, c.start - 160) : c.start]
        return (
            " dari " in near
            and _maybe(near.lower(), _UNIT_STEMS)
            and bool(_UNIT_RATIO_TAIL_RE.search(near))
        )
