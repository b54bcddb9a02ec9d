"""The extractor's shortcuts find exactly what the plain searches they stand
in for find: token lookups for case-insensitive word patterns, the sentence
end pattern that starts at its punctuation mark, the word read backwards
before a full stop, the split bound/change check, and the garbage collector
left as it was found."""

import gc
import random
import re
import sys
from pathlib import Path

import pytest

from articles.extraction import RegionEntry, RegionIndex, extract_figures
from articles.extraction.article import _Article
from articles.extraction.count_plans import _is_hope_word, _is_target_word
from articles.extraction.cues import (
    _BOUND_STEMS,
    _BOUND_TAIL_RE,
    _CHANGE_STEMS,
    _CHANGE_TAIL_RE,
    _HOPE_RE,
    _NOT_A_LEVEL_RE,
    _TARGET_WORD_RE,
)
from articles.extraction.cues_places import _AREA_RE
from articles.extraction.cues_text import _SENT_END_RE
from articles.extraction.masks import _MASK_DIGIT_TRIGGER_RE
from articles.extraction.metrics import _LEVEL_STEMS
from articles.extraction.placing import _may_start_area
from articles.extraction.standings import _COUNT_STANDING_RE, _COUNT_STANDING_WORDS
from articles.extraction.tokens import (
    _CASE_ODDITIES,
    CAPITALISED,
    _lowered_words_exact,
    _maybe,
    _PhraseMatcher,
    _tokenise,
    _word_before,
)

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset" / "articles"

# The sentence end pattern as first written (lookbehind first): the specification.
_SENT_END_PLAIN_RE = re.compile(
    r"(?<![.!?])(?!(?<=\d)\.[ ]\d{3}(?![\d.,]?\d))[.!?]++[\"'\u201d\u2019)\]]*+(?=\s|\(|$)"
)


_MASK_DIGIT_TRIGGER_PLAIN_RE = re.compile(r"(?<![\w.,/-])(?:\d{1,2}[.:]\d{2}[ \t]*wi|08|\+62)")


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("*.txt"))]


