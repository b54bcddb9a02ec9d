"""One reading of a sentence, made once, that the segment and region of its
figures are read from: its clauses, the groups it names, who pays and for
which stretch of it, the places it names (with what each is: a dateline, a
venue, a payer, a scope or a place figures can have) and its lists (places
in order, numbers in order).

Two general decisions read it:

- a count of participants in a stretch a payer governs ("Pemerintah Kota X,
  yang telah mendaftarkan 28 ribu pekerja informal", "Pemprov X memberikan
  jaminan perlindungan kepada 3.750 pelaku usaha") is of the vulnerable
  segment: a government that registers or protects workers pays their
  premiums;
- a list of places followed, in the same clause, by a list of as many numbers
  ("A dan B berada di peringkat satu dan dua", "A, B dan C dengan 40, 31 dan
  22 persen") gives the k-th number the k-th place, with or without
  "masing-masing".

A mixin of the extractor: ``_frame(s, cands, breaks)`` builds it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .article import _Cand, _Mention, _Sentence
from .numbers import _CARDINAL_WORDS, _ORDINAL_WORDS, _ROMAN
from .payers import budget_payers
from .tokens import _WordTest

# a government that acts: "Pemerintah Kota Batam", "Pemprov", "Pemkab X", "Bupati X"
_ACTOR_RE = re.compile(
    r"\b(?:pemerintah[ \t]+(?:provinsi|kabupaten|kota|daerah|desa)|pemprov|pemkab|pemkot"
    r"|pemda|pemdes|bupati|wali[ \t]*kota|gubernur)\b",
    re.IGNORECASE,
)
_ACTOR_STEMS = ("pem", "bupati", "wali", "gubernur")
# what it does for the workers that means it pays: registers, protects, gives
# protection or premium help, budgets it
_GIVES_RE = re.compile(
    r"\b(?:(?:memberikan|memberi|mengalokasikan|menganggarkan|menyalurkan)[ \t]+(?:[^\W\d_]+"
    r"[ \t]+){0,2}?(?:jaminan|perlindungan|bantuan|kepesertaan)|mendaftarkan|melindungi"
    r"|mengikutsertakan|menanggung|membiayai|membayarkan|membayar[ \t]+(?:iuran|premi))\b",
    re.IGNORECASE,
)
# between the government and the verb: someone else is asked to act, or the
# government only thanks, hopes or plans ("mengajak perusahaan mendaftarkan"), or
# acts together with the insurer ("Pemkot X bersama BPJS Ketenagakerjaan melindungi")
_NOT_ITS_ACT_RE = re.compile(
    r"\b(?:bersama|dan|serta|dengan|bekerja[ \t]+sama|berkolaborasi|mendorong|mengajak"
    r"|meminta|mengimbau|menghimbau|mewajibkan|berharap|harap|ingin"
    r"|berencana|rencana|menargetkan|target|agar|supaya|perusahaan|pengusaha|pemberi[ \t]+kerja"
    r"|kata|ujar|jelas|mengatakan|menyebutkan|menjelaskan)\b|[\d\"\u201c\u201d:]",
    re.IGNORECASE,
)
_ACTOR_TO_VERB = 90  # characters
# a fund that pays, named in the clause wherever the count is: "Melalui dana CSR,
# PT X mendaftarkan 2.000 nelayan", "... yang iurannya dari dana desa", "Baznas
# membayarkan", "menggratiskan iuran"
_FUND_RE = re.compile(
    r"\b(?:(?:melalui|lewat|dari|dengan|oleh|didanai|dibiayai|dibayar(?:kan)?|bersumber[ \t]+dari"
    r"|menggunakan)[ \t]+(?:(?:dana|program|skema|anggaran)[ \t]+)?(?:csr|tjsl|baznas|zakat"
    r"|dana[ \t]+desa|apbdes|tanggung[ \t]+jawab[ \t]+sosial)|baznas[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?"
    r"(?:membayar\w*|menanggung|membiayai|mendaftarkan)|menggratiskan[ \t]+(?:iuran|premi))\b",
    re.IGNORECASE,
)
_FUND_REACH = 100  # characters between a fund and the count it pays for
# a word that turns from the paid-for count to another whole or a part of it
_TURNS_RE = re.compile(
    r"\b(?:sehingga|total|jumlah|keseluruhan|seluruh|secara|capaian|cakupan|termasuk"
    r"|di[ \t]+antaranya|dari)\b",
    re.IGNORECASE,
)
_FUND_STEMS = ("csr", "tjsl", "baznas", "zakat", "desa", "apbdes", "sosial", "gratis")
# a fund only hoped for or planned: "mendorong pelibatan CSR", "akan dibiayai"
_HOPED_RE = re.compile(
    r"\b(?:mendorong|didorong|akan|diharapkan|berharap|rencana|berencana|diupayakan"
    r"|mengupayakan|menggandeng|digandeng|agar|supaya)\b",
    re.IGNORECASE,
)

# the items of a list: ", ", " dan ", ", serta "
_LIST_GAP_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|dan|serta|&)[ \t]*", re.IGNORECASE)
# what may follow a number before the next item: a unit or a word for people
_UNIT_RE = re.compile(
    r"[ \t]*(?:%|persen|orang|pekerja|peserta|jiwa|tenaga[ \t]+kerja)?", re.IGNORECASE
)
# between two numbers of a list: "12.000, 8.500 dan 9.100", "40 persen, dan sebesar 31"
_NUMBER_GAP_RE = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|(?:dan|serta|&)[ \t]+)(?:(?:sebanyak|sebesar"
    r"|sekitar|mencapai)[ \t]+)?",
    re.IGNORECASE,
)
_PLACES_TO_NUMBERS = 120
# what the counted are, said after them past an aside in brackets: "915 ribu
# pekerja (29 persen) berada di sektor formal", "... yang bekerja di sektor informal";
# not ", termasuk ...", which lists those the whole takes in ("80 ribu orang,
# termasuk ASN, TNI dan Polri")
_PREDICATE_RE = re.compile(
    r"[ \t]*(?:(?:pekerja|orang|jiwa|peserta|tenaga[ \t]+kerja)[ \t]*)?(?:\([^()]{0,30}\)[ \t]*)?"
    r"(?!,[ \t]*termasuk\b),?[ \t]*(?:yang[ \t]+)?"
    r"(?:(?:sudah|telah|kini|saat[ \t]+ini|masih)[ \t]+)?"
    r"(?:berada|bekerja|termasuk|tergolong|merupakan|adalah|tercatat)(?P<verb>)[ \t]+"
    r"(?:(?:di|sebagai|dalam|pada|ke[ \t]+dalam)[ \t]+)?(?:(?:sektor|kelompok|kategori|segmen"
    r"|golongan|pekerja|peserta)[ \t]+)?",
    re.IGNORECASE,
)  # characters between the last place and the first number


# a place named in passing, right before it: where a report was given or a visit
# went ("yang dilaporkan di X", "saat berkunjung ke X")
_EVENT_PLACE_RE = re.compile(
    r"(?:\byang[ \t]+(?:dilaporkan|disampaikan|diumumkan|dipaparkan|dirilis|digelar|diadakan"
    r"|dibacakan)(?:[ \t]+[^\W\d_]+){0,3}?|\bsaat[ \t]+(?:berkunjung|kunjungan(?:[ \t]+kerja)?"
    r"|melawat))[ \t]+(?:di|ke)[ \t]+$",
    re.IGNORECASE,
)
_EVENT_PLACE_START = _WordTest({"yang", "saat"})  # the words its matches start with
# the region a place named just before lies in: "Kabupaten X, salah satu daerah di Y,",
# "Kota X yang terletak di Y"
_LIES_IN_RE = re.compile(
    r"[ \t]*(?:,[ \t]*(?:salah[ \t]+satu|sebuah|satu)[ \t]+(?:daerah|kabupaten|kota|wilayah"
    r"|provinsi|kawasan)(?:[ \t]+[^\W\d_]+){0,2}?|(?:,[ \t]*)?yang[ \t]+(?:terletak|berada|ada"
    r"|masuk))[ \t]+(?:di|se-?|dalam)[ \t]*$",
    re.IGNORECASE,
)
# a count spread over the places named after it: "185.000 peserta dari Kabupaten
# A, B dan C", "... yang tersebar di A dan B"
_SPREAD_OVER_RE = re.compile(
    r"[^\d.;:]{0,40}?\b(?:dari|meliputi|mencakup|tersebar[ \t]+di|di[ \t]+wilayah)[ \t]+"
    r"(?:(?:wilayah|kabupaten|kota|daerah)[ \t]+)?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class PlaceList:
    """Places named in a row and, after them, as many numbers in a row."""

    places: tuple[_Mention, ...]
    numbers: tuple[int, ...]  # the starts of the numbers, in order


class Frame:
    """What one sentence says, read once; each part is read when first asked
    for (most sentences need only one or two of them)."""

    __slots__ = (
        "_cands", "_groups", "_lists", "_payers", "_places", "_runs", "_x", "cuts", "s"
    )  # fmt: skip

    def __init__(self, x, s: _Sentence, cands: list[_Cand], breaks: list[int]) -> None:
        self._x, self.s, self._cands = x, s, cands
        # the clauses: the sentence cut at its strong breaks ("; ", "sedangkan", ...)
        # (``breaks`` are those of the sentence, from its start on)
        self.cuts = [s.lo, *(breaks[1:] if breaks and breaks[0] == s.lo else breaks), s.hi]
        self._groups = self._payers = self._places = self._lists = self._runs = None

    @property
    def clauses(self) -> list[tuple[int, int]]:
        return list(zip(self.cuts, self.cuts[1:], strict=False))

    def clause_start(self, pos: int) -> int:
        return self.cuts[max(0, bisect.bisect_right(self.cuts, pos) - 1)]

    def clause_end(self, pos: int) -> int:
        k = bisect.bisect_right(self.cuts, pos)
        return self.cuts[k] if k < len(self.cuts) else self.s.hi

    @property
    def groups(self) -> list[tuple[int, int, str]]:
        """The segment words it names, with their spans."""
        if self._groups is None:
            self._groups = self._x._segment_hits(self.s.lo, self.s.hi)
        return self._groups

    @property
    def payers(self) -> tuple[tuple[int, int, int, int], ...]:
        """Who pays: each payer's span (a government to its verb, or a fund)
        and the stretch it governs (from the verb, or for a fund its whole
        clause, to the end of the clause)."""
        if self._payers is None:
            self._payers = self._x._actor_payers(self)
        return self._payers

    @property
    def places(self) -> list[_Mention]:
        """Every region it names, each with its role (dateline, venue, scope,
        payer, office or a place figures can have)."""
        if self._places is None:
            self._places = self._x.a.mentions_in(self.s.lo, self.s.hi)
        return self._places

    @property
    def lists(self) -> tuple[PlaceList, ...]:
        if self._lists is None:
            placing = [m for m in self.places if m.placing]
            self._lists = (
                _place_lists(self._x.text, placing, self._cands, self)
                if len(placing) > 1 and len(self._cands) > 1
                else ()
            )
        return self._lists

    def predicate_group(self, c: _Cand) -> str | None:
        """The group a count's own clause says its people are in, past an
        aside in brackets: "N pekerja (P persen) berada di sektor formal"."""
        m = _PREDICATE_RE.match(self._x.text, c.end, self.clause_end(c.end))
        if m is None:
            return None
        for start, _end, segment in self.groups:
            if m.end("verb") <= start <= m.end():
                return segment
        return None

    def figure_places(self) -> list[_Mention]:
        """The places a figure of the sentence can have: not a dateline, venue,
        payer, scope or office, nor a place named in passing (where a report
        was given, the region another place lies in)."""
        s, text, found, prev = self.s, self._x.text, [], None
        for m in self.places:
            if m.placing and not (
                (prev is not None and _LIES_IN_RE.match(text, prev.end, m.start) is not None)
                or (
                    text[m.start - 3 : m.start].lower() in ("di ", "ke ")
                    and self._x.a.word_search(
                        _EVENT_PLACE_RE, _EVENT_PLACE_START, max(s.lo, m.start - 80), m.start
                    )
                )
            ):
                found.append(m)
            prev = m
        return found

    def spread_over(self, c: _Cand) -> bool:
        """Whether the count at ``c`` is spread over two or more places named
        after it in its clause ("185.000 peserta dari A, B dan C"): a whole
        of several regions, no one region's."""
        runs = self.runs()
        if not runs:
            return False
        hi = self.clause_end(c.end)
        for lst in runs:
            first = lst[0]
            if first.start < c.end or first.start >= hi:
                continue
            return _SPREAD_OVER_RE.match(self._x.text, c.end, first.start) is not None
        return False

    def runs(self) -> list[tuple[_Mention, ...]]:
        """The runs of two or more places named in a row ("A, B dan C")."""
        if self._runs is not None:
            return self._runs
        text, runs, run = self._x.text, [], []
        for m in self.places:
            if m.placing and run and _LIST_GAP_RE.fullmatch(text, run[-1].end, m.start):
                run.append(m)
                continue
            if len(run) > 1:
                runs.append(tuple(run))
            run = [m] if m.placing else []
        if len(run) > 1:
            runs.append(tuple(run))
        self._runs = runs
        return runs

    def paid_at(self, pos: int) -> bool:
        """Whether a payer governs the number at ``pos``: a government's act
        governs the counts after its verb, a fund the count nearest it in its
        clause, but neither past a word that turns to another whole ("sehingga
        total peserta ...", "termasuk ...")."""
        text = self._x.text
        for start, end, lo, until in self.payers:
            if not lo <= pos < until:
                continue
            if lo < start:  # a fund: the count nearest it, either side
                a, b = (pos, start) if pos < start else (end, pos)
                if b - a > _FUND_REACH or any(a < c.start < b for c in self._cands):
                    continue
            else:
                a, b = end, pos
            if not _TURNS_RE.search(text, a, b):
                return True
        return False

    def listed_place(self, pos: int) -> str | None:
        """The place of the number at ``pos`` by its rank in a list."""
        for lst in self.lists:
            if pos in lst.numbers:
                return lst.places[lst.numbers.index(pos)].code or None
        return None


