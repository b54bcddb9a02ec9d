"""Propose the employment social-security (BPJS Ketenagakerjaan) coverage
figures found in an Indonesian news article, each with its exact sentence, for
a reviewer to accept or reject. Pure Python: no Django import.

``extract_figures(text, index, published=...)`` returns :class:`Figure` objects:
coverage percentages, participants, targets, budgets, award ranks and
workforce counts, with segment, region (from a :class:`RegionIndex` built from
plain :class:`RegionEntry` rows) and as-of date.

How a number becomes a figure, in order:

1. The text is cut into paragraphs (lines) and sentences; "Baca Juga" link
   lines and credits are skipped, a headline and a dateline ("MAKASSAR –",
   "Makassar (ANTARA) -") are recognised.
2. Regulation numbers ("Inpres Nomor 2 Tahun 2021"), "Tim 9", clock times,
   dates and years are masked; they are never figures.
3. Each remaining number is read with its unit (persen, ribu/juta/miliar,
   Rp) and the noun after it, then classified from the words around it:
   health-insurance context (JKN, UHC), economic indicators, thresholds
   ("belum mencapai 50 persen"), changes ("naik 5 persen") and payouts
   (santunan, iuran) are dropped.
4. Metric: a percent is a target when a target word ("ditargetkan",
   "target") or "ditingkatkan menjadi" comes after the last "baru"/"saat
   ini" before it, else a coverage rate; a count of people is participants
   when a participation word ("peserta", "tercover", "terlindungi") is the
   nearest, workforce when "penduduk bekerja", "potensi", "angkatan kerja"
   or "dari <number>" is; an amount is a budget when "anggaran", "APBD",
   "dialokasikan" is the nearest money word; a placement ("tertinggi
   keempat", "juara 1", "terbaik di zona") is an award rank.
5. Segment: segment words right after the number ("46,44 persen untuk
   pekerja formal", "24.874 Orang Pekerja Formal") belong to it; otherwise
   the unclaimed ones before it in its clause; formal and informal together
   mean the total; groups such as non-ASN staff or village officials are
   "other" (their own rate, not the region's).
6. Region: the nearest region named before the number in its clause, else in
   its sentence, else in its paragraph, else the article's subject (the most
   named region; a dateline city and comparison scopes such as "tertinggi di
   Sulawesi Selatan" do not count). National figures go to the nation row
   ("secara nasional", "kepesertaan nasional").
7. As-of: the date named nearest before the number in its sentence (else
   after it; "tahun ini", "saat ini" are read against the event date), else
   the event date (the first "Kamis (9/2/2023)"-style date, else the
   publication date). Budgets and awards are by year; a target takes a year
   or month named in its sentence (its deadline), else the event date.
8. The same metric/segment/value/region is proposed once per article (the
   first mention; a headline figure only when the body does not repeat it).

Speed: every pattern is linear (bounded whitespace, possessive runs), the
long alternations are only tried where a cheap trigger matched, and words
are looked up in a trie, so 1 MB of text takes under a second.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .dates import (
    DAY,
    MONTH,
    YEAR,
    as_of_string,
    bare_weekdays,
    find_dates,
    last_weekday_on_or_before,
)

__all__ = [
    "METRICS",
    "SEGMENTS",
    "Figure",
    "RegionEntry",
    "RegionIndex",
    "RegionMention",
    "extract_figures",
    "parse_indonesian_number",
    "parse_ordinal",
    "region_index_from_fixture",
]

COVERAGE_PCT = "coverage_pct"
PARTICIPANTS = "participants"
TARGET_PCT = "target_pct"
BUDGET_IDR = "budget_idr"
AWARD_RANK = "award_rank"
WORKFORCE = "workforce"
METRICS = (COVERAGE_PCT, PARTICIPANTS, TARGET_PCT, BUDGET_IDR, AWARD_RANK, WORKFORCE)
PERCENT_METRICS = frozenset({COVERAGE_PCT, TARGET_PCT})

TOTAL = "total"
FORMAL = "formal"
INFORMAL = "informal"
CONSTRUCTION = "construction"
MIGRANT = "migrant"
VULNERABLE = "vulnerable"
OTHER = "other"
SEGMENTS = (TOTAL, FORMAL, INFORMAL, CONSTRUCTION, MIGRANT, VULNERABLE, OTHER)

NATION = "nation"
PROVINCE = "province"
REGENCY = "regency"
CITY = "city"
_LEVEL_ORDER = {NATION: 0, PROVINCE: 1, CITY: 2, REGENCY: 3}


# --------------------------------------------------------------------------
# Public data classes
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionEntry:
    """One row of the region register, as plain data."""

    code: str
    name: str
    level: str
    parent_code: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegionMention:
    """A region named in a text. ``codes`` lists every region the words can
    mean (most likely first); ``code`` is the first."""

    start: int
    end: int
    text: str
    codes: tuple[str, ...]

    @property
    def code(self) -> str:
        return self.codes[0]


@dataclass(frozen=True)
class Figure:
    """One proposed figure. ``text[start:end] == quote``, the sentence that
    states it."""

    metric: str
    segment: str
    value: Decimal
    region_code: str | None
    region_name: str | None
    as_of: str | None
    quote: str
    start: int
    end: int
    # Which reading rule proposed it (a short stable name such as
    # "percent.coverage.region_list") and how sure that rule is, 0 to 1.
    # The review desk shows, sorts and filters by both, and keeps reviewers'
    # decisions per pattern so each rule's precision can be reported.
    pattern: str = ""
    confidence: float = 0.5

    def to_dict(self) -> dict[str, object]:
        value: int | float
        if self.value == self.value.to_integral_value():
            value = int(self.value)
        else:
            value = float(self.value)
        return {
            "metric": self.metric,
            "segment": self.segment,
            "value": value,
            "region_code": self.region_code,
            "region_name": self.region_name,
            "as_of": self.as_of,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "pattern": self.pattern,
            "confidence": self.confidence,
        }


# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------

_MULTIPLIERS: dict[str, int] = {
    "ribu": 10**3,
    "rb": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "miliyar": 10**9,
    "milliar": 10**9,
    "triliun": 10**12,
    "trilyun": 10**12,
    "trilliun": 10**12,
}
_MONEY_MULTIPLIERS = frozenset(
    {"miliar", "milyar", "miliyar", "milliar", "triliun", "trilyun", "trilliun"}
)
_SHORT_MULTIPLIERS = {"M": 10**9, "T": 10**12}

_ORDINAL_WORDS = {
    "pertama": 1,
    "kesatu": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "kelima": 5,
    "keenam": 6,
    "ketujuh": 7,
    "kedelapan": 8,
    "kesembilan": 9,
    "kesepuluh": 10,
    "kesebelas": 11,
}
_CARDINAL_WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
}
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}

_THOUSANDS_DOT_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_THOUSANDS_COMMA_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
_PLAIN_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


_MAX_DIGITS = 18  # longer digit strings are not figures (ids, junk)


def _digits_to_decimal(raw: str) -> Decimal:
    """Indonesian digits: thousands dot, decimal comma ("1.300.000", "46,44").
    A single dot followed by one or two digits is read as a decimal point."""
    if len(raw) - raw.count(".") - raw.count(",") > _MAX_DIGITS:
        raise ValueError(f"too many digits: {raw[:30]!r}")
    if _THOUSANDS_DOT_RE.fullmatch(raw):
        whole, _, frac = raw.partition(",")
        normal = whole.replace(".", "") + (f".{frac}" if frac else "")
    elif _THOUSANDS_COMMA_RE.fullmatch(raw):
        normal = raw.replace(",", "")
    elif _PLAIN_NUMBER_RE.fullmatch(raw):
        normal = raw.replace(",", ".")
    else:
        raise ValueError(f"not a number: {raw!r}")
    return Decimal(normal)


def _normalise(value: Decimal) -> Decimal:
    """46.440 -> 46.44, 1300000.0 -> 1300000 (no exponent notation)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return Decimal(format(value, "f").rstrip("0"))


_ORDINAL_RE = re.compile(
    r"(?:ke[-\s]?(?P<num>\d{1,3})\b|(?P<word>"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)


def parse_ordinal(text: str) -> int:
    """4 for "keempat", "ke-4", "ke 4", "tertinggi keempat", "juara IV", "juara 4".
    Raises ValueError when there is no placement in ``text``."""
    m = _ORDINAL_RE.search(text)
    if m:
        if m.group("num"):
            return int(m.group("num"))
        return _ORDINAL_WORDS[m.group("word").lower()]
    m = _RANK_RE.search(text)
    if m:
        value = _rank_value(m)
        if value is not None:
            return value
    raise ValueError(f"no ordinal in {text!r}")


_PARSE_RE = re.compile(
    r"\s*(?:(?:rp|idr)\.?\s*)?(?P<num>\d[\d.,]*)(?:,-)?\s*"
    r"(?:(?P<mult>ribu|rb|juta|jt|miliar|milyar|miliyar|milliar|triliun|trilyun|trilliun)\b"
    r"|(?P<short>[MT])\b)?",
    re.IGNORECASE,
)


