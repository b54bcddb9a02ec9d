"""The third speed round's shortcuts find exactly what the plain ways they
stand in for find: word patterns in a slice that cuts a word looked up in
the token table too, numbers tried only at the words that can start one, the
last APBD or award year before a point from one scan of the text, the
"masing-masing" marker looked for only where its words are, table rows only
on lines with a pipe, and the tokens from one split of the text."""

import random
import re
from pathlib import Path

import pytest

from articles.extraction import RegionEntry, RegionIndex
from articles.extraction.article import _Article
from articles.extraction.assemble import _Extractor
from articles.extraction.count_plans import _is_hope_word, _is_target_word
from articles.extraction.cues import (
    _AWARD_YEAR_RE,
    _AWARD_YEAR_WORDS,
    _BUDGET_YEAR_RE,
    _BUDGET_YEAR_WORDS,
    _HOPE_RE,
    _TARGET_WORD_RE,
)
from articles.extraction.numbers import _NUMBER_RE
from articles.extraction.placing_lists import _RESPECTIVE_RE, _RESPECTIVE_WORDS
from articles.extraction.tables import is_table_line, table_row_span
from articles.extraction.tokens import (
    _MatchesBefore,
    _maybe,
    _token_triggered,
    _tokenise,
    _WordTest,
)

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset" / "articles"
NATION = RegionIndex([RegionEntry("ID", "Indonesia", "nation")])


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("*.txt"))]


def _fuzz(words: tuple[str, ...], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(words) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


def _last_plain(pattern: re.Pattern[str], text: str, hi: int) -> tuple[int, int] | None:
    last = None
    for m in pattern.finditer(text, 0, hi):
        last = m.span()
    return last


@pytest.mark.parametrize("pattern", [_BUDGET_YEAR_RE, _AWARD_YEAR_RE])
def test_last_year_before_a_point_is_the_scan_of_the_cut_text(pattern):
    pieces = (
        "APBD", "APBD-P", "APBD Perubahan", "TA.", "tahun anggaran", "Paritrana", "Award",
        " ", " ", "\t", "tahun ", "2024", "2025", "1999", "20245", "x", "5", ".", "\n", "-",
    )  # fmt: skip
    texts = _fuzz(pieces, 4000, 12, seed=11)
    texts += ["APBD 2024", "APBD 20245", "Paritrana Award 2023 dan Award 2024x", ""]
    for text in texts:
        found = _MatchesBefore(pattern, text)
        for hi in range(len(text) + 1):
            m = found.last(hi)
            assert (m and m.span()) == _last_plain(pattern, text, hi), (text, hi)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [(_BUDGET_YEAR_RE, _BUDGET_YEAR_WORDS), (_AWARD_YEAR_RE, _AWARD_YEAR_WORDS)],
)
def test_year_matches_found_at_their_words_as_by_searching(pattern, words):
    pieces = (
        "APBD", "apbn", "APBDes", "-P", " Perubahan", "TA", ".", "Tahun", " anggaran",
        "PARITRANA", "award", "Awards", " ", "\t", "2024", "1999", "x", "_", "\n", "-",
    )  # fmt: skip
    for text in [*_texts(), *_fuzz(pieces, 6000, 10, seed=15)]:
        plain = [m.span() for m in pattern.finditer(text)]
        triggered = _token_triggered(pattern, words, text, _tokenise(text))
        assert [m.span() for m in triggered] == plain, text


def test_last_year_before_a_point_when_the_cut_falls_inside_a_match_or_a_word():
    text = "APBD 2023 lalu APBD 2024 dan APBD 20256"
    found = _MatchesBefore(_BUDGET_YEAR_RE, text)
    # inside "APBD 2024": the cut text holds only the first
    assert found.last(text.index("2024") + 2).group(1) == "2023"
    # right after "APBD 2025" of "20256": a year in the cut text, none in the whole
    assert found.last(len(text) - 1).group(1) == "2025"
    assert found.last(len(text)).group(1) == "2024"


def test_last_match_before_a_point_when_a_shorter_match_ends_there():
    # a match of the whole text runs across the cut; the cut text holds a shorter one
    pattern = re.compile(r"\bx(?: 1111)? (\d{4})\b")
    found = _MatchesBefore(pattern, "x 1111 2222")
    assert found.last(11).group(1) == "2222"
    assert found.last(6).group(1) == "1111"
    assert found.last(5) is None


def _extractor(text: str) -> _Extractor:
    return _Extractor(_Article(text, NATION, None))


def test_numbers_found_at_their_words_as_by_searching():
    pieces = (
        "Rp", "rp", "RP.", "IDR", "idr ", "Rp ", "12", "1.234", "5,6", ".", ",", "/", "-",
        " ", "a", "x1", "_", "\u0663", "persen", "juta", "\n", "Irp", "r", "p",
    )  # fmt: skip
    for text in [*_texts(), *_fuzz(pieces, 6000, 10, seed=12)]:
        if not text.strip():
            continue
        plain = [m.span() for m in _NUMBER_RE.finditer(text)]
        assert [m.span() for m in _extractor(text)._digit_numbers()] == plain, text


