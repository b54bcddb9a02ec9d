"""Words, phrase lookup (a trie) and sorted spans: the cheap machinery the
other steps share, so that 1 MB of text is read in about a second."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from itertools import accumulate, chain

_TOKEN_RE = re.compile(r"\w+")
_TOKEN_SPLIT_RE = re.compile(r"(\w+)")
_DIGIT_RE = re.compile(r"\d")  # a figure in a span: any digit
_WORD_CHARS_RE = re.compile(r"\w+")  # (fullmatch) a stem that stands within one token
_ODD_SPACES = "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000"


def _plain_spaces(text: str) -> str:
    """No-break, thin and other odd spaces as plain spaces (same length)."""
    for space in _ODD_SPACES:
        if space in text:
            text = text.replace(space, " ")
    return text


# (dashes of every length: "non — ASN", "non–ASN")
_GAP_CHARS = frozenset(" \t.-'\u2019/\u2013\u2014")

ANY_CASE = 0
CAPITALISED = 1
UPPER = 2


@dataclass
class _Tokens:
    starts: list[int]
    ends: list[int]
    lower: list[str]
    # each distinct word and the indexes where it stands, built on first use
    _at: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    # the distinct words sorted, and those not all letters by their part before
    # trailing digits ("rt" for "rt05"), for indexes_of; built on first use
    _sorted: list[str] | None = field(default=None, repr=False, compare=False)
    _by_letters: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    # the distinct words, one a line, for holds; built on first use
    _joined: str | None = field(default=None, repr=False, compare=False)

    def _where(self) -> dict[str, list[int]]:
        at = self._at
        if at is None:
            at = self._at = {}
            for i, word in enumerate(self.lower):
                where = at.get(word)
                if where is None:
                    at[word] = [i]
                else:
                    where.append(i)
        return at

    def holds(self, stems: tuple[str, ...], lower: str) -> bool:
        """Whether ``lower`` (the text lower-cased, these its tokens) holds any
        of ``stems``. A stem of word characters only stands within one word, so
        it is looked for among the distinct words, one a line: on the
        benchmark's 200 kB text 600 words, some 3 000 characters, where a stem
        the text never uses was searched for through all 200 000."""
        joined = self._joined
        if joined is None:
            joined = self._joined = "\n".join(self._where())
        for stem in stems:  # noqa: SIM110 (as in _maybe)
            if stem in (joined if _WORD_CHARS_RE.fullmatch(stem) else lower):
                return True
        return False

    def indexes(self, accept: Callable[[str], bool]) -> list[int]:
        """The indexes, in order, of the tokens whose word ``accept`` takes: each
        distinct word is tried once, not every token."""
        hits = [where for word, where in self._where().items() if accept(word)]
        if len(hits) == 1:
            return list(hits[0])
        return sorted(chain.from_iterable(hits))

    def indexes_of(
        self, words: Collection[str], prefixes: tuple[str, ...] = (), *, digits: bool = False
    ) -> list[int]:
        """``indexes`` of the words in ``words``, or (``digits``) not all letters
        and in ``words`` without their trailing digits ("rt05", "covid19"), or
        starting with one of ``prefixes``: found by set intersections and a
        sorted word list rather than a call per distinct word (a short article's
        hundreds of words, some twenty times over)."""
        at = self._where()
        found = at.keys() & words
        if digits:
            by_letters = self._by_letters
            if by_letters is None:
                by_letters = self._by_letters = {}
                for word in at:
                    if not word.isalpha():
                        by_letters.setdefault(word.rstrip("0123456789"), []).append(word)
            for letters in by_letters.keys() & words:
                found.update(by_letters[letters])
        if prefixes:
            ordered = self._sorted
            if ordered is None:
                ordered = self._sorted = sorted(at)
            for prefix in prefixes:
                i = bisect_left(ordered, prefix)
                while i < len(ordered) and ordered[i].startswith(prefix):
                    found.add(ordered[i])
                    i += 1
        if len(found) == 1:
            return list(at[next(iter(found))])
        return sorted(chain.from_iterable(at[word] for word in found))


class _WordTest:
    """A test of a (lower-cased) word: one of ``words``, or starting with one
    of ``prefixes``. Called like a function; a token table answers it for
    every word at once (``_Tokens.indexes_of``)."""

    __slots__ = ("words", "prefixes")

    def __init__(self, words: Collection[str], prefixes: tuple[str, ...] = ()) -> None:
        self.words, self.prefixes = frozenset(words), prefixes

    def __call__(self, word: str) -> bool:
        return word in self.words or bool(self.prefixes and word.startswith(self.prefixes))


def _lower_aligned(text: str) -> str | None:
    """``text.lower()`` when it keeps every character in place, else None."""
    lower = text.lower()
    return lower if len(lower) == len(text) else None


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
# ``(\w+)`` with its word characters spelled out: the ASCII ones and those of
# the text beyond ASCII (``\w`` is ``isalnum()`` or "_"), keyed by the latter
_SPELLED_SPLIT_RES: dict[str, re.Pattern[str]] = {"": re.compile(r"([0-9A-Za-z_]+)")}


def _token_split_re(text: str) -> re.Pattern[str]:
    """A pattern that splits ``text`` exactly as ``(\\w+)`` does, but tests a
    character against a set rather than asking the Unicode tables for each
    one (three times faster on an article)."""
    if text.isascii():
        return _SPELLED_SPLIT_RES[""]
    extra = "".join(sorted({c for c in _NON_ASCII_RE.findall(text) if c.isalnum()}))
    pattern = _SPELLED_SPLIT_RES.get(extra)
    if pattern is None:
        if len(_SPELLED_SPLIT_RES) > 256:
            return _TOKEN_SPLIT_RE
        pattern = _SPELLED_SPLIT_RES[extra] = re.compile(f"([0-9A-Za-z_{re.escape(extra)}]+)")
    return pattern


def _tokenise(text: str, lower: str | None = None) -> _Tokens:
    lower = lower if lower is not None else _lower_aligned(text)
    if lower is not None:
        # one split keeps the words at the odd places, the gaps at the even ones;
        # the running sum of their lengths gives every start and end (no match
        # object per word)
        parts = _token_split_re(lower).split(lower)
        offsets = list(accumulate(map(len, parts), initial=0))
        return _Tokens(offsets[1:-1:2], offsets[2::2], parts[1::2])
    found = list(_TOKEN_RE.finditer(text))
    return _Tokens(
        [m.start() for m in found], [m.end() for m in found], [m.group().lower() for m in found]
    )


# Letters that a case-insensitive pattern takes for an ASCII letter while
# ``lower()`` does not make them one (dotted and dotless i, long s, the Kelvin
# sign): the only ones, checked by a test.
_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")


def _lowered_words_exact(text: str) -> bool:
    """Whether lower-cased tokens find in ``text`` exactly the ASCII words an
    ``(?i)`` pattern finds, so that a token lookup can stand in for a search."""
    return not any(map(text.__contains__, _CASE_ODDITIES))


def _word_before(text: str, lo: int, pos: int) -> str | None:
    """The word (run of ``\\w``) that ends right at ``pos``, cut at ``lo``: what
    ``(\\w+)$`` finds in ``text[lo:pos]`` on one line, read backwards instead of
    tried from every position."""
    window = text[lo:pos]
    run = _TOKEN_RE.match(window[::-1])
    return window[len(window) - run.end() :] if run else None


def _token_triggered(
    pattern: re.Pattern[str],
    words: frozenset[str],
    text: str,
    toks: _Tokens,
    prefixes: tuple[str, ...] = (),
) -> list[re.Match[str]]:
    """Non-overlapping matches of ``pattern``, tried only at the tokens that
    can start one: a word of ``words`` (also before digits, "rt05",
    "covid19") or one starting with ``prefixes``; much faster than searching
    a long alternation at every character. For patterns whose every
    alternative starts at a word boundary with one of these words."""

    found = []
    done = 0
    starts = toks.starts
    for i in toks.indexes_of(words, prefixes, digits=True):
        pos = starts[i]
        if pos < done:
            continue
        m = pattern.match(text, pos)
        if m and m.end() > pos:
            found.append(m)
            done = m.end()
    return found


_TWO_WORD_CHARS_RE = re.compile(r"\w\w")


def _words_in_slice(
    text: str,
    lower: str,
    toks: _Tokens,
    starts: list[int],
    pattern: re.Pattern[str],
    accept: Callable[[str], bool],
    lo: int,
    hi: int,
) -> list[int]:
    """Where ``pattern`` matches in ``text[lo:hi]`` taken on its own, tried
    only at ``starts`` (the words ``accept`` takes) and at the cut words at
    either end of the slice, which are words of their own there (see
    ``_Article.word_starts``; ``lower`` is ``text`` lower-cased, aligned)."""
    found, done = [], lo
    if lo and lo < hi and _TWO_WORD_CHARS_RE.match(text, lo - 1):
        # the slice cuts a word: the rest of it is tried on the slice, where
        # its start is a word boundary
        k = bisect_right(toks.starts, lo) - 1
        if accept(lower[lo : min(hi, toks.ends[k])]):
            m = pattern.match(text[lo:hi])
            if m is not None and m.end() > 0:
                found.append(lo)
                done = lo + m.end()
    i = bisect_left(starts, lo)
    while i < len(starts) and starts[i] < hi:
        pos = starts[i]
        i += 1
        m = pattern.match(text, pos, hi) if pos >= done else None
        if m is not None and m.end() > pos:
            found.append(pos)
            done = m.end()
    if lo < hi < len(text) and _TWO_WORD_CHARS_RE.match(text, hi - 1):
        # the slice cuts its last word: tried as cut, unless tried whole above
        k = bisect_right(toks.starts, hi - 1) - 1
        pos = toks.starts[k]
        if (
            lo <= pos >= done
            and not accept(toks.lower[k])
            and accept(lower[pos:hi])
            and (m := pattern.match(text, pos, hi)) is not None
            and m.end() > pos
        ):
            found.append(pos)
    return found


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _TOKEN_RE.findall(phrase))


class _PhraseMatcher:
    """Longest-first, non-overlapping lookup of word sequences in a token list
    (a trie of lower-cased words). Each phrase carries payload items
    ``(value, case_rule)``; the case rule is checked on the first word."""

    _END = ""  # key of the payload list in a trie node (no token is empty)
    # key of the payload's values when none has a case rule (no token has a space)
    _ANY_CASE_VALUES = " "

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
        if all(rule == ANY_CASE for _value, rule in items):
            node[self._ANY_CASE_VALUES] = tuple(v for v, _rule in items)
        else:
            node.pop(self._ANY_CASE_VALUES, None)

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
        end_key, any_case_key = self._END, self._ANY_CASE_VALUES
        free = 0
        for i in toks.indexes_of(root):
            if i < free:
                continue
            node = root[lower[i]]
            best = None
            k = i
            while True:
                values = node.get(any_case_key)
                if values is not None:
                    best = (k + 1, values)
                elif items := node.get(end_key):
                    values = tuple(
                        v for v, rule in items if _case_ok(text, starts[i], ends[i], rule)
                    )
                    if values:
                        best = (k + 1, values)
                k += 1
                if k >= n:
                    break
                # the next word first: most phrases stop there, and the gap
                # before it need not be looked at
                node = node.get(lower[k])
                if node is None:
                    break
                gap = text[ends[k - 1] : starts[k]]
                if gap != " " and (len(gap) > 3 or not set(gap) <= _GAP_CHARS):
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


class _Hits:
    """Start/end positions of one vocabulary category, sorted."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect_left(self.starts, lo)
        out = []
        while i < len(self.starts) and self.starts[i] < hi:
            if self.ends[i] <= hi:
                out.append((self.starts[i], self.ends[i]))
            i += 1
        return out

    def any(self, lo: int, hi: int) -> bool:
        i = bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi and self.ends[i] <= hi

    def last_before(self, lo: int, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.starts[i] >= lo:
            if self.ends[i] <= pos:
                return self.starts[i], self.ends[i]
            i -= 1
        return None

    def first_after(self, pos: int, hi: int) -> tuple[int, int] | None:
        i = bisect_left(self.starts, pos)
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
        i = bisect_right(self.starts, hi - 1) - 1
        return i >= 0 and self.ends[i] > lo


def _maybe(low: str, stems: tuple[str, ...]) -> bool:
    """Whether ``low`` (lower-cased) contains any of ``stems``: a cheap check
    before the pattern it guards. A plain loop of substring searches: on the
    short windows it is given (measured over the benchmark's 120 000 calls)
    faster than ``any(map(...))`` and than one compiled alternation."""
    for stem in stems:  # noqa: SIM110 (a generator in any() is slower here)
        if stem in low:
            return True
    return False


def _last_match(pattern: re.Pattern[str], text: str) -> int | None:
    """Where the last of ``pattern``'s matches in ``text`` starts, or None."""
    last = None
    for m in pattern.finditer(text):
        last = m.start()
    return last


def _last_le(positions: list[int], pos: int, default: int) -> int:
    i = bisect_right(positions, pos) - 1
    return positions[i] if i >= 0 else default


def _first_ge(positions: list[int], pos: int, default: int) -> int:
    i = bisect_left(positions, pos)
    return positions[i] if i < len(positions) else default


_WORD_CHAR_RE = re.compile(r"\w")


class _MatchesBefore:
    """The matches of a pattern in a whole text, found once, to answer "the
    last match in ``text[:hi]``" (``finditer(text, 0, hi)``) for many ``hi``
    by a bisection rather than a scan from the start each time.

    The answer is the one a scan of the cut text gives: the matches of the
    whole text that end by ``hi`` are those of the cut text unless a match
    of the whole text runs across ``hi``, or ``hi`` falls inside a word (a
    ``\\b`` there holds only in the cut text); then the cut text is scanned.
    For patterns that end with a word character and ``\\b`` and hold no
    ``$`` or lookahead."""

    __slots__ = ("pattern", "text", "matches", "ends")

    def __init__(
        self, pattern: re.Pattern[str], text: str, matches: list[re.Match[str]] | None = None
    ) -> None:
        """``matches``: those of ``pattern.finditer(text)`` when already found."""
        self.pattern, self.text = pattern, text
        self.matches = list(pattern.finditer(text)) if matches is None else matches
        self.ends = [m.end() for m in self.matches]

    def last(self, hi: int) -> re.Match[str] | None:
        text, matches = self.text, self.matches
        k = bisect_right(self.ends, hi)
        if (k < len(matches) and matches[k].start() < hi) or (
            hi < len(text) and _WORD_CHAR_RE.match(text, hi)
        ):
            return _last_of(self.pattern.finditer(text, 0, hi))
        return matches[k - 1] if k else None


def _last_of(found: Iterable[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in found:  # noqa: B007 (only the last one is wanted)
        pass
    return last