def _fuzz(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


def test_case_oddities_are_every_letter_lower_misses():
    pattern = re.compile(r"(?i)[a-z]")
    odd = {
        chr(cp)
        for cp in range(128, sys.maxunicode + 1)
        if pattern.fullmatch(chr(cp)) or any("a" <= ch <= "z" for ch in chr(cp).lower())
    }
    assert odd == set(_CASE_ODDITIES)
    assert _lowered_words_exact("Cakupan BPJS naik")
    assert not _lowered_words_exact("Cakupan BPJS nax\u0131k")


def test_tokens_are_the_word_runs():
    for text in [*_texts()[:5], "", "  ", "a.b,c", "\u0130stanbul 12,5 persen", "x_y 3/4"]:
        toks = _tokenise(text)
        found = list(re.finditer(r"\w+", text))
        assert toks.starts == [m.start() for m in found]
        assert toks.ends == [m.end() for m in found]
        assert toks.lower == [m.group().lower() for m in found]


def test_token_indexes_in_text_order():
    toks = _tokenise("di Gowa di sini, Di Bali dan di2 ditambah")
    assert toks.indexes({"di"}.__contains__) == [0, 2, 4]
    assert toks.indexes(lambda word: word.startswith("di")) == [0, 2, 4, 7, 8]
    assert toks.indexes({"tidak"}.__contains__) == []


def test_word_before_full_stop_read_backwards():
    trailing = re.compile(r"(\w+)$")
    for text in _fuzz("ab1_ .\u00e9,-", 20000, 14, seed=3):
        for lo in range(len(text) + 1):
            m = trailing.search(text, lo, len(text))
            assert _word_before(text, lo, len(text)) == (m.group(1) if m else None)


def test_sentence_end_pattern_unchanged():
    samples = _texts() + _fuzz("ab1 .!?\"')(,\n", 20000, 24, seed=1)
    samples += ["Rp 1. 234.", "37. 229 peserta. Lalu", "9. 123,4", "a.. b", "Ya?! Tidak."]
    for text in samples:
        for lo, hi in ((0, len(text)), (min(2, len(text)), max(min(2, len(text)), len(text) - 1))):
            plain = [m.span() for m in _SENT_END_PLAIN_RE.finditer(text, lo, hi)]
            assert [m.span() for m in _SENT_END_RE.finditer(text, lo, hi)] == plain


def test_mask_digit_trigger_unchanged():
    for text in _fuzz("0812 .:wi+6a,-/\n\t", 30000, 16, seed=7) + ["jam 08.30 wib", "+6281 08"]:
        for lo, hi in ((0, len(text)), (min(1, len(text)), len(text))):
            plain = [m.span() for m in _MASK_DIGIT_TRIGGER_PLAIN_RE.finditer(text, lo, hi)]
            assert [m.span() for m in _MASK_DIGIT_TRIGGER_RE.finditer(text, lo, hi)] == plain


def _second_half(whole: re.Pattern[str], first: re.Pattern[str]) -> re.Pattern[str]:
    assert whole.pattern.startswith(first.pattern + "|")
    return re.compile(whole.pattern[len(first.pattern) + 1 :], whole.flags)


def _stem_claims():
    from articles.extraction import count_plans, count_vetoes, cues, cues_text, mention_roles

    return [
        (cues_text._AGENT_BEFORE_RE, mention_roles._AGENT_STEMS),
        (cues._OFFICE_BEFORE_RE, mention_roles._OFFICE_STEMS),
        (cues._BOUND_TAIL_RE, _BOUND_STEMS),
        (cues._CHANGE_TAIL_RE, _CHANGE_STEMS),
        (_second_half(cues._ATTENDANCE_RE, cues._ATTENDANCE_EVENT_RE), cues._ATTENDANCE_VERBS),
        (cues._NEW_MEMBERS_TAIL_RE, count_vetoes._NEW_MEMBERS_STEMS),
        (cues._NEW_MEMBERS_AFTER_RE, ("baru",)),
        (count_plans._PLANNED_AFTER_RE, count_plans._PLANNED_AFTER_STEMS),
        (count_vetoes._BENEFIT_AFTER_RE, count_vetoes._CLAIMING_STEMS),
        (cues._BACK_REFERENCE_RE, ("tersebut",)),
        (count_vetoes._MORE_AFTER_RE, ("lagi",)),
        (cues._ONLY_TAIL_RE, ("baru", "hanya")),
        (cues._NUMERATOR_RE, ("dari",)),
    ]


@pytest.mark.parametrize("index", range(13))
def test_each_pattern_needs_one_of_its_stems(index):
    """Where a pattern is tried only if the lower-cased text holds one of its
    stems, every text it matches holds one: built from the pattern's own words."""
    pattern, stems = _stem_claims()[index]
    vocabulary = sorted(set(re.findall(r"[a-z]{2,}", pattern.pattern))) + ["(BPJS)", "<", "5"]
    rng = random.Random(index)
    for _ in range(20000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 5))]
        text = rng.choice(("", "Ya ", "x")) + " ".join(words) + rng.choice(("", " ", " 12"))
        if pattern.search(text):
            assert _maybe(text.lower(), stems), text


def test_stem_check_both_ways():
    stems = ("naik", "tambah", "<")
    for low in ("", "naik", "x" * 40 + "bertambah", "x" * 5 + "<", "x" * 40, "turun"):
        assert _maybe(low, stems) == any(stem in low for stem in stems)


def test_token_holds_is_the_stem_check_on_the_whole_text():
    # a stem of word characters looked for among the distinct words, any other
    # ("s.d", "badan usaha", "-an") through the text: the same answer either way
    stems = [("naik",), ("aik", "zz"), ("s.d",), ("badan usaha",), ("-an", "zz"), ("x_y",)]
    stems += [(word,) for word in _fuzz("abn_ ", 200, 4, seed=5) if word]
    for text in [*_texts()[:5], *_fuzz("abn_ .-,\u00e9", 300, 30, seed=4)]:
        low = text.lower()
        toks = _tokenise(text, low)
        for stem in stems:
            assert toks.holds(stem, low) == _maybe(low, stem), (text, stem)


