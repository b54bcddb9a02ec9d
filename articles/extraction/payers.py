"""Who pays the premiums, said away from the count: a programme that an
earlier sentence says a government or a fund pays for ("Program ini didanai
melalui APBD. ... didaftarkan dalam program ini ... 16.590 peserta"), or a
short sentence just before that only names the payer ("Iya, dibayar oleh
APBD. ... totalnya sekitar 54.000 peserta"). The workers are then the
vulnerable segment. A mixin of ``CountRules``, whose ``_paid_for_in`` reads
the payer's words."""

from __future__ import annotations

import re

from .article import _Sentence

_SHORT_SENTENCE = 60  # characters
_PROGRAMME_WORDS = ("program", "skema")
_LOOK_BACK = 8  # sentences

# "didaftarkan dalam program ini", "terdaftar melalui program tersebut"
_THIS_PROGRAMME_RE = re.compile(
    r"\b(?:dalam|melalui|lewat|pada|di|ke)[ \t]+(?:program|skema)(?:[ \t]+\w+){0,2}?[ \t]+"
    r"(?:ini|tersebut|itu)\b",
    re.IGNORECASE,
)


class PayerRules:
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