def test_numbers_still_searched_where_lower_case_changes_a_letter():
    # the dotless i is matched by (?i:idr), which a lower-cased word does not show
    text = "dana \u0131DR 5 dan \u0130DR 7"
    extractor = _extractor(text)
    assert not extractor.a.words_exact
    plain = [m.span() for m in _NUMBER_RE.finditer(text)]
    assert [m.span() for m in extractor._digit_numbers()] == plain
    assert plain[0][0] == text.index("\u0131DR")


def test_respective_marker_holds_one_of_its_words():
    pieces = ("masing", "-", "berturut", "turut", " ", "Masing", "BERTURUT", "x", "5")
    for text in _fuzz(pieces, 20000, 8, seed=13):
        if _RESPECTIVE_RE.search(text):
            assert _maybe(text.lower(), _RESPECTIVE_WORDS), text
    assert not _maybe("masing masing", _RESPECTIVE_WORDS)


def test_table_row_needs_a_pipe():
    pieces = ("|", " ", "a", "1", "\n", "-", ":", "\t")
    for text in _fuzz(pieces, 5000, 14, seed=14):
        for line in text.split("\n"):
            if "|" not in line:
                assert not is_table_line(line)
        for pos in range(len(text) + 1):
            lo = text.rfind("\n", 0, pos) + 1
            hi = text.find("\n", pos)
            hi = len(text) if hi < 0 else hi
            plain = (lo, hi) if is_table_line(text[lo:hi]) else None
            assert table_row_span(text, pos) == plain


def test_tokens_from_one_split():
    for text in ["", "a", " a ", "12,5 persen.", "x_y  z\n\nw", *_texts()[:3]]:
        toks = _tokenise(text)
        found = list(re.finditer(r"\w+", text))
        assert (toks.starts, toks.ends) == ([m.start() for m in found], [m.end() for m in found])
        assert toks.lower == [m.group().lower() for m in found]


def test_word_starts_when_the_slice_cuts_a_word():
    text = (
        "Pemkab berharap 5.000 pekerja; mengharapkan target 2025 ditargetkan naik, "
        "harapannya Targetnya tercapai. Diharapkan akan ada rencana baru. akan"
    )
    article = _Article(text, NATION, None)
    for lo in range(len(text) + 1):
        for hi in (lo, lo + 1, lo + 7, lo + 40, len(text)):
            for pattern, accept in ((_HOPE_RE, _is_hope_word), (_TARGET_WORD_RE, _is_target_word)):
                plain = [lo + m.start() for m in pattern.finditer(text[lo:hi])]
                assert article.word_starts(pattern, accept, lo, hi) == plain, (lo, hi)
    # "berharap" cut after "ber": "harap" is a word of the slice
    assert article.word_starts(_HOPE_RE, _is_hope_word, 10, 20) == [10]


def test_indexes_of_words_digits_and_prefixes_as_by_asking_each_word():
    words = frozenset({"rt", "di", "covid", "pem"})
    prefixes = ("pem", "kab", "")
    texts = [
        *_texts()[:6],
        "RT05 rt di2 Di covid19 covid_19 Pemkab pemprov pem kabupaten 19 x2y",
        "",
    ]
    for text in texts:
        toks = _tokenise(text)
        for pre in ((), prefixes[:2], prefixes[2:], ("kab",)):
            for digits in (False, True):

                def accept(word, pre=pre, digits=digits):
                    return bool(
                        word in words
                        or (digits and not word.isalpha() and word.rstrip("0123456789") in words)
                        or (pre and word.startswith(pre))
                    )

                assert toks.indexes_of(words, pre, digits=digits) == toks.indexes(accept)
    toks = _tokenise("rt05 di rt di9")
    assert toks.indexes_of({"rt"}, digits=True) == [0, 2]
    assert toks.indexes_of({"rt"}) == [2]
    assert toks.indexes_of({"x"}, ("d",)) == [1, 3]


def test_word_test_called_and_asked_of_a_token_table_agree():
    test = _WordTest({"di", "se"}, ("kawasan", "target"))
    assert [test(w) for w in ("di", "dia", "kawasannya", "targetkan", "se", "sesuai")] == [
        True, False, True, True, True, False,
    ]  # fmt: skip
    for text in [*_texts()[:6], "Di kawasan Sumbagut, se-Indonesia ditargetkan target"]:
        toks = _tokenise(text)
        assert toks.indexes_of(test.words, test.prefixes) == toks.indexes(test)
        assert toks.indexes_of(_is_hope_word.words, _is_hope_word.prefixes) == toks.indexes(
            lambda word: word.startswith("target") or word in _is_hope_word.words
        )
