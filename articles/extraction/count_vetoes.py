"""Counts that are not the people covered or working, whatever words are near
them: ranges, back references, parts of a group already counted, employers,
lapsed members, one sex of the group, members joining or leaving, new
registrations, benefit claims, events, an office's staff, the agency's agents,
the unemployed, the population, amounts per person, the gap still to cover.
Headcounts planned, hoped, grown, attended or uncovered are ``count_plans``'s
(a mixin of this class). Each check is one named step (``CountVetoes._is_*``)
listed in a table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import _Cand, _Sentence
from .count_plans import PlannedCountVetoes
from .count_sectors import is_field_count
from .cues import (
    _ACTIVE_AFTER_RE,
    _BACK_REFERENCE_RE,
    _DARI_TAIL_RE,
    _EVENT_COUNT_RE,
    _INACTIVE_AFTER_RE,
    _NEW_MEMBERS_AFTER_RE,
    _NEW_MEMBERS_TAIL_RE,
    _POPULATION_TAIL_RE,
)
from .tokens import _WORD_CHAR_RE, _maybe, _WordTest

_EVENT_STEMS = (
    "kecelakaan", "meninggal", "wafat", "korban", "kasus", "latih", "phk", "rumahkan",
    "anggur", "beasiswa", "mudik", "vaksin", "antre",
)  # fmt: skip
_STATUS_STEMS = ("status",)  # "berstatus", "statusnya": rarer than "aktif"
_RANGE_MARKS = ("-", "\u2013", "\u2014", "hingga", "sampai", "s.d", "sd")
_EMPLOYER_STEMS = ("perusahaan", "badan usaha", "pemberi kerja")
_UNEMPLOYED_STEMS = ("nganggur", "tidak bekerja")
_SEX_STEMS = ("laki", "pria", "perempuan", "wanita")
_FLOW_STEMS = ("keluar", "masuk", "berhenti", "mengundurkan", "nonaktifkan")
_GAP_STEMS = ("gap", "gep", "kesenjangan", "kekurangan", "selisih", "sisa", "nyisakan", "ngejar")
_BENEFIT_STEMS = ("jht", "jkk", "jkm", "jkp", "jp", "jaminan")
_CLAIM_STEMS = (
    "klaim", "bayar", "santunan", "manfaat", "kasus", "cair", "penerima", "diterima",
)  # fmt: skip
# "baru" as "only": a verb of signing up, then the number of those who did
_ONLY_SO_MANY_SIGNED_RE = re.compile(
    r"[ \t]+(?:mendaftar|terdaftar|mencapai)\b[^\d.;,]{0,20}\d", re.IGNORECASE
)
# the words _NEW_MEMBERS_TAIL_RE, _PLANNED_AFTER_RE and _BENEFIT_AFTER_RE need
_NEW_MEMBERS_STEMS = ("akuisi", "ambahan", "baru")  # (pen)ambahan, (pert)ambahan
_CLAIMING_STEMS = ("menerima", "mendapat", "memperoleh", "klaim", "mencairkan")


@dataclass(slots=True)
class _Count:
    """One count being classified and what surrounds it."""

    c: _Cand
    prev: _Cand | None
    nxt: _Cand | None
    s: _Sentence
    p_lo: int  # where its clause starts
    f_hi: int  # where the words that follow it end
    tail: str  # the text before it in its clause (up to 160 characters)
    low: str  # the article lower-cased (the text itself if that changes lengths)
    subsidised: bool = False
    whole_of_next: bool = False
    reached: bool = False


class CountVetoes(PlannedCountVetoes):
    # -- counts of something else than the people covered or working ----------

    def _is_range_end(self, k: _Count) -> bool:
        """ "potensi pekerja di Kalteng mencapai 1,7–1,8 juta orang": a range"""
        c, s = k.c, k.s
        near = k.low[max(s.lo, c.start - 20) : c.start]
        return _maybe(near, _RANGE_MARKS) and bool(
            _COUNT_RANGE_TAIL_RE.search(self.text, max(s.lo, c.start - 20), c.start)
        )

    def _is_back_reference(self, k: _Count) -> bool:
        return self.a.may_hold(k.c.end, k.s.hi, ("tersebut",)) and bool(
            _BACK_REFERENCE_RE.match(self.text, k.c.end, k.s.hi)
        )

    def _is_included_part(self, k: _Count) -> bool:
        """ "lebih dari 11.000 pekerja rentan, termasuk 7.452 kader Linmas": a
        part of the group just counted."""
        c, s, prev = k.c, k.s, k.prev
        lo = max(s.lo, c.start - 90)
        return (
            prev is not None
            and prev.kind == "count"
            and "termasuk" in k.low[lo : c.start]
            and bool(_INCLUDING_TAIL_RE.search(self.text, lo, c.start))
        )

    def _is_employers(self, k: _Count) -> bool:
        """ "dengan jumlah perusahaan 17.851": employers, not workers"""
        lo = max(k.s.lo, k.c.start - 70)
        return _maybe(k.low[lo : k.c.start], _EMPLOYER_STEMS) and bool(
            _EMPLOYER_COUNT_TAIL_RE.search(self.text, lo, k.c.start)
        )

    def _is_inactive(self, k: _Count) -> bool:
        """lapsed members are not participants: "864 peserta nonaktif", "864
        orang berstatus nonaktif" """
        c, s = k.c, k.s
        return bool(
            _INACTIVE_AFTER_RE.match(self.text, c.end, s.hi)
            or (
                self.a.holds(_STATUS_STEMS)
                and _INACTIVE_STATUS_AFTER_RE.match(self.text, c.end, s.hi)
            )
        )

    def _is_inactive_in_sentence(self, k: _Count) -> bool:
        """ "kepesertaan nonaktif yang mencapai 19,51 juta", "kepesertaan non aktif
        terdiri dari penerima upah 196.528 orang dan ...": the last status the
        sentence names before the number is not active (and none after it)"""
        c, s = k.c, k.s
        if "aktif" not in k.low[s.lo : c.start]:
            return False
        status = None
        if s.lo and _WORD_CHAR_RE.match(self.text, s.lo - 1):
            for m in _STATUS_WORD_RE.finditer(self.text, s.lo, c.start):
                status = m
        else:
            # (the sentence starts a word: its matches are those of the sentence
            # taken on its own, tried only at the words that can start one)
            starts = self.a.word_starts(_STATUS_WORD_RE, _STATUS_START, s.lo, c.start)
            status = _STATUS_WORD_RE.match(self.text, starts[-1], c.start) if starts else None
        return (
            status is not None
            and status.group("neg") is not None
            and not _ACTIVE_AFTER_RE.match(self.text, c.end, k.f_hi)
            and not _ACTIVE_WORD_AFTER_RE.match(self.text, c.end, k.f_hi)
        )

    def _is_sex_split(self, k: _Count) -> bool:
        """ "28,98 juta pekerja laki-laki", "perempuan yang hanya 12,57 juta", "untuk
        laki-laki 370.720 orang dan perempuan 138.236 orang": one sex of the group"""
        c = k.c
        if not self.a.holds(_SEX_STEMS):
            return False  # (the whole text first: no window sliced)
        near = k.low[max(k.p_lo, c.start - 40) : min(k.f_hi, c.end + 40)]
        if not _maybe(near, _SEX_STEMS):
            return False
        # "pekerja laki-laki maupun perempuan": both, the whole group
        if _BOTH_SEXES_RE.search(near):
            return False
        return bool(
            _SEX_TAIL_RE.search(self.text, max(k.p_lo, c.start - 40), c.start)
            or _SEX_AFTER_RE.match(self.text, c.end, k.f_hi)
        )

    def _is_flow(self, k: _Count) -> bool:
        """ "137 ribu orang keluar dari kepesertaan", "untuk yang masuk ada sekitar
        339.986 orang": members leaving or joining in a period, not the members"""
        c = k.c
        lo, hi = max(k.p_lo, c.start - 50), min(k.s.hi, c.end + 80)
        # (the whole text first: no window sliced)
        if not (self.a.holds(_FLOW_STEMS) and _maybe(k.low[lo:hi], _FLOW_STEMS)):
            return False
        return bool(
            _FLOW_AFTER_RE.match(self.text, c.end, k.s.hi)
            or _FLOW_TAIL_RE.search(self.text, lo, c.start)
        )

    def _is_benefit_count(self, k: _Count) -> bool:
        """ "jaminan yang sudah terbayarkan untuk JHT ada 143.700 orang. Sedangkan
        JKK ada 9.574 orang, JKM ada 1.719": claims of a benefit programme"""
        c = k.c
        # "45 ribu peserta ... menerima manfaat JHT": the claimants
        if (
            _maybe(k.low[c.end : min(k.s.hi, c.end + 90)], _CLAIM_STEMS)
            and self.a.may_hold(c.end, k.s.hi, _CLAIMING_STEMS)
            and _BENEFIT_AFTER_RE.match(self.text, c.end, k.s.hi)
        ):
            return True
        lo = max(k.p_lo, c.start - 60)
        if not _maybe(k.low[lo : c.start], _BENEFIT_STEMS) or not _BENEFIT_TAIL_RE.search(
            self.text, lo, c.start
        ):
            return False
        return _maybe(k.low[k.s.topic_lo : k.s.hi], _CLAIM_STEMS)

    def _is_remainder(self, k: _Count) -> bool:
        """ "masih ada gap sekitar 237.360 pekerja", "harus ada 176.502 pekerja lagi
        yang terlindungi": the workers still to cover, not the covered"""
        c = k.c
        lo = max(k.p_lo, c.start - 40)
        return bool(
            (
                self.a.holds(_GAP_STEMS)  # (the whole text first)
                and _maybe(k.low[lo : c.start], _GAP_STEMS)
                and _GAP_TAIL_RE.search(self.text, lo, c.start)
            )
            or (
                self.a.may_hold(c.end, k.s.hi, ("lagi",))
                and _MORE_AFTER_RE.match(self.text, c.end, k.s.hi)
            )
        )

    def _is_range_start(self, k: _Count) -> bool:
        """ "sekitar 500 ribu hingga 600 ribu pekerja": a range (its first end)"""
        m = _RANGE_AFTER_RE.match(self.text, k.c.end, k.s.hi)
        return m is not None and not _DATE_AFTER_NUMBER_RE.match(self.text, m.end(), k.s.hi)

    def _is_new_members(self, k: _Count) -> bool:
        """new registrations: a flow, not the members"""
        c = k.c
        return bool(
            (
                self.a.may_hold(c.end, k.s.hi, ("baru",))
                and (m := _NEW_MEMBERS_AFTER_RE.match(self.text, c.end, k.s.hi)) is not None
                # ("dari 58.189 pekerja baru mendaftar 10.333": only so many of them)
                and not _ONLY_SO_MANY_SIGNED_RE.match(self.text, m.end(), k.s.hi)
            )
            or (
                self.a.may_hold(c.start - len(k.tail), c.start, _NEW_MEMBERS_STEMS)
                and _NEW_MEMBERS_TAIL_RE.search(k.tail)
            )
        )

    def _is_claimants(self, k: _Count) -> bool:
        """ "membayarkan klaim Rp 3,2 triliun kepada 412.000 peserta": claimants;
        "Total santunan ... mencapai Rp 15,8 miliar untuk 1.791 pekerja": the
        people an amount of benefits (no budget) went to"""
        if self.hits["budget_x"].any(max(k.p_lo, k.c.start - 80), k.c.start):
            return True
        prev = k.prev
        return bool(
            prev is not None
            and prev.kind == "money"
            and prev.metric is None
            and _FOR_PEOPLE_GAP_RE.fullmatch(self.text, prev.end, k.c.start)
            and self.hits["budget_x"].any(max(k.s.lo, prev.start - 100), prev.start)
        )

    def _is_staff(self, k: _Count) -> bool:
        """ "dengan keterbatasan sumber daya yang saat ini hanya sekitar 10 orang": an
        office's own staff, not workers counted"""
        if not self.a.holds(_STAFF_STEMS):
            return False  # (the whole text first: no tail lower-cased)
        near = k.tail[-60:]
        return _maybe(near.lower(), _STAFF_STEMS) and bool(_STAFF_TAIL_RE.search(near))

    def _is_agents(self, k: _Count) -> bool:
        """ "terdapat 43 orang agen Perisai yang berada di Kantor A 28 orang,
        Kantor B 4 orang": the agency's agents, who sign workers up, and their
        split by office in bare "orang" (not the workers they signed up)"""
        c, s, text = k.c, k.s, self.text
        if not self.a.holds(_AGENT_STEMS):
            return False
        if _AGENTS_AFTER_RE.match(text, c.end, s.hi):
            return True
        lo = max(s.lo, c.start - 200)
        return bool(
            _BARE_PERSONS_AFTER_RE.match(text, c.end, s.hi)
            and self.a.may_hold(lo, c.start, _AGENT_STEMS)
            and _AGENTS_LISTED_TAIL_RE.search(text, lo, c.start)
        )

    def _is_event_count(self, k: _Count) -> bool:
        """ "kecelakaan kerja yang menimpa 1.300 pekerja": an event, not enrolment"""
        c = k.c
        # (after it: "1.200 pekerja di Kota Sukabumi mengalami PHK")
        lo, hi = max(k.p_lo, c.start - 70), min(k.f_hi, c.end + 50)
        if not self.a.holds(_EVENT_STEMS):
            return False  # (the whole text first: no window sliced)
        if self.a.lower is not None and not _maybe(self.a.lower[lo:hi], _EVENT_STEMS):
            return False
        return bool(_EVENT_COUNT_RE.search(self.text, lo, hi))

    def _is_unemployed(self, k: _Count) -> bool:
        """ "2,09 juta orang (70,51 persen) tercatat sebagai pengangguran", "jumlah
        pengangguran yang semula 18.952 orang menjadi 15.630 orang": no workers"""
        c, s = k.c, k.s
        # (the subject may stand before an earlier value: "semula N orang menjadi")
        lo = max(s.lo, c.start - 130)
        near = k.low[lo : c.start]
        if ("nganggur" in near or "bukan angkatan" in near) and _UNEMPLOYED_TAIL_RE.search(
            self.text, lo, c.start
        ):
            return True
        if not _maybe(k.low[c.end : min(s.hi, c.end + 80)], _UNEMPLOYED_STEMS):
            return False
        stop = _NEXT_CLAUSE_AFTER_RE.search(self.text, c.end, s.hi)
        return bool(_UNEMPLOYED_AFTER_RE.match(self.text, c.end, stop.start() if stop else s.hi))

    def _is_population(self, k: _Count) -> bool:
        """ "jumlah penduduk 263.473 jiwa", "jumlah penduduk Kabupaten Palas
        berjumlah 263.473 orang": the residents, not the workers"""
        near = k.tail[-40:]
        if not (
            (("nduduk" in near or "populasi" in near) and _POPULATION_TAIL_RE.search(near))
            or self._place_population(k)
        ):
            return False
        # "77.074 pekerja informal telah menjadi peserta dari estimasi populasi 51.086
        # orang": the workers the participants are counted against
        return not (k.prev is not None and k.prev.metric and _DARI_TAIL_RE.search(k.tail))

    def _place_population(self, k: _Count) -> bool:
        """ "jumlah penduduk Kabupaten Palas berjumlah": the residents of a place
        named after the word (not "Dari total jumlah penduduk di Provinsi A
        sebanyak N jiwa, jumlah yang terdaftar ...": the whole the registered
        are counted against)"""
        c = k.c
        at = k.low.rfind("penduduk", max(k.s.lo, c.start - 70), c.start)
        if at < 0 or not _PLACE_POPULATION_AFTER_RE.fullmatch(self.text, at + 8, c.start):
            return False
        return not _WHOLE_WORD_BEFORE_RE.search(self.text, max(k.s.lo, at - 20), at)

    def _is_per_unit(self, k: _Count) -> bool:
        """ "mendaftarkan sedikitnya 25 pekerja di setiap lingkungan": a number
        for each unit, not the people of a place; "Iuran 16.200 per orang": an
        amount for each person (a premium written without "Rp")."""
        c = k.c
        return (
            _PER_UNIT_AFTER_RE.match(self.text, c.end, k.f_hi) is not None
            or _PER_PERSON_AFTER_RE.match(self.text, c.end, k.s.hi) is not None
        )


