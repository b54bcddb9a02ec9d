"""Standings and placements: "peringkat kedua", "terbaik pertama", "tertinggi
di Bali", "peserta terbanyak se-Indonesia", "diikuti oleh Kabupaten A" (one
place after the one before); not a standing by number of participants (a big
province has many whatever its coverage), a placement hoped for (an
honourable mention, "juara harapan I", is no hope), any winner of an event to
come or a village's, a placement in the award's category for companies, small
businesses or villages (named before it or right after it, "peringkat II
Kategori Desa/Kelurahan"), nor one a company, bank or cooperative won ("juara
satu diraih Bank NTT"). A mixin of ``MetricRules``; pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _decide, _Sentence
from .cues import _HOPE_RE, _SEVERAL_WINNERS_TAIL_RE
from .figures import AWARD_RANK
from .tokens import _WordTest


class StandingRules:
    def _classify_rank(self, c: _Cand, s: _Sentence, tail: str):
        if self._count_standing(c, s):
            return None
        if c.rank_kw == "next":
            # "Kategori Perusahaan Besar dimenangkan PT A, disusul PT B": a company's
            return None if self._in_other_category(c, s) else self._next_place(c, s)
        # "tertinggi ... tercatat di Toraja dan Makassar": two places share it;
        # "tertinggi di daerahnya", "terbaik di wilayah masing-masing": each
        # region's own, no one place
        if _SHARED_TOP_RE.match(self.text, c.end, s.hi) or _EACH_OWN_RE.match(
            self.text, c.end, s.hi
        ):
            return None
        if c.value < 1 or c.value > 100 or self._no_one_placed(c.start - len(tail), c.start):
            return None
        if self._in_other_category(c, s) or self._company_holder(c, s):
            return None
        by_keyword = _RANK_BY_KEYWORD.get(c.rank_kw)
        if by_keyword is not None:
            return by_keyword(self, c, s)
        metric = self._classify_standing(c, s)
        if metric is not None:
            self._last_rank = (c.value, s.para, c.end)
        return metric

    def _next_place(self, c: _Cand, s: _Sentence):
        """ "diikuti oleh Kabupaten A", "menempati urutan selanjutnya": one place
        after the standing stated just before, in this paragraph or opening the
        next ("Menyusul Kabupaten ...")"""
        last = getattr(self, "_last_rank", None)
        if last is None or not 0 <= s.para - last[1] <= 1 or c.start - last[2] > 400:
            return None
        c.value = last[0] + 1
        return self._rank_decided(c, s, "next_place", 0.65)

    def _no_one_placed(self, lo: int, hi: int) -> bool:
        """A placement hoped for, any winner of an event to come ("Seluruh
        pemenang juara 1 akan diikutkan ..."), or a village's ("Desa Batu Merah
        meraih juara kedua"). The windows are read in the text, so a word cut at
        a window's edge ("mewujud|kan") is no hope word; an honourable mention
        ("juara harapan I") is no hope either."""
        text = self.text
        return bool(
            any(
                not _HONOURABLE_RE.match(text, m.end())
                for m in _HOPE_RE.finditer(text, max(lo, hi - 80), hi)
            )
            or _ANY_WINNER_TAIL_RE.search(text, max(lo, hi - 40), hi)
            or _VILLAGE_WINNER_RE.search(text, max(lo, hi - 100), hi)
            or _SEVERAL_WINNERS_TAIL_RE.search(text, max(lo, hi - 80), hi)
        )

    def _in_other_category(self, c: _Cand, s: _Sentence) -> bool:
        """A placement in one of the award's categories for others than a
        regional government ("Kategori Perusahaan Skala Besar", "Kategori Usaha
        Kecil Mikro", "Kategori Pemerintah Desa/Kelurahan" heading a list of
        winners): a company's or a village's, not its region's."""
        if not self.a.holds(_CATEGORY_STEMS):
            return False
        # "Desa Ranggeh meraih peringkat II Kategori Desa/Kelurahan": the category
        # named right after the placement is its own
        after = _CATEGORY_AFTER_RE.match(self.text, c.end, s.hi)
        if after is not None:
            return _other_category(after.group("named"))
        lo = max(0, c.start - _CATEGORY_REACH)
        if not self.a.may_hold(lo, c.start, _CATEGORY_STEMS):
            return False
        named_before = list(_CATEGORY_RE.finditer(self.text, lo, c.start))
        if not named_before:
            return False
        last = named_before[-1]
        if last.start() < s.lo:
            # a category named in an earlier sentence heads nothing here, unless
            # it opens its own line ("2. Kategori Perusahaan Skala Besar")
            line = self.text.rfind("\n", 0, last.start()) + 1
            if not _HEADING_START_RE.fullmatch(self.text, line, last.start()):
                return False
        return _other_category(last.group("named"))

    def _company_holder(self, c: _Cand, s: _Sentence) -> bool:
        """A placement won by a company, a cooperative, a hospital, a small
        business, a BPJS office or agent, named right after it ("juara satu
        diraih Bank NTT", "Terbaik 2 PT A", "Juara 1: Kopdit B") or as the one
        that won it just before ("Bank NTT meraih juara satu", "BPJS
        Ketenagakerjaan Cabang A meraih peringkat pertama"), or a place in another
        contest ("juara 1 lomba ..."): not its region's."""
        text = self.text
        if _COMPANY_AFTER_RE.match(text, c.end, s.hi) or _OTHER_CONTEST_AFTER_RE.match(
            text, c.end, s.hi
        ):
            return True
        lo = max(s.lo, c.start - 90)
        window = text[lo : c.start]
        # the names' words first: cheaper than the patterns' search
        low = window.lower()
        if not any(w in window for w in _COMPANY_CAPS) and not any(
            w in low for w in _COMPANY_WORDS
        ):
            return False
        return bool(
            _COMPANY_BEFORE_RE.search(text, lo, c.start)
            or _COMPANY_NOUN_BEFORE_RE.search(text, lo, c.start)
        )

    def _first_among_regions(self, c: _Cand, s: _Sentence):
        """ "peserta terbanyak ada di DKI Jakarta": the first among the regions"""
        if not (self.hits["cov"].any(s.topic_lo, s.hi) or self.hits["part"].any(s.topic_lo, s.hi)):
            return None
        return self._rank_decided(c, s, "most_at", 0.55)

    def _highest_held(self, c: _Cand, s: _Sentence):
        """ "Kabupaten Kaimana mempunyai capaian tertinggi, dari ...": the region
        named before holds the first place"""
        if not self.a.mentions_in(max(s.lo, c.start - 80), c.start):
            return None
        return self._rank_decided(c, s, "highest_held", 0.55)

    def _first_in_nation(self, c: _Cand, s: _Sentence):
        """ "peserta terbanyak se-Indonesia": first in the nation"""
        if not (self.hits["cov"].any(s.topic_lo, s.hi) or self.hits["part"].any(s.topic_lo, s.hi)):
            return None
        return self._rank_decided(c, s, "first_in_nation", 0.55)

    def _count_standing(self, c: _Cand, s: _Sentence) -> bool:
        """A standing by number of participants ("DKI Jakarta terbanyak", "Jawa
        Barat dan Jawa Timur mengisi posisi kedua dan ketiga" in a list of the
        provinces with the most participants) is no award or coverage rank:
        a big province has many participants whatever its coverage."""
        words = self.text[c.start : c.end].lower()
        if "terbanyak" in words or "terbesar" in words:
            return True
        # "Jawa Barat berada pada posisi kedua dengan 6,41 juta peserta": the
        # standing's own measure is a count
        if _COUNT_MEASURE_AFTER_RE.match(self.text, c.end, s.hi):
            return True
        # the words of a count standing a few paragraphs up ("Berikut provinsi
        # dengan peserta terbanyak"), with no rate or award named since
        k = bisect.bisect_right(self.a.paragraph_starts, s.lo) - 1
        lo = self.a.paragraphs[max(0, k - 3)].lo if k > 0 else s.lo
        standing = self.a.word_search(_COUNT_STANDING_RE, _COUNT_STANDING_TEST, lo, s.hi)
        if standing is None:
            return False
        since = self.a.sentence_at(standing.start())
        lo = since.lo if since is not None else standing.start()
        return not (
            _RATE_STANDING_RE.search(self.text, lo, s.hi)
            or _AWARD_STANDING_RE.search(self.text, lo, s.hi)
        )

    def _rank_decided(self, c: _Cand, s: _Sentence, rule: str, conf: float):
        self._last_rank = (c.value, s.para, c.end)
        return _decide(c, AWARD_RANK, rule, conf)

    def _classify_standing(self, c: _Cand, s: _Sentence):
        if c.rank_kw == "tertinggi":
            # "peringkat ke-5 cakupan tertinggi di Sumsel": the fifth place only
            if _ORDINAL_BEFORE_RE.search(self.text, max(s.lo, c.start - 60), c.start):
                return None
            if _rate_then_top(self, c, s):
                return _decide(c, AWARD_RANK, "highest_after_rate", 0.55)
        award = self.hits["award"]
        if c.rank_kw == "terbaik":
            if not award.any(s.topic_lo, c.start) and not award.any(c.end, s.hi):
                return None
            return _decide(c, AWARD_RANK, "terbaik", 0.75)
        if c.rank_kw == "tertinggi":
            # "coverage tertinggi di Bali": first among the regions of the scope
            if not self.hits["cov"].any(max(s.lo, c.start - 40), c.start) and not (
                _RATE_STANDING_RE.search(self.text, max(s.lo, c.start - 40), c.start)
            ):
                return None
            return _decide(c, AWARD_RANK, "highest_in_scope", 0.55)
        if not (award.any(s.topic_lo, s.hi) or self.hits["cov"].any(s.topic_lo, s.hi)):
            return None
        return _decide(c, AWARD_RANK, "placement", 0.8)


# placements read by the keyword that found them
_RANK_BY_KEYWORD = {
    "most_at": StandingRules._first_among_regions,
    "held_by_before": StandingRules._highest_held,
    "national_top": StandingRules._first_in_nation,
}
_SHARED_TOP_RE = re.compile(
    r"[^.;\d]{0,60}?\b(?:di|yaitu|yakni|adalah)[ \t]+(?-i:[A-Z])\w+(?:[ \t]+(?-i:[A-Z])\w+)?"
    r"[ \t]+(?:dan|serta)[ \t]+(?-i:[A-Z])\w+(?:[ \t]+(?-i:[A-Z])\w+)?[ \t]*(?:[.,;]|$)",
    re.IGNORECASE,
)
_EACH_OWN_RE = re.compile(
    r"[ \t]+(?:di|se)[ \t]+(?:(?:daerah|wilayah)nya"
    r"|(?:daerah|wilayah|provinsi|kabupaten|kota)[ \t]+masing-masing)\b",
    re.IGNORECASE,
)
# the category a list of winners is headed with, or a sentence names before
# its placements: "2. Kategori Perusahaan Skala Besar", "untuk kategori UMKM,"
_CATEGORY_REACH = 600
_CATEGORY_STEMS = ("kategori",)
_CATEGORY_RE = re.compile(r"\bkategori\b(?P<named>[^\n.,;:]{0,80})", re.IGNORECASE)
_CATEGORY_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:untuk|dalam|pada|di)[ \t]+)?kategori\b(?P<named>[^\n.,;:]{0,80})",
    re.IGNORECASE,
)
_HEADING_START_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)]?[ \t]*)?")
_OTHER_CATEGORY_RE = re.compile(
    r"\b(?:perusahaan|usaha|ukm|umkm|bumn|bumd|badan|koperasi|desa|kelurahan|gampong"
    r"|nagari|kampung|pelayanan[ \t]+publik|swasta|sektor)\b",
    re.IGNORECASE,
)
_REGION_CATEGORY_RE = re.compile(r"\b(?:kabupaten|kota|provinsi|pemkab|pemkot|pemprov)\b", re.I)
_VILLAGE_WINNER_RE = re.compile(
    r"\b(?i:desa|kelurahan|dusun|kampung|gampong|nagari)[ \t]+[A-Z]"
    r"(?![^.;]*\b(?i:kabupaten|kota|provinsi|pemkab|pemkot|pemprov)\b)"
)
# the names a company, a cooperative, a hospital, a school or a small business
# goes by ("PT", "Bank NTT", "Kopdit", "RSU", "UKM"), not a region's government
# the names a company, a cooperative, a hospital, a school or a small business
# goes by ("PT", "Bank NTT", "Kopdit", "RSU", "UKM"), or a BPJS office or agent
# ("Kantor Cabang", "Kanwil", "Agen Perisai"): not a region's government
_COMPANY = (
    r"(?:(?-i:PT|CV|UD|CU|BPR|BPD|BUMD|BUMN|RSU|RSUD|RSUP|RS|UKM|UMKM|KSP)\b\.?"
    r"|(?:bank|kopdit|kopdir|koperasi|perumda|pdam|rumah[ \t]+sakit|universitas|yayasan"
    r"|hotel|toko|(?:kantor[ \t]+)?cabang|kanwil|kantor[ \t]+wilayah|agen)\b)"
)
# the substrings one of these names needs (a cheap check before the patterns)
_COMPANY_CAPS = ("PT", "CV", "UD", "CU", "BP", "BUM", "RS", "UKM", "UMKM", "KSP")
_COMPANY_WORDS = (
    "bank", "kop", "perumda", "pdam", "rumah", "universitas", "yayasan", "hotel", "toko",
    "cabang", "kanwil", "wilayah", "agen",
)  # fmt: skip
# "juara satu diraih Bank NTT", "Terbaik 2 PT A", "Juara 1: Kopdit B"
# ("| Juara 1 | PT A |" in a table; "juara pertama diraih Desa B": a village's)
_COMPANY_AFTER_RE = re.compile(
    r"[ \t]*(?:[:|\-\u2013][ \t]*|(?:ditempati|diraih|dimenangkan|diduduki|jatuh[ \t]+kepada"
    r"|adalah|yaitu|yakni)[ \t]+(?:oleh[ \t]+)?)?"
    r"(?:" + _COMPANY + r"|(?:desa|kelurahan|gampong|nagari|kampung)[ \t]+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "Bank NTT meraih juara satu", "PT A keluar sebagai terbaik 1", "Agen Perisai asal
# Kabupaten B meraih juara pertama": the company's name (capitalised words, "asal"
# or "dari" a place) right before the verb, so that "Kepala BPJS Ketenagakerjaan
# Cabang A menyampaikan Pemkab A meraih ..." stays the government's
_COMPANY_BEFORE_RE = re.compile(
    r"(?<![\w-])" + _COMPANY + r"(?:[ \t]+(?:(?-i:[A-Z0-9])[\w.&/'-]*|asal|dari)){0,6}"
    r"[ \t]+(?:berhasil[ \t]+|kembali[ \t]+)?(?:meraih|memperoleh|mendapat\w*|menyabet"
    r"|menjadi|sebagai|dinobatkan|menempati|menduduki|keluar[ \t]+sebagai)\b[^.,;:\d\n]{0,30}$",
    re.IGNORECASE,
)
# "kantor cabang dengan kinerja terbaik", "perusahaan agen terbaik": the superlative
# said of an office, agent or company named right before it
_COMPANY_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])" + _COMPANY + r"(?:[ \t]+(?-i:[a-z]+)){0,3}[ \t]+$", re.IGNORECASE
)
# "juara 1 lomba inovasi daerah": a place in another contest than the award
_OTHER_CONTEST_AFTER_RE = re.compile(
    r"[ \t]+(?:[^\W\d_]+[ \t]+)?(?:lomba|festival|turnamen|kompetisi|pertandingan|kejuaraan"
    r"|olimpiade|mtq|porprov|porda)\b",
    re.IGNORECASE,
)
# "harapan I", "harapan 2", "harapan ketiga": an honourable mention, no hope
_HONOURABLE_RE = re.compile(
    r"(?<=harapan)[ \t]+(?:ke[-\s]?)?"
    r"(?:[1-3]\b|(?-i:III|II|I)\b|satu|dua|tiga|pertama|kedua|ketiga)",
    re.IGNORECASE,
)
# "seluruh pemenang juara 1", "setiap juara pertama", "bagi para pemenang": any
# winner of an event to come, not a placement
_ANY_WINNER_TAIL_RE = re.compile(
    r"\b(?:seluruh|setiap|semua|para|bagi)[ \t]+(?:para[ \t]+)?(?:pemenang|juara)\b[^.]{0,20}$",
    re.IGNORECASE,
)
# a standing by how many participants a region has, not by its coverage
_COUNT_STANDING_WORDS = frozenset(("terbanyak", "paling", "jumlah", "total"))  # its first words
_COUNT_STANDING_TEST = _WordTest(_COUNT_STANDING_WORDS)
_COUNT_STANDING_RE = re.compile(
    r"\b(?:terbanyak|paling[ \t]+banyak|(?:jumlah|total)[ \t]+(?:peserta|kepesertaan)"
    r"(?:[ \t]+aktif)?[^.;]{0,60}(?:terbanyak|terbesar|tertinggi))\b",
    re.IGNORECASE,
)
# "posisi kedua dengan 6,41 juta peserta", "urutan selanjutnya dengan jumlah peserta"
_COUNT_MEASURE_AFTER_RE = re.compile(
    r"[^.;\d]{0,30}?\bdengan[ \t]+(?:(?:jumlah|total)[ \t]+(?:peserta|kepesertaan|pekerja"
    r"|tenaga[ \t]+kerja)\b|(?:(?:sekitar|sebanyak|lebih[ \t]+dari)[ \t]+)?\d[\d.,]*[ \t]*"
    r"(?:juta|ribu|jt|rb)?[ \t]*(?:peserta|pekerja|tenaga[ \t]+kerja|orang|jiwa)\b)",
    re.IGNORECASE,
)
_RATE_STANDING_RE = re.compile(
    r"\b(?:cakupan|coverage|capaian|pencapaian|ucj|universal[ \t]+coverage|persentase"
    r"|tingkat[ \t]+kepesertaan)\b",
    re.IGNORECASE,
)
_AWARD_STANDING_RE = re.compile(
    r"\b(?:paritrana|award|penghargaan|juara|anugerah|trofi|piala|pemenang)\b", re.IGNORECASE
)

