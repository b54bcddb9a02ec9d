"""Assembling claims: every candidate number of every sentence, classified,
given its segment, region and date, deduplicated."""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from ..dates import DAY, MONTH
from .article import _Article, _Cand, _clause_start, _Mention, _Sentence
from .asof import AsOfRules
from .branches import BranchRules
from .breakdowns import BreakdownRules
from .budgets import BudgetRules
from .cues import _ENGLISH_THOUSANDS_RE
from .cues_text import _STRONG_BREAK_WORDS
from .dedupe import NOT_DATED, _dedupe
from .figures import (
    AWARD_RANK,
    INFORMAL,
    OTHER,
    PARTICIPANTS,
    TOTAL,
    VULNERABLE,
    WORKFORCE,
    Figure,
)
from .frame import Frame, FrameRules, standings_after
from .groups import GroupRules
from .items import ItemRules
from .lexicon import _CONNECTOR_WORDS, _PERSON_WORDS, _SEGMENT_OF
from .metrics import MetricRules
from .numbers import (
    _CARDINAL_WORDS,
    _GLUED_NUMBER_RE,
    _MAX_DIGITS,
    _MONEY_MULTIPLIERS,
    _MULT_RE,
    _MULT_WORD_RE,
    _MULT_WORDS,
    _MULTIPLIERS,
    _NOUN_RE,
    _NUMBER_RE,
    _PCT_RE,
    _RANK_RE,
    _RANK_WORDS,
    _RUPIAH_RE,
    _SHORT_MULTIPLIERS,
    _SLIPPED_THOUSANDS_RE,
    _SPACED_DECIMAL_RE,
    _SPACED_THOUSANDS_RE,
    _WORD_BEFORE_RE,
    _WORD_NUMBER_RE,
    _digits_to_decimal,
    _normalise,
    _rank_value,
)
from .places import PlaceScopes
from .placing import PlacingRules
from .programmes import ProgrammeGroups
from .protected import ProtectedRules
from .regions import RegionIndex, date_in_url, url_date_has_day
from .segments import SegmentRules
from .storyday import in_year_to_come
from .tables import TableRules, table_row_span
from .tokens import _first_ge, _plain_spaces, _Spans, _token_triggered
from .unwrap import unwrap_lines

# more people than Indonesia has: a count of them can be no larger
_MOST_PEOPLE = 300_000_000


