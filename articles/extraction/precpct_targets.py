"""Percents a region aims at, read as targets (issue #13, pooled round
"precpct").

- A level named as the purpose of an effort or a budget: "kami berkomitmen
  untuk mencapai angka coverage 45 persen", "APBD perubahan kita anggarkan
  untuk mencapai angka 70 persen dari total pekerja", "Pemkot berupaya
  memenuhi cakupan 90 persen".
- A level that should have been reached: "target capaian bulan itu
  seharusnya sudah mencapai 52 persen" (the "sudah" is the plan's, not the
  region's).

A mixin placed before ``MetricRules`` in the extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .tokens import _maybe

_REACH = r"(?:mencapai|capai|memenuhi|menembus|tembus|meraih)"
# "untuk mencapai angka 65 persen", "berupaya memenuhi cakupan ... 100 persen",
# "seharusnya sudah mencapai 59 persen": the level aimed at, no number on the way
_AIM_TAIL_RE = re.compile(
    r"(?:\b(?:untuk|guna|agar|supaya|demi)[ \t]+(?:(?:bisa|dapat|mampu|segera)[ \t]+)?"
    r"|\b(?:berupaya|berusaha|berkomitmen|bertekad)[ \t]+(?:untuk[ \t]+)?"
    rf"|\bseharusnya[ \t]+(?:sudah[ \t]+|telah[ \t]+)?){_REACH}\b[^\d.;]{{0,60}}$",
    re.IGNORECASE,
)
_AIM_STEMS = ("untuk", "guna", "agar", "supaya", "demi", "berupaya", "berusaha", "berkomit",
              "bertekad", "seharusnya")  # fmt: skip


class PrecpctTargets:
    def _target_rule(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, tail: str) -> str:
        rule = super()._target_rule(c, s, p_lo, f_hi, tail)
        if rule:
            return rule
        near = tail[-110:]
        if _maybe(near.lower(), _AIM_STEMS) and _AIM_TAIL_RE.search(near):
            return "aimed_at"
        return ""