# counts of something other than people covered or working (checked first)
_NOT_PEOPLE_COUNTED = (
    CountVetoes._is_range_end,
    CountVetoes._is_back_reference,
    CountVetoes._is_included_part,
    CountVetoes._is_employers,
    CountVetoes._is_inactive,
    CountVetoes._is_inactive_in_sentence,
    CountVetoes._is_sex_split,
    is_field_count,
    CountVetoes._is_flow,
    CountVetoes._is_benefit_count,
    CountVetoes._is_remainder,
    CountVetoes._is_range_start,
    CountVetoes._is_new_members,
    CountVetoes._is_claimants,
    CountVetoes._is_event_count,
    CountVetoes._is_staff,
    CountVetoes._is_agents,
    CountVetoes._is_unemployed,
    CountVetoes._is_population,
    CountVetoes._is_per_unit,
)

_PER_UNIT_AFTER_RE = re.compile(
    r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:di[ \t]+|dari[ \t]+|untuk[ \t]+)?(?:(?:setiap|tiap)[ \t]+"
    r"|per[ \t]+(?=(?:desa|kelurahan|lingkungan|kecamatan|dusun|kampung|rt|rw|sekolah"
    r"|perusahaan)\b))[^\W\d_]",
    re.IGNORECASE,
)

# "16.200 per orang", "16.200/orang": right after the number, so no count of people
_PER_PERSON_AFTER_RE = re.compile(
    r"[ \t]*(?:per[ \t]+|/[ \t]*)(?:orang|peserta|pekerja|jiwa|kepala)\b", re.IGNORECASE
)


