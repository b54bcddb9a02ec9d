"""Segments carried from elsewhere, when a figure's own words name no group:
from the whole it is a part of, a rate or count it restates, a group named
before it in its sentence or the sentence before, the sentence's opening
("Sedangkan untuk sektor informal ..."), a list of examples, a series of
migrant, vulnerable or other workers (``CarriedSegmentRules``, a mixin of
``SegmentRules``, its rules tried in order by ``_carried_from``).

A sentence that goes on about the group of the one before: "Sementara
segmen Penerima Upah (PU) berpotensi 35.036 pekerja. Bahkan, peserta aktif BPJS
mencapai 38.036 pekerja", "... penerima upah (PU) mencapai 26,64 juta orang.
Jumlah pekerja terlindungi itu setara 50,23%", "... non-ASN dan guru ... 7.220
orang. Itu berarti yang telah didaftarkan sekitar 87 persen". Its first
figure, naming no group or whole of its own, takes the one group the sentence
right before (with a figure) and its paragraph name, when a figure there took
it: in "Angkatan kerja di Kabupaten X tercatat 212.340 jiwa di luar TNI, Polri,
PNS dan P3K. Dari jumlah angkatan kerja tersebut, 61.870 jiwa atau 29,14% telah
terlindungi" the group named ("TNI, Polri, PNS") is what the figure leaves out,
and the 61.870 is everyone's. Called from ``SegmentRules._carried_segment``;
pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Sentence
from .cues import (
    _RELATIVE_ONLY_RE,
    _WHOLE_WORD_RE,
)
from .figures import (
    COVERAGE_PCT,
    FORMAL,
    INFORMAL,
    MIGRANT,
    OTHER,
    PARTICIPANTS,
    TOTAL,
    VULNERABLE,
    WORKFORCE,
)
from .lexicon import _PERSON_WORDS
from .segment_named import (
    _MEMBERSHIP_GROUPS,
)
from .tokens import _DIGIT_RE, _WordTest

# "Bahkan, ...", "Masih sekitar ...", "Itu berarti ...", "Artinya ..."
_GOES_ON_RE = re.compile(
    r"[ \t\"\u201c\u201d'(]*(?:bahkan|masih|itu[ \t]+berarti|ini[ \t]+berarti|artinya"
    r"|dengan[ \t]+kata[ \t]+lain)\b",
    re.IGNORECASE,
)
# "Jumlah pekerja terlindungi itu", "Angka tersebut", "kategori ini": what the
# sentence before counted, referred back to
_BACK_TO_RE = re.compile(
    r"\b(?:jumlah|angka)(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+(?:itu|tersebut|ini)\b"
    r"|\b(?:kategori|golongan|kelompok|segmen|sektor)[ \t]+(?:ini|itu|tersebut)\b",
    re.IGNORECASE,
)
_ITS_METRICS = (PARTICIPANTS, WORKFORCE, COVERAGE_PCT)


def group_gone_on_with(x, cand: _Cand, s: _Sentence) -> str | None:
    last = x.__dict__.get("_last_figure")
    k = bisect.bisect_left(x.a.sentence_starts, s.lo) - 1
    if last is None or k < 0:
        return None
    before = x.a.sentences[k]
    if before.lo != last[1] or s.para - before.para > 1:
        return None  # the sentence right before gave no figure
    # the one group of the sentence before and of its paragraph so far (not a
    # list of groups: "... 449.085 PU. ... 32.537 BPU. Sedangkan 46.055 lainnya
    # konstruksi. Jumlah ini baru sekitar 53,32 persen" is the whole's)
    lo = x.a.paragraphs[before.para].lo
    groups = {seg for _lo, _hi, seg in x._segment_hits(lo, before.hi)}
    if len(groups) != 1 or TOTAL in groups:
        return None
    text = x.text
    back = _BACK_TO_RE.search(text, s.lo, cand.start)
    if back is None and _GOES_ON_RE.match(text, s.lo, cand.start) is None:
        return None
    if x._segment_hits(s.lo, cand.start):
        return None
    for m in _WHOLE_WORD_RE.finditer(text, s.lo, cand.start):
        if back is None or not back.start() <= m.start() < back.end():
            return None  # "Bahkan, total ...": the whole
    group = groups.pop()
    # only when a figure there took the group (not an exclusion, an aside)
    if group not in x._groups_at.get(last[1], ()):
        return None
    return group


class CarriedSegmentRules:
    def _carried_from(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        """A segment the figure takes from the one it restates or completes, when
        its own clause names none: "2,75 persen atau 22.307 orang dari 809.750"
        (the whole of the same group), "Ekosistem gampong: 81.622 dari 253.305",
        the subsidised ("iuran ditanggung"), a series ("pada 2019 ... 539.299
        peserta PMI, lalu pada 2020 menjadi 389.760"), an article all about PMI."""
        if self.a.word_search(_COMBINED_RE, _COMBINED_WORDS, s.lo, cands[i].start):
            # "jika digabungkan dengan tenaga kerja informal ..., hanya 10,9 persen":
            # the groups taken together
            return None
        for rule in (
            self._group_of_whole,
            self._group_named_before,
            self._group_of_sentence_before,
            self._group_of_figureless_sentence,
            self._group_by_example,
            self._group_of_rate_after,
            self._group_of_sentence_topic,
        ):
            found = rule(cands, i, s, metric)
            if found:
                return found
        return self._group_of_series(cands, i, s, metric)

    def _group_of_whole(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        """The group of the figure this one restates or is a part of, or the one
        its metric rule implies (subsidised premiums)."""
        cand = cands[i]
        prev = cands[i - 1] if i else None
        if cand.rule == "reached_in_group":
            # "101 ribu pekerja jasa konstruksi, dengan capaian saat ini 43,7 ribu
            # pekerja": the participants reached in the group named before
            named = self._segment_hits(s.lo, cand.start)
            if named and named[-1][2] != TOTAL:
                return named[-1][2]
        if prev and _OF_THAT_NUMBER_RE.fullmatch(self.text, prev.end, cand.start):
            # "19.255 tenaga kerja ... pada 1.580 perusahaan, dari jumlah itu, baru
            # sebanyak 11.002": the part of the last figure before it
            whole = next((c for c in reversed(cands[:i]) if c.metric), None)
            if whole is not None and whole.segment not in (None, TOTAL):
                return whole.segment
        if cand.rule in ("dari_after_part", "restates_rate", "restates_count") and prev:
            if prev.segment and prev.segment != TOTAL:
                return prev.segment
            if prev.rule == "restates_rate" and i > 1 and cands[i - 2].segment != TOTAL:
                return cands[i - 2].segment
        if (
            prev is not None
            and prev.rule in ("whole_before_rate", "whole_before_part")
            and prev.segment not in (None, TOTAL)
            and metric in (PARTICIPANTS, COVERAGE_PCT)
        ):
            # "Dari 9,7 juta tenaga kerja formal, baru 28,9 persen di antaranya": the
            # part has the group of its whole
            return prev.segment
        if cand.seg_hint and metric in (PARTICIPANTS, WORKFORCE):
            return cand.seg_hint
        if (
            prev is not None
            and prev.kind == "pct"
            and prev.segment not in (None, TOTAL)
            and metric == PARTICIPANTS
            and _IN_BRACKETS_GAP_RE.fullmatch(self.text, prev.end, cand.start)
        ):
            # "peserta BPU sebesar 9,0 persen (14.468 orang)": the count in brackets
            # restates its group's rate
            return prev.segment
        return self._group_of_count_restated(cand, prev, cands[i - 2] if i > 1 else None, metric)

    def _group_of_rate_after(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        """ "460.267 orang atau 57,47 persen merupakan pekerja formal", "7.093
        orang atau 11,01% yang tergolong pada pekerja penerima upah", "8.420
        dari total 10.640 pekerja di perusahaan formal": a count restated by
        the rate right after it, or a part of the whole right after it, is of
        the membership group named after that rate or whole."""
        if metric not in (PARTICIPANTS, WORKFORCE) or i + 1 >= len(cands):
            return None
        cand, nxt = cands[i], cands[i + 1]
        if (
            cand.kind != "count"
            or nxt.seg_after not in _MEMBERSHIP_GROUPS
            or self._segment_hits(cand.end, nxt.start)
        ):
            return None
        if nxt.kind == "pct":
            gap = _RATE_RESTATES_COUNT_RE
        elif nxt.kind == "count":
            gap = _WHOLE_AFTER_PART_RE
        else:
            return None
        if not gap.fullmatch(self.text, cand.end, nxt.start):
            return None
        found = {g for b, _e, g in self._segment_hits(nxt.end, s.hi) if b in nxt.claimed}
        group = _merge_segments(found)
        return group if group in _MEMBERSHIP_GROUPS else None

    def _group_of_count_restated(
        self, cand: _Cand, prev: _Cand | None, before: _Cand | None, metric: str
    ):
        """ "jasa konstruksi 66.647 peserta atau 70,84 persen", "2.233 pegawai non
        ASN ..., artinya sudah 100%": the rate that restates a group's count is
        that group's (not the rate after a list of counts by group: "24.874
        pekerja formal dan 47.257 pekerja informal atau sekitar 53 persen")."""
        if (
            metric == COVERAGE_PCT
            and not (
                before is not None
                and before.kind == "count"
                and prev is not None
                and before.segment != prev.segment
            )
            and prev is not None
            and prev.kind == "count"
            and prev.metric == PARTICIPANTS
            and prev.segment not in (None, TOTAL)
            and _RATE_RESTATES_COUNT_RE.fullmatch(self.text, prev.end, cand.start)
            and not any(
                seg != prev.segment for _s, _e, seg in self._segment_hits(prev.end, cand.start)
            )
        ):
            return prev.segment
        return None

    def _group_named_before(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        """ "Capaian sektor itu", or the group of the figure before in this
        sentence until another group or a total word is named."""
        cand = cands[i]
        # "... 84 persen, diikuti Kabupaten B 60 persen": a placement word between
        # two figures of a list does not end the group
        k = i - 1
        while k >= 0 and cands[k].kind == "rank" and cand.kind != "rank":
            k -= 1
        prev = cands[k] if k >= 0 else None
        counted = (PARTICIPANTS, WORKFORCE, COVERAGE_PCT)
        if metric in counted and self.a.word_search(
            # (or right after: "Dari total sekitar 6.600 pekerja di sektor tersebut")
            _GROUP_ANAPHOR_RE,
            _GROUP_ANAPHOR_WORDS,
            max(s.lo, cand.start - 120),
            min(s.hi, cand.end + 30),
        ):
            # "Untuk sektor jasa konstruksi, ... . Capaian sektor itu mencapai
            # 201,66 persen": the group last named before, in this paragraph
            para_lo = self.a.paragraphs[s.para].lo
            named = self._segment_hits(para_lo, cand.start)
            if named and named[-1][2] != TOTAL:
                return named[-1][2]
        if (
            prev is not None
            and prev.metric in counted
            and metric in counted
            and prev.segment
            and prev.segment != TOTAL
            and prev.seg_after is None
            and not _several_groups(cands[:i])
            and not self._segment_hits(prev.end, cand.start)
            and not _WHOLE_WORD_RE.search(self.text, prev.end, cand.start)
        ):
            # "Untuk tenaga kerja PU tercatat 349 ribu, dan 343 ribu di antaranya
            # sudah terdaftar": the group named before stays until another is named
            return prev.segment
        if (
            metric == COVERAGE_PCT
            and prev is not None
            and prev.metric in (PARTICIPANTS, WORKFORCE)
            and prev.segment
            and prev.segment != TOTAL
            and _RELATIVE_ONLY_RE.match(self.text, prev.end, cand.start)
        ):
            # "pekerja informal ... 310.000 orang, namun yang terdaftar baru 12 persen"
            return prev.segment
        if prev is not None and prev.seg_after not in (None, TOTAL) and metric in counted:
            # "mendaftarkan 100% non-ASN yang sesuai SK Bupati sebanyak 540 tenaga
            # kerja": the group named after the rate, described until the count
            ends = [e for b, e, _g in self._segment_hits(prev.end, cand.start) if b in prev.claimed]
            if ends and _GROUP_THEN_COUNT_RE.fullmatch(self.text, max(ends), cand.start):
                return prev.seg_after
            # "69.528 peserta dari 79.691 populasi pekerja formal, mencakup 87 persen":
            # the rate of the part and whole just given for the group
            if (
                ends
                and metric == COVERAGE_PCT
                and prev.rule == "dari_after_part"
                and _RATE_OF_PAIR_RE.fullmatch(self.text, max(ends), cand.start)
            ):
                return prev.seg_after
        return None

    def _group_of_sentence_before(
        self, cands: list[_Cand], i: int, s: _Sentence, metric: str
    ) -> str | None:
        """ "... pekerja BPU 205 ribu orang. Dari jumlah itu, yang sudah terdaftar
        baru 77 ribu": the group of the sentence this one continues (not after a
        list of several groups: "... PU 196.528 orang dan BPU 10.891 orang.
        Sementara ... 24,86 persen")."""
        cand = cands[i]
        last = self.__dict__.get("_last_figure")
        if (
            i == 0
            and last is not None
            and s.topic_lo < s.lo
            and (last[1] == s.topic_lo or self._divides_whole_before(s, last[1]))
            and last[0] not in (TOTAL, OTHER)
            and len(self._groups_at.get(last[1], ())) < 2
            and metric in (PARTICIPANTS, WORKFORCE, COVERAGE_PCT)
            and not self._segment_hits(s.lo, cand.start)
            and not _WHOLE_WORD_RE.search(self.text, s.lo, cand.start)
        ):
            return last[0]
        return None

    def _group_of_sentence_topic(
        self, cands: list[_Cand], i: int, s: _Sentence, metric: str
    ) -> str | None:
        """ "Sedangkan untuk peserta jasa konstruksi ditargetkan sebanyak 2.448,
        terealisasi sebanyak 4.953 TK", "Sementara itu untuk pekerja formal ...,
        dari data sebanyak 2,1 juta orang tersebut, telah terdaftar 1,3 juta
        orang": a sentence that opens with the group it is about ("untuk ...")
        speaks of that group in its later clauses too, unless a whole is named
        after it ("total", "seluruh", "jumlah")."""
        if metric not in (PARTICIPANTS, WORKFORCE, COVERAGE_PCT):
            return None
        topic = _GROUP_TOPIC_RE.match(self.text, s.lo, cands[i].start)
        if topic is None:
            return None
        hits = self._segment_hits(topic.end(), cands[i].start)
        if (
            not hits
            or hits[0][0] - topic.end() > _TOPIC_REACH
            # "..., sehingga total peserta mencapai 60.000": a whole after the group
            or _WHOLE_WORD_RE.search(self.text, hits[-1][1], cands[i].start)
        ):
            return None
        group = _merge_segments({g for _b, _e, g in hits})
        return group if group != TOTAL else None

    def _divides_whole_before(self, s: _Sentence, at: int) -> bool:
        """ "... terdapat 219 ribu pekerja BPU. Dari jumlah tersebut, baru 9 persen":
        the sentence right before, starting at ``at``, counts the whole this one
        divides (even when it names no programme, so is not the topic)."""
        k = bisect.bisect_left(self.a.sentence_starts, s.lo) - 1
        return k >= 0 and self.a.sentences[k].lo == at and self.a.sentences[k].whole_for_next

    def _group_of_figureless_sentence(
        self, cands: list[_Cand], i: int, s: _Sentence, metric: str
    ) -> str | None:
        """ "... jumlah peserta pekerja rentan yang dibiayai APBD terus meningkat.
        Kepesertaan naik setiap tahun, 2023 hanya 300 orang, ...": the group the
        sentence right before named without a figure of its own."""
        cand = cands[i]
        if (
            metric != PARTICIPANTS
            or any(c.metric and c.segment == TOTAL for c in cands[:i])
            or self._segment_hits(s.lo, cand.start)
        ):
            return None
        k = bisect.bisect_left(self.a.sentence_starts, s.lo) - 1
        if k < 0 or self.a.sentences[k].para != s.para - 1 and self.a.sentences[k].para != s.para:
            return None
        before = self.a.sentences[k]
        groups = {g for _b, _e, g in self._segment_hits(before.lo, before.hi)}
        if (
            len(groups) != 1
            or not groups <= {MIGRANT, VULNERABLE, OTHER}
            or _DIGIT_RE.search(self.text, before.lo, before.hi)
            or _WHOLE_WORD_RE.search(self.text, s.lo, cand.start)
        ):
            return None
        return next(iter(groups))

    def _group_by_example(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        """ "Salah satu contoh pekerja informal ... adalah nelayan. ... 153 ribu
        nelayan di Jateng": workers the text gave before as an example of a group
        are counted in it."""
        cand = cands[i]
        if metric not in (PARTICIPANTS, WORKFORCE) or cand.noun != "person":
            return None
        word = _NEXT_WORD_RE.match(self.text, cand.end, s.hi)
        if word is None:
            return None
        examples = self.__dict__.get("_examples")
        if examples is None:
            examples = self._examples = self._group_examples()
        found = examples.get(word.group(1).lower())
        return found[1] if found is not None and found[0] < cand.start else None

    def _group_examples(self) -> dict[str, tuple[int, str]]:
        """Each worker noun given as an example of one group ("pekerja rentan
        seperti petani, nelayan", "contoh pekerja informal ... adalah nelayan"):
        where first given, and the group."""
        examples: dict[str, tuple[int, str]] = {}
        low = self.a.lower if self.a.lower is not None else self.text.lower()
        if not any(word in low for word in _EXAMPLE_WORDS):
            return examples
        for start, end, segment in self.segment_hits:
            if segment == TOTAL:
                continue
            m = _EXAMPLES_AFTER_RE.match(self.text, end)
            if m is None and _EXAMPLE_BEFORE_RE.search(self.text, max(0, start - 25), start):
                m = _IS_EXAMPLE_RE.match(self.text, end)
            if m is None:
                continue
            for noun in _LIST_SPLIT_RE.split(m.group("nouns").lower()):
                if noun in _PERSON_WORDS and noun not in _GENERAL_WORKERS:
                    examples.setdefault(noun, (start, segment))
        return examples

    def _group_of_series(self, cands: list[_Cand], i: int, s: _Sentence, metric: str):
        """Participants along a series of migrant, vulnerable or other workers,
        or of an article all about migrant workers."""
        if metric != PARTICIPANTS:
            return None
        group = (MIGRANT, VULNERABLE, OTHER)
        for other in reversed(cands[:i]):
            if other.metric == metric and other.segment in group:
                # "... 5.000 pekerja rentan, sehingga total peserta mencapai 60.000":
                # a whole named between them is no part of the series
                if _TURNS_TO_WHOLE_RE.search(self.text, other.end, cands[i].start):
                    return None
                return other.segment
        last = self._last_segment.get(metric)
        if s.topic_lo < s.lo and last in group and self._series_goes_on(last, s):
            return last
        return self._article_segment

    def _series_goes_on(self, group: str, s: _Sentence) -> bool:
        """Whether the last figure read was of the series' ``group`` and no
        number stands between its sentence and this one: "Namun, baru 2,7 juta
        pekerja yang terlindungi" after "jumlah masyarakat pekerja ... sebanyak
        6 juta jiwa" goes on about that whole, not about the vulnerable workers
        counted before it."""
        last = self.__dict__.get("_last_figure")
        if last is None:
            return True
        if last[0] != group:
            return False
        k = bisect.bisect_right(self.a.sentence_starts, last[1]) - 1
        return k < 0 or not _HEADCOUNT_RE.search(self.text, self.a.sentences[k].hi, s.lo)


# "..., dari jumlah itu, baru sebanyak": the part of the figure just before, in its
# sentence
_OF_THAT_NUMBER_RE = re.compile(
    r"[^\d.;]*,[ \t]*dari[ \t]+(?:jumlah|angka)[ \t]+(?:itu|tersebut)[ \t]*,?[^\d.;]{0,40}",
    re.IGNORECASE,
)

# "sektor itu", "segmen tersebut": the group named in a sentence before
_GROUP_ANAPHOR_RE = re.compile(
    r"\b(?:sektor|segmen|kelompok|bidang)[ \t]+(?:itu|tersebut|ini)\b", re.IGNORECASE
)

# the words a match of _GROUP_ANAPHOR_RE starts with (for word_search)
_GROUP_ANAPHOR_WORDS = _WordTest({"sektor", "segmen", "kelompok", "bidang"})

# "non-ASN yang sesuai SK Bupati sebanyak": a group, then how many of it
# (a year may stand in the description: "yang tercatat di BPS pada 2022 sebanyak")
_GROUP_THEN_COUNT_RE = re.compile(
    r"[ \t]+yang\b(?:[^,.;:\d]|(?<!\d)(?:19|20)\d\d(?![\d.,])){0,60}?"
    r"\b(?:sebanyak|sejumlah|berjumlah)[ \t]+",
    re.IGNORECASE,
)

# "8.420 dari total 10.640": a part, then the whole it is of
_WHOLE_AFTER_PART_RE = re.compile(
    r"[ \t]+(?:(?:orang|pekerja|peserta|tenaga[ \t]+kerja)[ \t]+)?dari[ \t]+"
    r"(?:(?:total|jumlah|sekitar|sebanyak|keseluruhan)[ \t]+){0,3}",
    re.IGNORECASE,
)

_RATE_OF_PAIR_RE = re.compile(
    r"[ \t]*[,(]?[ \t]*(?:(?:atau|mencakup|mencapai|sebesar|setara|dengan|yaitu|yakni|sekitar"
    r"|baru|hanya)[ \t]+)*",
    re.IGNORECASE,
)

# the examples of a group: "pekerja rentan seperti petani, nelayan, pedagang"; or,
# after "contoh pekerja informal ...", "... adalah nelayan"
_EXAMPLE_WORDS = ("contoh", "seperti", "misal", "antara", "termasuk")

_NOUN_LIST = (
    r"(?P<nouns>[^\W\d_]+(?:(?:[ \t]*,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)"
    r"[^\W\d_]+){0,5})"
)

_EXAMPLES_AFTER_RE = re.compile(
    r"[ \t,(]*(?:seperti|misalnya|contohnya|antara[ \t]+lain|di[ \t]+antaranya|termasuk)[ \t]+"
    + _NOUN_LIST,
    re.IGNORECASE,
)

_EXAMPLE_BEFORE_RE = re.compile(
    r"\bcontoh(?:nya)?[ \t]+(?:dari[ \t]+)?"
    r"(?:(?:para[ \t]+)?(?:pekerja|tenaga[ \t]+kerja|sektor)[ \t]+)?$",
    re.IGNORECASE,
)

_IS_EXAMPLE_RE = re.compile(
    r"[^.;\d]{0,60}?\b(?:adalah|ialah|yaitu|yakni)[ \t]+(?:para[ \t]+)?" + _NOUN_LIST,
    re.IGNORECASE,
)

_LIST_SPLIT_RE = re.compile(r"[ \t]*,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+")

_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_]+)")

# words for workers of every group: no example of one
_GENERAL_WORKERS = frozenset(
    ("orang", "pekerja", "peserta", "tenaga", "jiwa", "karyawan", "warga", "masyarakat", "anggota")
)

# "jika digabungkan dengan ...", "gabungan keduanya": the groups taken together
# between a count and the rate that restates it: "peserta atau", ", artinya sudah"
_RATE_RESTATES_COUNT_RE = re.compile(
    r"[^\d.;:]{0,50}?(?:\batau|\bartinya|\bsetara(?:[ \t]+dengan)?|\()(?:[ \t]+(?:sudah|telah|baru"
    r"|sekitar|sebesar|mencapai|hanya))*[ \t]*",
    re.IGNORECASE,
)

_COMBINED_RE = re.compile(r"\b(?:di)?gabung(?:kan|an)?\b", re.IGNORECASE)

# the words a match of _COMBINED_RE starts (as a window may cut a word, by prefix)
_COMBINED_WORDS = _WordTest((), ("gabung", "digabung"))

# "sehingga total ...": the sentence turns from a part to the whole ("dengan jumlah
# mencapai" only words an item of a list)
_TURNS_TO_WHOLE_RE = re.compile(r"\b(?:sehingga|total|keseluruhan)\b", re.IGNORECASE)

_IN_BRACKETS_GAP_RE = re.compile(r"[ \t]*\([ \t]*")

# a sentence opening with the group it is about: "Sedangkan untuk sektor informal ..."
_GROUP_TOPIC_RE = re.compile(
    r"\W*(?:(?:sedangkan|sementara(?:[ \t]+itu)?|adapun|namun|kemudian)[ \t]*,?[ \t]*)?"
    r"(?:untuk|bagi)[ \t]+",
    re.IGNORECASE,
)

_TOPIC_REACH = 30  # characters from "untuk" to the group's words

# a count of thousands or more ("6 juta", "19.042"), not a year or a date
_HEADCOUNT_RE = re.compile(
    r"\b\d{1,3}(?:[.,]\d{3})+\b|\b\d+(?:,\d+)?[ \t]+(?:juta|ribu)\b", re.IGNORECASE
)


def _several_groups(cands: list[_Cand]) -> bool:
    """Whether the figures before name two groups or more (a list of groups)."""
    groups = {c.segment for c in cands if c.metric and c.segment not in (None, TOTAL)}
    return len(groups) >= 2


def _merge_segments(found: set[str]) -> str:
    """One segment for the segment words around a number: "formal maupun
    informal" is the total, "pekerja informal rentan" the vulnerable."""
    if not found:
        return TOTAL
    if len(found) == 1:
        return next(iter(found))
    if OTHER in found and not {FORMAL, INFORMAL} <= found:
        # "pekerja rentan dari sektor PPNPN": the named group
        return OTHER
    if VULNERABLE in found and found <= {INFORMAL, VULNERABLE}:
        return VULNERABLE
    return TOTAL
