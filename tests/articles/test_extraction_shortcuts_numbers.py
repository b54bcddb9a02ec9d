"""The number readers' shortcuts find exactly what the plain patterns find:
the number patterns that name their first character, the number words
looked for only where the word before a multiplier ends with one, the
superlative, a national source and a venue looked for only where their words are,
and the topic words of all categories kept together."""

import random
import re
from pathlib import Path

import pytest

from articles.extraction import RegionEntry, RegionIndex
from articles.extraction.article import _Article
from articles.extraction.assemble import _Extractor
from articles.extraction.cues_places import _NATIONAL_SOURCE_RE
from articles.extraction.cues_text import (
    _SUPERLATIVE_RE,
    _SUPERLATIVE_STEMS,
    _VENUE_BEFORE_RE,
)
from articles.extraction.lexicon import _TOPIC_CATEGORIES
from articles.extraction.numbers import (
    _MULT_WORD_RE,
    _NUMBER_RE,
    _SPACED_THOUSANDS_RE,
    _WORD_BEFORE_RE,
    _WORD_NUMBER_RE,
)
from articles.extraction.placing_nation import _NATIONAL_SOURCE_WORDS

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset" / "articles"
INDEX = RegionIndex([RegionEntry("ID", "Indonesia", "nation")])


def _without_first_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as first written, before its leading ``(?=[...])``."""
    source = pattern.pattern
    assert source.startswith("(?=")
    return re.compile(source[source.index(")") + 1 :], pattern.flags)


def _texts() -> list[str]:
    rng = random.Random(13)
    alphabet = "0123456789.,/- \tRrIidpıİ\u0130ajuta\n"
    fuzz = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    return [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("*.txt"))] + fuzz


@pytest.mark.parametrize("pattern", [_NUMBER_RE, _SPACED_THOUSANDS_RE])
def test_number_patterns_match_as_without_their_first_character_hint(pattern):
    plain = _without_first_lookahead(pattern)
    for text in _texts():
        fast = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert fast == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def _word_numbers_plain(text: str) -> list[tuple[int, int]]:
    lower = text.lower()
    found = []
    for mult in _MULT_WORD_RE.finditer(lower):
        word = _WORD_BEFORE_RE.search(lower, max(0, mult.start() - 20), mult.start())
        if word is not None:
            number = _WORD_NUMBER_RE.match(text, word.start())
            if number is not None:
                found.append(number.span())
    return found


def test_number_words_found_from_the_word_table_as_by_searching():
    text = (
        "Sebanyak enam juta pekerja, Rp dua miliar, rpdua juta, IDR.tiga triliun, kedua "
        "juta, Empat  Juta, satu\tpersen, lima-juta, sembilan  \t ribu orang, delapan\n "
        "juta, 7 juta, Sepuluh Persen, tigaribu, se-dua juta"
    )
    found = [m.span() for m in _Extractor(_Article(text, INDEX, None))._word_numbers()]
    assert found == _word_numbers_plain(text)
    assert [text[a:b] for a, b in found] == [
        "enam", "Rp dua", "rpdua", "IDR.tiga", "Empat", "satu", "sembilan", "Sepuluh",
    ]  # fmt: skip
    for path in sorted(DEVSET.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = _Article(text, INDEX, None)
        if article.lower is not None:
            found = [m.span() for m in _Extractor(article)._word_numbers()]
            assert found == _word_numbers_plain(text), path.name


def test_every_superlative_word_holds_a_stem_the_scope_check_looks_for():
    words = re.search(r"\(\?:([^()]*)\)", _SUPERLATIVE_RE.pattern).group(1).split("|")
    assert words[0] == "tertinggi"
    assert words[-1] == "rangking"
    for word in words:
        assert any(stem in word for stem in _SUPERLATIVE_STEMS), word


def test_topic_hits_answer_as_every_topic_category_asked_in_turn():
    rng = random.Random(5)
    for path in sorted(DEVSET.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        hits = _Article(text, INDEX, None).hits
        for _ in range(300):
            lo = rng.randrange(len(text))
            hi = lo + rng.randrange(400)
            expected = any(hits[cat].any(lo, hi) for cat in _TOPIC_CATEGORIES)
            assert hits["topic"].any(lo, hi) == expected, (path.name, lo, hi)


def test_national_source_found_from_its_words_as_by_searching():
    made = (
        "Menurut data BPS, cakupan di seluruh Indonesia naik. Se-Indonesia baru 40 persen; "
        "SEINDONESIA, secara  nasional, tingkat nasional dan skala\tnasional. Data dari "
        "Kemnaker Pusat, rilis BPJS Ketenagakerjaan pusat, catatan Badan Pusat Statistik."
    )
    texts = [made] + [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("*.txt"))]
    for text in texts:
        article = _Article(text, INDEX, None)
        starts = [p.lo for p in article.paragraphs] + [0, len(text) // 3, len(text) // 2]
        for lo in starts:
            for hi in (lo + 40, lo + 200, len(text)):
                fast = article.word_search(
                    _NATIONAL_SOURCE_RE, _NATIONAL_SOURCE_WORDS.__contains__, lo, hi
                )
                plain = _NATIONAL_SOURCE_RE.search(text, lo, hi)
                assert (fast and fast.span()) == (plain and plain.span()), (text[lo:hi], lo)
    found = [m.group() for m in _NATIONAL_SOURCE_RE.finditer(made)]
    assert len(found) == 9


def test_venue_before_a_place_found_from_the_word_di_as_by_searching():
    made = "ujarnya di Pontianak, Kalbar, Selasa. Di Kota Banjar, DI Hotel X di  Bali di\tSumba"
    texts = [made] + [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("*.txt"))]
    for text in texts:
        article = _Article(text, INDEX, None)
        for end in range(0, len(text), 7):
            lo = max(0, end - 60)
            fast = article.word_search(_VENUE_BEFORE_RE, "di".__eq__, lo, end)
            plain = _VENUE_BEFORE_RE.search(text, lo, end)
            assert (fast and fast.span()) == (plain and plain.span()), (text[lo:end], end)