def test_bound_and_change_halves_read_as_the_whole():
    assert set(_LEVEL_STEMS) <= set(_BOUND_STEMS) | set(_CHANGE_STEMS)
    words = (
        "naik", "meningkat", "lebih", "dari", "kurang", "di", "atas", "bawah", "sebesar",
        "belum", "mencapai", "jauh", "rp", "angka", "peserta", "menjadi", "paling", "banyak",
        "<", "\u2265", "selisih", "cakupan", "melampaui", "maksimal", "tidak", "penambahan",
    )  # fmt: skip
    rng = random.Random(4)
    for _ in range(20000):
        tail = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) + rng.choice(
            ("", " ", "\t")
        )
        low = tail.lower()
        # as metrics reads it: the level stems first, then each half where its words are
        split = _maybe(low, _LEVEL_STEMS) and bool(
            (_maybe(low, _BOUND_STEMS) and _BOUND_TAIL_RE.search(tail))
            or (_maybe(low, _CHANGE_STEMS) and _CHANGE_TAIL_RE.search(tail))
        )
        assert split == bool(_maybe(low, _LEVEL_STEMS) and _NOT_A_LEVEL_RE.search(tail))


@pytest.fixture(scope="module")
def article():
    text = "\n\n".join(_texts()[:12])
    return _Article(text, RegionIndex([RegionEntry("ID", "Indonesia", "nation")]), None)


def test_word_starts_is_finditer_on_the_slice(article):
    text = article.text
    rng = random.Random(5)
    for _ in range(3000):
        lo = rng.randrange(len(text))
        hi = min(len(text), lo + rng.randint(0, 200))
        for pattern, accept in ((_HOPE_RE, _is_hope_word), (_TARGET_WORD_RE, _is_target_word)):
            plain = [lo + m.start() for m in pattern.finditer(text[lo:hi])]
            assert article.word_starts(pattern, accept, lo, hi) == plain


def test_word_search_is_search(article):
    text = article.text
    rng = random.Random(6)
    standing = _COUNT_STANDING_WORDS.__contains__
    for _ in range(3000):
        lo = rng.randrange(len(text))
        hi = min(len(text), lo + rng.randint(0, 900))
        for pattern, accept in ((_AREA_RE, _may_start_area), (_COUNT_STANDING_RE, standing)):
            plain = pattern.search(text, lo, hi)
            found = article.word_search(pattern, accept, lo, hi)
            assert (found and found.span()) == (plain and plain.span())


def test_phrase_case_rules_still_apply():
    matcher = _PhraseMatcher()
    matcher.add(("bali",), "any")
    text = "di bali dan Bali"
    assert [values for _i, _j, values in matcher.scan(text, _tokenise(text))] == [
        ("any",),
        ("any",),
    ]
    matcher.add(("bali",), "place", CAPITALISED)
    assert [values for _i, _j, values in matcher.scan(text, _tokenise(text))] == [
        ("any",),
        ("any", "place"),
    ]


def test_garbage_collector_left_as_found():
    index = RegionIndex([RegionEntry("ID", "Indonesia", "nation")])
    text = "Cakupan kepesertaan BPJS Ketenagakerjaan secara nasional mencapai 40 persen."
    assert gc.isenabled()
    assert extract_figures(text, index)
    assert gc.isenabled()
    gc.disable()
    try:
        assert extract_figures(text, index)
        assert not gc.isenabled()
    finally:
        gc.enable()