class _Extractor(
    ProgrammeGroups,
    ItemRules,
    GroupRules,
    ProtectedRules,
    PlaceScopes,
    BranchRules,
    MetricRules,
    BudgetRules,
    TableRules,
    SegmentRules,
    PlacingRules,
    AsOfRules,
    FrameRules,
    BreakdownRules,
):
    def __init__(self, article: _Article, *, original: str | None = None) -> None:
        self.a = article
        self.text = article.text
        self.original = article.text if original is None else original
        self.hits = article.hits
        self._mark_scopes()
        article.subject = self._branch_area_subject()
        text = article.text
        self.rank_matches = [
            m
            for m in _token_triggered(_RANK_RE, _RANK_WORDS, text, article.toks)
            if not article.all_date_spans.overlaps(m.start(), m.end())
        ]
        # regulation numbers, dates and placements are not read as amounts
        taken = _Spans(
            [
                *zip(article.masks.starts, article.masks.ends, strict=True),
                *zip(article.all_date_spans.starts, article.all_date_spans.ends, strict=True),
                *((m.start(), m.end()) for m in self.rank_matches),
            ]
        )
        numbers = [
            *self._digit_numbers(),
            *self._word_numbers(),
            *self._glued_numbers(),
            *self._spaced_decimals(),
            *(_SPACED_THOUSANDS_RE.finditer(text) if ". " in text else ()),
        ]
        numbers.sort(key=lambda m: (m.start(), -m.end()))
        self.numbers = []
        done = -1
        for m in numbers:
            if m.start() >= done and not taken.overlaps(*m.span()):
                self.numbers.append(m)
                done = m.end()
        self.number_starts = [m.start() for m in self.numbers]
        self.rank_starts = [m.start() for m in self.rank_matches]
        # "PPU" is a segment (penerima upah) unless the text uses it as a place
        places = _Spans((m.start, m.end) for m in article.mentions)
        self.segment_hits = sorted(
            (start, end, segment)
            for category, segment in _SEGMENT_OF.items()
            for start, end in zip(
                article.hits[category].starts, article.hits[category].ends, strict=True
            )
            if not places.overlaps(start, end)
        )
        self.segment_starts = [hit[0] for hit in self.segment_hits]
        # clause breaks ("; ", "sedangkan", "namun", ...) found once, from the tokens
        toks, words = article.toks, _STRONG_BREAK_WORDS
        self.break_starts = sorted(
            [
                *(toks.starts[k] for k in toks.indexes_of(words)),
                *(m.start() for m in re.finditer(";", text)),
            ]
        )
        self._last_segment: dict[str, str] = {}
        # the groups (segments) of the figures of each sentence, by its start
        self._groups_at: dict[int, set[str]] = {}
        self._regions_at: dict[int, set[str]] = {}  # the regions of its figures, likewise
        self._first_stated: dict[tuple, tuple[int, str | None]] = {}
        # counts of people, by sentence start: wholes a breakdown may detail
        self._count_wholes: list[tuple[int, Decimal, str, str]] = []
        self._article_segment = self._dominant_segment()

    def _digit_numbers(self) -> list[re.Match[str]]:
        """``_NUMBER_RE.finditer(text)``, tried only at the words that can start
        a match: one after no word character, starting with a digit, "rp" or
        "idr" (lower-cased), so a word's start."""
        text, toks = self.text, self.a.toks
        if not self.a.words_exact:
            return list(_NUMBER_RE.finditer(text))
        found, done = [], 0
        starts = toks.starts
        for i in toks.indexes(_may_start_number):
            pos = starts[i]
            if pos >= done:
                m = _NUMBER_RE.match(text, pos)
                if m is not None:
                    found.append(m)
                    done = m.end()
        return found

    def _glued_numbers(self) -> list[re.Match[str]]:
        """``_GLUED_NUMBER_RE.finditer(text)`` ("dan17.723orang"), tried only at
        the words that end in digits after some other character."""
        text, toks = self.text, self.a.toks
        if not self.a.words_exact:
            return list(_GLUED_NUMBER_RE.finditer(text))
        found, starts, lower = [], toks.starts, toks.lower
        for i in toks.indexes(_ends_glued_number):
            word = lower[i]
            k = len(word)
            while word[k - 1].isdecimal():
                k -= 1
            m = _GLUED_NUMBER_RE.match(text, starts[i] + k)
            if m is not None:
                found.append(m)
        return found

    def _spaced_decimals(self) -> list[re.Match[str]]:
        """ "37, 58 persen": looked for only before the word "persen"."""
        text = self.text
        if self.a.words_exact:
            toks = self.a.toks
            ends = [toks.starts[i] for i in toks.indexes_of(("persen",))]
        else:
            ends = [m.start() for m in re.finditer("persen", text, re.IGNORECASE)]
        found = []
        for end in ends:
            m = _SPACED_DECIMAL_RE.search(text, max(0, end - 10), end)
            if m is not None:
                found.append(m)
        return found

    def _word_numbers(self) -> list[re.Match[str]]:
        """ "enam juta", "Empat Juta": looked for only before a multiplier word."""
        if self.a.lower is not None:
            # the multiplier words are whole tokens of the lower-cased text, and
            # the word before one ends with a number word ("enam", "rpdua")
            lower, toks = self.a.lower, self.a.toks
            words, ends = toks.lower, _CARDINAL_ENDINGS
            mults = [
                toks.starts[i]
                for i in toks.indexes_of(_MULT_WORDS)
                if i and words[i - 1].endswith(ends)
            ]
        else:
            lower = self.text.lower()
            mults = [m.start() for m in _MULT_WORD_RE.finditer(lower)]
        found = []
        for start in mults:
            word = _WORD_BEFORE_RE.search(lower, max(0, start - 20), start)
            if word is not None:
                number = _WORD_NUMBER_RE.match(self.text, word.start())
                if number is not None:
                    found.append(number)
        return found

    def run(self) -> list[Figure]:
        figures: list[tuple[bool, int, Figure]] = []
        self.dated: dict[int, int] = {}  # how the text dated it (``dedupe.NOT_DATED``...)
        for sentence in self.a.sentences:
            headline = self.a.paragraphs[sentence.para].kind == "headline"
            for figure in self._sentence_figures(sentence):
                figures.append((headline, self.dated.get(id(figure), NOT_DATED), figure))
        return _dedupe(figures)

    # -- candidates ----------------------------------------------------------

    def _candidates(self, s: _Sentence) -> list[_Cand]:
        cands: list[_Cand] = []
        i = bisect.bisect_left(self.rank_starts, s.lo)
        while i < len(self.rank_matches) and self.rank_matches[i].start() < s.hi:
            m = self.rank_matches[i]
            i += 1
            if m.end() > s.hi:
                continue
            value = _rank_value(m)
            if value is None:
                continue
            kw = m.group("kw") or m.group("kw2") or m.group("kw3") or m.group("kw5") or ""
            kw = kw.lower()
            if m.group("kw7"):
                kw, value = "next", 0  # one after the standing before it (metrics)
            elif m.group("kw6"):
                kw = "national_top"
            elif m.group("kw8"):
                kw = "most_at"
            elif m.group("kw9") or m.group("kw11"):
                kw = "held_by_before"
            elif m.group("kw4"):
                kw = "tertinggi"
            elif kw == "tertinggi":
                kw = "tertinggi_ke"
            cands.append(_Cand(m.start(), m.end(), Decimal(value), "rank", rank_kw=kw))
        listed = self._listed_standings(cands, s) if cands else False
        i = bisect.bisect_left(self.number_starts, s.lo)
        while i < len(self.numbers) and self.numbers[i].start() < s.hi:
            m = self.numbers[i]
            i += 1
            if m.end() > s.hi:
                continue
            cand = self._read_number(m, s.hi)
            if cand is not None:
                cands.append(cand)
        cands.sort(key=lambda c: c.start)
        if not listed:
            return cands
        # a listed standing read as a number too ("satu dan dua"): the standing
        return [c for k, c in enumerate(cands) if not k or c.start >= cands[k - 1].end]

    def _listed_standings(self, cands: list[_Cand], s: _Sentence) -> bool:
        """ "peringkat satu dan dua": each standing of the list its own
        candidate, of the kind of the first; whether there was one."""
        listed = []
        for c in cands:
            if c.rank_kw != "next" and c.value:
                for lo, hi, more in standings_after(self.text, c.end, s.hi):
                    listed.append(_Cand(lo, hi, Decimal(more), "rank", rank_kw=c.rank_kw))
        cands.extend(listed)
        return bool(listed)

    def _read_number(self, m: re.Match[str], hi: int) -> _Cand | None:
        text = self.text
        raw = m.group("num")
        if len(raw) > 2 * _MAX_DIGITS:
            return None
        try:
            if raw[0].isalpha():
                value = Decimal(_CARDINAL_WORDS[raw.lower()])
            else:
                # "229. 405", "37, 58": a separator followed by a stray space
                value = _digits_to_decimal(raw.replace(" ", "") if " " in raw else raw)
        except (ValueError, InvalidOperation, KeyError):
            return None
        rp = m.group("rp") is not None
        pos = m.end()
        mult = None
        um = _MULT_RE.match(text, pos, hi)
        if um:
            if um.group("mult"):
                mult = um.group("mult").lower()
                value *= _MULTIPLIERS[mult]
                pos = um.end()
            elif rp and um.group("short"):
                mult = um.group("short")
                value *= _SHORT_MULTIPLIERS[mult]
                pos = um.end()
        pct = _PCT_RE.match(text, pos, hi)
        if pct:
            return _Cand(m.start(), pct.end(), value, "pct", rp=rp, mult=mult)
        rupiah = _RUPIAH_RE.match(text, pos, hi)
        if rupiah:
            rp = True
            pos = rupiah.end()
        noun = self._noun_after(pos, hi)
        if (
            (noun == "person" or (noun == "" and _RATE_AFTER_RE.match(text, pos, hi)))
            and mult is None
            and not rp
            and value != value.to_integral_value()
            and (_ENGLISH_THOUSANDS_RE.fullmatch(raw) or _SLIPPED_THOUSANDS_RE.fullmatch(raw))
        ):
            # "12,345 peserta", "tercapai 51,495 atau 86,08 persen", "2.982,642 orang"
            # (a comma slipped in for the last dot): no one is a fraction
            value = Decimal(raw.replace(",", "").replace(".", ""))
        if (
            noun == "person"
            and mult in ("ribu", "rb")
            and "." in raw
            and (value > _MOST_PEOPLE or raw.endswith(".000"))
        ):
            # "sebanyak 338.080 ribu tenaga kerja": more people than the nation has;
            # "16.000 ribu pekerja rentan": a round thousand, then "ribu" again;
            # the thousands were written twice
            value /= _MULTIPLIERS[mult]
            mult = None
        kind = "count"
        if rp or (mult in _MONEY_MULTIPLIERS and noun != "person"):
            kind = "money"
        return _Cand(m.start(), pos, value, kind, rp=rp, mult=mult, noun=noun)

    def _noun_after(self, pos: int, hi: int) -> str:
        """What follows an amount: "person" ("1,3 juta pekerja", "24.874 Orang"),
        "other" ("24 Kementerian", "7 anggota") or "" (nothing, or a connector)."""
        m = _NOUN_RE.match(self.text, pos, hi)
        if not m:
            return ""
        w1 = m.group("w1").lower()
        w2 = (m.group("w2") or "").lower()
        if w1 in ("total", "jumlah", "seluruh", "keseluruhan") and w2:
            # "367.294 total jumlah PNS": the noun comes after the word for "all"
            return self._noun_after(m.start("w2"), hi)
        if w1 == "angka" and w2 in ("pekerja", "kerja"):
            return "person"
        if w1 in ("lebih", "lainnya", "sisanya") and w2 and w2 != "dari":
            # "5 juta lebih angka pekerja", "300 ribu lebih peserta", "7,36 juta
            # lainnya pekerja jasa konstruksi"
            return self._noun_after(m.start("w2"), hi)
        if w1 in ("merupakan", "adalah", "ialah", "sebagai") and w2 in _PERSON_WORDS:
            # "27,8 juta merupakan peserta penerima upah", "8.412 sebagai peserta aktif"
            return "person"
        # "1,1 juta bukan penerima upah", "4,63 juta jasa konstruksi": a segment of workers
        if (w1, w2) in _SEGMENT_NOUNS:
            return "person"
        if (w1, w2) == ("rumah", "tangga"):
            # "31.556 rumah tangga nelayan": one worker insured a household
            after = self._noun_after(m.end("w2"), hi)
            return "person" if after == "person" else "other"
        if w1 == "penduduk":
            return "person" if w2 in ("bekerja", "yang", "angkatan") else "other"
        if w1 in ("potensi", "populasi") and (not w2 or w2 in _PERSON_WORDS):
            # "dari 397.894 potensi", "780.666 potensi peserta", "79.691 populasi pekerja"
            return "person"
        if w1 in _PERSON_WORDS:
            return "person"
        if (w1, w2) == ("kelompok", "rentan"):
            return "person"  # "premi bagi 2.310 kelompok rentan": vulnerable people
        if w1 in _PEOPLE_SHORT and m.group("w1").isupper() and w2 not in _SCHOOL_WORDS:
            # "terealisasi 6.120 TK", "Guru Honorer 1.310TK" (tenaga kerja), "4.000
            # OAP" (orang asli Papua); not kindergartens ("12 TK dan 30 SD")
            return "person"
        if w1 in _CONNECTOR_WORDS:
            return ""
        if len(w1) >= 7 and w1.startswith(("di", "ter", "ber", "men", "mem", "meng")):
            return ""  # a verb ("5 ribu ditanggung Pemprov"), not a noun
        return "other"

    def _restated_region(self, key: tuple, s: _Sentence, region: str | None) -> str | None:
        """An exact figure stated again in a later sentence ("baru di angka 24,86
        persen") keeps the region of its first statement, not a city or venue
        inside it (or its province) named near the restatement. Only values too
        exact to be a coincidence (a fraction, or a count not rounded to thousands)."""
        value = key[2]
        exact = value != value.to_integral_value() or (value >= 1000 and value % 1000)
        if not exact:
            return region
        first = self._first_stated.get(key)
        if first is None:
            self._first_stated[key] = (s.lo, region)
            return region
        index = self.a.index
        if (
            first[0] != s.lo
            and first[1] is not None
            and region is not None
            # a city inside the first region, or its province: the same figure
            # retold, not another region's equal figure
            and (index.is_ancestor(first[1], region) or index.is_ancestor(region, first[1]))
        ):
            return first[1]
        return region

    # -- per sentence --------------------------------------------------------

    def _sentence_figures(self, s: _Sentence) -> list[Figure]:
        # every kind of figure needs one of these words around it (a table row
        # has its words in the header)
        table_row = table_row_span(self.text, s.lo) is not None
        if not table_row and not s.whole_for_next and not self.hits["topic"].any(s.topic_lo, s.hi):
            return []
        cands = self._candidates(s)
        if not cands:
            return []
        starts = self.break_starts
        breaks = starts[bisect.bisect_left(starts, s.lo) : bisect.bisect_left(starts, s.hi)]
        self._attach_segments(s, cands, breaks)
        state = _SentencePass(s, breaks, set().union(*(c.claimed for c in cands)), table_row)
        state.frame = self._frame(s, cands, breaks)
        for i in range(len(cands)):
            self._cand_figures(cands, i, state)
        if state.national_size:
            # the rate and counts beside a national-sized count, whose region was
            # only guessed from the rest of the article, are the nation's too
            nation = self.a.index.nation_code
            for k, figure in enumerate(state.figures):
                if id(figure) in state.fallback_ids and figure.region_code != nation:
                    state.figures[k] = replace(
                        figure, region_code=nation, region_name=self.a.index.name_of(nation)
                    )
        # "Jumlah itu tersebar di A 58.841 orang, ...": the whole's metric and group
        state.figures = self._breakdown_of_whole(s, state.figures)
        return self._without_parts(state.figures)

    def _cand_figures(self, cands: list[_Cand], i: int, state: _SentencePass) -> None:
        """The figure (or, for "A dan B masing-masing 42 persen", the figures) of
        one candidate, added to ``state``."""
        s, breaks, cand = state.s, state.breaks, cands[i]
        p_lo = _clause_start(cands, i, s, breaks)
        f_hi = min(
            s.hi,
            cands[i + 1].start if i + 1 < len(cands) else s.hi,
            _first_ge(breaks, cand.end, s.hi),
        )
        # a table column may rule the number out ("" rather than None)
        metric = self._table_metric(cand, s) if state.table_row else None
        if metric is None:
            metric = self._budget_check(cand, s, self._classify(cands, i, s, p_lo, f_hi))
        cand.metric = metric = metric or None
        if metric is None:
            return
        value = _normalise(cand.value)
        if value < 0:
            return
        if state.mentions is None:
            state.mentions = state.frame.figure_places()
            state.dates = self._sentence_dates(s)
        segment = self._figure_segment(cands, i, state, metric)
        # a shared name ("Toraja") places no single region ("" -> None)
        # "A dan B berada di peringkat satu dan dua": the place of its rank in a list
        frame = state.frame
        if (placed := frame.listed_place(cand.start)) is None and not frame.spread_over(cand):
            placed = self._region(cand, s, p_lo, f_hi, state.mentions)
            listed = False
        else:
            # "A dan B berada di peringkat satu dan dua": the place of its rank in a
            # list; "185.000 peserta dari A, B dan C": several regions' whole, none
            listed, self._fallback = True, False
        region = self._restated_region((metric, segment, value), s, placed or None)
        guessed = self._fallback
        prev = cands[i - 1] if i else None
        if (
            guessed
            and cand.rule in ("restates_rate", "restates_count")
            and prev is not None
            and getattr(prev, "region", None)
        ):
            # "31,93 persen atau sekitar 383.271 peserta": the rate's region
            region, guessed = prev.region, False
        cand.region = region
        if _national_by_size(metric, value) and self.a.index.nation_code:
            # "sekitar 51 juta ... dari 91 juta angkatan kerja": more people than
            # any province has; the nation's figure whatever region is near
            region = self.a.index.nation_code
            state.national_size = True
        as_of, dated = self._as_of(metric, cand, state.dates, s)
        if metric == PARTICIPANTS and in_year_to_come(as_of, self.a.event, self.a.published):
            # "... untuk perlindungan bagi 35.407 pekerja pada tahun 2025", told in
            # 2024: a headcount planned, no one is a member in a year to come
            cand.metric, cand.rule = None, "future_headcount"
            return
        pattern = (
            f"{'table' if state.table_row else _KIND_NAME[cand.kind]}.{metric}.{cand.rule or 'cue'}"
        )
        each = () if listed else self._each_region(cand, p_lo, state.mentions)
        for code in each or (region,):
            figure = Figure(
                metric=metric,
                segment=segment,
                value=value,
                region_code=code,
                region_name=self.a.index.name_of(code),
                as_of=as_of,
                quote=self.original[s.lo : s.hi],
                start=s.lo,
                end=s.hi,
                pattern=pattern,
                confidence=_confidence(cand, code, dated),
            )
            state.figures.append(figure)
            self.dated[id(figure)] = dated
            if guessed:
                state.fallback_ids.add(id(figure))
        self._note_count_whole(s, metric, segment, value)
        self._last_segment[metric] = segment
        self._last_figure = (segment, s.lo)
        self._groups_at.setdefault(s.lo, set()).add(segment)
        if region is not None:
            self._regions_at.setdefault(s.lo, set()).add(region)

    def _figure_segment(self, cands: list[_Cand], i: int, state: _SentencePass, metric: str) -> str:
        cand = cands[i]
        if metric == AWARD_RANK:
            segment = OTHER
        else:
            segment = self._segment(cands, i, state.s, state.claimed, state.breaks)
        if segment == TOTAL and metric != AWARD_RANK:
            # "915 ribu pekerja (29 persen) berada di sektor formal": its clause says
            segment = state.frame.predicate_group(cand) or segment
        if segment == TOTAL:
            segment = self._carried_segment(cands, i, state.s, metric) or segment
        if (
            segment in (TOTAL, INFORMAL)
            and metric == PARTICIPANTS
            and (cand.seg_hint == VULNERABLE or state.frame.paid_at(cand.start))
        ):
            # "28 ribu pekerja informal yang didaftarkan dan dibayarkan iurannya
            # oleh Pemkot", "Pemerintah Kota X, yang telah mendaftarkan 28 ribu
            # pekerja informal": workers a government pays for
            segment = VULNERABLE
        segment = self._group_of_part(cands, i, segment, state.s)
        cand.segment = segment = self._programme_group(cands, i, segment, state.s)
        return segment


