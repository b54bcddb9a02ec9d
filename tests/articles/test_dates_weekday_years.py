"""The year of a day and month written without one ("Sabtu (28/7)"): the
weekday chooses only between years next to the one the article is about, and
a weekday that fits none of them does not move the date years away. Also: the
extractor's word table finds the same dates as a search of the text.
Pure: no database."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.dates import find_dates
from articles.extraction.tokens import _tokenise

TODAY = dt.date(2026, 11, 23)


def _only_date(text: str, **kwargs) -> dt.date:
    (found,) = [d for d in find_dates(text, today=TODAY, **kwargs) if d.year_inferred]
    return found.date


# --------------------------------------------------------------------------
# No publication date: the years the text talks about
# --------------------------------------------------------------------------


def test_a_weekday_that_fits_no_year_nearby_keeps_the_year_the_text_talks_about():
    # 28 July fell on a Saturday in 2018, not in 2023-2026
    text = (
        "Tahun 2024 pemerintah membayar iuran 5.000 nelayan, kata gubernur, Sabtu (28/7). "
        "Pada tahun 2025 nanti skemanya berubah."
    )
    found = [d for d in find_dates(text, today=TODAY) if d.year_inferred]
    assert [(text[d.start : d.end], d.date, d.weekday) for d in found] == [
        ("Sabtu (28/7)", dt.date(2024, 7, 28), 5)
    ]


def test_without_a_year_before_it_the_first_year_after_it_stands():
    text = "Kata kepala dinas, Sabtu (28/7). Anggaran tahun 2024 sudah cair, tahun 2025 naik."
    assert _only_date(text) == dt.date(2024, 7, 28)


def test_the_weekday_chooses_the_year_after_the_one_the_text_names():
    # 9 May was a Thursday in 2024, a Tuesday in 2023
    text = "Data per Desember 2023 mencatat 1.200 peserta, ujar kepala cabang, Kamis (9/5)."
    assert _only_date(text) == dt.date(2024, 5, 9)


def test_the_weekday_does_not_take_a_date_years_after_the_text():
    # 29 September was a Friday in 2023; 2019-2021 do not fit
    text = "Cakupan tahun 2020 baru 30 persen, kata kepala dinas, Jumat (29/9)."
    assert _only_date(text) == dt.date(2020, 9, 29)


def test_a_regulation_year_is_not_the_year_the_text_talks_about():
    # nothing but a regulation's year: the weekday is all there is to go on
    text = "Sesuai Instruksi Presiden Nomor 2 Tahun 2021, rapat digelar Jumat (29/9)."
    assert _only_date(text) == dt.date(2023, 9, 29)
    # the regulation is still found as a date
    assert [d.as_of for d in find_dates(text, today=TODAY) if not d.year_inferred] == ["2021"]


def test_a_day_without_weekday_still_takes_the_latest_year_written():
    text = "Tahun 2024 iuran dibayar, rapat (3/1); tahun 2025 nanti berubah."
    assert _only_date(text) == dt.date(2025, 1, 3)


# --------------------------------------------------------------------------
# With a publication date
# --------------------------------------------------------------------------


def test_a_weekday_slip_keeps_the_publication_year():
    # 28 July 2024 was a Sunday; the weekday fits no year next to 2024
    assert _only_date("Ujar gubernur, Sabtu (28/7).", published=dt.date(2024, 8, 1)) == dt.date(
        2024, 7, 28
    )


def test_the_weekday_chooses_the_year_before_early_in_january():
    # 30 December 2023 was a Saturday
    text = "Rapat evaluasi digelar Sabtu (30/12)."
    assert _only_date(text, published=dt.date(2024, 1, 3)) == dt.date(2023, 12, 30)


def test_the_weekday_chooses_the_next_year_late_in_december():
    # 2 January 2025 is a Thursday, 2 January 2024 was a Tuesday
    text = "Pendaftaran dibuka Kamis (2/1) mendatang."
    assert _only_date(text, published=dt.date(2024, 12, 30)) == dt.date(2025, 1, 2)


def test_a_later_day_of_the_publication_year_that_fits_the_weekday():
    # 10 June 2024 was a Monday
    text = "Sosialisasi dijadwalkan Senin (10/6)."
    assert _only_date(text, published=dt.date(2024, 3, 1)) == dt.date(2024, 6, 10)


# --------------------------------------------------------------------------
# The extractor's word table
# --------------------------------------------------------------------------

SENTENCES = [
    "Jum'at (29/9) dan Jum\u2019at, 6/10 rapat; Ahad, 11/8.",
    "Sebanyak 24.874 pekerja, 46,44 persen, Rp16 miliar dan 1/2 dari 7 anggota.",
    "Rapat digelar (3/1) di Makassar; per 31 Des 2024, TA 2025 dan thn. 2023.",
    "Sesuai UU Nomor 24 Tahun 2011 dan Inpres No. 2 Tahun 2021 sejak 2015-01-01.",
    "KAMIS (9/2/2023) data Februari 2025, Juni tahun 2024, 10/7/2025, 9-2-23.",
    "Senin, 10 Juli 2025 -Selasa (11/7) dan_2024 serta x2024 pada 2024.",
]


def _with_words(text: str, **kwargs):
    lower = text.lower()
    assert len(lower) == len(text)
    return find_dates(text, today=TODAY, words=_tokenise(text, lower), **kwargs)


def test_the_word_table_finds_the_same_dates_as_the_search():
    for text in [*SENTENCES, "\n".join(SENTENCES)]:
        assert _with_words(text) == find_dates(text, today=TODAY)


_PIECES = st.sampled_from(
    [" ", "  ", ", ", "(", ")", "/", "-", ".", "'", "Jum", "at", "Senin", "sabtu", "Mei",
     "Des", "tahun", "Nomor", "ta", "9", "29", "2024", "12", "1.200", "x", "_"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_word_table_agrees_with_the_search_on_any_text(text):
    assert _with_words(text) == find_dates(text, today=TODAY)