_COUNT_RANGE_TAIL_RE = re.compile(
    r"\d[\d.,]*[ \t]*(?:ribu|juta)?[ \t]*(?:hingga|sampai|s\.?d\.?|-|\u2013|\u2014)[ \t]*$",
    re.IGNORECASE,
)

_EMPLOYER_COUNT_TAIL_RE = re.compile(
    # (not "pekerja perusahaan peserta 18.400 orang": the workers of employers)
    r"(?<!pekerja )(?<!kerja )(?<!karyawan )"
    r"\b(?:perusahaan|badan[ \t]+usaha|pemberi[ \t]+kerja)[ \t]+(?:aktif[ \t]+)?"
    # "perusahaan peserta", "perusahaan yang terdaftar (di Riau)": employers all the same
    r"(?:(?:yang[ \t]+)?(?:peserta|terdaftar|menjadi[ \t]+peserta)[ \t]+"
    r"(?:di[ \t]+(?-i:[A-Z])\w+(?:[ \t]+(?-i:[A-Z])\w+)?[ \t]+)?)?"
    r"(?:(?:sebanyak|sejumlah|mencapai|tercatat|ada)[ \t]+)?$",
    re.IGNORECASE,
)


_INCLUDING_TAIL_RE = re.compile(
    # ("termasuk di dalamnya ada 2.450 warga": the part inside the count before)
    r"\btermasuk[ \t]+(?:di[ \t]+dalamnya[ \t]+(?:(?:ada|terdapat)[ \t]+)?)?"
    r"(?:(?:sebanyak|sekitar)[ \t]+)?$"
    r"|\btermasuk[ \t]+\d[\d.,]*[ \t]+[^\d;]{1,40}?[ \t]+(?:dan|serta)[ \t]+$",
    re.IGNORECASE,
)