@dataclass(slots=True)
class _SentencePass:
    """What the figures of one sentence share while they are read."""

    s: _Sentence
    breaks: list[int]
    claimed: set[int]
    table_row: bool
    mentions: list[_Mention] | None = None
    dates: list[tuple[int, dt.date, str]] | None = None
    figures: list[Figure] = field(default_factory=list)
    fallback_ids: set[int] = field(default_factory=set)
    national_size: bool = False
    frame: Frame | None = None


_SEGMENT_NOUNS = frozenset(
    {
        ("penerima", "upah"),
        ("bukan", "penerima"),
        ("jasa", "konstruksi"),
        ("pekerja", "migran"),
        ("sektor", "formal"),
        ("sektor", "informal"),
    }
)
_CARDINAL_ENDINGS = tuple(_CARDINAL_WORDS)


# people written as an abbreviation, in capitals: "TK" (tenaga kerja), "OAP"
_PEOPLE_SHORT = frozenset(("tk", "oap"))
_SCHOOL_WORDS = frozenset(("dan", "sd", "paud", "negeri", "swasta", "pembina", "islam"))


def _ends_glued_number(word: str) -> bool:
    """Whether a lower-cased word ends in digits after some other character ("dan17")."""
    return word[-1].isdecimal() and not word.isdecimal()


