"""A regency's or city's programme for its workers, read as one story: the
groups a programme is said to consist of decide the group of its whole, and a
count told later of "this programme" takes the group the programme is for.

- **The groups a whole consists of**: "mendaftarkan 11.000 pekerja yang
  terdiri dari 3.000 non ASN, 2.000 aparatur desa, dan 6.000 pekerja rentan",
  "anggaran perlindungan bagi 17.125 pekerja, mencakup tenaga honorer,
  perangkat desa, kader, ... hingga pekerja rentan", "24.651 pekerja rentan
  desa, yang terdiri dari kepala desa, perangkat desa, BPD, ...": a whole
  whose listed make-up holds the staff and office holders a region enrols
  (non-ASN, village staff, RT/RW, honorary staff: the `other` group) is of
  that group, even when vulnerable workers are among them or a payer pays
  for it. Only after "terdiri dari/atas", "mencakup", "meliputi" (what it is
  made of), not "termasuk", "seperti", "di antaranya" (examples of it: "lebih
  dari 11.000 pekerja rentan, termasuk 7.452 kader Linmas" stays vulnerable),
  and not when a membership group (PU, BPU, Jakon, PMI) is listed.
- **A count of "this programme"**: "Lewat program ini, sebanyak 12.200 warga
  ... telah mendapatkan perlindungan", "Sebanyak 1500 orang pekerja sawit
  telah terdaftar dalam program ini", "Di X, program ini berjalan ..., dengan
  jumlah kepesertaan hampir 8.000-an orang": a count naming no group, in a
  sentence that refers back to the programme the story told of, after the
  story named vulnerable workers as those it is for, is of them. Not when the
  sentence names any group ("122 ribu pekerja ..., termasuk perangkat desa dan
  pekerja rentan, terdaftar dalam program ini" is the total), nor when the
  `other` group was named after the vulnerable one.
- **Residents counted in such a story**: "Ada 46.582 jiwa yang sudah masuk
  dalam daftar peserta", "4.487 warga X kini resmi mendapatkan perlindungan",
  "baru tercapai sekitar 93 ribu orang", when the headline and first
  paragraphs tell of a government and vulnerable workers: a count of
  residents, souls or people (no trade, no group) is of those workers. Not
  when the sentence names a group, a rate or a word of all members ("peserta
  aktif", "cakupan", "total", "seluruh": the region's whole), nor after the
  story turned to the `other` group.

- **A count said again elsewhere**: "Untuk total keseluruhan sebanyak 11.004
  orang peserta" after "mendata 11.004 pekerja rentan", "sebanyak 25 ribu
  pekerja telah ditambahkan" before "untuk 25 ribu kelompok rentan": a count
  left with no group, written the same way in another sentence with one group
  right after or right before it ("sebanyak 1.048.365 orang tersebut
  merupakan peserta penerima upah"), is of that group (AH, AJ, AL, O). Not a number
  written in four characters or fewer ("500", "2 ribu"), nor one said there
  with a list of groups ("BPU dan Jasa Konstruksi baru 17.920").

- **A count a paying or giving act is for**: "Pemkab Tanggung Biaya BPJS untuk
  2.783 Pekerja" and later "sebanyak 2.783 pekerja telah terdaftar", "1.800
  jiwa ... mendapatkan jaminan" and later "1.800 orang yang dibiayai
  pemerintah", "Luncurkan Perlindungan ... bagi 8.901 Tenaga Kerja", "juga
  memberikan perlindungan kepada 26.000 pekerja": a count naming no group that,
  where it stands or where the text writes it again, is the object of a
  government's paying, budgeting, launching, card-giving or protecting act
  ("untuk/bagi/kepada N") or the subject of a paid passive ("N orang yang
  dibiayai") is the programme's, of vulnerable workers (S, AB, AJ, AK, AL). The
  region's overall count of members ("sebanyak 61.203 pekerja ... telah
  terlindungi") is nobody's gift and stays the total; so are the members the
  agency itself "memberikan perlindungan kepada" and the staff an employer
  pays for (the agency or employer named in the act's sentence, before it).

- **Informal workers a government pays for or covers**: "memberikan jaminan
  kepada pekerja sektor informal ... total pekerja informal yang diberikan
  jaminan mencapai N", "alokasikan anggaran ... bagi pekerja informal" and
  later "pekerja informal yang sudah tercover sebanyak N", "subsidi ... bagi
  pekerja informal sebanyak N": an informal count after the text (or its own
  clause) said someone other than the agency or an employer pays for or covers
  informal workers is of those paid for, the vulnerable (D, X, AR). Not a count
  in a breakdown of the members by group (formal, informal, construction in
  one sentence: the agency's categories).

A rule class of the extractor; ``_programme_group`` runs after ``_group_of_part``
so that it has the last word on a figure's group; pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Sentence
from .cues import _CHAIN_GAP_RE, _FILLER_GAP_RE
from .figures import (
    CONSTRUCTION,
    FORMAL,
    INFORMAL,
    MIGRANT,
    OTHER,
    PARTICIPANTS,
    TOTAL,
    VULNERABLE,
)
from .segments import _merge_segments

# what a whole is made of, right after the count and its noun: "11.000 pekerja yang
# terdiri dari", "17.125 pekerja, mencakup", "24.651 pekerja rentan desa, yang terdiri atas"
_MADE_OF_RE = re.compile(
    r"[^\d.;:()]{0,60}?\b(?:yang[ \t]+)?(?:terdiri[ \t]+(?:dari|atas)|mencakup|meliputi)\b",
    re.IGNORECASE,
)
_MADE_OF_STEMS = ("terdiri", "mencakup", "meliputi")
_MADE_OF_REACH = 240  # characters of the list after the connector
# groups of membership: a list naming one is a split of all members, not a programme's
_MEMBERSHIP_GROUPS = frozenset(("formal", "informal", "construction", "migrant"))

# "program ini", "program tersebut", "inovasi ini": the programme told of before
_THIS_PROGRAMME_RE = re.compile(
    r"\b(?:program|programnya|inovasi|skema|kegiatan)[ \t]+(?:ini|tersebut|itu)\b",
    re.IGNORECASE,
)
_THIS_PROGRAMME_STEMS = ("program", "inovasi", "skema", "kegiatan")

# the story's lead (headline and first paragraphs): a government and vulnerable workers
_LEAD_ACTOR_RE = re.compile(
    r"\b(?:pemerintah[ \t]+(?:provinsi|kabupaten|kota|daerah)|pemprov|pemkab|pemkot|pemko"
    r"|pemda|bupati|wali[ \t]*kota)\b",
    re.IGNORECASE,
)
_LEAD_GROUP_RE = re.compile(
    r"\b(?:pekerja|tenaga[ \t]+kerja|masyarakat)[ \t]+rentan\b", re.IGNORECASE
)
_LEAD_PARAGRAPHS = 3
# residents, souls, people: no trade, no group
_RESIDENTS_RE = re.compile(r"[ \t]+(?:warga|jiwa|orang)\b", re.IGNORECASE)
# words of all members or of a rate: the region's whole, not the programme's
_OVERALL_RE = re.compile(
    r"\b(?:aktif|cakupan|coverage|persen|total|ucj|universal|keseluruhan|seluruh)\b|%",
    re.IGNORECASE,
)

# a count said again elsewhere: how long it must be written ("1.500", "25 ribu"),
# how far after it its group may stand, and what may stand between a group and the
# count after it ("pekerja rentan yang terdaftar sebanyak 11.004")
_SAID_MIN_CHARS = 5
_THAT_COUNT_RE = re.compile(
    r"[ \t]+(?:(?:orang|pekerja|jiwa|peserta|tenaga[ \t]+kerja)[ \t]+)?(?:tersebut|itu)\b",
    re.IGNORECASE,
)
_SAID_REACH = 40
# a count a government or a fund pays for, where the count (or the same count
# written again) stands: the object of a paying or giving act ("Pemkab Tanggung Biaya
# BPJS untuk 2.783 Pekerja", "Anggaran ... diplotkan untuk 1.800 jiwa", "Luncurkan
# Perlindungan ... bagi 8.901 Tenaga Kerja", "Serahkan Kartu BPJS Kepada 2500
# Pekerja") or the subject of a paid passive ("1.800 orang yang dibiayai pemerintah")
_PAID_ACT_BEFORE_RE = re.compile(
    r"\b(?:(?:menanggung|ditanggung|tanggung)[ \t]+(?:biaya|iuran|premi)|(?:mem|di)?biayai"
    r"|(?:mem|di)?bayar(?:kan)?|(?:meng|di)?anggarkan|(?:di)?plot(?:kan)?|(?:di|meng)?alokasikan"
    r"|(?:me)?luncurkan[ \t]+(?:program[ \t]+)?perlindungan|(?:meny|dis|s)erahkan[ \t]+kartu"
    r"|(?:mem)?beri(?:kan)?[ \t]+(?:perlindungan|jaminan))\b"
    r"[^.;:\d]{0,50}?\b(?:untuk|bagi|kepada)[ \t]+(?:(?:sebanyak|sekitar|lebih[ \t]+dari)[ \t]+)?$",
    re.IGNORECASE,
)
_PAID_ACT_STEMS = (
    "tanggung", "nanggung", "biayai", "bayar", "anggarkan", "plot", "alokasikan", "luncurkan",
    "serahkan", "beri",
)  # fmt: skip
_PAID_PASSIVE_AFTER_RE = re.compile(
    r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?yang[ \t]+(?:dibiayai|ditanggung|didanai|dibayar(?:kan)?)\b",
    re.IGNORECASE,
)
# payers whose act is no programme's: the agency itself, an employer
_AGENCY_RE = re.compile(
    r"\b(?:bpjs|bp[ \t]*jamsostek|bpjamsostek|perusahaan|pengusaha|pemberi[ \t]+kerja"
    r"|badan[ \t]+usaha|pt)\b",
    re.IGNORECASE,
)
_PAID_ACT_REACH = 120  # characters before a count where its paying act may stand
_PAID_MIN_CHARS = 4  # "2500": a paying act is evidence enough for a number this long

# a government's money or cover for the informal workers: "memberikan jaminan kepada
# pekerja sektor informal", "alokasikan anggaran sebesar Rp3,5 miliar untuk memperluas
# cakupan ... bagi pekerja informal", "pemberian subsidi Jamsostek bagi pekerja informal"
# the act ("subsidi", "memberikan jaminan", "anggaran", ...) and its words up to the
# "bagi/untuk/kepada" of _INFORMAL_FOR_RE
_INFORMAL_ACT_RE = re.compile(
    r"\b(?:subsidi|(?:mem|di)?beri(?:kan)?[ \t]+(?:perlindungan|jaminan)|(?:di|mem)biayai"
    r"|(?:menanggung|ditanggung|tanggung)[ \t]+(?:biaya|iuran|premi)|(?:mem|di)?bayar(?:kan)?"
    r"|(?:meng|di)?alokasikan|(?:meng|di)?anggarkan|anggaran)\b(?:[^.;:\n]|\.(?=\d)){0,100}\Z",
    re.IGNORECASE,
)
_INFORMAL_FOR_RE = re.compile(
    r"(?:bagi|untuk|kepada)[ \t]+(?:para[ \t]+)?(?:pekerja|tenaga[ \t]+kerja)[ \t]+"
    r"(?:di[ \t]+)?(?:sektor[ \t]+)?(?:informal|non[ \t-]?formal|bukan[ \t]+penerima[ \t]+upah)",
    re.IGNORECASE,
)
_INFORMAL_PREPOSITIONS = ("bagi ", "untuk ", "kepada ")
# the group's words the act is for, searched first ("informal", "nonformal" and
# "non-formal" all end in "formal"); how far before them "bagi/untuk/kepada" and
# before that the act may stand
_INFORMAL_WORDS = ("formal", "bukan penerima upah")
_INFORMAL_FOR_SPAN = 60  # "bagi para tenaga kerja di sektor bukan penerima upah"
_INFORMAL_ACT_SPAN = 130  # the act's words and what stands before "bagi/untuk/kepada"
# the membership groups a breakdown of the members lists beside the informal
_MEMBERSHIP_OTHERS = frozenset({FORMAL, CONSTRUCTION, MIGRANT})

_GROUP_THEN_IT_RE = re.compile(
    r"[ \t]*(?:(?:yang|sebanyak|sejumlah|mencapai|berjumlah|ada|yakni|yaitu|baru|hanya"
    r"|terdaftar|tercatat|sudah|telah)[ \t]+)*",
    re.IGNORECASE,
)


class ProgrammeGroups:
    def _programme_group(self, cands: list[_Cand], i: int, segment: str, s: _Sentence) -> str:
        """The group of a programme's count, after ``_group_of_part``."""
        c = cands[i]
        if c.metric != PARTICIPANTS or c.kind != "count":
            return segment
        if segment in (TOTAL, VULNERABLE):
            made_of = self._group_made_of(c, s)
            if made_of is not None:
                return made_of
        if segment == TOTAL and (
            self._count_of_this_programme(s) or self._residents_of_the_story(c, s)
        ):
            return VULNERABLE
        if segment == TOTAL and self._count_paid_for(c, s):
            return VULNERABLE
        if segment == INFORMAL and self._informal_paid_for(c, s):
            return VULNERABLE
        if segment == TOTAL:
            return self._group_said_elsewhere(c, s) or segment
        return segment

    def _count_paid_for(self, c: _Cand, s: _Sentence) -> bool:
        """ "Pemkab Tanggung Biaya BPJS untuk 2.783 Pekerja" and later "sebanyak
        2.783 pekerja telah terdaftar", "1.800 jiwa ... mendapatkan jaminan" and
        "1.800 orang yang dibiayai pemerintah": a count naming no group, which
        here or where the text writes it again is what a paying or giving act is
        for, or what is paid for, is of the workers such a programme is for."""
        if self._segment_hits(s.lo, s.hi):
            return False
        text = self.text
        written = text[c.start : c.end]
        at_list = self._same_numbers(c) if len(written) >= _PAID_MIN_CHARS else []
        for at in at_list or [c.start]:
            if not text.startswith(written, at):
                continue
            end = at + len(written)
            lo = max(0, at - _PAID_ACT_REACH)
            if self.a.may_hold(lo, at, _PAID_ACT_STEMS):
                act = _PAID_ACT_BEFORE_RE.search(text, lo, at)
                # not the agency's own protection ("BPJS Ketenagakerjaan telah
                # memberikan perlindungan kepada 30 juta pekerja": all its members)
                # nor an employer paying for its staff
                if act and not self._agency_pays(act.start()):
                    return True
            if _PAID_PASSIVE_AFTER_RE.match(text, end, min(len(text), end + 60)):
                return True
        return False

    def _informal_paid_for(self, c: _Cand, s: _Sentence) -> bool:
        """ "memberikan jaminan kepada pekerja sektor informal ... total pekerja
        informal yang diberikan jaminan mencapai 1.984 pekerja", "subsidi ... bagi
        pekerja informal sebanyak 35.425 jiwa": informal workers counted after the
        text (or the count's own clause) said a government pays for or covers
        informal workers are those it pays for, the vulnerable. Not a count in a
        breakdown of the members by group ("36.307 pekerja formal, 12.701 pekerja
        informal, dan 2.268 pekerja jasa konstruksi"): the agency's categories."""
        acts = self.__dict__.get("_informal_paid_acts")
        if acts is None:
            acts = self._informal_paid_acts = self._first_informal_paid_act()
        if not acts or acts[0] > c.start:
            return False
        return not any(g in _MEMBERSHIP_OTHERS for _b, _e, g in self._segment_hits(s.lo, s.hi))

    def _first_informal_paid_act(self) -> list[int]:
        """Where the first act of a government's paying for or covering informal
        workers ends (a list of one, or none), found from the group's words back
        to the act: only before each "formal" or "bukan penerima upah" that a
        "bagi/untuk/kepada" stands just before."""
        low = self.a.lower if self.a.lower is not None else self.text.lower()
        first: list[int] = []
        for word in _INFORMAL_WORDS:
            at = low.find(word)
            while at >= 0 and (not first or at < first[0]):
                end = at + len(word)
                lo = max(0, end - _INFORMAL_FOR_SPAN)
                prep = max(low.rfind(p, lo, at) for p in _INFORMAL_PREPOSITIONS)
                if (
                    prep >= 0
                    and not low[end : end + 1].isalpha()
                    and _INFORMAL_FOR_RE.fullmatch(self.text, prep, end)
                ):
                    act = _INFORMAL_ACT_RE.search(
                        self.text, max(0, prep - _INFORMAL_ACT_SPAN), prep
                    )
                    if act is not None and not self._agency_pays(act.start()):
                        first = [end]
                        break
                at = low.find(word, end)
        return first

    def _agency_pays(self, at: int) -> bool:
        """Whether the agency or an employer stands in the words of its
        sentence just before the act at ``at``."""
        lo = max(0, at - 80)
        stop = max(self.text.rfind(". ", lo, at), self.text.rfind("\n", lo, at))
        return _AGENCY_RE.search(self.text, stop + 1 if stop >= 0 else lo, at) is not None

    def _group_said_elsewhere(self, c: _Cand, s: _Sentence) -> str | None:
        """ "Untuk total keseluruhan sebanyak 11.004 orang peserta" after "mendata
        11.004 pekerja rentan", "sebanyak 25 ribu pekerja telah ditambahkan"
        before "untuk 25 ribu kelompok rentan": a count naming no group, written
        the same way in another sentence with a group right after it or right
        before it, is of that group (one group everywhere it is said; not a list
        of groups, "BPU dan Jasa Konstruksi baru 17.920")."""
        text = self.text
        written = text[c.start : c.end]
        if len(written) < _SAID_MIN_CHARS:
            return None  # "500", "2 ribu": too common to be the same count
        found = set()
        for at in self._same_numbers(c):
            end = at + len(written)
            if not s.lo <= at < s.hi and text.startswith(written, at):
                found |= self._groups_said_at(at, end)
                if len(found) > 1:
                    return None
        return found.pop() if found and TOTAL not in found else None

    def _same_numbers(self, c: _Cand) -> list[int]:
        """Where the text writes the number ``c`` starts with, the same way
        (the numbers indexed by how they are written, once per text)."""
        by_text = self.__dict__.get("_numbers_by_text")
        if by_text is None:
            by_text = self._numbers_by_text = {}
            text = self.text
            for m in self.numbers:
                by_text.setdefault(text[m.start() : m.end()], []).append(m.start())
        k = bisect.bisect_left(self.number_starts, c.start)
        if k == len(self.numbers) or self.number_starts[k] != c.start:
            return []
        m = self.numbers[k]
        return by_text.get(self.text[m.start() : m.end()], [])

    def _groups_said_at(self, at: int, end: int) -> set[str]:
        """The group said right after the number at ``at``..``end`` ("11.004
        pekerja rentan", chained: "formal dan informal") and the one right
        before it ("pekerja rentan sebanyak 11.004"), each merged."""
        text, hits, starts = self.text, self.segment_hits, self.segment_starts
        found = set()
        k = bisect.bisect_left(starts, end)
        if k < len(hits) and hits[k][0] - end < _SAID_REACH:
            # ("1.048.365 orang tersebut merupakan peserta penerima upah")
            that = _THAT_COUNT_RE.match(text, end, hits[k][0])
            gap = _FILLER_GAP_RE.match(text, that.end() if that else end, hits[k][0])
            if gap is not None and gap.end() == hits[k][0]:
                group, pos = {hits[k][2]}, hits[k][1]
                for start, stop, seg in hits[k + 1 : k + 4]:
                    chain = _CHAIN_GAP_RE.match(text, pos, start)
                    if chain is None or chain.end() != start:
                        break
                    group.add(seg)
                    pos = stop
                found.add(_merge_segments(group))
        j = bisect.bisect_left(starts, at)
        if j and hits[j - 1][1] <= at and _GROUP_THEN_IT_RE.fullmatch(text, hits[j - 1][1], at):
            before = [h for h in hits[max(0, j - 4) : j] if h[1] <= at]
            found.add(_merge_segments(self._nearest_group(before)))
        return found

    def _group_made_of(self, c: _Cand, s: _Sentence) -> str | None:
        """ "11.000 pekerja yang terdiri dari 3.000 non ASN, 2.000 aparatur desa,
        dan 6.000 pekerja rentan": `other` when the make-up listed names that
        group and no membership group."""
        if not self.a.holds(_MADE_OF_STEMS) or not self.a.may_hold(
            c.end, min(s.hi, c.end + 60), _MADE_OF_STEMS
        ):
            return None
        m = _MADE_OF_RE.match(self.text, c.end, s.hi)
        if m is None:
            return None
        hi = min(s.hi, m.end() + _MADE_OF_REACH)
        listed = {g for _b, _e, g in self._segment_hits(m.end(), hi)}
        if OTHER in listed and not listed & _MEMBERSHIP_GROUPS:
            return OTHER
        return None

    def _count_of_this_programme(self, s: _Sentence) -> bool:
        """A count naming no group, in a sentence about "program ini", after
        the story named vulnerable workers (and not the `other` group since)."""
        if not self.a.holds(_THIS_PROGRAMME_STEMS) or not self.a.may_hold(
            s.lo, s.hi, _THIS_PROGRAMME_STEMS
        ):
            return False
        if self._segment_hits(s.lo, s.hi) or not _THIS_PROGRAMME_RE.search(self.text, s.lo, s.hi):
            return False
        return self._vulnerable_named_last(s)

    def _vulnerable_named_last(self, s: _Sentence) -> bool:
        """Whether, of the vulnerable and `other` groups, the text named the
        vulnerable one last before the sentence."""
        k = bisect.bisect_left(self.segment_starts, s.lo)
        for _start, _end, group in reversed(self.segment_hits[:k]):
            if group == VULNERABLE:
                return True
            if group == OTHER:
                return False
        return False

    def _residents_of_the_story(self, c: _Cand, s: _Sentence) -> bool:
        """ "Ada 46.582 jiwa yang sudah masuk dalam daftar peserta", "4.487 warga
        X kini resmi mendapatkan perlindungan", in a story whose lead tells of a
        government protecting vulnerable workers: a count of residents naming no
        group, no rate and no word of all members is of those workers."""
        return bool(
            c.rule.startswith(("cue", "workers_in"))
            and _RESIDENTS_RE.match(self.text, c.end, s.hi)
            and not self._segment_hits(s.lo, s.hi)
            and not _OVERALL_RE.search(self.text, s.lo, s.hi)
            and self._lead_is_vulnerable_programme()
            and self._vulnerable_named_last(s)
        )

    def _lead_is_vulnerable_programme(self) -> bool:
        """Whether the headline and first paragraphs name a government and
        vulnerable workers (worked out once per text)."""
        found = self.__dict__.get("_vulnerable_lead")
        if found is None:
            paras = [p for p in self.a.paragraphs if p.kind != "skip"][:_LEAD_PARAGRAPHS]
            lead = " ".join(self.text[p.lo : p.hi] for p in paras)
            found = bool(_LEAD_ACTOR_RE.search(lead) and _LEAD_GROUP_RE.search(lead))
            self._vulnerable_lead = found
        return found

    def _lead_is_government_story(self) -> bool:
        """Whether the headline and first paragraphs name a government (worked
        out once per text)."""
        found = self.__dict__.get("_government_lead")
        if found is None:
            paras = [p for p in self.a.paragraphs if p.kind != "skip"][:_LEAD_PARAGRAPHS]
            lead = " ".join(self.text[p.lo : p.hi] for p in paras)
            found = self._government_lead = bool(_LEAD_ACTOR_RE.search(lead))
        return found