# "penduduk Kabupaten Palas berjumlah": the residents of a place named after the word
_PLACE_POPULATION_AFTER_RE = re.compile(
    r"[ \t]+(?:(?i:di)[ \t]+)?(?:(?i:kabupaten|kota|provinsi|kab\.)[ \t]*)?"
    r"(?:[A-Z][\w'-]*[ \t]+){1,3}"
    r"(?:(?i:berjumlah|sebanyak|sejumlah|mencapai|sekitar|kurang[ \t]+lebih|hampir|ada"
    r"|tercatat)[ \t]+)*"
)
# "dari total jumlah ", "total ": the population named as a whole
_WHOLE_WORD_BEFORE_RE = re.compile(r"\b(?:dari|total)[ \t]+(?:jumlah[ \t]+)?$", re.IGNORECASE)

_UNEMPLOYED_AFTER_RE = re.compile(
    r"[^.;]{0,60}?\b(?:pengangguran|menganggur|tidak[ \t]+bekerja)\b", re.IGNORECASE
)

# the unemployed (or those outside the labour force) as the clause's subject,
# with no worker word between them and the count: "jumlah pengangguran terbuka
# mencapai", "bukan angkatan kerja ... dari 221.915 menjadi"
_UNEMPLOYED_TAIL_RE = re.compile(
    r"\b(?:pengangguran|bukan[ \t]+angkatan[ \t]+kerja)\b"
    r"(?:(?!\b(?:pekerja|tenaga|peserta|karyawan|buruh|angkatan)\b)(?:[^.;:\d]|\d[\d.,]*))*$",
    re.IGNORECASE,
)