def parse_indonesian_number(text: str) -> Decimal:
    """The value of an Indonesian number expression, normalised.

    "46,44 persen" -> 46.44; "24.874" -> 24874; "1,3 juta" -> 1300000;
    "Rp16 miliar" -> 16000000000; "1 Milyar" -> 1000000000; "keempat" -> 4.
    Raises ValueError when there is no number.
    """
    m = _PARSE_RE.match(text or "")
    if not m:
        try:
            return Decimal(parse_ordinal(text or ""))
        except ValueError:
            raise ValueError(f"no number in {text!r}") from None
    try:
        value = _digits_to_decimal(m.group("num").rstrip(".,"))
    except (ValueError, InvalidOperation):
        raise ValueError(f"no number in {text!r}") from None
    if m.group("mult"):
        value *= _MULTIPLIERS[m.group("mult").lower()]
    elif m.group("short") and re.match(r"\s*(?:rp|idr)", text, re.IGNORECASE):
        value *= _SHORT_MULTIPLIERS[m.group("short").upper()]
    return _normalise(value)


# --------------------------------------------------------------------------
# Tokens and phrase lookup
# --------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+")
_ODD_SPACES = "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000"


def _plain_spaces(text: str) -> str:
    """No-break, thin and other odd spaces as plain spaces (same length)."""
    for space in _ODD_SPACES:
        if space in text:
            text = text.replace(space, " ")
    return text


_GAP_CHARS = frozenset(" \t.-'\u2019/")

ANY_CASE = 0
CAPITALISED = 1
UPPER = 2


@dataclass
class _Tokens:
    starts: list[int]
    ends: list[int]
    lower: list[str]


def _lower_aligned(text: str) -> str | None:
    """``text.lower()`` when it keeps every character in place, else None."""
    lower = text.lower()
    return lower if len(lower) == len(text) else None


def _tokenise(text: str, lower: str | None = None) -> _Tokens:
    lower = lower if lower is not None else _lower_aligned(text)
    if lower is not None:
        found = list(_TOKEN_RE.finditer(lower))
        return _Tokens(
            [m.start() for m in found], [m.end() for m in found], [m.group() for m in found]
        )
    found = list(_TOKEN_RE.finditer(text))
    return _Tokens(
        [m.start() for m in found], [m.end() for m in found], [m.group().lower() for m in found]
    )


def _triggered(
    pattern: re.Pattern[str], triggers: re.Pattern[str], text: str, lower: str | None
) -> list[re.Match[str]]:
    """Non-overlapping matches of ``pattern``, tried only where ``triggers``
    (searched in the lower-cased text) finds a possible start: much faster
    than searching a long alternation at every position."""
    if lower is None:
        return list(pattern.finditer(text))
    found = []
    done = 0
    for trigger in triggers.finditer(lower):
        pos = trigger.start()
        if pos < done:
            continue
        m = pattern.match(text, pos)
        if m and m.end() > pos:
            found.append(m)
            done = m.end()
    return found


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _TOKEN_RE.findall(phrase))


class _PhraseMatcher:
    """Longest-first, non-overlapping lookup of word sequences in a token list
    (a trie of lower-cased words). Each phrase carries payload items
    ``(value, case_rule)``; the case rule is checked on the first word."""

    _END = ""  # key of the payload list in a trie node (no token is empty)

    def __init__(self) -> None:
        self._root: dict[str, dict] = {}

    def add(self, tokens: tuple[str, ...], value: object, case_rule: int = ANY_CASE) -> None:
        if not tokens:
            return
        node = self._root
        for token in tokens:
            node = node.setdefault(token, {})
        items = node.setdefault(self._END, [])
        if (value, case_rule) not in items:
            items.append((value, case_rule))

    def lookup(self, tokens: tuple[str, ...]) -> list[object]:
        node = self._root
        for token in tokens:
            node = node.get(token)
            if node is None:
                return []
        return [value for value, _rule in node.get(self._END, [])]

    def scan(self, text: str, toks: _Tokens) -> list[tuple[int, int, tuple[object, ...]]]:
        """(first token, end token, accepted values) for each match."""
        out = []
        lower, starts, ends = toks.lower, toks.starts, toks.ends
        n = len(lower)
        root = self._root
        end_key = self._END
        free = 0
        for i in [i for i, word in enumerate(lower) if word in root]:
            if i < free:
                continue
            node = root[lower[i]]
            best = None
            k = i
            while True:
                items = node.get(end_key)
                if items:
                    values = tuple(
                        v for v, rule in items if _case_ok(text, starts[i], ends[i], rule)
                    )
                    if values:
                        best = (k + 1, values)
                k += 1
                if k >= n:
                    break
                gap = text[ends[k - 1] : starts[k]]
                if gap != " " and (len(gap) > 3 or not set(gap) <= _GAP_CHARS):
                    break
                node = node.get(lower[k])
                if node is None:
                    break
            if best is not None:
                out.append((i, best[0], best[1]))
                free = best[0]
        return out


def _case_ok(text: str, start: int, end: int, rule: int) -> bool:
    if rule == ANY_CASE:
        return True
    if rule == CAPITALISED:
        return text[start].isupper()
    return text[start:end].isupper()


# --------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------

_LEADING_LEVEL_RE = re.compile(
    r"^(?:kabupaten\s+administrasi|kabupaten|kab\.?\s*adm\.?|kab\.?|kota\s+administrasi"
    r"|kota\s+adm\.?|kota|provinsi|propinsi|prov\.?|pemprov|pemkab|pemkot)\s+",
    re.IGNORECASE,
)
_LEVEL_PREFIXES = {
    PROVINCE: ("provinsi", "propinsi", "prov", "pemprov", "pemprop", "pemerintah provinsi"),
    REGENCY: ("kabupaten", "kab", "pemkab", "pemerintah kabupaten"),
    CITY: ("kota", "pemkot", "pemerintah kota"),
}
# Bare names that are ordinary words at the start of a sentence.
_BARE_STOPLIST = frozenset({"puncak"})


class RegionIndex:
    """Region names and aliases, looked up case-insensitively, longest first.

    Built from plain entries (no database). "Sulsel", "Provinsi Sulawesi
    Selatan", "Kab. Kepulauan Selayar", "Selayar", "Kota Makassar" all resolve.
    In running text a name without a level word ("Selayar", "Makassar") must
    be capitalised, so ordinary words are not taken for places; the nation row
    is found from phrases such as "secara nasional" (see ``extract_figures``),
    not from every "Indonesia" (as in "Pekerja Migran Indonesia").
    """

    def __init__(self, entries: Iterable[RegionEntry]) -> None:
        self._entries: dict[str, RegionEntry] = {}
        self._matcher = _PhraseMatcher()
        self.nation_code: str | None = None
        for entry in entries:
            self._entries[entry.code] = entry
            if entry.level == NATION:
                if self.nation_code is None:
                    self.nation_code = entry.code
                continue
            for form, rule in self._forms(entry):
                tokens = _phrase_tokens(form)
                if not tokens:
                    continue
                if rule == CAPITALISED and len(tokens) == 1 and tokens[0] in _BARE_STOPLIST:
                    continue
                self._matcher.add(tokens, entry.code, rule)

    @staticmethod
    def _forms(entry: RegionEntry) -> list[tuple[str, int]]:
        forms: list[tuple[str, int]] = []
        for name in (entry.name, *entry.aliases):
            if not name or not name.strip():
                continue
            bare = _LEADING_LEVEL_RE.sub("", name.strip())
            if bare != name.strip():
                forms.append((name, ANY_CASE))
            forms.append((bare, CAPITALISED))
            for prefix in _LEVEL_PREFIXES.get(entry.level, ()):
                forms.append((f"{prefix} {bare}", ANY_CASE))
        return forms

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries.values())

    def get(self, code: str | None) -> RegionEntry | None:
        return self._entries.get(code) if code else None

    def name_of(self, code: str | None) -> str | None:
        entry = self.get(code)
        return entry.name if entry else None

    def province_of(self, code: str) -> str:
        return code.split(".", 1)[0]

    def is_ancestor(self, ancestor: str, code: str) -> bool:
        entry = self.get(code)
        seen = set()
        while entry is not None and entry.parent_code and entry.code not in seen:
            seen.add(entry.code)
            if entry.parent_code == ancestor:
                return True
            entry = self.get(entry.parent_code)
        return False

    def _ordered(self, codes: Iterable[object]) -> tuple[str, ...]:
        unique = dict.fromkeys(str(c) for c in codes)
        return tuple(sorted(unique, key=lambda c: (_LEVEL_ORDER.get(self._entries[c].level, 9), c)))

    def candidates(self, name: str) -> tuple[str, ...]:
        """Every code ``name`` can mean, most likely first (province, city, regency)."""
        if not name:
            return ()
        text = name.strip()
        tokens = _phrase_tokens(text)
        if not tokens:
            return ()
        for entry in self._entries.values():
            if entry.level == NATION and (
                tokens == _phrase_tokens(entry.name)
                or any(tokens == _phrase_tokens(a) for a in entry.aliases)
            ):
                return (entry.code,)
        if text.upper() in self._entries:
            return (text.upper(),)
        return self._ordered(self._matcher.lookup(tokens))

    def resolve(self, name: str) -> RegionEntry | None:
        """The region a name or alias means, case-insensitively, or None."""
        codes = self.candidates(name)
        return self._entries[codes[0]] if codes else None

    def _scan(self, text: str, toks: _Tokens) -> list[RegionMention]:
        mentions = []
        for i, j, values in self._matcher.scan(text, toks):
            start, end = toks.starts[i], toks.ends[j - 1]
            mentions.append(RegionMention(start, end, text[start:end], self._ordered(values)))
        return mentions

    def find_mentions(self, text: str) -> list[RegionMention]:
        """Every region named in ``text`` (longest match first, no overlaps)."""
        return self._scan(text, _tokenise(text))