# Every pattern the extractor tries only at the words a list says its matches
# start with, and that list: a word the pattern learns and the list does not
# would be silently never tried. (module, pattern, module, word test)
_WORD_STARTS_PAIRS = [
    ("cues", "_BOUND_TAIL_RE", "metrics", "_BOUND_START"),
    ("cues", "_CHANGE_TAIL_RE", "metrics", "_CHANGE_START"),
    ("cues", "_TARGET_WORD_RE", "count_plans", "_is_target_word"),
    ("cues", "_CURRENT_WORD_RE", "metrics", "_CURRENT_WORD_TEST"),
    ("cues", "_TOWARD_END_RE", "metrics", "_TOWARD_END_TEST"),
    ("metrics", "_MUST_REACH_TAIL_RE", "metrics", "_MUST_REACH_TEST"),
    ("cues", "_PLANNED_RE", "counts", "_PLANNED_START"),
    ("count_vetoes", "_STATUS_WORD_RE", "count_vetoes", "_STATUS_START"),
    ("cues", "_HOPE_RE", "count_plans", "_is_hope_word"),
]
_WORD_SEARCH_PAIRS = [
    ("cues_text", "_VENUE_BEFORE_RE", "mention_roles", "_DI"),
    ("cues", "_OFFICE_BEFORE_RE", "mention_roles", "_OFFICE_START"),
    ("asof", "_PERIOD_BEFORE_RE", "asof", "_PERIOD_START"),
    ("cues", "_STATUS_DATE_TAIL_RE", "asof", "_STATUS_DATE_START"),
    ("frame", "_EVENT_PLACE_RE", "frame", "_EVENT_PLACE_START"),
    ("hoped", "_HOPED_LEVEL_TAIL_RE", "hoped", "_HOPE_WORDS"),
    ("placing", "_SEVERAL_REGENCIES_RE", "placing", "_SEVERAL_START"),
    ("cues_places", "_AREA_RE", "placing", "_may_start_area"),
    ("segment_carried", "_COMBINED_RE", "segment_carried", "_COMBINED_WORDS"),
    ("segment_carried", "_GROUP_ANAPHOR_RE", "segment_carried", "_GROUP_ANAPHOR_WORDS"),
    ("standings", "_COUNT_STANDING_RE", "standings", "_COUNT_STANDING_TEST"),
]
_SIGNS = ("<", ">", "\u2264", "\u2265")  # a bound written as a sign is searched for plainly


def _pair(module, pattern, accept_module, accept):
    from importlib import import_module

    return (
        getattr(import_module(f"articles.extraction.{module}"), pattern),
        getattr(import_module(f"articles.extraction.{accept_module}"), accept),
    )


# the development set, and sentences for the patterns it never uses
_EXTRA = (
    "Data semester I tahun 2024 dan triwulan ketiga 2023. Pekerja sektor tersebut "
    "digabungkan dengan kelompok ini, lalu gabungan segmen itu naik."
)


@pytest.fixture(scope="module")
def windows():
    """The development set read as one text, and windows of it that end at
    every word's start and end (where the extractor's tails end: at a number,
    a place, a date)."""
    text = "\n\n".join([*_texts(), _EXTRA])
    read = _Article(text, RegionIndex([RegionEntry("ID", "Indonesia", "nation")]), None)
    assert read.words_exact  # else the word lists are not used and this proves nothing
    ends = sorted({e for m in re.finditer(r"\w+", text) for e in m.span()})
    return read, [(max(0, hi - 120), hi) for hi in ends]


@pytest.mark.parametrize("names", _WORD_STARTS_PAIRS, ids=lambda names: names[1])
def test_each_word_list_holds_every_start_of_its_pattern(windows, names):
    pattern, accept = _pair(*names)
    read, spans = windows
    text, seen = read.text, 0
    for lo, hi in spans:
        if any(sign in text[lo:hi] for sign in _SIGNS):
            continue
        plain = [lo + m.start() for m in pattern.finditer(text[lo:hi])]
        assert read.word_starts(pattern, accept, lo, hi) == plain, text[lo:hi]
        seen += bool(plain)
    assert seen  # the pattern was met at all


@pytest.mark.parametrize("names", _WORD_SEARCH_PAIRS, ids=lambda names: names[1])
def test_each_word_list_holds_the_first_match_of_its_pattern(windows, names):
    pattern, accept = _pair(*names)
    read, spans = windows
    seen = 0
    for lo, hi in spans:
        plain = pattern.search(read.text, lo, hi)
        found = read.word_search(pattern, accept, lo, hi)
        assert (found and found.span()) == (plain and plain.span()), read.text[lo:hi]
        seen += plain is not None
    assert seen
