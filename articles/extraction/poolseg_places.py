"""Places named after a figure in another role (issue #13, pooled round
"poolseg"): "baru mencapai 67 persen, masih tertinggal dari target nasional
sebesar 80 persen" (the nation is the benchmark's, not the rate's), "iurannya
ditanggung pemerintah daerah bersama Pemerintah Provinsi X" (a government
paying together with another is a payer, not the workers' place). Such a
place is left out of the figure's places; the figure then takes the place
named before it, its topic's or the article's. A mixin placed before
``PlacingRules`` in the extractor; pure Python."""

from __future__ import annotations

import re

from .article import _Cand, _Mention, _Sentence

# a national benchmark: "target nasional", "rata-rata nasional", "capaian nasional"
_BENCHMARK_RE = re.compile(
    r"(?:target|rata[ \t-]*rata|rerata|capaian|angka|cakupan|coverage)[ \t]+nasional\b",
    re.IGNORECASE,
)
# what sets the benchmark apart from the figure before it: "(masih tertinggal) dari",
# "padahal", "di bawah", "dibanding", "jauh dari", "sementara", "sedangkan"
_SET_APART_RE = re.compile(
    r"\b(?:dari|padahal|bawah|atas|dibanding\w*|banding\w*|sementara|sedangkan|namun"
    r"|melampaui|melebihi|mendekati|menuju|terhadap)\b",
    re.IGNORECASE,
)
# "ditanggung pemerintah daerah bersama Pemerintah Provinsi": a second payer
_JOINT_PAYER_RE = re.compile(
    r"\b(?:ditanggung|dibayar\w*|dibiayai|didanai|disubsidi)\b[^.;\d]{0,50}?"
    r"\b(?:bersama|dan|serta)[ \t]+(?:dengan[ \t]+)?(?:(?:pemerintah|pemkab|pemkot|pemprov"
    r"|pemprop|pemda)(?:[ \t]+(?:provinsi|kabupaten|kota|daerah))?[ \t]+)?$",
    re.IGNORECASE,
)
_PAYER_STEMS = ("ditanggung", "dibayar", "dibiayai", "didanai", "disubsidi")


class PoolsegPlaces:
    def _region(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, mentions: list[_Mention]
    ) -> str | None:
        if any(m.start >= c.end for m in mentions):
            kept = [m for m in mentions if m.start < c.end or not self._other_role(c, s, m)]
            if len(kept) < len(mentions):
                mentions = kept
        return super()._region(c, s, p_lo, f_hi, mentions)

    def _other_role(self, c: _Cand, s: _Sentence, m: _Mention) -> bool:
        """Whether a place named after the figure is a national benchmark set
        apart from it, or a government paying together with another."""
        text = self.text
        if m.code == self.a.index.nation_code:
            return (
                _BENCHMARK_RE.match(text, m.start, m.end) is not None
                and _SET_APART_RE.search(text, c.end, m.start) is not None
            )
        lo = max(s.lo, m.start - 90)
        return (
            self.a.may_hold(lo, m.start, _PAYER_STEMS)
            and _JOINT_PAYER_RE.search(text, lo, m.start) is not None
        )
