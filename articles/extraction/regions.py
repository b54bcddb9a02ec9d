"""The region register as plain data, and finding region names in text
("Sulsel", "Kab. Gowa", "Pemkab Gowa", "Kota Makassar")."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .cues import _LEVEL_WORD_RE
from .figures import _LEVEL_ORDER, CITY, NATION, PROVINCE, REGENCY
from .tokens import ANY_CASE, CAPITALISED, _phrase_tokens, _PhraseMatcher, _tokenise, _Tokens


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


_LEADING_LEVEL_RE = re.compile(
    r"^(?:kabupaten\s+administrasi|kabupaten|kab\.?\s*adm\.?|kab\.?|kota\s+administrasi"
    r"|kota\s+adm\.?|kota|provinsi|propinsi|prov\.?|pemprov|pemkab|pemkot)\s+",
    re.IGNORECASE,
)
_LEVEL_PREFIXES = {
    PROVINCE: ("provinsi", "propinsi", "prov", "pemprov", "pemprop", "pemerintah provinsi"),
    REGENCY: ("kabupaten", "kab", "pemkab", "pemerintah kabupaten"),
    CITY: ("kota", "kot", "pemkot", "pemerintah kota"),
}
_SUMATRA_RE = re.compile(r"\b([Ss])umatera\b")
# Bare names that two regions of one province share: "Toraja" is used for Tana
# Toraja and for Toraja Utara (split from it in 2008) alike, so it names neither;
# a figure placed by it is proposed with no region, for the reviewer.
_SHARED_NAMES = {"toraja": ("73.18", "73.26")}
# Bare names that are ordinary words at the start of a sentence, or names of
# something else more often than of the region: "Mitra" (partner; Minahasa
# Tenggara), "Batubara" (coal; Kabupaten Batu Bara), "Benteng" (fort; Bengkulu
# Tengah), "Toba" (the lake; Kabupaten Toba). They still name the region after
# a level word ("Pemkab Mitra", "Kabupaten Batubara"); see fixtures/README.md.
_BARE_STOPLIST = frozenset({"puncak", "mitra", "batubara", "benteng", "toba"})
# "Kepulauan" (islands) inside a name is shortened by the press to "Kep." or
# "Kepl.", before or after the core ("Kep. Selayar", "Banggai Kep."): every
# form with the word also stands with each short one.
_KEPULAUAN_RE = re.compile(r"\bkepulauan\b", re.IGNORECASE)
_KEPULAUAN_SHORT = ("Kep", "Kepl")
# Phrases holding a region's name that name no region: the Jakarta police
# ("Polda Metro Jaya"), coal ("tambang Batu Bara" in a title-case headline).
# They are read as one phrase, longest first, so the name inside them is not.
_NOT_PLACES = (
    "Metro Jaya",
    "Polda Metro",
    "Tambang Batu Bara",
    "Pertambangan Batu Bara",
    "PLTU Batu Bara",
    "Harga Batu Bara",
    "Industri Batu Bara",
)
_NOT_A_PLACE = ""  # their value in the phrase matcher (no region code is empty)
# Small words that stay lower-case inside a name ("Pangkajene dan Kepulauan").
_NAME_SMALL_WORDS = frozenset({"dan"})
_SENTENCE_END_CHARS = frozenset(".!?:;\n")
# "Bupati Kupang", "Wakil Bupati Bima", "Walikota Bima": a head's title before a
# bare name says which level it is, the regency or the city of that name
_HEAD_TITLE_RE = re.compile(
    r"\b(?:(?P<regency>bupati|wabup)|walikota|walkot|wawali|wawalkot)[ \t]+$", re.IGNORECASE
)


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
        # phrases some region takes in any case ("kabupaten batu bara"), and
        # nicknames, whose every word must be capitalised ("Kota Delta")
        self._any_case: set[tuple[str, ...]] = set()
        self._all_capitalised: set[tuple[str, ...]] = set()
        self.nation_code: str | None = None
        for entry in entries:
            self._entries[entry.code] = entry
            if entry.level == NATION:
                if self.nation_code is None:
                    self.nation_code = entry.code
                continue
            nicknames = self._nicknames(entry)
            for form, rule in self._forms(entry, nicknames):
                if rule == CAPITALISED and form.casefold() in _SHARED_NAMES:
                    continue
                tokens = _phrase_tokens(form)
                if not tokens:
                    continue
                if rule == CAPITALISED and len(tokens) == 1 and tokens[0] in _BARE_STOPLIST:
                    continue
                self._matcher.add(tokens, entry.code, rule)
                if rule == ANY_CASE:
                    self._any_case.add(tokens)
                elif form in nicknames:
                    self._all_capitalised.add(tokens)
        self._add_shared_names()
        for phrase in _NOT_PLACES:
            tokens = _phrase_tokens(phrase)
            self._matcher.add(tokens, _NOT_A_PLACE, ANY_CASE)
            self._any_case.add(tokens)

    def _add_shared_names(self) -> None:
        for name, codes in _SHARED_NAMES.items():
            known = tuple(code for code in codes if code in self._entries)
            if len(known) > 1:
                for code in known:
                    self._matcher.add(_phrase_tokens(name), code, CAPITALISED)

    def shared(self, codes: tuple[str, ...]) -> bool:
        """Whether a name's regions are two of one level in one province (a name
        they share, "Toraja"), so that it names no single region."""
        entries = [self._entries.get(code) for code in codes]
        return (
            len(entries) > 1
            and all(e is not None for e in entries)
            and len({(e.level, e.parent_code) for e in entries}) == 1
        )

    @staticmethod
    def _nicknames(entry: RegionEntry) -> frozenset[str]:
        """Aliases that start with a level word whose rest is none of the
        region's names: a nickname ("Kota Delta" for Sidoarjo, "Kota Pahlawan"
        for Surabaya), read only whole, never as the bare "Delta"."""
        names = (entry.name, *entry.aliases)
        bare = {
            _LEADING_LEVEL_RE.sub("", n.strip()).casefold()
            for n in names
            if n and (n == entry.name or not _LEADING_LEVEL_RE.match(n.strip()))
        }
        return frozenset(
            alias
            for alias in entry.aliases
            if alias
            and _LEADING_LEVEL_RE.match(alias.strip())
            and _LEADING_LEVEL_RE.sub("", alias.strip()).casefold() not in bare
        )

    @staticmethod
    def _forms(
        entry: RegionEntry, nicknames: frozenset[str] = frozenset()
    ) -> list[tuple[str, int]]:
        forms: list[tuple[str, int]] = []
        for name in (entry.name, *entry.aliases):
            if not name or not name.strip():
                continue
            if name in nicknames:
                forms.append((name, CAPITALISED))
                continue
            bare = _LEADING_LEVEL_RE.sub("", name.strip())
            if bare != name.strip():
                forms.append((name, ANY_CASE))
            forms.append((bare, CAPITALISED))
            for prefix in _LEVEL_PREFIXES.get(entry.level, ()):
                forms.append((f"{prefix} {bare}", ANY_CASE))
        # "Sumatra Utara": the spelling without the e, as common as the official one
        forms.extend(
            (_SUMATRA_RE.sub(r"\1umatra", form), rule)
            for form, rule in list(forms)
            if _SUMATRA_RE.search(form)
        )
        forms.extend(
            (_KEPULAUAN_RE.sub(short, form), rule)
            for form, rule in list(forms)
            if _KEPULAUAN_RE.search(form)
            for short in _KEPULAUAN_SHORT
        )
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

    def prefer_named_level(self, text: str, mentions: list) -> None:
        """A bare "Pekalongan" in an article that says "Kabupaten Pekalongan"
        (and never "Kota Pekalongan") is the kabupaten. A bare province name
        stays the province where its capital is named as a city less often
        than the bare name ("pekerja di Jambi" six times beside one "Pasar Angso
        Duo, Kota Jambi"): the writer says "Kota" to tell the city apart."""
        explicit: dict[str, dict[str, int]] = {}
        bare: list[tuple[object, str]] = []
        n_bare: dict[str, int] = {}
        for m in mentions:
            words = text[m.start : m.end]
            stripped = _LEVEL_WORD_RE.sub("", words).strip().lower()
            if stripped != words.strip().lower():
                named = explicit.setdefault(stripped, {})
                named[m.codes[0]] = named.get(m.codes[0], 0) + 1
            elif len(m.codes) > 1 and (code := self._head_titled(text, m)):
                m.codes = (code,)
                named = explicit.setdefault(stripped, {})
                named[code] = named.get(code, 0) + 1
            else:
                bare.append((m, stripped))
                n_bare[stripped] = n_bare.get(stripped, 0) + 1
        for m, name in bare:
            code, times = _most_named(explicit.get(name))
            if code is None:
                continue
            entry = self.get(code)
            if code == m.codes[0] or entry is None:
                continue
            if entry.level == CITY and self.is_ancestor(m.codes[0], code) and times < n_bare[name]:
                continue  # the province, its capital only named as a city now and then
            m.codes = (code,)

    def _head_titled(self, text: str, m) -> str | None:
        """The regency a bare name after "Bupati" means ("Bupati Kupang": not
        Kota Kupang), the city one after "Walikota" means, else None."""
        title = _HEAD_TITLE_RE.search(text, max(0, m.start - 12), m.start)
        if title is None:
            return None
        level = REGENCY if title.group("regency") else CITY
        return next((c for c in m.codes if self._entries[c].level == level), None)

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
        return self._ordered(c for c in self._matcher.lookup(tokens) if c != _NOT_A_PLACE)

    def resolve(self, name: str) -> RegionEntry | None:
        """The region a name or alias means, case-insensitively, or None."""
        codes = self.candidates(name)
        if not codes or self.shared(codes):
            return None  # "Toraja": no single region
        return self._entries[codes[0]]

    def _scan(self, text: str, toks: _Tokens) -> list[RegionMention]:
        mentions = []
        ordered: dict[tuple[object, ...], tuple[str, ...]] = {}  # each name's codes, once
        for i, j, values in self._matcher.scan(text, toks):
            if _NOT_A_PLACE in values or not self._written_as_name(text, toks, i, j):
                continue
            start, end = toks.starts[i], toks.ends[j - 1]
            codes = ordered.get(values)
            if codes is None:
                codes = ordered[values] = self._ordered(values)
            mentions.append(RegionMention(start, end, text[start:end], codes))
        return mentions

    def _written_as_name(self, text: str, toks: _Tokens, i: int, j: int) -> bool:
        """Whether words i..j-1, found as a region's name, are written as one.
        A name followed by "TV" is a broadcaster ("Metro TV"). A name of
        several words with no level word needs its later words capitalised too
        when its first capital says nothing (at the start of a sentence:
        "Batu bara ...", coal) and always for a nickname ("Kota Hujan", not
        "Kota hujan"); a word after a hyphen ("Bau-bau") and "dan" may be
        lower-case."""
        if (
            j < len(toks.lower)
            and toks.lower[j] == "tv"
            and text[toks.ends[j - 1] : toks.starts[j]] == " "
        ):
            return False
        if j - i < 2:
            return True
        words = tuple(toks.lower[i:j])
        if words in self._any_case:
            return True
        if words not in self._all_capitalised:
            before = text[max(0, toks.starts[i] - 40) : toks.starts[i]].rstrip(
                " \t\"'\u201c\u2018("
            )
            if before and before[-1] not in _SENTENCE_END_CHARS:
                return True
        for k in range(i + 1, j):
            gap = text[toks.ends[k - 1] : toks.starts[k]]
            if toks.lower[k] in _NAME_SMALL_WORDS or "-" in gap or "\u2013" in gap:
                continue
            if not text[toks.starts[k]].isupper():
                return False
        return True

    def find_mentions(self, text: str) -> list[RegionMention]:
        """Every region named in ``text`` (longest match first, no overlaps)."""
        return self._scan(text, _tokenise(text))


def _most_named(named: dict[str, int] | None) -> tuple[str | None, int]:
    """The region a name is written with a level word for, and how often: the
    only one, or the one named at least twice as often as any other
    ("Pemerintah Kabupaten Malang", "Pemkab Malang" beside one "Kantor ...
    Kota Malang": the regency)."""
    if not named:
        return None, 0
    ranked = sorted(named.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None, 0
    return ranked[0]


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


_HOST_LEVEL_RE = re.compile(r"^([a-z]{3,})(kab|kota|prov)$")
_HOST_LEVEL_WORD = {"kab": "Kabupaten", "kota": "Kota", "prov": "Provinsi"}
_URL_NOISE = frozenset({"www", "amp", "m", "berita", "read", "news", "detail", "html", "php"})


def url_regions(url: str | None, index: RegionIndex) -> list[tuple[str, float]]:
    """Regions an article's address names, each with a weight: a government
    host ("banjarmasinkota.go.id", "gowakab.go.id") counts 3, a name in the
    slug ("...-pekerja-di-kalbar-...") counts 1."""
    if not url:
        return []
    m = re.match(r"^(?:[a-z]+:)?/*([^/?#]*)([^?#]*)", url.strip().lower())
    if not m:
        return []
    host, path = m.group(1), m.group(2)
    found: dict[str, float] = {}
    if host.endswith(".go.id"):
        for label in host.split("."):
            level = _HOST_LEVEL_RE.match(label)
            if level:
                name = f"{_HOST_LEVEL_WORD[level.group(2)]} {level.group(1)}"
                codes = index.candidates(name)
                if len(codes) == 1:
                    found[codes[0]] = found.get(codes[0], 0.0) + 3.0
    words = [w for w in re.split(r"[^a-z]+", path) if w and w not in _URL_NOISE]
    slug = " ".join(w.capitalize() for w in words)
    for mention in index.find_mentions(slug):
        if len(mention.codes) == 1:
            found[mention.code] = found.get(mention.code, 0.0) + 1.0
    return list(found.items())


_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])(?:/(0[1-9]|[12]\d|3[01]))?/"
    r"|/((?:19|20)\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])/"
)


