"""Government money for the counted workers' membership (issue #13, pooled
round "poolseg"): "Pemkab X Anggarkan Rp963 Juta untuk 22.586 Pekerja Jadi
Peserta", "Dana ini untuk membiayai kepesertaan BPJS Ketenagakerjaan bagi
17.000 masyarakat pekerja", or a programme whose count is given first and
whose payer a sentence soon after names ("... perluasan program ... total
sekitar 3.511 penerima. ... program tersebut dibiayai melalui APBD"). The
workers are then the vulnerable segment (someone else pays their premiums).
A mixin placed before ``CountRules`` in the extractor, through the payer
check ``_paid_after_restated``: it gives the count's group as a hint and
leaves its metric to the count rules; pure Python."""

from __future__ import annotations

import bisect
import re

from .count_vetoes import _Count
from .figures import VULNERABLE

_GOVERNMENT_MONEY = (
    r"(?:(?:meng|di)?anggar\w*|dana|alokasi\w*|mengalokasikan|rp[ \t]*[\d.,]+"
    r"(?:[ \t]*(?:ribu|juta|miliar|milyar|triliun))?)"
)
# "Anggarkan Rp963 Juta untuk 22.586", "Dana ini untuk membiayai kepesertaan BPJS
# Ketenagakerjaan bagi 17.000": money, then the count it pays for
_MONEY_FOR_COUNT_RE = re.compile(
    r"\b" + _GOVERNMENT_MONEY + r"\b[^.;:\d]{0,40}?\b(?:untuk|bagi|guna)[ \t]+"
    r"(?:(?:membiayai|mengcover|mengkover|membayar|menanggung|mendaftarkan)\b[^.;:\d]{0,60}?"
    r"\b(?:bagi|untuk|kepada)[ \t]+)?(?:(?:sebanyak|sekitar|kurang[ \t]+lebih|lebih[ \t]+dari)"
    r"[ \t]+)?$",
    re.IGNORECASE,
)
_MONEY_STEMS = ("anggar", "dana", "alokasi", "rp")
# a sentence soon after that names the programme's payer: "program tersebut dibiayai
# melalui APBD", "Untuk mendanai program di tahap awal, Pemkab X telah mengalokasikan
# anggaran ... dari APBD"
_PROGRAMME_PAID_RE = re.compile(
    r"\bprogram\w*\b[^.;]{0,40}?\b(?:dibiayai|didanai|dibayar\w*|ditanggung)\b[^.;]{0,60}?"
    r"\b(?:apbd\w*|anggaran|pemerintah|pemkab|pemkot|pemprov|pemda|dana)\b"
    r"|\b(?:mendanai|membiayai)[ \t]+program\b[^.;]{0,120}?\b(?:apbd\w*|anggaran)\b",
    re.IGNORECASE,
)
_PROGRAMME_RE = re.compile(r"\bprogram\w*\b", re.IGNORECASE)
_PAID_STEMS = ("dibiayai", "didanai", "dibayar", "ditanggung", "mendanai", "membiayai")
_LOOK_AHEAD = 5  # sentences
_PARAGRAPHS_AHEAD = 3


class PoolsegFunds:
    def _paid_after_restated(self, k: _Count) -> bool:
        if super()._paid_after_restated(k):
            return True
        if self._money_for_count(k) or self._programme_paid_after(k):
            # the group only: whether the count is of participants at all (not a
            # plan, "mengalokasikan untuk 15.000 pekerja" next year) is decided as before
            k.c.seg_hint = VULNERABLE
        return False

    def _money_for_count(self, k: _Count) -> bool:
        lo = max(k.s.lo, k.c.start - 140)
        return (
            self.a.may_hold(lo, k.c.start, _MONEY_STEMS)
            and _MONEY_FOR_COUNT_RE.search(self.text, lo, k.c.start) is not None
        )

    def _programme_paid_after(self, k: _Count) -> bool:
        """ "... perluasan program yang sebelumnya sudah berjalan dengan total sekitar
        3.511 penerima. ... program tersebut dibiayai melalui APBD": the count of a
        programme whose payer one of the next sentences names."""
        s = k.s
        if not self.a.may_hold(s.lo, s.hi, ("program",)) or not _PROGRAMME_RE.search(
            self.text, s.lo, s.hi
        ):
            return False
        at = bisect.bisect_right(self.a.sentence_starts, s.lo)
        for nxt in self.a.sentences[at : at + _LOOK_AHEAD]:
            if nxt.para - s.para > _PARAGRAPHS_AHEAD:
                break
            if (
                self.a.may_hold(nxt.lo, nxt.hi, _PAID_STEMS)
                and _PROGRAMME_PAID_RE.search(self.text, nxt.lo, nxt.hi) is not None
            ):
                return True
        return False