_NEXT_CLAUSE_AFTER_RE = re.compile(
    r"[;,][ \t]*(?:sementara|sedangkan|namun|tetapi|dan)\b|;", re.IGNORECASE
)

# a status word: "aktif", or a negated one ("nonaktif", "non aktif", "tidak aktif")
_STATUS_WORD_RE = re.compile(
    r"(?:\b(?P<neg>non[ \t-]?|tidak[ \t]+|tak[ \t]+)aktif|\baktif)\b", re.IGNORECASE
)
# the words its matches start with ("nonaktif" by prefix)
_STATUS_START = _WordTest({"tidak", "tak"}, ("non", "aktif"))

# "864 orang berstatus nonaktif": the status said of the people, no "peserta"
_INACTIVE_STATUS_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|peserta|tenaga[ \t]+kerja)[ \t]+)?(?:yang[ \t]+)?"
    r"(?:berstatus|statusnya)[ \t]+(?:peserta[ \t]+)?(?:non[ \t-]?aktif|tidak[ \t]+aktif"
    r"|tak[ \t]+aktif)\b",
    re.IGNORECASE,
)

_ACTIVE_WORD_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|peserta|tenaga[ \t]+kerja)[ \t]+)?(?:yang[ \t]+)?(?:masih[ \t]+)?"
    r"aktif\b",
    re.IGNORECASE,
)