class FrameRules:
    def _frame(self, s: _Sentence, cands: list[_Cand], breaks: list[int]) -> Frame:
        return Frame(self, s, cands, breaks)

    def _actor_payers(self, f: Frame) -> tuple[tuple[int, int, int, int], ...]:
        """ "Pemerintah Kota X, yang telah mendaftarkan ...", "Pemprov X telah
        memberikan jaminan perlindungan kepada ...": a government that itself
        registers, protects or pays for workers governs the rest of its clause."""
        s = f.s
        text, found = self.text, []
        actors = (
            _ACTOR_RE.finditer(text, s.lo, s.hi)
            if self.a.may_hold(s.lo, s.hi, _ACTOR_STEMS)
            else ()
        )
        for actor in actors:
            verb = _GIVES_RE.search(text, actor.end(), min(s.hi, actor.end() + _ACTOR_TO_VERB))
            if verb is None or _NOT_ITS_ACT_RE.search(text, actor.end(), verb.start()):
                continue
            if any(actor.end() <= cut <= verb.start() for cut in f.cuts[1:-1]):
                continue
            found.append((actor.start(), verb.end(), verb.end(), f.clause_end(verb.end())))
        if self.a.may_hold(s.lo, s.hi, _FUND_STEMS):
            for fund in _FUND_RE.finditer(text, s.lo, s.hi):
                lo, hi = f.clause_start(fund.start()), f.clause_end(fund.end())
                if not _HOPED_RE.search(text, lo, hi):
                    found.append((fund.start(), fund.end(), lo, hi))
        found += budget_payers(self, f)
        return tuple(found)


