"""Who pays the premiums, said away from the count: a programme that an
earlier sentence says a government or a fund pays for ("Program ini didanai
melalui APBD. ... didaftarkan dalam program ini ... 16.590 peserta"), or a
short sentence just before that only names the payer ("Iya, dibayar oleh
APBD. ... totalnya sekitar 54.000 peserta"). The workers are then the
vulnerable segment. Also whether the words around a count say someone else
pays the premiums at all (``_subsidised``, ``_paid_for_in``: "iurannya
ditanggung APBD", "Mereka mendapat sokongan premi ... dari pemerintah
daerah"). A mixin of ``CountRules``."""

from __future__ import annotations

import bisect
import re

from .article import _Sentence
from .count_vetoes import _Count
from .cues import _HOPE_RE, _PLANNED_RE, _SUBSIDISED_RE
from .tokens import _maybe

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

_PREMIUM_STEMS = (
    "iuran", "premi", "subsidi", "tanggung", "dibayar", "apbd", "daftarkan oleh", "dicover",
    "dibiayai", "anggaran pendapatan", "pendanaan", "pbi", "bantuan", "cukai", "dbhcht",
    "bagi hasil", "dbh", "didanai", "pembiayaan", "gratis", "anggarkan", "alokasi",
)  # fmt: skip


# "Mereka ...", "Perlindungan itu ...": a sentence about the people just counted
_THOSE_PAID_FOR_RE = re.compile(
    r"\W*(?:mereka|seluruhnya|semuanya|(?:perlindungan|bantuan|program|kepesertaan|iuran"
    r"|premi)(?:nya)?[ \t]+(?:itu|tersebut|ini))\b",
    re.IGNORECASE,
)

_QUOTE_MARKS = ('"', "\u201d", "'", "\u2019")
_ATTRIBUTION_RE = re.compile(
    r"[\"\u201d'\u2019],?[ \t]+(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|sebut)\w*\b",
    re.IGNORECASE,
)


class PayerRules:
    def _subsidised(self, s: _Sentence, p_lo: int) -> bool:
        if self._paid_for_in(max(s.topic_lo, p_lo - 80), p_lo, s.hi):
            return True
        # "... 3.000 nelayan telah mendapatkan perlindungan. Perlindungan itu diberikan
        # melalui ... DBHCHT", "... lebih dari 6.000 orang. Mereka mendapat sokongan
        # premi ... yang dibiayai pemerintah daerah": the next sentence says who pays
        k = bisect.bisect_right(self.a.sentence_starts, s.lo)
        if self._paid_programme_before(s, k - 1, p_lo) or self._payer_just_said(s, k - 1):
            return True
        if k >= len(self.a.sentences):
            return False
        nxt = self.a.sentences[k]
        return (
            _THOSE_PAID_FOR_RE.match(self.text, nxt.lo, nxt.hi) is not None
            # not a payer hoped for ("Mereka diharapkan ... iurannya ditanggung Pemda")
            and not _HOPE_RE.search(self.text, nxt.lo, nxt.hi)
            and not _PLANNED_RE.search(self.text, nxt.lo, nxt.hi)
            and self._paid_for_in(nxt.lo, nxt.lo, nxt.hi)
        )

    def _paid_for_in(self, lo: int, p_lo: int, hi: int) -> bool:
        """Whether someone else pays the premiums by the words from ``lo`` to
        ``hi``, not in those that say who spoke and where ('," kata X usai
        menghadiri penyerahan bantuan premi ...')."""
        if _maybe(self.text[p_lo:hi], _QUOTE_MARKS):
            said = _ATTRIBUTION_RE.search(self.text, p_lo, hi)
            hi = said.start() if said else hi
        # (the lower-cased text's slice is the slice lower-cased, when it keeps
        # every character in place: only a final sigma depends on what follows)
        low = self.a.lower
        window = low[lo:hi] if low is not None else self.text[lo:hi].lower()
        return _maybe(window, _PREMIUM_STEMS) and bool(_SUBSIDISED_RE.search(self.text, lo, hi))

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
