"""Workers a government protects (issue #13, round 9): "Pemkab X telah
memberikan perlindungan jaminan sosial kepada 2.350 nelayan melalui
pemanfaatan DBHCHT", "Dari APBD kota, kami sudah memberikan perlindungan
kepada sekitar 19 ribu orang", "BPJS Ketenagakerjaan X kini melindungi 1.439
petani. Pemkot X menanggung penuh iuran bulanan mereka". The people protected
are participants; when a government or its budget gives the protection or
pays the premiums, they are the vulnerable segment.

Where no word of the participation list stands near the count
(``protected_count``): an active verb of protection before it ("Pemkab X
resmi melindungi 4.300 pekerja rentan", "memberikan jaminan kecelakaan kerja
dan kematian bagi 310 kepala desa", "mendanai cakupan bagi 2.100 pekerja",
"Pemprov mampu membiayai hingga 45.000 pekerja"; not a purpose, "bekerja sama
untuk memberikan perlindungan kepada 2 juta pekerja", unless a government's
budget was set aside for it: "mengalokasikan Rp1,5 miliar dalam APBD 2025
untuk mendanai cakupan bagi 7.400 pekerja", the vulnerable segment), or the
count as the subject of a verb of receiving membership or of having its
premiums paid ("Sebanyak 2.200 petani ... menerima bantuan sosial
ketenagakerjaan", "hanya sekitar 8.000 yang bisa di-cover", "620 petani ...
sudah dibayarkan Pemko X iuran"; "450 petani pekerja rentan memperoleh
iuran": that group), or, in a story whose lead names a government, a count
of the vulnerable or `other` group its clause names ("Pekerja rentan meliputi
petani, ..., dengan jumlah 12.000 orang", "dianggarkan sebanyak 2.053 orang
tenaga honorer"; not a plan, an addition, a count per village or an item of a
whole's make-up). Only when the count rules found no metric and ruled out
nothing. A rule class of the extractor, whose checks ``CountRules`` calls by
name; pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _decide, _Sentence
from .figures import OTHER, PARTICIPANTS, VULNERABLE

# the verb of protecting right before the count ("melindungi 1.439 petani",
# "memberikan perlindungan jaminan sosial kepada 2.350 nelayan")
_PROTECT_TAIL_RE = re.compile(
    r"\b(?:melindungi|(?:memberikan|memberi|berikan)[ \t]+perlindungan\b[^.;\d]{0,60}?"
    r"\b(?:kepada|bagi|untuk))[ \t]+(?:(?:sekitar|sebanyak|sedikitnya|kurang[ \t]+lebih"
    r"|lebih[ \t]+dari|hampir)[ \t]+)?$",
    re.IGNORECASE,
)
# a government or its budget giving the protection or paying the premiums
_GOVERNMENT = (
    r"(?:pemkot|pemkab|pemprov|pemda|pemerintah[ \t]+(?:kota|kabupaten|provinsi|daerah)"
    r"|apbd\w*|anggaran[ \t]+pendapatan)"
)
_GOVERNMENT_PAYS_RE = re.compile(
    # "Pemkab X (juga telah) memberikan perlindungan ... kepada", "Dari APBD kota, kami
    # sudah memberikan perlindungan kepada"
    r"\b" + _GOVERNMENT + r"\b[^.;\d]{0,80}?\b(?P<verb>melindungi|(?:memberikan|memberi)[ \t]+"
    r"perlindungan|mengikutsertakan)\b"
    # "melalui pemanfaatan DBHCHT", "melalui alokasi APBD"
    r"|\b(?:melalui|lewat)[ \t]+(?:pemanfaatan|penggunaan|alokasi|anggaran|dana)[ \t]+"
    r"(?:dana[ \t]+)?(?:dbh\w*|apbd\w*|dana[ \t]+bagi[ \t]+hasil|dana[ \t]+desa"
    r"|anggaran[ \t]+pendapatan)\b"
    # "tenaga kerja ... perkebunan sawit di DBH Sawit": a revenue share of the region pays
    r"|\b(?:di|pada|lewat|via)[ \t]+(?:program[ \t]+)?(?:dbh\w*|dana[ \t]+bagi[ \t]+hasil)\b"
    # "menanggung penuh iuran bulanan mereka"
    r"|\b(?:menanggung|membayarkan|membayar|membiayai)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?"
    r"(?:iuran|premi)",
    re.IGNORECASE,
)
# a purpose or a plan, not protection given: "... untuk memberikan perlindungan"
_PURPOSE_TAIL_RE = re.compile(
    r"\b(?:untuk|akan|guna|agar|demi|supaya|upaya|rencana|berencana|ingin|siap|dapat|bisa)"
    r"[ \t]+(?:[^\W\d_]+[ \t]+)?$",
    re.IGNORECASE,
)
_JOINTLY_RE = re.compile(r"\b(?:bersama|bpjs|kerja[ \t]*sama|kolaborasi)", re.IGNORECASE)
_BUDGET_SET_ASIDE_RE = re.compile(
    r"\b(?:mengalokasikan|menganggarkan|dialokasikan|dianggarkan)\b[^.;\n]{0,60}?"
    r"\b(?:apbd\w*|anggaran[ \t]+(?:pendapatan|daerah))\b",
    re.IGNORECASE,
)
_BUDGET_WORD_RE = re.compile(r"\b(?:anggaran|apbd\w*|dana|biaya)\b", re.IGNORECASE)
# the words the patterns above need (a cheap check first)
_PROTECT_STEMS = ("melindungi", "perlindungan")
_PAYS_STEMS = (
    "pemkot", "pemkab", "pemprov", "pemda", "pemerintah", "apbd", "anggaran", "melalui", "lewat",
    "menanggung", "membayar", "membiayai", "dbh", "dana bagi",
)  # fmt: skip
# the next sentence names the payer of "them" ("... iuran bulanan mereka")
_THEM_RE = re.compile(r"\bmereka\b", re.IGNORECASE)

_AMOUNT_WORDS = (
    r"(?:(?:sebanyak|sekitar|sekira|lebih[ \t]+dari|kurang[ \t]+lebih|hingga|total)[ \t]+)*"
)
# the verb right before the count (no digit, full stop or semicolon between)
_PROTECTS_TAIL_RE = re.compile(
    r"(?:\b(?:melindungi|meng-?cover|mencover|mengkover)[ \t]+"
    r"|\b(?:memberikan|memberi|menyalurkan)[ \t]+(?:jaminan|perlindungan)\b[^\d.;]{0,50}?"
    r"\b(?:bagi|kepada|untuk)[ \t]+"
    r"|\b(?:mendanai|membiayai)[ \t]+(?:cakupan|kepesertaan|perlindungan)\b[^\d.;]{0,30}?"
    r"\b(?:bagi|kepada|untuk)[ \t]+"
    # "Pemprov mampu membiayai hingga 45.000 pekerja informal"
    r"|\b(?:mendanai|membiayai)[ \t]+"
    r"|\blayanan[ \t]+(?:bpjs|bpjamsostek|jamsostek)\b[^\d.;]{0,30}?\b(?:bagi|kepada|untuk)[ \t]+"
    r"|\bperlindungan[ \t]+)" + _AMOUNT_WORDS + r"$",
    re.IGNORECASE,
)
# "untuk melindungi", "guna memberikan jaminan": a purpose, not protection given
_PURPOSE_VERB_TAIL_RE = re.compile(
    r"\b(?:untuk|guna|agar|demi|akan|ingin|berkomitmen|siap)[ \t]+(?:(?:bisa|dapat|terus)[ \t]+)?$",
    re.IGNORECASE,
)
_PROTECTS_STEMS = (
    "lindung", "cover", "kover", "jaminan", "cakupan", "kepesertaan", "layanan", "biayai", "danai",
)  # fmt: skip
# the count, then (its people named) a verb of receiving membership or of being covered
_RECEIVES_AFTER_RE = re.compile(
    r"(?:[ \t,]+(?!(?:yang[ \t]+)?(?:belum|tidak|tak)\b)[^\W\d_]+){0,14}?[ \t,]+"
    r"(?:(?:telah|sudah|kini|bisa|dapat|yang)[ \t]+)*"
    r"(?:(?:menerima|memperoleh|mendapat(?:kan)?)[ \t]+(?:bantuan[ \t]+sosial[ \t]+ketenagakerjaan"
    r"|bantuan[ \t]+iuran|iuran|kartu[ \t]+(?:bpjs|bpjamsostek|jamsostek))"
    r"|di-cover|di-kover"
    # "620 petani ... sudah dibayarkan Pemko Sawahlunto iuran jaminan sosial"
    r"|dibayar(?:kan)?[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?(?:iuran|premi))\b",
    re.IGNORECASE,
)
# a plan, an addition or a count per unit ("akan", "ke depan", "tambahan sebanyak",
# "100 pekerja per desa", "1 desa 100 pekerja"): no programme's members
_NOT_YET_OR_PER_RE = re.compile(
    r"\b(?:akan|ke[ \t]*depan|rencana\w*|direncanakan|tambah\w*|penambahan|menambahkan"
    r"|(?:per|setiap|tiap|\d+)[ \t]+(?:desa|kelurahan|kecamatan|dusun|kampung|sekolah))\b",
    re.IGNORECASE,
)
# "12.000 pekerja yang terdiri dari 5.454 THL, ...": an item of a whole's make-up
_ITEM_OF_WHOLE_RE = re.compile(
    r"\d[^;]*?\b(?:terdiri[ \t]+(?:dari|atas)|meliputi|mencakup|yaitu|yakni"
    r"|antara[ \t]+lain)\b",
    re.IGNORECASE,
)
_VULNERABLE_NAMED_RE = re.compile(r"\bpekerja[ \t]+rentan\b", re.IGNORECASE)
_RECEIVES_STEMS = ("menerima", "memperoleh", "mendapat", "di-cover", "di-kover", "dibayar")
_LOOK_BACK = 110  # characters before the count for the verb


class ProtectedRules:
    def _protected_by_cues(self, c: _Cand, s: _Sentence, p_lo: int):
        """Participants for people a verb of protection is said of, else None."""
        lo = max(p_lo, c.start - 120)
        if not self.a.may_hold(lo, c.start, _PROTECT_STEMS):
            return None
        m = _PROTECT_TAIL_RE.search(self.text, lo, c.start)
        if m is not None and (
            not self._purpose_before(m.start())
            # "Anggaran tersebut untuk melindungi 95.238 pekerja rentan": whom a
            # budget covers
            or _BUDGET_WORD_RE.search(self.text, s.lo, m.start()) is not None
        ):
            # "melindungi 1.439 petani": the people protected are participants
            return _decide(c, PARTICIPANTS, "protected", 0.55)
        return None

    def _government_subsidises(self, s: _Sentence) -> bool:
        """A government pays, in the sentence or as the next one says of "mereka"."""
        text = self.text
        if self._government_pays(s.lo, s.hi):
            return True
        k = bisect.bisect_right(self.a.sentence_starts, s.lo)
        if k >= len(self.a.sentences):
            return False
        nxt = self.a.sentences[k]
        return (
            nxt.para == s.para
            and self.a.may_hold(nxt.lo, nxt.hi, ("mereka",))
            and _THEM_RE.search(text, nxt.lo, nxt.hi) is not None
            and self._government_pays(nxt.lo, nxt.hi)
        )

    def _government_pays(self, lo: int, hi: int) -> bool:
        cache = self.__dict__.setdefault("_pays_in", {})
        found = cache.get((lo, hi))
        if found is None:
            found = cache[(lo, hi)] = self._government_pays_in(lo, hi)
        return found

    def _government_pays_in(self, lo: int, hi: int) -> bool:
        if not self.a.may_hold(lo, hi, _PAYS_STEMS):
            return False
        for m in _GOVERNMENT_PAYS_RE.finditer(self.text, lo, hi):
            if m.group("verb") is None:
                return True
            # "Pemkot X bersama BPJS Ketenagakerjaan sudah melindungi": protection
            # given jointly, no payer named
            if not self._purpose_before(m.start("verb")) and not _JOINTLY_RE.search(
                self.text, m.start(), m.start("verb")
            ):
                return True
        return False

    def _purpose_before(self, pos: int) -> bool:
        """ "untuk memberikan perlindungan", "akan melindungi": a purpose or a plan."""
        return _PURPOSE_TAIL_RE.search(self.text, max(0, pos - 30), pos) is not None


def protected_count(x, cands: list[_Cand], i: int, p_lo: int, f_hi: int) -> str | None:
    """Participants for a count no rule found a metric for, that a verb of
    protection or of receiving membership is said of; else None."""
    c = cands[i]
    if c.rule or c.noun not in ("person", "") or c.value < 10:
        return None
    if c.value != c.value.to_integral_value():
        return None
    protects = _protects_before(x, c, p_lo) if c.noun == "person" else None
    if protects is not None:
        if protects:
            # "dalam APBD 2025 untuk mendanai cakupan bagi 7.400 pekerja": a government pays
            c.seg_hint = VULNERABLE
        return _decide(c, PARTICIPANTS, "protected_by_verb", 0.55)
    received = _receives_after(x, c, f_hi)
    if received is not None:
        if _VULNERABLE_NAMED_RE.search(received.group()):
            # "300 petani pekerja rentan ... memperoleh iuran": the people it names
            c.seg_hint = VULNERABLE
        return _decide(c, PARTICIPANTS, "receives_membership", 0.55)
    if _member_of_programme_group(x, c, p_lo, f_hi):
        return _decide(c, PARTICIPANTS, "programme_group", 0.45)
    return None


def _member_of_programme_group(x, c: _Cand, p_lo: int, f_hi: int) -> bool:
    """ "dengan jumlah 15.000 orang", "2.053 orang tenaga honorer": a count of
    the vulnerable or `other` group its clause names, in a story whose lead
    tells of a government's programme; not a count not yet covered."""
    groups = {g for _b, _e, g in x._segment_hits(p_lo, f_hi)}
    if not groups & {VULNERABLE, OTHER} or x.hits["neg"].any(p_lo, f_hi):
        return False
    text, lo, hi = x.text, max(p_lo, c.start - 200), min(f_hi, c.end + 60)
    s_lo = x.a.sentences[bisect.bisect_right(x.a.sentence_starts, c.start) - 1].lo
    if _NOT_YET_OR_PER_RE.search(text, lo, hi) or _ITEM_OF_WHOLE_RE.search(text, s_lo, c.start):
        return False
    return x._lead_is_government_story()


def _protects_before(x, c: _Cand, p_lo: int) -> str | None:
    """ "" for a verb of protection before the count, "budget" for one a
    government's budget set aside is for; None for neither."""
    lo = max(p_lo, c.start - _LOOK_BACK)
    if not x.a.may_hold(lo, c.start, _PROTECTS_STEMS):
        return None
    verb = _PROTECTS_TAIL_RE.search(x.text, lo, c.start)
    if verb is None:
        return None
    if not _PURPOSE_VERB_TAIL_RE.search(x.text, max(0, verb.start() - 30), verb.start()):
        return ""
    # "mengalokasikan Rp1,5 miliar dalam APBD 2025 untuk mendanai cakupan bagi 7.400
    # pekerja": whom a government's budget set aside covers, not a purpose
    aside = _BUDGET_SET_ASIDE_RE.search(x.text, max(0, verb.start() - 80), verb.start())
    return "budget" if aside is not None else None


def _receives_after(x, c: _Cand, f_hi: int) -> re.Match[str] | None:
    hi = min(f_hi, c.end + 160)
    if not x.a.may_hold(c.end, hi, _RECEIVES_STEMS):
        return None
    return _RECEIVES_AFTER_RE.match(x.text, c.end, hi)