def _place_lists(
    text: str, places: list[_Mention], cands: list[_Cand], f: Frame
) -> tuple[PlaceList, ...]:
    """Every run of two or more places followed in the same clause by a run
    of as many numbers."""
    lists = []
    k = 0
    while k < len(places):
        run = [places[k]]
        while (
            k + 1 < len(places)
            and _LIST_GAP_RE.fullmatch(text, run[-1].end, places[k + 1].start)
            and places[k + 1].code != run[-1].code
        ):
            k += 1
            run.append(places[k])
        k += 1
        if len(run) < 2:
            continue
        end = run[-1].end
        clause_hi = f.clause_end(end)
        after = [c for c in cands if end <= c.start < min(clause_hi, end + _PLACES_TO_NUMBERS)]
        if not after or _has_digit(text, end, after[0].start):
            continue
        numbers = [after[0]]
        for c in after[1:]:
            unit = _UNIT_RE.match(text, numbers[-1].end, c.start)
            if not _NUMBER_GAP_RE.fullmatch(text, unit.end(), c.start):
                break
            numbers.append(c)
        if len(numbers) == len(run) and all(n.kind == numbers[0].kind for n in numbers):
            # no further number of the same kind continues the run
            lists.append(PlaceList(tuple(run), tuple(n.start for n in numbers)))
    lists.extend(_numbers_then_places(text, places, cands, f))
    return tuple(lists)