# the percent, its date if any, a comma, and the words that make the standing
# the rate's: "persen, tertinggi", "%, menjadikannya yang tertinggi",
# "persen dan menjadi yang tertinggi", "persen hingga Oktober 2024, merupakan
# yang tertinggi"
_RATE_THEN_TOP_RE = re.compile(
    r"(?:%|\bpersen)"
    r"(?:[ \t]+(?:hingga|sampai|per|pada)[ \t]+[^.;%,\d]{0,20}\d{4})?"
    r"[ \t]*,?[ \t]*"
    r"(?:(?:dan[ \t]+)?(?:menjadikannya|menjadi|merupakan|tercatat[ \t]+sebagai|sebagai)[ \t]+)?"
    r"(?:yang[ \t]+)?$",
    re.IGNORECASE,
)
_RATE_REACH = 70
# an ordinal standing the superlative qualifies: "peringkat ke-5 (cakupan) tertinggi"
_ORDINAL_BEFORE_RE = re.compile(
    r"\b(?:peringkat|urutan|posisi|ranking|rangking)[ \t]+(?:ke[-\s]?)?\w+\b[^.;,\d]{0,30}$",
    re.IGNORECASE,
)
# a change said before the percent: "naik 12 persen, tertinggi di ..." ranks growth
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:naik|kenaikan|meningkat|peningkatan|tumbuh|pertumbuhan|bertambah|penambahan"
    r"|turun|penurunan|melonjak|lonjakan)\b[^.;,]{0,25}$",
    re.IGNORECASE,
)
# "salah satu daerah dengan capaian", "termasuk daerah partisipasi" just before
# the superlative: one among several (no number, stop or clause break between)
_ONE_OF_TAIL_RE = re.compile(
    r"\b(?:salah[ \t]+satu|termasuk|di[ \t]+antara)(?:[ \t]+[^\W\d_]+){0,5}?[ \t]+$",
    re.IGNORECASE,
)
_ONE_OF_STEMS = ("salah", "termasuk", "antara")
# the superlatives that place first with no ordinal of their own
_BARE_TOP = ("tertinggi", "terbaik", "teratas", "terbanyak", "terbesar")
_ORDINAL_RE = re.compile(r"\d|\b(?:ke|pertama|satu|i)\b")
# "peringkat 3 hingga 7", "peringkat 12 atau 13", "urutan 4-6": a span of places
_SPAN_AFTER_RE = re.compile(
    r"[ \t]*(?:hingga|sampai|s\.?/?d\.?|atau|-|\u2013)[ \t]*(?:ke[-\s]?)?\d{1,3}\b",
    re.IGNORECASE,
)


