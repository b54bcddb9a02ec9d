"""Who pays the premiums, said away from the count: a programme that an
earlier sentence says a government or a fund pays for ("Program ini didanai
melalui APBD. ... didaftarkan dalam program ini ... 16.590 peserta"), or a
short sentence just before that only names the payer ("Iya, dibayar oleh
APBD. ... totalnya sekitar 54.000 peserta"). The workers are then the
vulnerable segment. A mixin of ``CountRules``, whose ``_paid_for_in`` reads
the payer's words."""

from __future__ import annotations

import bisect
import re

from .article import _Sentence
from .count_vetoes import _Count

_SHORT_SENTENCE = 60  # characters
_PROGRAMME_WORDS = ("program", "skema")
_LOOK_BACK = 8  # sentences

# "didaftarkan dalam program ini", "terdaftar melalui program tersebut"
_THIS_PROGRAMME_RE = re.compile(
    r"\b(?:dalam|melalui|lewat|pada|di|ke)[ \t]+(?:program|skema)(?:[ \t]+\w+){0,2}?[ \t]+"
    r"(?:ini|tersebut|itu)\b",
    re.IGNORECASE,
)


# "... untuk 10.717 tenaga kerja tersebut": the same count, referred back to
_THAT_COUNT_AFTER_RE = re.compile(
    r"[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?(?:tersebut|itu)\b", re.IGNORECASE
)


class PayerRules:
    def _paid_after_restated(self, k: _Count) -> bool:
        """ "Sebanyak 10.717 tenaga kerja ... tercover BPJS Ketenagakerjaan. Pembayaran
        premi untuk 10.717 tenaga kerja tersebut menggunakan dana ... APBD": the next
        sentence of the paragraph names the same count again, and who pays for it."""
        at = bisect.bisect_right(self.a.sentence_starts, k.s.lo)
        if at >= len(self.a.sentences) or self.a.sentences[at].para != k.s.para:
            return False
        nxt = self.a.sentences[at]
        same = self.text.find(self.text[k.c.start : k.c.end], nxt.lo, nxt.hi)
        return (
            same >= 0
            and _THAT_COUNT_AFTER_RE.match(self.text, same + k.c.end - k.c.start, nxt.hi)
            is not None
            and self._paid_for_in(nxt.lo, nxt.lo, nxt.hi)
        )

    def _payer_just_said(self, s: _Sentence, at: int) -> bool:
        """ "Iya, dibayar oleh APBD. Ditambah lagi ... jadi totalnya sekitar 54.000
        peserta": a short sentence of the same paragraph, right before, that only
        says who pays."""
        if at < 1:
            return False
        before = self.a.sentences[at - 1]
        return (
            before.para == s.para
            and before.hi - before.lo <= _SHORT_SENTENCE
            and self._paid_for_in(before.lo, before.lo, before.hi)
        )

    def _paid_programme_before(self, s: _Sentence, at: int, p_lo: int) -> bool:
        """ "Program ini didanai melalui APBD. ... Jumlah pekerja yang telah
        didaftarkan dalam program ini ... 16.590 peserta": the workers of a
        programme that a sentence up to eight before says someone else pays for."""
        if not self.a.may_hold(p_lo, s.hi, _PROGRAMME_WORDS):
            return False
        m = _THIS_PROGRAMME_RE.search(self.text, p_lo, s.hi)
        if m is None:
            return False
        for j in range(at - 1, max(-1, at - 1 - _LOOK_BACK), -1):
            before = self.a.sentences[j]
            if self.a.may_hold(before.lo, before.hi, _PROGRAMME_WORDS) and self._paid_for_in(
                before.lo, before.lo, before.hi
            ):
                return True
        return False