def region_index_from_fixture(
    regions_path: str | Path, aliases_path: str | Path | None = None
) -> RegionIndex:
    """A RegionIndex from the project's fixtures: ``regions.json`` (a Django
    fixture; ``regions.region`` objects with natural-key parents) and
    ``region_aliases.json`` (``{code: [alias, ...]}``). Plain ``json``."""
    data = json.loads(Path(regions_path).read_text(encoding="utf-8"))
    aliases: dict[str, list[str]] = {}
    if aliases_path is not None and Path(aliases_path).exists():
        aliases = json.loads(Path(aliases_path).read_text(encoding="utf-8"))
    entries = []
    for obj in data:
        if obj.get("model") != "regions.region":
            continue
        fields = obj.get("fields", {})
        code = fields.get("code") or obj.get("pk")
        if not code:
            continue
        parent = fields.get("parent")
        if isinstance(parent, list):
            parent = parent[0] if parent else None
        entries.append(
            RegionEntry(
                code=str(code),
                name=fields.get("name", str(code)),
                level=fields.get("level", ""),
                parent_code=str(parent) if parent else None,
                aliases=tuple(aliases.get(str(code), ())),
            )
        )
    return RegionIndex(entries)


# --------------------------------------------------------------------------
# Vocabulary of the surrounding words
# --------------------------------------------------------------------------

# Word lists, phrases separated by commas; matched on whole words, any case.
_TERMS: dict[str, str] = {
    # the percent is about coverage
    "cov": (
        "cakupan, cakupannya, cakupan semesta, coverage, kepesertaan, kepesertaannya, ucj, "
        "universal coverage, terlindungi, terlindung, dilindungi, tercover, ter cover, "
        "tercoverage, tercakup, terdaftar, pendaftaran, peserta, pesertanya, capaian, "
        "pencapaian, terjamin, perlindungan, keikutsertaan, mencover, dicover, jamsostek, "
        "bpjstk, bpjs tk, bpjamsostek, bpjs ketenagakerjaan, jaminan sosial ketenagakerjaan"
    ),
    # a count is of people covered
    "part": (
        "peserta, pesertanya, kepesertaan, tercover, ter cover, terlindungi, dilindungi, "
        "terdaftar, didaftarkan, mendaftarkan, terjamin, tercakup, terproteksi, dicover, "
        "diikutsertakan, mengikutsertakan, menjadi peserta"
    ),
    # a count is the population a rate is measured against
    "wf": (
        "penduduk bekerja, penduduk yang bekerja, angkatan kerja, potensi, semesta, bps, "
        "sakernas, pekerja potensial"
    ),
    "health": (
        "jkn, jkn kis, bpjs kesehatan, uhc, jaminan kesehatan, jaminan kesehatan nasional, "
        "kis, jamkesda, jamkesmas, universal health coverage, pbi, kartu indonesia sehat"
    ),
    "emp": (
        "ketenagakerjaan, ketenagakerjaannya, bpjstk, bpjs tk, bpjs naker, bpjamsostek, "
        "jamsostek, jamsosnaker, ucj, jaminan sosial tenaga kerja, bpjs ketenagakerjaan, "
        "jaminan sosial ketenagakerjaan"
    ),
    # the percent is some other indicator
    "econ": (
        "pertumbuhan ekonomi, ekonomi, inflasi, kemiskinan, pengangguran, tpt, pdrb, ipm, "
        "suku bunga, bunga, upah minimum, ump, umk, umr, investasi, pajak, stunting, "
        "elektabilitas, suara, tingkat partisipasi angkatan kerja, tpak, diskon, "
        "realisasi anggaran, serapan anggaran, serapan, indeks"
    ),
    "budget": (
        "anggaran, anggarannya, pagu, apbd, apbdes, apbn, dialokasikan, mengalokasikan, "
        "alokasi, alokasikan, dana, dianggarkan, menganggarkan, biaya, membiayai, dibiayai, "
        "csr, hibah, menyiapkan, disiapkan, mengucurkan, dikucurkan, menggelontorkan, "
        "digelontorkan, menyediakan, disediakan"
    ),
    # an amount that is not a budget for worker protection
    "budget_x": (
        "santunan, santunannya, klaim, ahli waris, beasiswa, tunggakan, piutang, denda, pad, "
        "pendapatan, investasi, dana kelolaan, kelolaan, pinjaman, kredit, omzet, "
        "realisasi anggaran, serapan anggaran, aset, laba, jht, pencairan, dibayarkan"
    ),
    # a small amount per person (premium, wage, benefit)
    "budget_small": "iuran, premi, upah, gaji, ump, umk, manfaat, hadiah, uang pembinaan",
    "award": (
        "penghargaan, award, awards, paritrana, juara, zona, anugerah, predikat, prestasi, "
        "peringkat, pemenang, nominasi"
    ),
    "seg_formal": "penerima upah, pu, ppu, formal, sektor formal",
    "seg_informal": "bukan penerima upah, bpu, pbpu, informal, non formal, nonformal",
    "seg_construction": "jasa konstruksi, jakon, konstruksi",
    "seg_migrant": "pekerja migran, migran, pmi, tki, buruh migran",
    "seg_vulnerable": "rentan, pekerja rentan",
    # groups regions are asked to enrol (domain notes 3.1): their own rates, not the region's
    "seg_other": (
        "non asn, asn, honorer, tenaga honorer, perangkat desa, aparatur desa, aparat desa, "
        "rt rw, ketua rt, guru, guru mengaji, tenaga kependidikan, gtk, tenaga kesehatan, nakes, "
        "marbot, imam masjid, ekosistem desa, penyelenggara pemilu, badan adhoc, kader posyandu"
    ),
    "neg": "belum, tidak, tak, tanpa",
    # a national figure
    "nation": (
        "secara nasional, tingkat nasional, skala nasional, level nasional, cakupan nasional, "
        "coverage nasional, kepesertaan nasional, target nasional, capaian nasional, "
        "rata rata nasional, rerata nasional, se indonesia, seluruh indonesia, di indonesia"
    ),
}
# Abbreviations that are only meant in capitals ("PU", not "pu").
_TOPIC_CATEGORIES = ("cov", "emp", "part", "wf", "budget", "award")
_UPPER_ONLY = frozenset(
    {
        "pu",
        "ppu",
        "bpu",
        "pbpu",
        "pmi",
        "tki",
        "tpt",
        "ump",
        "umk",
        "umr",
        "pad",
        "kis",
        "pbi",
        "jht",
    }
)
_SEGMENT_OF = {
    "seg_formal": FORMAL,
    "seg_informal": INFORMAL,
    "seg_construction": CONSTRUCTION,
    "seg_migrant": MIGRANT,
    "seg_vulnerable": VULNERABLE,
    "seg_other": OTHER,
}


def _build_lexicon() -> _PhraseMatcher:
    merged: dict[tuple[str, ...], set[str]] = {}
    for category, phrases in _TERMS.items():
        for phrase in phrases.split(","):
            merged.setdefault(_phrase_tokens(phrase), set()).add(category)
    matcher = _PhraseMatcher()
    for tokens, categories in merged.items():
        rule = UPPER if len(tokens) == 1 and tokens[0] in _UPPER_ONLY else ANY_CASE
        if tokens == ("indonesia",):
            rule = CAPITALISED
        matcher.add(tokens, frozenset(categories), rule)
    return matcher


_LEXICON = _build_lexicon()