def _other_category(named: str) -> bool:
    """Whether a category's name is for others than a regional government."""
    return bool(_OTHER_CATEGORY_RE.search(named)) and not _REGION_CATEGORY_RE.search(named)


def _rate_then_top(x, c: _Cand, s: _Sentence) -> bool:
    """Whether "tertinggi" follows a percent in a sentence about coverage,
    the percent no change: "... mencapai 81,2 persen, tertinggi di Kepri"."""
    lo = max(s.lo, c.start - _RATE_REACH)
    near = x.text[lo : c.start]
    if "%" not in near and "persen" not in near.lower():
        return False
    m = _RATE_THEN_TOP_RE.search(x.text, lo, c.start)
    if m is None or not x.hits["cov"].any(s.lo, m.start()):
        return False
    # the percent's own number and the words before it
    return not _CHANGE_BEFORE_RE.search(x.text, max(s.lo, m.start() - 45), m.start())


# "peringkat lima terbaik" (a number, not an ordinal, before "terbaik"): the five best
_TOP_BEST_AFTER_RE = re.compile(r"[ \t]+terbaik\b", re.IGNORECASE)
_CARDINAL_END_RE = re.compile(
    r"(?<![-\w])(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)$",
    re.IGNORECASE,
)


def names_no_single_place(text: str, c: _Cand, s: _Sentence, tail: str) -> bool:
    """A standing that names no single place: one of the best ("salah satu
    daerah dengan capaian tertinggi"), a span or choice of places
    ("peringkat 3 hingga 7", "peringkat 12 atau 13"), or the N best ("peringkat
    lima terbaik")."""
    return (
        _one_of_several(text, c, tail)
        or bool(_SPAN_AFTER_RE.match(text, c.end, s.hi))
        or (
            c.value > 1
            and _TOP_BEST_AFTER_RE.match(text, c.end, s.hi) is not None
            and _CARDINAL_END_RE.search(text, c.start, c.end) is not None
        )
    )


def _one_of_several(text: str, c: _Cand, tail: str) -> bool:
    """ "salah satu daerah dengan capaian tertinggi": one of the first"""
    if c.value != 1:
        return False
    words = text[c.start : c.end].lower()
    if not words.startswith(_BARE_TOP) or _ORDINAL_RE.search(words):
        return False
    near = tail[-70:]
    low = near.lower()
    return any(stem in low for stem in _ONE_OF_STEMS) and bool(_ONE_OF_TAIL_RE.search(near))
