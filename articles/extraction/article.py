"""One article cut into paragraphs and sentences, with its vocabulary hits,
region mentions, subject region and event date."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain

from ..dates import DAY, YEAR, bare_weekdays, find_dates, last_weekday_on_or_before
from .cues_text import (
    _ABBREVIATIONS,
    _ANAPHORA_RE,
    _CONTINUES_RE,
    _COPYRIGHT_RE,
    _DATELINE_DATED_RE,
    _DATELINE_RE,
    _IN_WEB_ADDRESS_RE,
    _MAX_SENTENCE,
    _NATIONAL_STORY_RE,
    _REGION_MASK_RE,
    _REGION_MASK_WORDS,
    _SENT_END_RE,
    _SKIP_LINE_RE,
    _WEB_NAME_RE,
    _WEEKDAY_AS_DAY_RE,
)
from .lexicon import _LEXICON, _TERMS, _TOPIC_SET
from .masks import mask_spans
from .mention_roles import MentionRoles
from .regions import RegionIndex, spells_words_before, url_regions
from .storyday import story_day
from .tokens import (
    _Hits,
    _last_le,
    _lower_aligned,
    _lowered_words_exact,
    _maybe,
    _Spans,
    _token_triggered,
    _tokenise,
    _word_before,
    _words_in_slice,
    _WordTest,
)


@dataclass(slots=True)
class _Cand:
    """A number or placement in a sentence and what follows it."""

    start: int
    end: int  # end of the expression (digits, multiplier, unit)
    value: Decimal
    kind: str  # "pct" | "money" | "count" | "rank"
    rp: bool = False
    mult: str | None = None
    noun: str = ""  # "person" | "other" | "" (no noun)
    rank_kw: str = ""
    claimed: set[int] = field(default_factory=set)  # segment hits it owns
    seg_after: str | None = None
    seg_hint: str | None = None  # a segment the metric rule implies (subsidised premiums)
    metric: str | None = None  # as classified
    segment: str | None = None
    rule: str = ""  # the name of the rule that classified it
    conf: float = 0.5  # how sure that rule is
    region: str | None = field(default=None, compare=False)  # as placed


@dataclass
class _Sentence:
    lo: int
    hi: int
    para: int
    topic_lo: int = 0  # where the words that set its topic start (see _CONTINUES_RE)
    borrowed: bool = False  # has no topic words of its own; takes those before it
    # the whole the next sentence takes a part of ("... 300.000 pekerja. Dari angka
    # tersebut, baru 25 persen ... terdaftar")
    whole_for_next: bool = False


@dataclass
class _Paragraph:
    lo: int
    hi: int
    kind: str  # "body" | "headline" | "skip"
    body_lo: int  # after the dateline, if any


@dataclass
class _Mention:
    start: int
    end: int
    codes: tuple[str, ...]
    para: int
    dateline: bool = False
    scope: bool = False
    code: str = ""
    venue: bool = False  # where something was said: "kata X di Ambon, Senin"
    agent: bool = False  # who pays or acts: "ditanggung oleh Pemprov Kaltim"

    @property
    def placing(self) -> bool:
        """Whether the mention can be the region of a figure near it."""
        return not (self.dateline or self.scope or self.venue or self.agent)


_NASIONAL = _WordTest({"nasional"})
_NATION_ITEM_RE = re.compile(r"nasional[ \t]+(?=\d)", re.IGNORECASE)

# "- Jawa Barat: 4,96 juta orang", "• Banten 2,1 juta", "3. Kota Metro 35,2 persen"
_LIST_ITEM_RE = re.compile(r"[-\u2022\u2013*][ \t]|\d{1,2}[.)][ \t]+[A-Z]")


_ANAPHORA_WORDS = frozenset({"angka", "capaian", "jumlah", "persentase", "realisasi", "cakupan"})
# "Dari angka tersebut, ...", "Dari jumlah itu, ...": a part of the figure before
_PART_OF_THAT_START_RE = re.compile(
    r"\W*dari[ \t]+(?:angka|jumlah|total)[ \t]+(?:itu|tersebut|ini)\b"
    # "Namun, yang sudah menjadi peserta baru 77 ribu": the registered part of it
    r"|\W*namun\W+yang[ \t]+(?:(?:sudah|telah)[ \t]+)?(?:menjadi[ \t]+peserta|terdaftar"
    r"|terlindungi|ikut)\b",
    re.IGNORECASE,
)
_ITEM_NUMBER_RE = re.compile(r"\s*\d{1,2}\.")


class _Article(MentionRoles):
    """Everything about one text that the figures of its sentences need."""

    def __init__(
        self,
        text: str,
        index: RegionIndex,
        published: dt.date | None,
        url: str | None = None,
        published_precision: str = DAY,
    ) -> None:
        self.published_precision = published_precision
        self.text = text
        self.url = url
        self.index = index
        self.published = published
        self.lower = _lower_aligned(text)
        # the lower-cased text finds every word a case-insensitive pattern finds
        self.words_exact = self.lower is not None and _lowered_words_exact(text)
        # see word_search; keyed by the pattern's id (each is a module constant):
        # hashing a compiled pattern hashes its whole program, every call
        self._word_starts: dict[int, list[int]] = {}
        # see holds: by stem tuple, whether the whole text may hold one of them
        self._holds: dict[tuple[str, ...], bool] = {}
        self.toks = _tokenise(text, self.lower)
        self.hits = self._term_hits()
        self.paragraphs = self._paragraphs()
        self.paragraph_starts = [p.lo for p in self.paragraphs]
        self.sentences = self._sentences()
        self.sentence_starts = [s.lo for s in self.sentences]
        inherited = 0
        # "angka tersebut", "jumlah itu": found once, at the tokens that start them
        anaphora = [
            m.start() for m in _token_triggered(_ANAPHORA_RE, _ANAPHORA_WORDS, text, self.toks)
        ]
        for i, sentence in enumerate(self.sentences):
            sentence.topic_lo = sentence.lo
            k = bisect.bisect_left(anaphora, sentence.lo)
            if i and (
                _CONTINUES_RE.match(text, sentence.lo, sentence.hi)
                or (k < len(anaphora) and anaphora[k] < sentence.hi)
            ):
                previous = self.sentences[i - 1]
                sentence.topic_lo = (
                    previous.lo if self._has_topic(previous.lo, previous.hi) else previous.topic_lo
                )
            elif (
                i
                and not self._has_topic(sentence.lo, sentence.hi)
                # every item of a bulleted list after its "Berikut daftar ...:" line
                and (inherited < 4 or _LIST_ITEM_RE.match(text, sentence.lo))
            ):
                # "Untuk 2025 kita pasang target 55 persen, ..." after a sentence about
                # BPJS coverage, or the items of a list after its "antara lain:"
                sentence.topic_lo = self.sentences[i - 1].topic_lo
                sentence.borrowed = True
                inherited += 1
                continue
            inherited = 0
        for previous, sentence in zip(self.sentences, self.sentences[1:], strict=False):
            if (
                # or opening the next paragraph, after a sentence that counts no participants
                (
                    previous.para == sentence.para
                    or not self.hits["part"].any(previous.lo, previous.hi)
                )
                and _PART_OF_THAT_START_RE.match(text, sentence.lo, sentence.hi)
                and self._has_topic(sentence.lo, sentence.hi)
            ):
                previous.whole_for_next = True
        self.masks = _Spans(mask_spans(text, self.lower, self.toks))
        all_dates = find_dates(
            text, published=published, words=self.toks if self.words_exact else None
        )
        self.all_date_spans = _Spans((d.start, d.end) for d in all_dates)
        # dates inside regulation numbers ("Nomor 2 Tahun 2021") are not as-of dates
        self.dates = [d for d in all_dates if not self.masks.overlaps(d.start, d.end)]
        self.date_starts = [d.start for d in self.dates]
        self.mentions = self._mentions()
        self.mention_starts = [m.start for m in self.mentions]
        self.subject = self._subject()
        self.event = self._event()

    # -- structure ---------------------------------------------------------

    def _has_topic(self, lo: int, hi: int) -> bool:
        return self.hits["topic"].any(lo, hi)

    def _term_hits(self) -> dict[str, _Hits]:
        """Each category's hits; "topic" holds any topic category's (the phrases
        found never overlap, so its first hit after a position is some category's first)."""
        hits: dict[str, _Hits] = {name: _Hits() for name in (*_TERMS, "topic")}
        topic = hits["topic"]
        starts, ends = self.toks.starts, self.toks.ends
        # what a phrase's values add, worked out once per values (the same tuple
        # for every match of a phrase), keyed by its id and holding it
        adds: dict[int, tuple] = {}
        for i, j, values in _LEXICON.scan(self.text, self.toks):
            start, end = starts[i], ends[j - 1]
            add = adds.get(id(values))
            if add is None or add[0] is not values:
                found = [hits[category] for categories in values for category in categories]
                if not _TOPIC_SET.isdisjoint(chain.from_iterable(values)):
                    found.append(topic)
                add = adds[id(values)] = (values, [(h.starts, h.ends) for h in found])
            for hit_starts, hit_ends in add[1]:
                hit_starts.append(start)
                hit_ends.append(end)
        return hits

    def _paragraphs(self) -> list[_Paragraph]:
        text = self.text
        paragraphs: list[_Paragraph] = []
        for m in re.finditer(r"[^\n]+", text):
            lo, hi = m.start(), m.end()
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if lo >= hi:
                continue
            kind = "skip" if _SKIP_LINE_RE.match(text, lo) else "body"
            paragraphs.append(_Paragraph(lo, hi, kind, lo))
        if len(paragraphs) > 1:
            first = paragraphs[0]
            line = text[first.lo : first.hi]
            if (
                first.kind == "body"
                and len(line) <= 200
                and line[-1] not in ".!?\"'\u201d\u2019:;,"
                and len(line.split()) >= 3
            ):
                first.kind = "headline"
        body_seen = 0
        for para in paragraphs:
            if para.kind != "body":
                continue
            body_seen += 1
            if body_seen > 6:
                break
            dated = _DATELINE_DATED_RE.match(text, para.lo, para.hi)
            if dated and self.index.find_mentions(dated.group("place")):
                para.body_lo = dated.end()
                continue
            m = _DATELINE_RE.match(text, para.lo, para.hi)
            if not m or m.end() - para.lo > 80:
                continue
            place = m.group("place")
            outlet = m.group("outlet2") or ""
            if (
                place.isupper()
                or m.group("paren")
                or m.group("outlet1")
                or _WEB_NAME_RE.search(place)
                or (outlet and (outlet.isupper() or _WEB_NAME_RE.search(outlet)))
                # "Kabaran Jakarta -", "Warta Ekonomi, Kupang -": a short lead-in
                # ending in a place name is a dateline too
                or self.index.find_mentions(m.group())
            ):
                para.body_lo = m.end()
        return paragraphs

    def _sentences(self) -> list[_Sentence]:
        text = self.text
        sentences: list[_Sentence] = []
        for p_idx, para in enumerate(self.paragraphs):
            if para.kind == "skip":
                continue
            lo, hi = para.body_lo, para.hi
            start = lo
            for m in _SENT_END_RE.finditer(text, lo, hi):
                punct = m.group()
                if punct[0] == "." and not punct.startswith(".."):
                    word = _word_before(text, max(lo, m.start() - 30), m.start())
                    if word and (
                        word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
                    ):
                        continue
                    j = m.end()
                    while j < hi and text[j].isspace():
                        j += 1
                    if j < hi and text[j].islower():
                        continue
                    # "1. DKI Jakarta: 68,2 persen": the number of a list item
                    if _ITEM_NUMBER_RE.fullmatch(text, start, m.end()):
                        continue
                self._add_sentence(sentences, start, m.end(), p_idx)
                start = m.end()
            self._add_sentence(sentences, start, hi, p_idx)
        return sentences

    def _add_sentence(self, sentences: list[_Sentence], lo: int, hi: int, para: int) -> None:
        text = self.text
        while lo < hi:
            while lo < hi and text[lo].isspace():
                lo += 1
            end = hi
            if end - lo > _MAX_SENTENCE:
                cut = text.rfind(" ", lo + _MAX_SENTENCE // 2, lo + _MAX_SENTENCE)
                end = cut if cut > lo else lo + _MAX_SENTENCE
            stop = end
            while stop > lo and text[stop - 1].isspace():
                stop -= 1
            if lo < stop:
                sentences.append(_Sentence(lo, stop, para))
            lo = end

    def sentence_at(self, pos: int) -> _Sentence | None:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i].lo <= pos < self.sentences[i].hi:
            return self.sentences[i]
        return None

    def paragraph_at(self, pos: int) -> _Paragraph | None:
        i = bisect.bisect_right(self.paragraph_starts, pos) - 1
        if i >= 0 and self.paragraphs[i].lo <= pos < self.paragraphs[i].hi:
            return self.paragraphs[i]
        return None

    # -- regions -----------------------------------------------------------

    def _mentions(self) -> list[_Mention]:
        text = self.text
        region_masks = _Spans(
            m.span() for m in _token_triggered(_REGION_MASK_RE, _REGION_MASK_WORDS, text, self.toks)
        )
        para_starts = self.paragraph_starts
        raw: list[tuple[int, int, tuple[str, ...]]] = []
        for m in self.index._scan(text, self.toks):
            if not (
                region_masks.overlaps(m.start, m.end)
                or spells_words_before(text, m.start, m.end, raw[-1][1] if raw else -1)
                or _IN_WEB_ADDRESS_RE.match(text, m.end)
            ):
                raw.append((m.start, m.end, m.codes))
        nation = self.index.nation_code
        if nation:
            hits = self.hits["nation"]
            for start, end in zip(hits.starts, hits.ends, strict=True):
                raw.append((start, end, (nation,)))
            # "Sumbar 43 persen, yang tinggi Kepri 49, nasional 58 persen": the
            # nation as an item of a list of places and figures
            ends = set(hits.ends)
            for start in self.word_starts(_NATION_ITEM_RE, _NASIONAL, 0, len(text)):
                if start + 8 not in ends:
                    raw.append((start, start + 8, (nation,)))
        raw.sort()
        mentions: list[_Mention] = []
        for start, end, codes in raw:
            p = bisect.bisect_right(para_starts, start) - 1
            if p < 0 or not (self.paragraphs[p].lo <= start < self.paragraphs[p].hi):
                continue
            para = self.paragraphs[p]
            if para.kind == "skip":
                continue
            mention = _Mention(start, end, codes, p, dateline=start < para.body_lo)
            mention.scope = self._is_scope(mention, mentions)
            mention.venue = self._is_venue(mention)
            mention.agent = self._is_agent(mention, mentions[-1] if mentions else None)
            mentions.append(mention)
        self._disambiguate(mentions)
        return mentions

    def word_search(
        self, pattern: re.Pattern[str], accept: Callable[[str], bool], lo: int, hi: int
    ) -> re.Match[str] | None:
        """``pattern.search(text, lo, hi)`` for a case-insensitive pattern that
        starts every match at a word ``accept`` takes (lower-cased): tried only at
        those words, found once per text from the token table."""
        if not self.words_exact:
            return pattern.search(self.text, lo, hi)
        starts = self._starts_of(pattern, accept)
        i = bisect.bisect_left(starts, lo)
        while i < len(starts) and starts[i] < hi:
            m = pattern.match(self.text, starts[i], hi)
            if m is not None:
                return m
            i += 1
        return None

    def word_starts(
        self, pattern: re.Pattern[str], accept: Callable[[str], bool], lo: int, hi: int
    ) -> list[int]:
        """Where ``pattern`` matches in ``text[lo:hi]`` taken on its own (as
        ``finditer`` on the slice), as positions in the text; for a pattern whose
        every match starts at a word ``accept`` takes, such as ``\\b(?:akan|harap)\\b``."""
        if not self.words_exact:
            return [lo + m.start() for m in pattern.finditer(self.text[lo:hi])]
        starts = self._starts_of(pattern, accept)
        return _words_in_slice(self.text, self.lower, self.toks, starts, pattern, accept, lo, hi)

    def _starts_of(self, pattern: re.Pattern[str], accept: Callable[[str], bool]) -> list[int]:
        starts = self._word_starts.get(id(pattern))
        if starts is None:
            toks = self.toks
            found = (
                toks.indexes_of(accept.words, accept.prefixes)
                if isinstance(accept, _WordTest)
                else toks.indexes(accept)
            )
            starts = self._word_starts[id(pattern)] = [toks.starts[i] for i in found]
        return starts

    def holds(self, stems: tuple[str, ...]) -> bool:
        """``may_hold`` over the whole text, worked out once per text: False
        where no window can hold any of ``stems``, so that a reading whose words
        the article never uses costs one lookup per call, not a slice."""
        found = self._holds.get(stems)
        if found is None:
            found = self._holds[stems] = not self.words_exact or self.toks.holds(stems, self.lower)
        return found

    def may_hold(self, lo: int, hi: int, stems: tuple[str, ...]) -> bool:
        """False only where ``text[lo:hi]`` surely holds none of ``stems``, the
        lower-case words a case-insensitive pattern needs: a cheap check first.
        The whole text is asked first (one lookup): on the benchmark's text four
        calls in ten ask for words it never uses, and skip the window's slice."""
        if not self.words_exact:
            return True
        found = self._holds.get(stems)
        if found is None:
            found = self._holds[stems] = self.toks.holds(stems, self.lower)
        return found and _maybe(self.lower[lo:hi], stems)

    def _subject(self) -> str | None:
        scores: dict[str, float] = {}
        first_seen: dict[str, int] = {}
        for m in self.mentions:
            if m.dateline or m.venue or not m.code:
                continue
            weight = 0.5 if (m.scope or m.agent) else 1.0
            if self.paragraphs[m.para].kind == "headline":
                weight += 1.0
            scores[m.code] = scores.get(m.code, 0.0) + weight
            first_seen.setdefault(m.code, m.start)
        # the address names the region too ("...-di-badung-tertinggi...",
        # "satudata.banjarmasinkota.go.id"); a government site's own host most of all
        for code, weight in url_regions(self.url, self.index):
            scores[code] = scores.get(code, 0.0) + weight
            first_seen.setdefault(code, len(self.text))
        if scores:
            return max(scores, key=lambda c: (scores[c], -first_seen[c]))
        # nothing but a dateline or a venue: a national story ("JAKARTA -",
        # "Pekerja Migran Indonesia", "Kemendagri") is about the nation
        nation = self.index.nation_code
        if nation and _NATIONAL_STORY_RE.search(self.text):
            return nation
        return None

    def mentions_in(self, lo: int, hi: int) -> list[_Mention]:
        i = bisect.bisect_left(self.mention_starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            if self.mentions[i].end <= hi:
                out.append(self.mentions[i])
            i += 1
        return out

    # -- dates -------------------------------------------------------------

    def _event(self) -> tuple[dt.date, str] | None:
        """The date the article reports on: the day it was told among the
        "Kamis (9/2/2023)" style dates (``story_day``), else the publication
        date (moved back to a weekday the lead names, "..., Sabtu."), else the
        first full date, else the copyright year."""
        usable = [d for d in self.dates if self._usable_position(d.start)]
        # a photo caption above the dateline ("Pegawai melayani nasabah ..., Senin
        # (4/3/2024)") is not the day of the story
        dateline_lo = next(
            (p.lo for p in self.paragraphs if p.kind == "body" and p.body_lo > p.lo), None
        )
        day = story_day(
            self.text,
            [d for d in usable if d.anchored and (dateline_lo is None or d.start >= dateline_lo)],
        )
        if day is not None:
            return day, DAY
        for para in self.paragraphs:
            if para.kind == "body" and para.body_lo > para.lo:
                for d in usable:
                    if para.lo <= d.start < para.body_lo and d.precision == DAY:
                        return d.date, DAY
        if self.published is not None:
            day = self.published
            if self.published_precision != DAY:
                return day, self.published_precision
            body = [p for p in self.paragraphs if p.kind == "body"][:3]
            for para in body:
                chunk = self.text[para.lo : para.hi]
                for pos, weekday in bare_weekdays(chunk):
                    # "..., kata Arsjad di Makassar, Sabtu." names the day of the event
                    if not _WEEKDAY_AS_DAY_RE.match(chunk, pos):
                        continue
                    return last_weekday_on_or_before(day, weekday), DAY
            return day, DAY
        for d in usable:
            if d.precision == DAY and not d.year_inferred:
                return d.date, DAY
        m = _COPYRIGHT_RE.search(self.text)
        if m:
            return dt.date(int(m.group(1)), 1, 1), YEAR
        return None

    def _usable_position(self, pos: int) -> bool:
        para = self.paragraph_at(pos)
        return para is not None and para.kind != "skip"


def _clause_start(cands: list[_Cand], i: int, s: _Sentence, breaks: list[int]) -> int:
    """Where the clause of ``cands[i]`` starts: after the number before it or
    the last strong break ("; sedangkan ...")."""
    start = cands[i].start
    j = i - 1
    # a placement ("coverage tertinggi di Bali sebesar 58,68 persen") or a count
    # of something else ("2.288 perusahaan dengan total tenaga kerja 54.719")
    # does not end the clause of the number after it
    while j >= 0 and (
        (cands[j].kind == "rank" and cands[i].kind != "rank") or cands[j].noun == "other"
    ):
        j -= 1
    return max(s.lo, cands[j].end if j >= 0 else s.lo, _last_le(breaks, start, s.lo))


def _decide(c: _Cand, metric: str | None, rule: str, conf: float) -> str | None:
    c.rule, c.conf = rule, conf
    return metric
