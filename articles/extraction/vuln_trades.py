"""Workers counted by a trade of the self-employed poor, given protection or
paid for, are the vulnerable segment (issue #13, round "vuln"): "7.146 petani
yang mendapat bantuan perlindungan", "Sebanyak 14.000 nelayan segera
mendapatkan perlindungan", "4.110 buruh tani tembakau dan pekerja rentan yang
telah didaftarkan". The sets label such counts vulnerable whether or not the
sentence names the payer (dev 11 and 27, H 06, J 10-15, O 02, O 07, T 02,
T 14, T 15, W 09, AB 11). Left alone: a membership the workers took up with no
protection given ("153 ribu nelayan ... terdaftar", J 11 and AC 09 label it
informal), a trade the text puts in another group ("Nelayan adalah contoh
pekerja informal"), a count that names no trade (the recorded disagreement on
groupless counts in a vulnerable-workers story), and oil-palm workers (S 03,
S 08 and M 15 label them `other`, AH 19 and X 09 vulnerable). Only a
participants count left `total` is read: a group its clause names or one the
other readings carry to it still wins. A mixin placed before ``GroupRules`` in
the extractor; pure Python."""

from __future__ import annotations

import re
from dataclasses import replace

from .article import _Cand, _Sentence
from .figures import PARTICIPANTS, TOTAL, VULNERABLE

# the count's own noun: "7.146 petani", "8.445 orang nelayan", "4.110 buruh tani";
# not a trade of oil palms ("800 petani sawit", "petani kelapa sawit")
_TRADE_AFTER_RE = re.compile(
    r"[ \t]+(?:orang[ \t]+|rumah[ \t]+tangga[ \t]+|para[ \t]+)?"
    r"(?P<trade>petani|nelayan|buruh[ \t]+tani|petambak|peternak|pembudidaya)\b"
    r"(?![ \t]+(?:[^\W\d_]+[ \t]+){0,2}sawit\b)",
    re.IGNORECASE,
)

# protection given or paid for, not a membership the workers took up ("2.640
# nelayan telah terdaftar sebagai peserta" is labelled informal or total)
_GIVEN_RE = re.compile(
    r"\b(?:perlindungan|dilindungi|terlindungi|melindungi|bantuan|gratis|didaftarkan"
    r"|mendaftarkan|iuran(?:nya)?|premi(?:nya)?|dijamin|menjamin|ditanggung|menanggung"
    r"|dibiayai|membiayai|dibayarkan|membayarkan|subsidi|hibah\w*)\b",
    re.IGNORECASE,
)
# "... adalah contoh", "... termasuk", "... merupakan salah satu": what group it is
_IS_A = (
    r"\b[^.;\n]{0,40}?\b(?:adalah|merupakan|termasuk|tergolong)[ \t]+"
    r"(?:(?:salah[ \t]+satu|contoh|bagian|dalam|dari|kategori|kelompok)[ \t]+){0,3}"
)
_TRADE_IS_A_RE: dict[str, re.Pattern[str]] = {}


class VulnTrades:
    def _carried_segment(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        found = super()._carried_segment(cands, i, s, metric)
        if found is None and metric == PARTICIPANTS and self._counted_by_trade(cands[i], s):
            self.__dict__.setdefault("_trade_sentences", set()).add(s.lo)
            return VULNERABLE
        return found

    def _counted_by_trade(self, c: _Cand, s: _Sentence) -> bool:
        """The number is followed by a trade of the self-employed poor that the
        text gives nowhere as an example of another group ("Nelayan adalah
        contoh pekerja informal")."""
        if c.kind != "count":
            return False
        m = _TRADE_AFTER_RE.match(self.text, c.end, s.hi)
        if m is None or _GIVEN_RE.search(self.text, s.lo, s.hi) is None:
            return False
        examples = self.__dict__.get("_examples")
        if examples is None:
            examples = self._examples = self._group_examples()
        trade = m.group("trade").split()[0].lower()
        given = examples.get(trade)
        if given is not None:
            return given[1] == VULNERABLE
        return not self._trade_named_of_a_group(trade)

    def _trade_named_of_a_group(self, trade: str) -> bool:
        """ "Nelayan adalah contoh pekerja informal", "petani termasuk pekerja
        bukan penerima upah": the text puts the trade in another group."""
        pattern = _TRADE_IS_A_RE.get(trade)
        if pattern is None:
            pattern = _TRADE_IS_A_RE[trade] = re.compile(r"\b" + trade + _IS_A, re.IGNORECASE)
        for m in pattern.finditer(self.text):
            hits = self._segment_hits(m.end(), m.end() + 40)
            if hits and hits[0][2] not in (VULNERABLE, TOTAL):
                return True
        return False

    def _without_parts(self, figures: list) -> list:
        """Counts of a trade still split a whole stated before as counts of no
        group would ("2.200 nelayan, ditambah 400 nelayan" after 2.600): in a
        sentence with a count read by its trade, the vulnerable counts are
        checked as if they named no group."""
        read = self.__dict__.get("_trade_sentences")
        if not read or not figures or figures[0].start not in read:
            return super()._without_parts(figures)
        as_read = {}
        for f in figures:
            key = replace(f, segment=TOTAL) if f.segment == VULNERABLE else f
            as_read[id(key)] = (key, f)
        kept = super()._without_parts([key for key, _f in as_read.values()])
        return [as_read[id(key)][1] for key in kept]
