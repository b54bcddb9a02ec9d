"""Percents that are not a coverage rate, whatever words are near them: the
uncovered share, a share of the registered or of the active, growth, a
composition of the members, claims, what remains to a target, a rise by some
points, progress against a target headcount or a target said elsewhere
("82 persen dari target UCJ tahun 2025"). Each check is one named step
(``PercentVetoes._pct_*``, called with c, s, p_lo, f_hi and the tail) in the
table ``_NOT_A_COVERAGE_RATE``; a mixin of ``MetricRules``."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Sentence
from .cues import (
    _GROWTH_WORD_RE,
    _SHARE_OF_REGISTERED_RE,
    _STATUS_SHARE_RE,
)
from .tokens import _lowered_words_exact, _maybe, _token_triggered

# a published rate may pass 100 (estimated denominators: "201,66 persen" for
# construction, "1.233 persen" for a district of commuters), not this
_MAX_COVERAGE = 1500


class PercentVetoes:
    # -- percents that are not a coverage rate (each: c, s, p_lo, f_hi, tail) --

    def _pct_uncovered(self, c: _Cand, _s: _Sentence, _p_lo: int, f_hi: int, tail: str) -> bool:
        return self._uncovered(c, f_hi, tail)

    def _pct_share_of_registered(self, c: _Cand, s: _Sentence, *_rest) -> bool:
        """ "48,7 persen dari total PMI yang terdaftar", "68,05 persen ... merupakan
        peserta aktif": a share among the registered, not coverage"""
        return bool(
            _SHARE_OF_REGISTERED_RE.match(self.text, c.end, s.hi)
            or _STATUS_SHARE_RE.match(self.text, c.end, s.hi)
        )

    def _pct_growth(self, _c: _Cand, _s: _Sentence, _p_lo: int, _f_hi: int, tail: str) -> bool:
        near = tail[-90:]
        return _maybe(near.lower(), _GROWTH_STEMS) and bool(_GROWTH_WORD_RE.search(near))

    def _pct_share_of_workers(
        self, c: _Cand, _s: _Sentence, p_lo: int, _f_hi: int, tail: str
    ) -> bool:
        """ "didominasi oleh pekerja informal dan pekerja rentan (59,4%)": a share of
        the workers; "Perusahaan besar dan menengah hampir 90 persen telah
        terlindungi": a share of employers, not of workers"""
        low_tail = tail[-80:].lower()
        if "domina" in low_tail and _DOMINATED_TAIL_RE.search(tail[-80:]):
            return True
        return _maybe(low_tail, ("perusahaan", "badan usaha", "pemberi kerja")) and bool(
            _EMPLOYERS_SHARE_TAIL_RE.search(self.text, max(p_lo, c.start - 60), c.start)
        )

    def _pct_composition(self, c: _Cand, s: _Sentence, *_rest) -> bool:
        """ "Sekitar 70 persen pekerja di Kabupaten X merupakan pekerja informal": the
        share of the workers in a group or sector, not their coverage"""
        text = self.text
        if _COMPOSITION_AFTER_RE.match(text, c.end, s.hi):
            return True
        # (not "460.267 orang atau 57,47 persen merupakan pekerja formal": a
        # count's restatement, read as the count is)
        return bool(_COMPOSITION_BARE_AFTER_RE.match(text, c.end, s.hi)) and not (
            _COUNT_OR_TAIL_RE.search(text, max(s.lo, c.start - 60), c.start)
        )

    def _pct_claims(self, c: _Cand, _s: _Sentence, p_lo: int, *_rest) -> bool:
        """ "Rasio klaim JHT terhadap iuran ... mencapai 120 persen": a ratio of
        claims or benefits, no coverage word between it and the number"""
        hit = self.hits["budget_x"].last_before(p_lo, c.start)
        return hit is not None and not self.hits["cov"].any(hit[1], c.start)

    def _pct_remaining(self, _c: _Cand, _s: _Sentence, _p_lo: int, _f_hi: int, tail: str) -> bool:
        """ "Tinggal 3,37 persen saja lagi ... universal coverage", "gap sebesar
        68 persen", "masih tertinggal 12 persen dari target": what is left"""
        near = tail[-30:]
        return _maybe(
            near.lower(), ("tinggal", "sisa", "kurang", "gap", "gep", "senjang", "selisih")
        ) and bool(_REMAINING_TAIL_RE.search(near))

    def _pct_raised_by(self, c: _Cand, s: _Sentence, _p_lo: int, _f_hi: int, tail: str) -> bool:
        """ "target tahun 2019 dinaikan 20 persen dari target 2018": raised by"""
        near = tail[-40:]
        return (
            _maybe(near.lower(), ("naik", "ningkat", "tambah", "tumbuh", "turun"))
            and bool(_RAISED_BY_TAIL_RE.search(near))
            and bool(_FROM_AFTER_RE.match(self.text, c.end, s.hi))
        )

    def _pct_active_of_registered(
        self, c: _Cand, s: _Sentence, _p_lo: int, _f_hi: int, tail: str
    ) -> bool:
        """ "90 persen pekerja telah terdaftar dan 96 persen di antaranya berstatus
        aktif", "Hanya saja yang aktif ... 64 persen": the active among the
        registered just named, not coverage"""
        after = self.text[c.end : min(s.hi, c.end + 60)].lower()
        if "aktif" in after and _ACTIVE_OF_THEM_AFTER_RE.match(self.text, c.end, s.hi):
            return True
        near = tail[-60:]
        return "yang aktif" in near.lower() and bool(_THE_ACTIVE_TAIL_RE.search(near))

    def _pct_over_target_count(self, c: _Cand, s: _Sentence, *_rest) -> bool:
        """ "Jumlah itu jauh melebihi target 6.693 orang. ... capaiannya 215%": a
        rate over 100 beside a target headcount (in its sentence or the one
        before) is the target's realisation, not coverage"""
        if c.value <= 100:
            return False
        k = bisect.bisect_right(self.a.sentence_starts, s.lo) - 1
        lo = self.a.sentences[k - 1].lo if k > 0 else s.lo
        return "arget" in self.text[lo : s.hi] and bool(
            _TARGET_COUNT_RE.search(self.text, lo, s.hi)
        )

    def _pct_of_target_elsewhere(self, c: _Cand, *_rest) -> bool:
        """ "mencapai 61 persen" in the lead, "mencapai 61 persen dari target
        Pemprov" in the body: the same figure is a realisation of a target"""
        shares = getattr(self, "_target_shares", None)
        if shares is None:
            # every number the article states as a share of a target (read once)
            shares = self._target_shares = set()
            if _lowered_words_exact(self.text):
                # tried only at the words that start it, not at every character
                found = _token_triggered(_OF_TARGET_RE, _OF_TARGET_WORDS, self.text, self.a.toks)
            else:
                found = list(_OF_TARGET_RE.finditer(self.text))
            for m in found:
                rate = _RATE_BEFORE_RE.search(self.text, max(0, m.start() - 30), m.start())
                if rate is not None:
                    shares.add(rate.group(1))
        if not shares:
            return False
        digits = _LEADING_NUMBER_RE.match(self.text, c.start, c.end)
        return digits is not None and digits.group() in shares


