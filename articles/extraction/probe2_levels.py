"""The level now beside a target (round "probe2", from paragraphs written
for the round): "menargetkan cakupan 65 persen pada 2026, naik dari 52,4
persen", "..., dari 52,4 persen saat ini". The target word before the
clause made the second percent a target too; the level the target rises
from, or a percent said of the present right after it, is the coverage
reached (as "dari capaian saat ini 31,72 persen" already was). Not "naik
dari target 60 persen menjadi 65 persen" (a target word right before the
percent keeps it a target). A mixin placed before ``MetricRules`` in the
extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence

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


class Probe2Levels:
    def _target_rule(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, tail: str) -> str:
        rule = super()._target_rule(c, s, p_lo, f_hi, tail)
        if rule and self._level_now(c, s, tail):
            return ""
        return rule

    def _level_now(self, c: _Cand, s: _Sentence, tail: str) -> bool:
        end = tail[-40:]
        if _RISES_FROM_TAIL_RE.search(end):
            return True
        return bool(_FROM_TAIL_RE.search(end)) and bool(_NOW_AFTER_RE.match(self.text, c.end, s.hi))
