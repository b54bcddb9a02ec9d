"""Figures that count something other than workers (round "places"): a
coverage rate is a share of workers and a participant count a number of
people, so a percent or a count of villages, employers, regencies or projects
is neither.

- "72,9 persen nagari yang mendaftarkan pekerja rentannya", "25 persen dari
  total jumlah desa di Indonesia", "menjangkau 1.200-an desa": the unit
  counted is named right after the number ("persen kepala desa", "persen
  perangkat desa" are people and stay; "kabupaten Kapuas Hulu" is a place).
- "perusahaan yang bergabung baru 323 dari 856 atau 37 persen", "54 Nagari
  dari 74 Nagari atau 72,9 persen": a bare number whose clause a unit heads
  (not "dari kelurahan sebanyak 8.304", people from a village), the whole it
  is given out of, and the percent that restates the ratio.

Pure functions of the extractor (``x``), called by ``figure_kinds``."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence

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


# "perusahaan yang berhasil bergabung di BPJS Ketenagakerjaan Lahat baru": a unit
# heads the clause, no person word after it, right up to a bare number
_UNIT_SUBJECT_TAIL_RE = re.compile(
    r"(?<!dari )(?<!di )(?<!ke )(?<!per )\b" + _UNIT + r"\b(?![ \t]+(?-i:[A-Z]))"
    r"(?:(?!\b(?:pekerja|tenaga|karyawan|buruh|orang|jiwa|peserta|warga|masyarakat|pegawai"
    r"|aparat|perangkat)\b)[^\d.;,])*$",
    re.IGNORECASE,
)


def _of_next(text: str, c: _Cand, after: _Cand) -> bool:
    """Whether only "dari" stands between two numbers ("323 dari 856")."""
    return text[c.end : after.start].strip().lower() == "dari"


# "1.200-an desa": units named right after the number
_UNITS_AFTER_RE = re.compile(
    r"(?:-an)?[ \t]+" + _UNIT + r"(?![^\W\d_])(?![ \t]+(?-i:[A-Z]))", re.IGNORECASE
)


def count_of_units(x, cands: list[_Cand], i: int, s: _Sentence) -> bool:
    """ "perusahaan yang bergabung baru 323 dari 856": a bare number (no noun
    after it) whose clause counts employers, villages or regencies; and the
    whole it is given out of ("dari 856")."""
    c = cands[i]
    if c.noun == "person" or not x.a.holds(_UNIT_STEMS):
        return False  # a person word right after it: people
    if _UNITS_AFTER_RE.match(x.text, c.end, s.hi):
        return True
    if c.noun:
        return False
    after = cands[i + 1] if i + 1 < len(cands) else None
    if after is not None and after.noun == "person" and _of_next(x.text, c, after):
        return False  # "81.622 dari 253.305 pekerja": people after all
    prev = cands[i - 1] if i else None
    if prev is not None and prev.rule == "count_of_units" and not prev.noun:
        # "323 dari 856": the whole of the same units
        return _of_next(x.text, prev, c)
    lo = max(s.lo, c.start - 100)
    return x.a.may_hold(lo, c.start, _UNIT_STEMS) and bool(
        _UNIT_SUBJECT_TAIL_RE.search(x.text, lo, c.start)
    )


def percent_of_units(x, c: _Cand, s: _Sentence) -> bool:
    """Whether the percent counts villages, employers, regencies or projects."""
    if not x.a.holds(_UNIT_STEMS):
        return False
    text = x.text
    if _UNIT_AFTER_RE.match(text, c.end, s.hi):
        return True
    lo = max(s.lo, c.start - 160)
    return (
        text.find(" dari ", lo, c.start) >= 0
        and x.a.may_hold(lo, c.start, _UNIT_STEMS)
        and bool(_UNIT_RATIO_TAIL_RE.search(text, lo, c.start))
    )
