"""Who pays the premiums, said away from the count: a programme that an
earlier sentence says a government or a fund pays for ("Program ini didanai
melalui APBD. ... didaftarkan dalam program ini ... 16.590 peserta"), or a
short sentence just before that only names the payer ("Iya, dibayar oleh
APBD. ... totalnya sekitar 54.000 peserta"). The workers are then the
vulnerable segment. Also whether the words around a count say someone else
pays the premiums at all (``_subsidised``, ``_paid_for_in``: "iurannya
ditanggung APBD", "Mereka mendapat sokongan premi ... dari pemerintah
daerah"). A mixin of ``CountRules``.

Government money for the counted workers' membership makes them vulnerable too
(the count's group only, its metric left to the count rules): "Pemkab X
Anggarkan Rp963 Juta untuk 22.586 Pekerja Jadi Peserta", "Dana ini untuk
membiayai kepesertaan BPJS Ketenagakerjaan bagi 17.000 masyarakat pekerja", a
programme whose count is given first and whose payer a sentence soon after
names ("... total sekitar 3.511 penerima. ... program tersebut dibiayai
melalui APBD").

And more payers for the frame (``budget_payers``), which turn a total or
informal count of participants vulnerable, as "Pemkot X, yang telah
mendaftarkan 28 ribu pekerja informal" does: the regional budget as the fund
in the count's clause ("Melalui mekanisme anggaran pemerintah daerah tahun
2024, sebanyak 1.830 tenaga kerja informal dilindungi", "... yang dibiayai
APBD"), a programme the sentence before says the budget funds ("Pendanaannya
berasal dari DBHCHT. Hingga Mei, 4.120 pekerja informal telah terlindungi
melalui program ini"), a headline's short verb after the government ("Pemkab
X Beri Perlindungan BPJS Ketenagakerjaan 2.750 Pekerja Nonformal")."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .article import _Sentence
from .count_vetoes import _Count
from .cues import _HOPE_RE, _PLANNED_RE, _SUBSIDISED_RE
from .figures import VULNERABLE
from .tokens import _maybe

if TYPE_CHECKING:
    from .frame import Frame

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

# ("anggung": ditanggung and menanggung; "biayai": dibiayai and membiayai; "dbh" holds
# "dbhcht")
_PREMIUM_STEMS = (
    "iuran", "premi", "subsidi", "anggung", "dibayar", "apbd", "daftarkan oleh", "dicover",
    "biayai", "anggaran pendapatan", "pendanaan", "pbi", "bantuan", "cukai",
    "bagi hasil", "dbh", "didanai", "pembiayaan", "gratis", "anggarkan", "alokasi",
)  # fmt: skip


# "Mereka ...", "Perlindungan itu ...", "Seluruh iuran peserta ...": a sentence about
# the people just counted
_THOSE_PAID_FOR_RE = re.compile(
    r"\W*(?:mereka|seluruhnya|semuanya|(?:seluruh|semua)[ \t]+(?:iuran|premi)"
    r"|(?:perlindungan|bantuan|program|kepesertaan|iuran|premi)(?:nya)?[ \t]+"
    r"(?:itu|tersebut|ini))\b",
    re.IGNORECASE,
)

_QUOTE_MARKS = ('"', "\u201d", "'", "\u2019")
_ATTRIBUTION_RE = re.compile(
    r"[\"\u201d'\u2019],?[ \t]+(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|sebut)\w*\b",
    re.IGNORECASE,
)

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
_PROGRAMME_STEMS = ("program",)  # the word _PROGRAMME_RE needs
_PAID_STEMS = ("dibiayai", "didanai", "dibayar", "ditanggung", "mendanai", "membiayai")
_LOOK_AHEAD = 5  # sentences
_PARAGRAPHS_AHEAD = 3
# the region's (or the nation's) own budget
_BUDGET = (
    r"(?:apbd\w*|apbn|dbh[ \t]*chts?|dbhcht|dbh[ \t]+(?:sawit|migas|cukai)"
    r"|dana[ \t]+bagi[ \t]+hasil\w*|anggaran[ \t]+(?:pendapatan[ \t]+(?:dan[ \t]+)?belanja"
    r"[ \t]+daerah|pemerintah[ \t]+(?:daerah|kabupaten|kota|provinsi)|daerah))"
)
# "melalui mekanisme anggaran pemerintah daerah", "yang dibiayai APBD", "bersumber dari
# APBD": the budget as the fund of the count nearest it in its clause
_BUDGET_FUND_RE = re.compile(
    r"\b(?:melalui|lewat|dari|dengan|oleh|didanai|dibiayai|dibayar(?:kan)?|ditanggung"
    r"|bersumber[ \t]+dari|menggunakan)[ \t]+(?:(?:mekanisme|skema|dana|program|alokasi)[ \t]+)?"
    + _BUDGET
    + r"\b",
    re.IGNORECASE,
)
_BUDGET_STEMS = ("apbd", "apbn", "dbh", "bagi", "anggaran")
# the sentence before funds the programme: "pendanaannya berasal dari DBHCHT",
# "program ini dibiayai APBD"
_FUNDS_BEFORE_RE = re.compile(
    r"\b(?:pendanaan\w*|didanai|dibiayai|bersumber|berasal)\b[^.;]{0,60}?\b" + _BUDGET + r"\b",
    re.IGNORECASE,
)
_FUNDS_STEMS = ("pendanaan", "didanai", "dibiayai", "bersumber", "berasal")
# "melalui program ini": the programme the sentence before spoke of
_THIS_FUNDED_PROGRAMME_RE = re.compile(
    r"\b(?:melalui|lewat|dalam)[ \t]+program[ \t]+(?:ini|tersebut)\b", re.IGNORECASE
)
# a headline's government and its short verb: "Pemkab X Beri Perlindungan ..."
_HEADLINE_ACT_RE = re.compile(
    r"\b(?:pemprov|pemkab|pemkot|pemda)[ \t]+(?:[A-Z][\w-]*[ \t]+){1,3}?"
    r"(?:beri(?:kan)?[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:jaminan|perlindungan|kepesertaan)"
    r"|daftarkan|lindungi|biayai|bayarkan|tanggung[ \t]+iuran)\b",
    re.IGNORECASE,
)
_HEADLINE_STEMS = ("pemprov", "pemkab", "pemkot", "pemda")


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
        """Whether the next sentence names the count again and who pays for it;
        if not, money or a programme paid for makes its group vulnerable."""
        if self._restated_with_payer(k):
            return True
        if _money_for_count(self, k) or _programme_paid_after(self, k):
            # the group only: whether the count is of participants at all (not a
            # plan, "mengalokasikan untuk 15.000 pekerja" next year) is decided as before
            k.c.seg_hint = VULNERABLE
        return False

    def _restated_with_payer(self, k: _Count) -> bool:
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


def _money_for_count(x, k: _Count) -> bool:
    lo = max(k.s.lo, k.c.start - 140)
    return (
        x.a.may_hold(lo, k.c.start, _MONEY_STEMS)
        and _MONEY_FOR_COUNT_RE.search(x.text, lo, k.c.start) is not None
    )


def _programme_paid_after(x, k: _Count) -> bool:
    """ "... perluasan program yang sebelumnya sudah berjalan dengan total sekitar
    3.511 penerima. ... program tersebut dibiayai melalui APBD": the count of a
    programme whose payer one of the next sentences names."""
    s = k.s
    if not x.a.holds(_PROGRAMME_STEMS):
        return False  # (no programme named anywhere: no sentence looked up)
    at = bisect.bisect_right(x.a.sentence_starts, s.lo)
    if not _names_programme(x, s) and not (
        # "... ada sebanyak 10 ribu orang. Target ... yang akan menerima program
        # tersebut": the programme named by the next sentence of the paragraph
        at < len(x.a.sentences)
        and x.a.sentences[at].para == s.para
        and _names_programme(x, x.a.sentences[at])
    ):
        return False
    for nxt in x.a.sentences[at : at + _LOOK_AHEAD]:
        if nxt.para - s.para > _PARAGRAPHS_AHEAD:
            break
        if (
            x.a.may_hold(nxt.lo, nxt.hi, _PAID_STEMS)
            and _PROGRAMME_PAID_RE.search(x.text, nxt.lo, nxt.hi) is not None
        ):
            return True
    return False


def _names_programme(x, s: _Sentence) -> bool:
    """Whether sentence ``s`` names a programme ("program", "programnya")."""
    return x.a.may_hold(s.lo, s.hi, _PROGRAMME_STEMS) and _PROGRAMME_RE.search(x.text, s.lo, s.hi)


def budget_payers(x, f: Frame) -> list[tuple[int, int, int, int]]:
    """More payers for the frame: the regional budget as the fund, a programme the
    sentence before says the budget funds, a headline's government and its verb."""
    s, text, more = f.s, x.text, []
    if x.a.may_hold(s.lo, s.hi, _BUDGET_STEMS):
        for fund in _BUDGET_FUND_RE.finditer(text, s.lo, s.hi):
            lo, hi = f.clause_start(fund.start()), f.clause_end(fund.end())
            more.append((fund.start(), fund.end(), lo, hi))
    if x.a.may_hold(s.lo, s.hi, ("program",)):
        for this in _THIS_FUNDED_PROGRAMME_RE.finditer(text, s.lo, s.hi):
            if _funded_before(x, s.lo):
                lo, hi = f.clause_start(this.start()), f.clause_end(this.end())
                more.append((this.start(), this.end(), lo, hi))
    if x.a.may_hold(s.lo, s.hi, _HEADLINE_STEMS):
        for act in _HEADLINE_ACT_RE.finditer(text, s.lo, s.hi):
            # a government's act governs the rest of its clause
            more.append((act.start(), act.end(), act.end(), f.clause_end(act.end())))
    return more


def _funded_before(x, lo: int) -> bool:
    """Whether the sentence right before the one at ``lo`` (in the same or the
    previous paragraph) says a government budget funds the programme."""
    k = bisect.bisect_left(x.a.sentence_starts, lo) - 1
    if k < 0:
        return False
    before = x.a.sentences[k]
    return (
        x.a.may_hold(before.lo, before.hi, _FUNDS_STEMS)
        and _FUNDS_BEFORE_RE.search(x.text, before.lo, before.hi) is not None
    )