_GROWTH_STEMS = ("tumbuh", "naik", "ningkat", "turun", "lonjak")

# percents that are not a coverage rate, whatever words are near them
_NOT_A_COVERAGE_RATE = (
    PercentVetoes._pct_uncovered,
    PercentVetoes._pct_share_of_registered,
    PercentVetoes._pct_growth,
    PercentVetoes._pct_share_of_workers,
    PercentVetoes._pct_composition,
    PercentVetoes._pct_claims,
    PercentVetoes._pct_remaining,
    PercentVetoes._pct_raised_by,
    PercentVetoes._pct_of_target_elsewhere,
    PercentVetoes._pct_active_of_registered,
    PercentVetoes._pct_over_target_count,
)

# "target 6.693 orang", "target peserta ... tahun ini sebanyak 4.045 tenaga kerja": a
# target headcount
_TARGET_COUNT_RE = re.compile(
    r"\btarget(?:nya)?\b[^.;\d%]{0,60}?\d[\d.,]*(?:[ \t]+(?:ribu|juta))?[ \t]+"
    r"(?:orang|pekerja|tenaga[ \t]+kerja|peserta|jiwa|tk)\b",
    re.IGNORECASE,
)

# "96 persen di antaranya berstatus aktif", "... dari jumlah itu yang masih aktif"
_ACTIVE_OF_THEM_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:di[ \t]*antara(?:nya|[ \t]+mereka)|dari[ \t]+jumlah[ \t]+(?:itu|tersebut))"
    r"[ \t]*,?[ \t]+(?:yang[ \t]+)?(?:masih[ \t]+)?(?:berstatus[ \t]+)?(?:peserta[ \t]+)?aktif\b",
    re.IGNORECASE,
)