_SEX = r"(?:laki[ \t-]*laki|lelaki|pria|perempuan|wanita)"

_SEX_TAIL_RE = re.compile(rf"\b{_SEX}\b[^\d.;,]{{0,30}}$", re.IGNORECASE)

_SEX_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|peserta|tenaga[ \t]+kerja|karyawan|buruh|jiwa)[ \t]+)?"
    rf"{_SEX}\b",
    re.IGNORECASE,
)

_BOTH_SEXES_RE = re.compile(
    rf"\b{_SEX}[ \t]+(?:dan|maupun|serta|atau|&)[ \t]+{_SEX}\b", re.IGNORECASE
)

# "137 ribu orang keluar dari kepesertaan", "137 Ribu Peserta BPJS Ketenagakerjaan di
# Jatim Keluar" (not "bekerja keluar negeri")
_FLOW_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|peserta|tenaga[ \t]+kerja)[ \t]+)?(?:yang[ \t]+)?"
    r"(?:berhenti|mengundurkan[ \t]+diri|dinonaktifkan)\b"
    r"|[^\d.;]{0,50}?\bkeluar\b(?:[ \t]+dari[ \t]+(?:kepesertaan|program|bpjs|keanggotaan)"
    r"|[ \t]*(?:[.,;:!?]|$))",
    re.IGNORECASE,
)

# "untuk yang masuk ada sekitar 339.986 orang", "peserta keluar sebanyak 12.000"
_FLOW_TAIL_RE = re.compile(
    r"\b(?:masuk|keluar)[ \t]+(?:(?:ada|sebanyak|sejumlah|sekitar|sekira|mencapai|berjumlah"
    r"|tercatat)[ \t]+)*$",
    re.IGNORECASE,
)