def _may_start_number(word: str) -> bool:
    """Whether a lower-cased word can start a match of _NUMBER_RE (``\\d`` is
    any decimal digit, as ``str.isdecimal``)."""
    return word[0].isdecimal() or word.startswith(("rp", "idr"))


_KIND_NAME = {"pct": "pct", "money": "money", "count": "count", "rank": "rank"}


# "51,495 atau 86,08 persen": a count restated as a rate
_RATE_AFTER_RE = re.compile(
    r"[ \t]+(?:atau|setara)[ \t]+(?:dengan[ \t]+)?\d[\d.,]*[ \t]*(?:%|persen)"
)

# more participants or workers than any province has (DKI Jakarta: about 8
# million participants; Jawa Barat: about 25 million workers)
_NATIONAL_PARTICIPANTS = 15_000_000
_NATIONAL_WORKFORCE = 40_000_000


def _national_by_size(metric: str, value) -> bool:
    """Whether a count is too large to be any one province's.

    >>> _national_by_size("participants", 41_380_000), _national_by_size("workforce", 2_800_000)
    (True, False)
    """
    if metric == PARTICIPANTS:
        return value >= _NATIONAL_PARTICIPANTS
    if metric == WORKFORCE:
        return value >= _NATIONAL_WORKFORCE
    return False


