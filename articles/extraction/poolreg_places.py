"""Provinces named beside one of their regencies in another role (issue #13,
pooled round "poolreg"). Where the regency lies: "Pemerintah Kabupaten Sungai
Biru (Kasubi), Provinsi Y mendapat Rp5 miliar", "Kabupaten Sungai Biru di
Provinsi Y". The scope of an award or a ranking while the regency is the
sentence's subject:
"Bupati Tanah Hijau, menghadap juri Paritrana Award Provinsi Y, menyebut
12 ribu pekerja rentan sudah dijamin", "Pemkab Sungai Biru meraih coverage
tertinggi tingkat Provinsi Y", "capaian terbesar di Y: 5 ribu perangkat desa
dilindungi Bupati Sungai Biru". The province is where the award or the
ranking is held, not the figure's place. In both the province is left out of
the figure's places and the regency or city is taken. A mixin placed before ``PlacingRules`` in
the extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Mention, _Sentence
from .figures import PROVINCE

# "Paritrana Award (Provinsi) Y", "tingkat (Provinsi) Y", "terbesar di Y",
# "tertinggi se-Provinsi Y"
_SCOPE_BEFORE_RE = re.compile(
    r"(?:\baward|\btingkat|\bse-?|\b(?:terbesar|tertinggi|terbanyak|terbaik|teratas)"
    r"(?:[ \t]+\w+){0,3}[ \t]+(?:di|se-?|tingkat))[ \t]*(?:provinsi[ \t]+)?$",
    re.IGNORECASE,
)
# what stands between a regency and the province it lies in: "(Kasubi), ",
# ", Provinsi ", " di Provinsi ", " Provinsi "
_LIES_IN_RE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*|[ \t]+di[ \t]+|[ \t]+(?=provinsi\b))"
    r"(?:provinsi[ \t]+)?",
    re.IGNORECASE,
)
_BRACKET_RE = re.compile(r"[ \t]*\(")
_SCOPE_STEMS = ("award", "tingkat", "se", "terbesar", "tertinggi", "terbanyak", "terbaik")


class PoolregPlaces:
    def _region(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, mentions: list[_Mention]
    ) -> str | None:
        inside = [m for m in mentions if s.lo <= m.start < s.hi and m.code]
        if len(inside) > 1:
            scopes = [m for m in inside if self._province_scope(s, m, inside)]
            if scopes:
                # and its short form in brackets right after it: "Provinsi Y (PY)"
                scopes += [
                    n
                    for m in scopes
                    for n in inside
                    if n.code == m.code and _BRACKET_RE.fullmatch(self.text, m.end, n.start)
                ]
                mentions = [m for m in mentions if m not in scopes]
        return super()._region(c, s, p_lo, f_hi, mentions)

    def _province_scope(self, s: _Sentence, m: _Mention, inside: list[_Mention]) -> bool:
        """Whether ``m`` is a province named as where a regency or city named
        just before it lies, or as an award's or a ranking's scope while a
        regency or city lying in it is named in the same sentence."""
        index = self.a.index
        entry = index.get(m.code)
        if entry is None or entry.level != PROVINCE:
            return False
        below = [
            o
            for o in inside
            if o.code != m.code and o.placing and index.is_ancestor(m.code, o.code)
        ]
        if not below:
            return False
        if any(
            o.end <= m.start and _LIES_IN_RE.fullmatch(self.text, o.end, m.start) for o in below
        ):
            return True  # "Kabupaten Sungai Biru, Provinsi Y": where the regency lies
        lo = max(s.lo, m.start - 60)
        return (
            self.a.may_hold(lo, m.start, _SCOPE_STEMS)
            and _SCOPE_BEFORE_RE.search(self.text, lo, m.start) is not None
        )