# "Hanya saja yang aktif bisa digunakan kepesertaannya": "yang aktif" with no noun
# of its own, after a break or a linking word (not "kepesertaan yang aktif", "yang
# aktif menjadi peserta")
_THE_ACTIVE_TAIL_RE = re.compile(
    r"(?:^|[,;:\"\u201c]|\b(?:saja|hanya|namun|tetapi|tapi|sedangkan|sementara|dan|itu))"
    r"[ \t]*yang[ \t]+(?:masih[ \t]+)?aktif\b"
    r"(?![ \t]+(?:menjadi|sebagai|terdaftar|tercatat|mengikuti|membayar))[^\d.;]{0,50}$",
    re.IGNORECASE,
)

# "70 persen pekerja ... merupakan pekerja informal", "60 persen warga bekerja di sektor pertanian"
_COMPOSITION_AFTER_RE = re.compile(
    r"[ \t]+(?:dari[ \t]+)?(?:(?:total|seluruh|jumlah)[ \t]+)?(?:pekerja|tenaga[ \t]+kerja|penduduk"
    r"|angkatan[ \t]+kerja|warga|masyarakat)\b[^.;\d]{0,50}?\b(?:merupakan|adalah|tergolong"
    r"|termasuk|bekerja[ \t]+(?:di|pada|sebagai)|berada[ \t]+di|berasal[ \t]+dari)[ \t]+"
    r"(?!peserta\b)",
    re.IGNORECASE,
)

# "60 persen di antaranya merupakan pekerja informal", "mayoritas atau 55 persen
# bekerja di sektor informal": no noun, a sector or a group of workers said
_COMPOSITION_BARE_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:di[ \t]*antara(?:nya|[ \t]+mereka)|dari[ \t]+jumlah[ \t]+(?:itu|tersebut))"
    r"[ \t]*,?[ \t]+)?(?:merupakan|adalah|tergolong|bekerja[ \t]+(?:di|pada))[ \t]+"
    r"(?:(?:pekerja|tenaga[ \t]+kerja)[ \t]+(?:(?:di[ \t]+)?sektor[ \t]+)?"
    r"(?:in|non[ \t-]?)?formal\b|(?:pekerja[ \t]+)?(?:di[ \t]+)?sektor[ \t]+\w)",
    re.IGNORECASE,
)

# "460.267 orang atau ": a count the percent restates
_COUNT_OR_TAIL_RE = re.compile(
    r"\d[ \t]*(?:[^\W\d_]+[ \t]+){0,3}atau[ \t]+(?:sekitar[ \t]+|sebesar[ \t]+)?$", re.IGNORECASE
)

_LEADING_NUMBER_RE = re.compile(r"\d[\d.,]*\d|\d")

# "61 persen dari target Pemprov", "82 persen dari target UCJ tahun 2025" (an
# achievement: a year is no size), not "35,68 persen dari target 52,15 persen"
_OF_TARGET_WORDS = frozenset(("dari", "terhadap", "atas"))  # the words that start it

_OF_TARGET_RE = re.compile(
    r"\b(?:dari|terhadap|atas)[ \t]+(?:(?:total|angka)[ \t]+)?(?:target|sasaran)\b"
    r"(?![^.;\d]{0,40}(?:(?:19|20)\d\d\b[^.;\d]{0,30})?(?!(?:19|20)\d\d\b)\d)",
    re.IGNORECASE,
)

_RATE_BEFORE_RE = re.compile(r"(?<![\d.,])(\d[\d.,]*\d|\d)[ \t]*(?:persen|%)[ \t]*$", re.IGNORECASE)

_RAISED_BY_TAIL_RE = re.compile(
    r"\b(?:dinaik(?:k)?an|naik|meningkat|ditingkatkan|bertambah|tumbuh|turun|menurun)[ \t]+"
    r"(?:(?:sebesar|sekitar|sebanyak)[ \t]+)?$",
    re.IGNORECASE,
)

_FROM_AFTER_RE = re.compile(r"[ \t]*dari\b", re.IGNORECASE)

_EMPLOYERS_SHARE_TAIL_RE = re.compile(
    r"\b(?:perusahaan|badan[ \t]+usaha|pemberi[ \t]+kerja)\b"
    r"(?![^\d]*\b(?:pekerja|tenaga[ \t]+kerja|karyawan|buruh|pegawai)\b)[^\d.;]*$",
    re.IGNORECASE,
)

_REMAINING_TAIL_RE = re.compile(
    r"\b(?:(?:ter)?tinggal|sisa(?:nya)?|kurang|gap|gep|kesenjangan|selisih(?:nya)?)[ \t]+"
    r"(?:(?:sekitar|sedikit|hanya|sebesar|masih)[ \t]+)*$",
    re.IGNORECASE,
)

_DOMINATED_TAIL_RE = re.compile(r"\b(?:didominasi|mendominasi)\b[^\d.;]{0,70}$", re.IGNORECASE)