# a benefit programme right before the number: "Jaminan Kematian (JKM) ada 1.719"
_BENEFIT_TAIL_RE = re.compile(
    r"\b(?:jht|jkk|jkm|jkp|jp|jaminan[ \t]+(?:hari[ \t]+tua|kecelakaan[ \t]+kerja|kematian"
    r"|pensiun|kehilangan[ \t]+pekerjaan))\b(?:[ \t]*\([^()]{2,6}\))?[ \t]*"
    r"(?:(?:ada|sebanyak|sejumlah|mencapai|sekitar|tercatat|yakni|yaitu|sudah|telah)[ \t]+)*$",
    re.IGNORECASE,
)

_STAFF_STEMS = ("sdm", "sumber daya", "personel", "staf")
_AGENT_STEMS = ("agen", "perisai")
# "43 orang agen Perisai", "dari 205 perisai": the agency's agents (Perisai)
_AGENTS_AFTER_RE = re.compile(r"[ \t]+(?:orang[ \t]+)?(?:agen|perisai)\b", re.IGNORECASE)
# a count of agents earlier in the sentence, no word of signing workers up since
_AGENTS_LISTED_TAIL_RE = re.compile(
    r"(?<![\d.,])\d[\d.,]*[ \t]+(?:orang[ \t]+)?(?:agen|perisai)\b"
    r"(?:(?!merekrut|mendaftar|mengajak|menjaring|akuisisi|peserta|pekerja)[^.;!?]){0,200}$",
    re.IGNORECASE,
)
# "28 orang," (no worker noun after the person word)
_BARE_PERSONS_AFTER_RE = re.compile(
    r"[ \t]+orang\b(?![ \t]+(?:pekerja|peserta|tenaga|buruh|karyawan|pegawai))", re.IGNORECASE
)
_STAFF_TAIL_RE = re.compile(
    r"\b(?:sdm|sumber[ \t]+daya(?:[ \t]+manusia)?|personel|personil|staf)\b(?:[ \t]+(?:kami|kita))?"
    r"[^.;,\d]{0,40}$",
    re.IGNORECASE,
)
# (or passive: "Rp650 miliar, diterima oleh 52.301 pekerja", "yang disalurkan kepada")
_FOR_PEOPLE_GAP_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:yang[ \t]+)?(?:diterima[ \t]+oleh|(?:diberikan|disalurkan|dibayarkan)"
    r"[ \t]+(?:kepada|untuk|bagi))|untuk|bagi|kepada)[ \t]+",
    re.IGNORECASE,
)
_GAP_TAIL_RE = re.compile(
    # ("masih menyisakan 158.287 pekerja", "masih perlu mengejar sekitar 21.311 peserta")
    r"\b(?:gap|gep|kesenjangan|kekurangan|selisih(?:nya)?|sisa(?:nya)?|menyisakan|mengejar)[ \t]+"
    r"(?:(?:sekitar|sekira|sebanyak|sebesar|mencapai|ada|masih|lagi)[ \t]+)*$",
    re.IGNORECASE,
)

# "176.502 pekerja lagi": more still to come
_MORE_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|peserta|tenaga[ \t]+kerja|jiwa)[ \t]+)?lagi\b", re.IGNORECASE
)

# "500 ribu hingga 600 ribu": the first end of a range (not "hingga 2025", "hingga 31 Desember")
_RANGE_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|peserta)[ \t]+)?(?:hingga|sampai(?:[ \t]+dengan)?|s\.?d\.?"
    r"|-|\u2013|\u2014)[ \t]*(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*",
    re.IGNORECASE,
)

_DATE_AFTER_NUMBER_RE = re.compile(
    r"[ \t]*(?:jan|feb|mar|apr|mei|jun|jul|agu|ags|sep|okt|nov|des)\w*\b|/", re.IGNORECASE
)
# "... menerima manfaat JHT", "mengajukan klaim", "mencairkan JHT": claimants
_BENEFIT_AFTER_RE = re.compile(
    r"[^.;\d]{0,60}?\b(?:(?:menerima|mendapat(?:kan)?|memperoleh)[ \t]+(?:manfaat|santunan"
    r"|klaim|pembayaran[ \t]+klaim)|mengajukan[ \t]+klaim|mengklaim|mencairkan)\b",
    re.IGNORECASE,
)