def url_date_has_day(url: str | None) -> bool:
    """Whether the address's date names the day, not only the month.

    >>> url_date_has_day("https://x.id/2025/02/judul.html"), url_date_has_day("https://x.id/2015/06/10/a")
    (False, True)
    """
    m = _URL_DATE_RE.search(url or "")
    return bool(m) and not (m.group(1) and m.group(3) is None)


def date_in_url(url: str | None) -> dt.date | None:
    """The publication date many news addresses carry ("/2025/03/...",
    "/2015/06/10/...", "/read/20210906/..."): the first of the month when only
    the month is given."""
    if not url:
        return None
    m = _URL_DATE_RE.search(url)
    if not m:
        return None
    try:
        if m.group(1):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        return dt.date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
    except ValueError:
        return None


_WORD_RUN_BEFORE_RE = re.compile(r"(?:[^\W\d_]+[ \t]+){1,6}\([ \t]*$")


def spells_words_before(text: str, start: int, end: int, last_place_end: int) -> bool:
    """ "pekerja penerima upah (PPU)": a short form in brackets made of the first
    letters of the words before it is their name, not the place it also names
    (Penajam Paser Utara), unless those words are a place named just before."""
    short = text[start:end]
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    if not re.match(r"[ \t]*\)", text[end : end + 3]):
        return False
    run = _WORD_RUN_BEFORE_RE.search(text, max(0, start - 80), start)
    if run is None or run.start() < last_place_end:
        return False
    words = run.group().rstrip("( \t").split()
    return len(words) >= len(short) and "".join(w[0] for w in words[-len(short) :]).upper() == short