class _Hits:
    """Start/end positions of one vocabulary category, sorted."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.starts) and self.starts[i] < hi:
            if self.ends[i] <= hi:
                out.append((self.starts[i], self.ends[i]))
            i += 1
        return out

    def any(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi and self.ends[i] <= hi

    def last_before(self, lo: int, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.starts[i] >= lo:
            if self.ends[i] <= pos:
                return self.starts[i], self.ends[i]
            i -= 1
        return None

    def first_after(self, pos: int, hi: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.starts) and self.starts[i] < hi and self.ends[i] <= hi:
            return self.starts[i], self.ends[i]
        return None

    def distance(self, lo: int, hi: int, start: int, end: int) -> int | None:
        """Distance in characters from [start, end) to the nearest hit in [lo, hi)."""
        before = self.last_before(lo, start)
        after = self.first_after(end, hi)
        best = None
        if before:
            best = start - before[1]
        if after:
            gap = after[0] - end
            best = gap if best is None else min(best, gap)
        return best


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

_NUMBER_RE = re.compile(
    r"(?<![\w.,/-])(?P<rp>(?i:rp|idr)\.?[ \t]?)?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?)"
    r"(?!\d|[.,/-]\d)"
)
_MULT_RE = re.compile(
    r"[ \t]?(?:(?P<mult>ribu|rb|juta|jt|miliar|milyar|miliyar|milliar|triliun|trilyun|trilliun)"
    r"\b\.?|(?P<short>(?-i:[MT]))\b)",
    re.IGNORECASE,
)
_PCT_RE = re.compile(r"[ \t]{0,2}(?:%|(?:persen|prosen|per[ \t]+sen|pct)\b)", re.IGNORECASE)
_RUPIAH_RE = re.compile(r"(?:,-)?[ \t]*rupiah\b|,-", re.IGNORECASE)
_NOUN_RE = re.compile(r"[ \t]*(?:\([ \t]*)?(?P<w1>[^\W\d_]+)(?:[ \t/-]+(?P<w2>[^\W\d_]+))?")
_PER_UNIT_RE = re.compile(
    r"[ \t]*(?:/|per[ \t]+|setiap[ \t]+|tiap[ \t]+)(?:bulan|bln|orang|org|pekerja|peserta|jiwa"
    r"|kepala|anak|hari|jam|kk|kepala[ \t]+keluarga)\b",
    re.IGNORECASE,
)

_PERSON_WORDS = frozenset(
    """orang pekerja peserta tenaga jiwa karyawan karyawati buruh warga nelayan petani pegawai
    asn guru perangkat pedagang pengemudi ojek honorer kader marbot imam aparatur relawan sopir
    petugas ptt pppk penyelenggara pengurus aparat tki pmi tukang perawat bidan dokter penyuluh
    pendamping pengajar dosen peternak pekebun pelaut awak pemulung kuli satpam nakes pelajar
    mahasiswa penggarap pekerjanya pesertanya jamaah penghulu pendeta penjaga semesta potensi
    angkatan""".split()
)
_CONNECTOR_WORDS = frozenset(
    """dan atau yang dari di pada untuk per hingga sampai serta sedangkan sementara ini itu
    tersebut lebih kurang sekitar dengan se ke bagi menjadi adalah yaitu yakni namun tetapi tapi
    karena sehingga agar jika pun saja lagi sudah telah baru masih akan se-indonesia sebanyak
    sebesar setiap tiap atas oleh dalam""".split()
)

_ORD_ALT = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_CARD_ALT = "|".join(sorted(_CARDINAL_WORDS, key=len, reverse=True))
_RANK_RE = re.compile(
    rf"\b(?P<kw>juara|peringkat|ranking|rangking|urutan)[ \t]+(?:ke[-\s]?)?"
    rf"(?P<val>\d{{1,3}}|{_ORD_ALT}|{_CARD_ALT}|(?-i:VIII|VII|VI|IV|IX|III|II|I|V|X))\b(?![.,]\d)"
    rf"|\b(?P<kw2>tertinggi|terbaik|terbesar|terbanyak|teratas)[ \t]+"
    rf"(?P<val2>ke[-\s]?\d{{1,3}}|{_ORD_ALT})\b"
    r"|\b(?P<kw3>terbaik)\b(?=[ \t]+(?:di|se|se-\w+|tingkat|zona|kategori|dari|pertama)\b)",
    re.IGNORECASE,
)


def _rank_value(m: re.Match[str]) -> int | None:
    raw = m.group("val") or m.group("val2")
    if raw is None:
        return 1
    if raw.isdigit():
        return int(raw)
    key = raw.lower()
    if key in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[key]
    if key in _CARDINAL_WORDS:
        return _CARDINAL_WORDS[key]
    if raw in _ROMAN:
        return _ROMAN[raw]
    digits = re.search(r"\d+", raw)
    return int(digits.group()) if digits else None


_REGULATION = (
    r"(?:inpres|impres|instruksi\s+presiden|perpres|peraturan\s+presiden|keppres"
    r"|keputusan\s+presiden|pp|peraturan\s+pemerintah|uu|undang[-\s]undang|permendagri"
    r"|permenaker|permen\w*|peraturan\s+menteri(?:\s+\w+){0,3}|perda|peraturan\s+daerah|pergub"
    r"|peraturan\s+gubernur|perbup|peraturan\s+bupati|perwal|perwali|peraturan\s+wali\s*kota"
    r"|kepmendagri|kepmen\w*|kepgub|keputusan\s+\w+|se|surat\s+edaran(?:\s+\w+){0,2}|sk"
    r"|instruksi\s+\w+)"
)
_MASK_RE = re.compile(
    rf"\b{_REGULATION}[ \t]*(?:ri[ \t]+)?(?:(?:nomor|nomer|no\.?|nr\.?)[ \t]*:?[ \t]*)?"
    r"\d[\w./-]*(?:[ \t]*(?:tahun|thn\.?|/)[ \t]*\d{4})?"
    r"|\b(?:nomor|nomer|no\.?|nr\.?)[ \t]*:?[ \t]*\d[\w./-]*(?:[ \t]*(?:tahun|thn\.?)[ \t]*\d{4})?"
    r"|\btim[ \t]+\d+\b"
    r"|\b(?:pasal|ayat|huruf|halaman|hal\.|lantai|rt|rw|km|kilometer|jalan|jl\.|blok|kode"
    r"|gelombang|tahap|batch|sesi|kloter|edisi|periode|angka[ \t]+kecelakaan)[ \t]*\d+\b"
    r"|\bpukul[ \t]+\d{1,2}(?:[.:]\d{2})?"
    r"|\b\d{1,2}[.:]\d{2}[ \t]*(?:wib|wita|wit)\b"
    r"|\bcovid[-\s]?19\b"
    r"|https?://\S+|www\.\S+"
    r"|(?<!\d)(?:\+62|0)8\d{1,3}[-\s]?\d{3,4}[-\s]?\d{3,5}(?!\d)",
    re.IGNORECASE,
)
_MASK_TRIGGER_RE = re.compile(
    r"(?<![^\W\d_])(?:inpres|impres|instruksi|perpres|peraturan|keppres|keputusan|pp|uu|undang"
    r"|permen[a-z]*|kepmen[a-z]*|perda|pergub|perbup|perwal|perwali|kepgub|se|surat|sk|nomor"
    r"|nomer|no|nr|tim|pasal|ayat|huruf|halaman|hal|lantai|rt|rw|km|kilometer|jalan|jl|blok|kode"
    r"|gelombang|tahap|batch|sesi|kloter|edisi|periode|angka|pukul|covid|https?|www)(?![^\W\d_])"
    r"|(?<![\w.,/-])(?:\d{1,2}[.:]\d{2}[ \t]*wi|08|\+62)"
)
_REGION_MASK_RE = re.compile(
    r"(?i:\bsulawesi[ \t]*(?:dan[ \t]+|&[ \t]*|-[ \t]*)?maluku\b|\bsulama\b|\bsumbagut\b"
    r"|\bsumbagsel\b|\bsumbar[ \t]*riau\b|\bsumbarriau\b|\bbanuspa\b"
    r"|\bbali[ \t]*,?[ \t]*nusa[ \t]+tenggara[ \t]*,?[ \t]*(?:dan[ \t]+)?papua\b"
    r"|\bbali[ \t]*,?[ \t]*nusra[ \t]*,?[ \t]*(?:dan[ \t]+)?papua\b"
    r"|\bsumatera[ \t]+bagian[ \t]+(?:utara|selatan|tengah)\b)"
    r"|\b(?i:hotel|hote|gedung|aula|bandara|pelabuhan|universitas|univ\.|stadion|lapangan"
    r"|masjid|plaza|mall|rsud|rumah[ \t]+sakit|jalan|jl\.)(?:[ \t]+[A-Z][\w'\u2019.-]*){1,4}"
)
_REGION_MASK_TRIGGER_RE = re.compile(
    r"(?<![^\W\d_])(?:sulawesi|sulama|sumbagut|sumbagsel|sumbar|sumbarriau|banuspa|bali|sumatera"
    r"|hotel|hote|gedung|aula|bandara|pelabuhan|universitas|univ|stadion|lapangan|masjid|plaza"
    r"|mall|rsud|rumah|jalan|jl)(?![^\W\d_])"
)
_SKIP_LINE_RE = re.compile(
    r"[ \t]*(?:baca[ \t]+juga|simak[ \t]+juga|lihat[ \t]+juga|berita[ \t]+terkait"
    r"|artikel[ \t]+terkait|(?:\u2022[ \t]*)?bagikan|editor[ \t]*:|pewarta[ \t]*:|penulis[ \t]*:"
    r"|reporter[ \t]*:|redaktur[ \t]*:|copyright|\u00a9|sumber[ \t]*:|foto[ \t]*:|tags?[ \t]*:)",
    re.IGNORECASE,
)
_DATELINE_RE = re.compile(
    r"[ \t]*(?:(?P<outlet1>[\w-]+\.(?:com|co\.id|id|net|news|org))[ \t]*,[ \t]*)?"
    r"(?P<place>[A-Z][\w'\u2019.]*(?:[ \t]+[A-Z][\w'\u2019.]*){0,2})"
    r"(?P<paren>[ \t]*\([^()\n]{2,25}\))?"
    r"(?P<outlet2>[ \t]*,[ \t]*[\w.]{2,40}(?:[ \t]+[\w.]{2,40}){0,2})?"
    r"[ \t]*[-\u2013\u2014]{1,2}[ \t]+"
)
_WEEKDAY_AS_DAY_RE = re.compile(
    r"(?<=[,(][ \t])\w+['\u2019]?\w*(?=[ \t]*[.,)]|[ \t]*\(\d)|(?<=[,(])\w+['\u2019]?\w*(?=[.,)])"
)
_WEB_NAME_RE = re.compile(r"\.(?:com|id|net|org|news)\b", re.IGNORECASE)
_COPYRIGHT_RE = re.compile(
    r"(?:copyright|\u00a9|\(c\))[^\n\d]{0,40}((?:19|20)\d{2})", re.IGNORECASE
)
_SENT_END_RE = re.compile(r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=\s|\(|$)")
_MAX_SENTENCE = 1000  # longer "sentences" (tables, junk) are cut into pieces
_TRAILING_WORD_RE = re.compile(r"(\w+)$")
_ABBREVIATIONS = frozenset(
    """kab kec kel prov no nomor rp jl dr drs dra ir h hj prof pj plt pjs pt cv st sh mh sp spd
    mpd msi mm sos dll dsb dkk tsb ybs sdr kh tgl th thn adm bpk yth ust gub kol brigjen mayjen
    jend kompol akbp kapt lettu sekda kadis kasi kabid""".split()
)
_STRONG_BREAK_RE = re.compile(
    r";|\b(?:sedangkan|sementara\s+itu|sementara|namun|tetapi|adapun|kemudian)\b", re.IGNORECASE
)
_SCOPE_PREP_RE = re.compile(
    r"(?:\b(?:di|se|dari|antar|tingkat|level|skala|wilayah|zona)|\bse-)[ \t]*"
    r"(?:(?:seluruh|provinsi|kabupaten|kab\.?|kota|kabupaten/kota|kab/kota|daerah|wilayah)"
    r"[ \t/]+)*$",
    re.IGNORECASE,
)
_SUPERLATIVE_RE = re.compile(
    r"\b(?:tertinggi|terendah|terbaik|terbesar|terbanyak|teratas|terbawah|peringkat|juara"
    r"|urutan|ranking|rangking)\b",
    re.IGNORECASE,
)
_NATION_SCOPE_START = ("tingkat", "skala", "level", "se")

# words just before a number
_BOUND_TAIL_RE = re.compile(
    r"(?:\bbelum[ \t]+(?:juga[ \t]+)?(?:mencapai|capai|sampai|menyentuh|tembus|menembus)"
    r"|\b(?:kurang|lebih|tidak[ \t]+kurang)[ \t]+dari|\bdi[ \t]*atas|\bdi[ \t]*bawah"
    r"|\bmelebihi|\bmelampaui|\bmaksimal|\bmaksimum|\bpaling[ \t]+banyak|[<>\u2264\u2265])"
    r"[ \t]*(?:angka[ \t]+|rp\.?[ \t]*)?$",
    re.IGNORECASE,
)
_CHANGE_TAIL_RE = re.compile(
    r"\b(?:naik|meningkat|tumbuh|turun|menurun|bertambah|berkurang|kenaikan|peningkatan"
    r"|penurunan|pertumbuhan|melonjak|anjlok|lonjakan|selisih|defisit|surplus)"
    r"[ \t]+(?:sebesar[ \t]+|sekitar[ \t]+|sekira[ \t]+|hampir[ \t]+|mencapai[ \t]+|lagi[ \t]+)?"
    r"(?:rp\.?[ \t]*)?$",
    re.IGNORECASE,
)
# either: the number is a bound or a change, not a level
_NOT_A_LEVEL_RE = re.compile(
    f"(?:{_BOUND_TAIL_RE.pattern})|(?:{_CHANGE_TAIL_RE.pattern})", re.IGNORECASE
)
_TARGET_WORD_RE = re.compile(
    r"\b(?:target\w*|ditargetkan|menargetkan|targetkan|sasaran|rencana|diproyeksikan)\b",
    re.IGNORECASE,
)
_CURRENT_WORD_RE = re.compile(
    r"\b(?:baru|saat[ \t]+ini|kini|sekarang|tercatat|capaian\w*|pencapaian|realisasi\w*|sudah"
    r"|telah|hanya|masih|posisi)\b",
    re.IGNORECASE,
)
_TOWARD_END_RE = re.compile(
    r"\b(?:menjadi|hingga|sampai|ke[ \t]+angka)[ \t]+"
    r"(?:sekitar[ \t]+|sekira[ \t]+|minimal[ \t]+)?$",
    re.IGNORECASE,
)
_TARGET_VERB_RE = re.compile(
    r"\b(?:(?:di|me|men)?tingkatkan|ditingkatkan|meningkatkan|(?:di|me)?naikkan|menaikkan"
    r"|didorong|mendorong|diharapkan|berharap|harapkan|akan|bisa|dapat|mampu|optimis\w*"
    r"|menuju|diupayakan|upayakan|berupaya|target\w*|ditargetkan)\b",
    re.IGNORECASE,
)
_ACHIEVED_RE = re.compile(r"\b(?:berhasil|telah|sudah)\b[^.;]{0,30}$", re.IGNORECASE)
_TARGET_AFTER_RE = re.compile(
    r"[ \t]*(?:yang[ \t]+)?(?:menjadi[ \t]+|sebagai[ \t]+|merupakan[ \t]+)?"
    r"(?:target|sasaran)\b",
    re.IGNORECASE,
)
_HOPE_RE = re.compile(
    r"\b(?:berharap|harapan|harap|semoga|target\w*|ingin|mengincar|incar|bertekad|akan"
    r"|diharapkan|mimpi)\b",
    re.IGNORECASE,
)
_DARI_TAIL_RE = re.compile(
    r"\bdari[ \t]+(?:(?:total|jumlah|sebanyak|sekitar|sekira|keseluruhan|potensi)[ \t]+)*"
    r"(?:sebanyak[ \t]+)?$",
    re.IGNORECASE,
)
_NUMERATOR_RE = re.compile(
    r"[^\d.;]{0,40}?\bdari[ \t]+(?:(?:total|jumlah|sebanyak|sekitar|sekira|keseluruhan)[ \t]+)*$",
    re.IGNORECASE,
)
_RESTATES_RE = re.compile(
    r"\batau[ \t]+(?:(?:sekitar|sekira|sebesar|setara|kurang[ \t]+lebih|\u00b1)[ \t]*)*$",
    re.IGNORECASE,
)
# people at an event ("diikuti 150 peserta sosialisasi") are not participants
_ATTENDANCE_RE = re.compile(
    r"\b(?:diikuti|dihadiri|menghadirkan|mengundang|menghadiri|hadir)\b"
    r"|\bpeserta[ \t]+(?:sosialisasi|pelatihan|kegiatan|acara|rapat|lomba|seminar|webinar"
    r"|workshop|bimtek|pertemuan|jalan[ \t]+sehat|upacara)\b",
    re.IGNORECASE,
)
_PERSON_TAIL_RE = re.compile(
    r"\b(?:pekerja|peserta|tenaga[ \t]+kerja|karyawan|buruh|orang|jiwa)\b", re.IGNORECASE
)
_FILLER_GAP_RE = re.compile(
    r"[\s()]*(?:(?:untuk|bagi|dari|pada|di|sektor|segmen|kategori|kelompok|pekerja|peserta"
    r"|tenaga|kerja|orang|jiwa|yang|merupakan|adalah|program|jenis|kepesertaan|status|sebagai"
    r"|golongan|aktif|terdaftar|khusus|kalangan|para|pegawai)[\s()]+){0,6}",
    re.IGNORECASE,
)
_CHAIN_GAP_RE = re.compile(
    r"[\s()]*(?:(?:atau|/|yakni|yaitu|alias)[\s()]*)?(?:(?:pekerja|peserta|sektor)[\s()]+)*",
    re.IGNORECASE,
)
# A sentence that continues the one before it ("Sementara Kabupaten Bangli ...",
# "... menargetkan angka itu naik ...") takes its topic from that sentence.
_CONTINUES_RE = re.compile(
    r"\W*(?:sementara|sedangkan|adapun|namun|kemudian|selain\s+itu)\b", re.IGNORECASE
)
_ANAPHORA_RE = re.compile(
    r"\b(?:angka|capaian|jumlah|persentase|realisasi|cakupan)\s+(?:itu|tersebut|ini)\b",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(
    r"\b(?:(?P<this_year>tahun[ \t]+ini)|(?P<last_year>tahun[ \t]+(?:lalu|sebelumnya|kemarin))"
    r"|(?P<next_year>tahun[ \t]+depan)|(?P<now>saat[ \t]+ini|kini|sekarang)"
    r"|(?P<this_month>bulan[ \t]+ini)|(?P<last_month>bulan[ \t]+lalu))\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------
# Article analysis
# --------------------------------------------------------------------------


@dataclass
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


@dataclass
class _Sentence:
    lo: int
    hi: int
    para: int
    topic_lo: int = 0  # where the words that set its topic start (see _CONTINUES_RE)


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


class _Spans:
    """Sorted, merged character intervals."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for lo, hi in sorted(spans):
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_right(self.starts, hi - 1) - 1
        return i >= 0 and self.ends[i] > lo