# between a run of numbers and the run of places they belong to, in order: "120.000
# dan 45.000 orang masing-masing di A dan B", "peringkat 1, 2 dan 3 diraih A, B dan C"
_NUMBERS_TO_PLACES_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|peserta|jiwa|tenaga[ \t]+kerja|persen|%)[ \t]*)?,?[ \t]*"
    r"(?:(?:masing-masing|berturut-turut)[ \t]+)?(?:di|untuk|bagi|pada|dari"
    # "peringkat I, II dan III masing-masing diraih A, B dan C": standings' winners
    r"|(?:diraih|ditempati|diduduki|dimenangkan)(?:[ \t]+oleh)?)[ \t]+",
    re.IGNORECASE,
)


_STANDINGS_TO_WINNERS = 160
_RESPECTIVE_WINNERS_RE = re.compile(
    r"(?<=[ \t,])(?:masing-masing|berturut-turut)[ \t]+(?:diraih|ditempati|diduduki|dimenangkan)\b",
    re.IGNORECASE,
)


def _numbers_then_places(
    text: str, places: list[_Mention], cands: list[_Cand], f: Frame
) -> list[PlaceList]:
    """Runs of numbers followed by as many places: "sebanyak 120.000 dan 45.000
    orang masing-masing di Kota A dan Kota B"."""
    found, k = [], 0
    while k < len(cands):
        run = [cands[k]]
        while k + 1 < len(cands) and cands[k + 1].kind == run[0].kind:
            unit = _UNIT_RE.match(text, run[-1].end, cands[k + 1].start)
            if not _NUMBER_GAP_RE.fullmatch(text, unit.end(), cands[k + 1].start):
                break
            k += 1
            run.append(cands[k])
        k += 1
        if len(run) < 2:
            continue
        lo = run[-1].end
        if run[0].kind == "rank" and "masing" in text[lo : lo + _STANDINGS_TO_WINNERS]:
            # "Juara I, II dan III Paritrana Award tingkat Provinsi DIY ...
            # masing-masing diraih oleh A, B dan C": the winners after the verb
            respective = _RESPECTIVE_WINNERS_RE.search(text, lo, lo + _STANDINGS_TO_WINNERS)
            lo = respective.start() if respective is not None else lo
        after = [m for m in places if m.start >= lo]
        if not after or not _NUMBERS_TO_PLACES_RE.fullmatch(text, lo, after[0].start):
            continue
        named = [after[0]]
        for m in after[1:]:
            if not _LIST_GAP_RE.fullmatch(text, named[-1].end, m.start):
                break
            named.append(m)
        if len(named) == len(run) and named[-1].end <= f.clause_end(run[0].start):
            found.append(PlaceList(tuple(named), tuple(c.start for c in run)))
    return found