def _confidence(cand: _Cand, region: str | None, dated: int) -> float:
    """How sure the reading is, 0 to 1: the rule's own certainty, lowered
    when the region or the date had to be guessed from the rest of the article."""
    score = cand.conf
    if region is None:
        score -= 0.15
    if not dated:
        score -= 0.05
    return round(min(1.0, max(0.05, score)), 2)


def extract_figures(
    text: str,
    index: RegionIndex,
    *,
    published: dt.date | None = None,
    url: str | None = None,
) -> list[Figure]:
    """Every employment social-security figure the article states, once each,
    in text order, each with the sentence that states it. ``url`` (the
    article's address) names the region when the text never does, as in a
    bare statistics table published by a city."""
    if not text or not text.strip():
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    precision = DAY
    if published is None:
        published = date_in_url(url)
        if published is not None and not url_date_has_day(url):
            precision = MONTH  # ".../2025/02/...": February, not its first day
    # The reading makes some hundred thousand short-lived objects and no cycles
    # of them that matter: the cyclic collector's passes over them (a tenth of
    # the time, more in a process that holds much else) wait until it is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # Scraped text is full of no-break and thin spaces; read them as spaces
        # (same length, so offsets still point into ``text``).
        article = _Article(
            unwrap_lines(_plain_spaces(text)),
            index,
            published,
            url=url,
            published_precision=precision,
        )
        return _Extractor(article, original=text).run()
    finally:
        if collecting:
            gc.enable()