class _Article:
    """Everything about one text that the figures of its sentences need."""

    def __init__(self, text: str, index: RegionIndex, published: dt.date | None) -> None:
        self.text = text
        self.index = index
        self.published = published
        self.lower = _lower_aligned(text)
        self.toks = _tokenise(text, self.lower)
        self.hits = self._term_hits()
        self.paragraphs = self._paragraphs()
        self.paragraph_starts = [p.lo for p in self.paragraphs]
        self.sentences = self._sentences()
        self.sentence_starts = [s.lo for s in self.sentences]
        for i, sentence in enumerate(self.sentences):
            sentence.topic_lo = sentence.lo
            if i and (
                _CONTINUES_RE.match(text, sentence.lo, sentence.hi)
                or _ANAPHORA_RE.search(text, sentence.lo, sentence.hi)
            ):
                sentence.topic_lo = self.sentences[i - 1].lo
        self.masks = _Spans(
            (m.start(), m.end()) for m in _triggered(_MASK_RE, _MASK_TRIGGER_RE, text, self.lower)
        )
        all_dates = find_dates(text, published=published)
        self.all_date_spans = _Spans((d.start, d.end) for d in all_dates)
        # dates inside regulation numbers ("Nomor 2 Tahun 2021") are not as-of dates
        self.dates = [d for d in all_dates if not self.masks.overlaps(d.start, d.end)]
        self.date_starts = [d.start for d in self.dates]
        self.mentions = self._mentions()
        self.mention_starts = [m.start for m in self.mentions]
        self.subject = self._subject()
        self.event = self._event()

    # -- structure ---------------------------------------------------------

    def _term_hits(self) -> dict[str, _Hits]:
        hits: dict[str, _Hits] = {name: _Hits() for name in _TERMS}
        for i, j, values in _LEXICON.scan(self.text, self.toks):
            start, end = self.toks.starts[i], self.toks.ends[j - 1]
            for categories in values:
                for category in categories:
                    hits[category].starts.append(start)
                    hits[category].ends.append(end)
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
            m = _DATELINE_RE.match(text, para.lo, para.hi)
            if not m or m.end() - para.lo > 80:
                continue
            place = m.group("place")
            outlet = m.group("outlet2") or ""
            if (
                place.isupper()
                or m.group("paren")
                or m.group("outlet1")
                or (outlet and (outlet.isupper() or _WEB_NAME_RE.search(outlet)))
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
                    word = _TRAILING_WORD_RE.search(text, max(lo, m.start() - 30), m.start())
                    if word and (
                        word.group(1).lower() in _ABBREVIATIONS
                        or (len(word.group(1)) == 1 and word.group(1).isalpha())
                    ):
                        continue
                    j = m.end()
                    while j < hi and text[j].isspace():
                        j += 1
                    if j < hi and text[j].islower():
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
            (m.start(), m.end())
            for m in _triggered(_REGION_MASK_RE, _REGION_MASK_TRIGGER_RE, text, self.lower)
        )
        para_starts = self.paragraph_starts
        raw: list[tuple[int, int, tuple[str, ...]]] = []
        for m in self.index._scan(text, self.toks):
            if not region_masks.overlaps(m.start, m.end):
                raw.append((m.start, m.end, m.codes))
        nation = self.index.nation_code
        if nation:
            hits = self.hits["nation"]
            for start, end in zip(hits.starts, hits.ends, strict=True):
                raw.append((start, end, (nation,)))
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
            mention.scope = self._is_scope(mention)
            mentions.append(mention)
        self._disambiguate(mentions)
        return mentions

    def _is_scope(self, mention: _Mention) -> bool:
        """A comparison scope ("tertinggi keempat di Sulawesi Selatan"), not the subject."""
        sentence = self.sentence_at(mention.start)
        lo = sentence.lo if sentence else mention.start
        before = self.text[max(lo, mention.start - 80) : mention.start]
        if not _SUPERLATIVE_RE.search(before):
            return False
        words = self.text[mention.start : mention.end].lower().split()
        if mention.codes == (self.index.nation_code,) and words and words[0] in _NATION_SCOPE_START:
            return True
        return bool(_SCOPE_PREP_RE.search(before))

    def _disambiguate(self, mentions: list[_Mention]) -> None:
        province_votes: dict[str, int] = {}
        for m in mentions:
            if len(m.codes) == 1:
                province = self.index.province_of(m.codes[0])
                province_votes[province] = province_votes.get(province, 0) + 1
        for m in mentions:
            if len(m.codes) == 1:
                m.code = m.codes[0]
                continue
            best = max(
                enumerate(m.codes),
                key=lambda ic: (province_votes.get(self.index.province_of(ic[1]), 0), -ic[0]),
            )
            m.code = best[1]

    def _subject(self) -> str | None:
        scores: dict[str, float] = {}
        first_seen: dict[str, int] = {}
        for m in self.mentions:
            if m.dateline:
                continue
            weight = 0.5 if m.scope else 1.0
            if self.paragraphs[m.para].kind == "headline":
                weight += 1.0
            scores[m.code] = scores.get(m.code, 0.0) + weight
            first_seen.setdefault(m.code, m.start)
        if scores:
            return max(scores, key=lambda c: (scores[c], -first_seen[c]))
        return self.mentions[0].code if self.mentions else None

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
        """The date the article reports on: the first "Kamis (9/2/2023)" style
        date, else the publication date (moved back to a weekday the lead
        names, "..., Sabtu."), else the first full date, else the copyright year."""
        usable = [d for d in self.dates if self._usable_position(d.start)]
        for d in usable:
            if d.anchored:
                return d.date, DAY
        for para in self.paragraphs:
            if para.kind == "body" and para.body_lo > para.lo:
                for d in usable:
                    if para.lo <= d.start < para.body_lo and d.precision == DAY:
                        return d.date, DAY
        if self.published is not None:
            day = self.published
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