def _has_digit(text: str, lo: int, hi: int) -> bool:
    return any(ch.isdigit() for ch in text[lo:hi])


# "peringkat satu dan dua", "juara 1, 2 dan 3", "peringkat I, II dan III": the
# next standings of a list
_NEXT_STANDING_RE = re.compile(
    r"[ \t]*(?:,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|dan[ \t]+|serta[ \t]+)(?:ke-?[ \t]*)?"
    r"(?P<n>[1-9]\d?|[a-z]+)\b(?![.,]\d|[ \t]*(?:%|persen|ribu|juta|orang|pekerja|peserta))",
    re.IGNORECASE,
)


def standings_after(text: str, pos: int, hi: int) -> list[tuple[int, int, int]]:
    """The standings listed right after one ("peringkat satu dan dua"): each
    one's start, end and value."""
    found = []
    while (m := _NEXT_STANDING_RE.match(text, pos, hi)) is not None:
        word = m.group("n").lower()
        # ("peringkat I, II dan III": Roman numerals, in capitals)
        value = (
            int(word)
            if word.isdigit()
            else _ORDINAL_WORDS.get(word, _CARDINAL_WORDS.get(word, _ROMAN.get(m.group("n"))))
        )
        if value is None or value > 10:
            break
        found.append((m.start("n"), m.end(), value))
        pos = m.end()
    return found