# --------------------------------------------------------------------------
# Classification
# --------------------------------------------------------------------------


class _Extractor:
    def __init__(self, article: _Article, *, original: str | None = None) -> None:
        self.a = article
        self.text = article.text
        self.original = article.text if original is None else original
        self.hits = article.hits
        text = article.text
        self.rank_matches = [
            m
            for m in _RANK_RE.finditer(text)
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
        self.numbers = [m for m in _NUMBER_RE.finditer(text) if not taken.overlaps(*m.span())]
        self.number_starts = [m.start() for m in self.numbers]
        self.rank_starts = [m.start() for m in self.rank_matches]
        self.segment_hits = sorted(
            (start, end, segment)
            for category, segment in _SEGMENT_OF.items()
            for start, end in zip(
                article.hits[category].starts, article.hits[category].ends, strict=True
            )
        )
        self.segment_starts = [hit[0] for hit in self.segment_hits]

    def run(self) -> list[Figure]:
        figures: list[tuple[bool, Figure]] = []
        for sentence in self.a.sentences:
            headline = self.a.paragraphs[sentence.para].kind == "headline"
            for figure in self._sentence_figures(sentence):
                figures.append((headline, figure))
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
            kw = (m.group("kw") or m.group("kw2") or m.group("kw3") or "").lower()
            cands.append(_Cand(m.start(), m.end(), Decimal(value), "rank", rank_kw=kw))
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
        return cands

    def _read_number(self, m: re.Match[str], hi: int) -> _Cand | None:
        text = self.text
        raw = m.group("num")
        if len(raw) > 2 * _MAX_DIGITS:
            return None
        try:
            value = _digits_to_decimal(raw)
        except (ValueError, InvalidOperation):
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
        if w1 == "penduduk":
            return "person" if w2 in ("bekerja", "yang") else "other"
        if w1 in _PERSON_WORDS:
            return "person"
        if w1 in _CONNECTOR_WORDS:
            return ""
        return "other"

    # -- per sentence --------------------------------------------------------

    def _sentence_figures(self, s: _Sentence) -> list[Figure]:
        # every kind of figure needs one of these words around it
        if not any(self.hits[cat].any(s.topic_lo, s.hi) for cat in _TOPIC_CATEGORIES):
            return []
        cands = self._candidates(s)
        if not cands:
            return []
        text = self.text
        breaks = [m.start() for m in _STRONG_BREAK_RE.finditer(text, s.lo, s.hi)]
        self._attach_segments(s, cands, breaks)
        claimed = set().union(*(c.claimed for c in cands))
        mentions: list[_Mention] | None = None
        dates: list[tuple[int, dt.date, str]] | None = None
        figures = []
        for i, cand in enumerate(cands):
            p_lo = _clause_start(cands, i, s, breaks)
            f_hi = min(
                s.hi,
                cands[i + 1].start if i + 1 < len(cands) else s.hi,
                _first_ge(breaks, cand.end, s.hi),
            )
            metric = self._classify(
                cand, s, p_lo, f_hi, has_prior=i > 0, has_next=i + 1 < len(cands)
            )
            if metric is None:
                continue
            value = _normalise(cand.value)
            if value < 0 or (metric in PERCENT_METRICS and value > 100):
                continue
            if mentions is None:
                mentions = [
                    m for m in self.a.mentions_in(s.lo, s.hi) if not m.scope and not m.dateline
                ]
                dates = self._sentence_dates(s)
            segment = TOTAL if metric == AWARD_RANK else self._segment(cands, i, s, claimed, breaks)
            region = self._region(cand, s, p_lo, f_hi, mentions)
            as_of = self._as_of(metric, cand, dates)
            figures.append(
                Figure(
                    metric=metric,
                    segment=segment,
                    value=value,
                    region_code=region,
                    region_name=self.a.index.name_of(region),
                    as_of=as_of,
                    quote=self.original[s.lo : s.hi],
                    start=s.lo,
                    end=s.hi,
                )
            )
        return figures

    def _classify(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, *, has_prior: bool, has_next: bool
    ):
        tail = self.text[max(p_lo, c.start - 160) : c.start]
        if c.kind == "rank":
            return self._classify_rank(c, s, tail)
        if _NOT_A_LEVEL_RE.search(tail[-45:]):  # anchored at the number
            return None
        if self._health_dominates(c, s, p_lo, f_hi):
            return None
        if c.kind == "pct":
            return self._classify_percent(c, s, p_lo, f_hi, tail)
        if c.kind == "count" and c.mult in ("juta", "jt", "ribu", "rb") and c.noun != "person":
            if self._nearest_money_word(c, p_lo, f_hi) == "budget":
                c.kind = "money"
        if c.kind == "money":
            return self._classify_money(c, s, p_lo, f_hi)
        return self._classify_count(c, s, p_lo, f_hi, tail, has_prior=has_prior, has_next=has_next)

    def _health_dominates(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int) -> bool:
        """Health insurance (JKN, UHC) is what the number's clause, else its
        sentence, talks about, rather than employment social security."""
        health, emp = self.hits["health"], self.hits["emp"]
        for lo, hi in ((p_lo, f_hi), (s.lo, s.hi)):
            in_health, in_emp = health.any(lo, hi), emp.any(lo, hi)
            if in_health and not in_emp:
                return True
            if in_emp and not in_health:
                return False
            if in_health and in_emp:
                near_health = health.distance(lo, hi, c.start, c.end)
                near_emp = emp.distance(lo, hi, c.start, c.end)
                return near_health is not None and (near_emp is None or near_health < near_emp)
        return False

    def _econ_near(self, c: _Cand, p_lo: int, f_hi: int) -> bool:
        econ = self.hits["econ"]
        return econ.any(max(p_lo, c.start - 60), c.start) or econ.any(c.end, min(f_hi, c.end + 40))

    def _classify_percent(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, tail: str):
        if c.value > 100:
            return None
        if self._econ_near(c, p_lo, f_hi):
            return None
        if not any(self.hits[cat].any(s.topic_lo, s.hi) for cat in ("cov", "part", "emp")):
            return None
        if self._is_target(c, s, tail):
            return TARGET_PCT
        return COVERAGE_PCT

    def _is_target(self, c: _Cand, s: _Sentence, tail: str) -> bool:
        last_target = _last_match(_TARGET_WORD_RE, tail)
        last_current = _last_match(_CURRENT_WORD_RE, tail)
        if last_target is not None and (last_current is None or last_target > last_current):
            return True
        if _TOWARD_END_RE.search(tail):
            prefix = self.text[max(s.lo, c.start - 200) : c.start]
            verbs = list(_TARGET_VERB_RE.finditer(prefix))
            if verbs:
                before_verb = prefix[: verbs[-1].start()]
                if not _ACHIEVED_RE.search(before_verb):
                    return True
        return bool(_TARGET_AFTER_RE.match(self.text, c.end, s.hi))

    def _nearest_money_word(self, c: _Cand, p_lo: int, f_hi: int) -> str | None:
        """Which kind of money word is closest before the amount in its clause
        (else just after it)."""
        lo = p_lo
        nearest = None
        nearest_cat = None
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].last_before(lo, c.start)
            if hit and (nearest is None or hit[1] > nearest[1]):
                nearest, nearest_cat = hit, cat
        if nearest_cat is not None:
            return nearest_cat
        for cat in ("budget", "budget_x", "budget_small"):
            hit = self.hits[cat].first_after(c.end, f_hi)
            if hit and (nearest is None or hit[0] < nearest[0]):
                nearest, nearest_cat = hit, cat
        return nearest_cat

    def _classify_money(self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int):
        if c.value < 1 or _PER_UNIT_RE.match(self.text, c.end, s.hi):
            return None
        if not self.hits["budget"].any(s.lo, s.hi):
            return None
        nearest_cat = self._nearest_money_word(c, p_lo, f_hi)
        if nearest_cat is None:
            return None
        if nearest_cat == "budget_x":
            return None
        if nearest_cat == "budget_small" and c.value < 100_000_000:
            return None
        return BUDGET_IDR

    def _classify_count(
        self,
        c: _Cand,
        s: _Sentence,
        p_lo: int,
        f_hi: int,
        tail: str,
        *,
        has_prior: bool,
        has_next: bool,
    ):
        if c.noun == "other":
            return None
        if c.value != c.value.to_integral_value() or c.value < 1:
            return None
        if c.noun == "":
            if c.mult is None and (c.value < 100 or 1900 <= c.value <= 2100):
                return None
            near = self.text[max(s.lo, c.start - 60) : c.start]
            if not (
                _PERSON_TAIL_RE.search(near)
                or self.hits["part"].any(max(p_lo, c.start - 60), c.start)
                or self.hits["wf"].any(max(p_lo, c.start - 60), c.start)
            ):
                return None
        if _TARGET_WORD_RE.search(tail) or _HOPE_RE.search(tail[-40:]):
            return None
        if _ATTENDANCE_RE.search(tail[-60:]) or _ATTENDANCE_RE.search(
            self.text, c.end, min(f_hi, c.end + 40)
        ):
            return None
        if has_prior and _DARI_TAIL_RE.search(tail):
            return WORKFORCE
        # "1,32 juta pekerja dari 2,8 juta potensi pekerja": the share, not the whole
        if (
            has_next
            and _NUMERATOR_RE.match(self.text, c.end, f_hi)
            and not self._negated_participation(s)
        ):
            return PARTICIPANTS
        part = self.hits["part"]
        wf = self.hits["wf"]
        d_part = part.distance(p_lo, f_hi, c.start, c.end)
        d_wf = wf.distance(p_lo, f_hi, c.start, c.end)
        if d_part is None and d_wf is None:
            d_part = part.distance(s.topic_lo, s.hi, c.start, c.end)
            d_wf = wf.distance(s.topic_lo, s.hi, c.start, c.end)
            lo, hi = s.topic_lo, s.hi
        else:
            lo, hi = p_lo, f_hi
        if d_part is None and d_wf is None:
            return None
        if d_wf is not None and (d_part is None or d_wf < d_part):
            return WORKFORCE
        hit = part.last_before(lo, c.start)
        if hit is None or (c.start - hit[1]) != d_part:
            hit = part.first_after(c.end, hi)
        if hit is not None and self.hits["neg"].any(max(s.lo, hit[0] - 12), hit[0]):
            return None
        return PARTICIPANTS

    def _negated_participation(self, s: _Sentence) -> bool:
        """ "belum terlindungi", "tidak terdaftar" somewhere in the sentence."""
        neg = self.hits["neg"]
        return any(
            neg.any(max(s.lo, start - 12), start)
            for start, _e in self.hits["part"].within(s.lo, s.hi)
        )

    def _classify_rank(self, c: _Cand, s: _Sentence, tail: str):
        if c.value < 1 or c.value > 100:
            return None
        if _HOPE_RE.search(tail[-80:]):
            return None
        award = self.hits["award"]
        if c.rank_kw == "terbaik":
            if not award.any(s.lo, c.start) and not award.any(c.end, s.hi):
                return None
        elif not (award.any(s.lo, s.hi) or self.hits["cov"].any(s.lo, s.hi)):
            return None
        return AWARD_RANK

    # -- segments ------------------------------------------------------------

    def _segment_hits(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        hits = self.segment_hits
        i = bisect.bisect_left(self.segment_starts, lo)
        found = []
        while i < len(hits) and hits[i][0] < hi:
            if hits[i][1] <= hi:
                found.append(hits[i])
            i += 1
        return found

    def _attach_segments(self, s: _Sentence, cands: list[_Cand], breaks: list[int]) -> None:
        """A segment word right after a number ("46,44 persen untuk pekerja
        formal", "24.874 Orang Pekerja Formal") belongs to it, as do its
        restatements ("Penerima Upah atau Pekerja Formal")."""
        text = self.text
        for i, cand in enumerate(cands):
            hi = cands[i + 1].start if i + 1 < len(cands) else s.hi
            hi = min(hi, _first_ge(breaks, cand.end, s.hi))
            pos = cand.end
            for start, end, segment in self._segment_hits(cand.end, hi):
                gap = _FILLER_GAP_RE.match(text, pos, start)
                chain = _CHAIN_GAP_RE.match(text, pos, start)
                first = cand.seg_after is None
                if first and gap and gap.end() == start:
                    cand.seg_after = segment
                elif not first and chain and chain.end() == start:
                    pass
                else:
                    break
                cand.claimed.add(start)
                pos = end

    def _segment(
        self, cands: list[_Cand], i: int, s: _Sentence, claimed: set[int], breaks: list[int]
    ) -> str:
        """The segment words attached after the number, else the unclaimed
        ones before it in its clause; "23.446 pegawai non-ASN atau 64,04
        persen" restates the one number before it, so takes its segment."""
        cand = cands[i]
        if cand.seg_after:
            found = {
                seg
                for start, _e, seg in self._segment_hits(cand.end, s.hi)
                if start in cand.claimed
            }
            return _merge_segments(found)
        p_lo = _clause_start(cands, i, s, breaks)
        found = {
            seg for start, _e, seg in self._segment_hits(p_lo, cand.start) if start not in claimed
        }
        if not found and i == 1 and _RESTATES_RE.search(self.text, p_lo, cand.start):
            return self._segment(cands, 0, s, claimed, breaks)
        return _merge_segments(found)

    # -- regions -------------------------------------------------------------

    def _region(
        self, c: _Cand, s: _Sentence, p_lo: int, f_hi: int, mentions: list[_Mention]
    ) -> str | None:
        """The nearest region named in the number's clause, else in its
        sentence, else in its paragraph, else the article's subject."""
        before = [m for m in mentions if p_lo <= m.start and m.end <= c.start]
        if before:
            return self._appositive(before).code
        after = [m for m in mentions if c.end <= m.start and m.end <= f_hi]
        if after:
            return after[0].code
        before = [m for m in mentions if m.end <= c.start]
        if before:
            return self._appositive(before).code
        if mentions:
            return mentions[0].code
        para = self.a.paragraphs[s.para]
        all_mentions, starts = self.a.mentions, self.a.mention_starts
        i = bisect.bisect_left(starts, s.lo) - 1
        while i >= 0 and all_mentions[i].start >= para.lo:
            m = all_mentions[i]
            if not m.scope and not m.dateline:
                return m.code
            i -= 1
        i = bisect.bisect_left(starts, s.hi)
        while i < len(all_mentions) and all_mentions[i].start < para.hi:
            m = all_mentions[i]
            if not m.scope and not m.dateline:
                return m.code
            i += 1
        return self.a.subject

    def _appositive(self, before: list[_Mention]) -> _Mention:
        """The last mention, unless it only places the one just before it
        ("Kota Banjar, Jawa Barat", "Kabupaten Banjar (Kalsel)")."""
        last = before[-1]
        if len(before) > 1:
            prev = before[-2]
            gap = self.text[prev.end : last.start]
            if (
                len(gap) <= 3
                and not gap.strip(" ,(")
                and self.a.index.is_ancestor(last.code, prev.code)
            ):
                return prev
        return last

    # -- dates ---------------------------------------------------------------

    def _sentence_dates(self, s: _Sentence) -> list[tuple[int, dt.date, str]]:
        """(position, date, precision) of the dates a sentence names, including
        "tahun ini", "tahun lalu", "saat ini" read against the event date."""
        event = self.a.event
        options: list[tuple[int, dt.date, str]] = []
        dates = self.a.dates
        i = bisect.bisect_left(self.a.date_starts, s.lo)
        while i < len(dates) and dates[i].start < s.hi:
            if dates[i].end <= s.hi:
                options.append((dates[i].start, dates[i].date, dates[i].precision))
            i += 1
        if event is not None:
            e_date, e_precision = event
            for m in _RELATIVE_RE.finditer(self.text, s.lo, s.hi):
                kind = m.lastgroup
                if kind == "this_year":
                    options.append((m.start(), dt.date(e_date.year, 1, 1), YEAR))
                elif kind == "last_year":
                    options.append((m.start(), dt.date(e_date.year - 1, 1, 1), YEAR))
                elif kind == "next_year":
                    options.append((m.start(), dt.date(e_date.year + 1, 1, 1), YEAR))
                elif kind == "now":
                    options.append((m.start(), e_date, e_precision))
                elif kind == "this_month" and e_precision == DAY:
                    options.append((m.start(), e_date.replace(day=1), MONTH))
                elif kind == "last_month" and e_precision == DAY:
                    first = e_date.replace(day=1) - dt.timedelta(days=1)
                    options.append((m.start(), first.replace(day=1), MONTH))
        options.sort(key=lambda o: o[0])
        return options

    def _as_of(self, metric: str, c: _Cand, options: list[tuple[int, dt.date, str]]) -> str | None:
        """The date nearest before the number in its sentence (else after it),
        else the event date. Budgets and awards are by year; a target takes a
        year or month named in its sentence (its deadline), else the event date."""
        event = self.a.event
        if metric == TARGET_PCT:
            # the deadline when one is named ("pada 2025"), else the day it was said
            options = [o for o in options if o[2] != DAY]
            after = [o for o in options if o[0] >= c.end]
            chosen = after[0] if after else (options[-1] if options else None)
            if chosen is None and event is not None:
                chosen = (c.start, event[0], event[1])
            return as_of_string(chosen[1], chosen[2]) if chosen else None
        before = [o for o in options if o[0] < c.start]
        after = [o for o in options if o[0] >= c.end]
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen is None and event is not None:
            chosen = (c.start, event[0], event[1])
        if chosen is None:
            return None
        if metric in (BUDGET_IDR, AWARD_RANK):
            return as_of_string(chosen[1], YEAR)
        return as_of_string(chosen[1], chosen[2])


def _clause_start(cands: list[_Cand], i: int, s: _Sentence, breaks: list[int]) -> int:
    """Where the clause of ``cands[i]`` starts: after the number before it or
    the last strong break ("; sedangkan ...")."""
    start = cands[i].start
    return max(s.lo, cands[i - 1].end if i else s.lo, _last_le(breaks, start, s.lo))


def _last_le(positions: list[int], pos: int, default: int) -> int:
    i = bisect.bisect_right(positions, pos) - 1
    return positions[i] if i >= 0 else default


def _first_ge(positions: list[int], pos: int, default: int) -> int:
    i = bisect.bisect_left(positions, pos)
    return positions[i] if i < len(positions) else default


def _last_match(pattern: re.Pattern[str], text: str) -> int | None:
    last = None
    for m in pattern.finditer(text):
        last = m.start()
    return last


def _merge_segments(found: set[str]) -> str:
    """One segment for the segment words around a number: "formal maupun
    informal" is the total, "pekerja informal rentan" the vulnerable."""
    if not found:
        return TOTAL
    if len(found) == 1:
        return next(iter(found))
    if VULNERABLE in found and found <= {INFORMAL, VULNERABLE, OTHER}:
        return VULNERABLE
    if OTHER in found and not {FORMAL, INFORMAL} <= found:
        return OTHER
    return TOTAL


def _dedupe(figures: Sequence[tuple[bool, Figure]]) -> list[Figure]:
    """One figure per metric/segment/value/region: the first in the body; a
    headline figure only when the body does not repeat it."""
    kept: dict[tuple[str, str, Decimal, str | None], Figure] = {}
    headline: dict[tuple[str, str, Decimal, str | None], Figure] = {}
    for is_headline, figure in figures:
        key = (figure.metric, figure.segment, figure.value, figure.region_code)
        if is_headline:
            headline.setdefault(key, figure)
        else:
            kept.setdefault(key, figure)
    for key, figure in headline.items():
        kept.setdefault(key, figure)
    return sorted(kept.values(), key=lambda f: (f.start, METRICS.index(f.metric)))


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------


def extract_figures(
    text: str, index: RegionIndex, *, published: dt.date | None = None
) -> list[Figure]:
    """Every employment social-security figure the article states, once each,
    in text order, each with the sentence that states it."""
    if not text or not text.strip():
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    # Scraped text is full of no-break and thin spaces; read them as spaces
    # (same length, so offsets still point into ``text``).
    article = _Article(_plain_spaces(text), index, published)
    return _Extractor(article, original=text).run()
