"""Tests of articles/dates.py: Indonesian month and weekday names, date
parsing, year inference from weekdays, and finding dates in article text.
Pure: no database."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.dates import (
    DAY,
    MONTH,
    WEEKDAY_NAMES,
    YEAR,
    as_of_string,
    find_dates,
    infer_year,
    last_weekday_on_or_before,
    month_number,
    parse_indonesian_date,
    weekday_matches,
    weekday_number,
)

SEED_DIR = Path(__file__).parent / "seed_texts"
TODAY = dt.date(2026, 11, 23)
MONTH_NAMES = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def _seed(prefix):
    (path,) = SEED_DIR.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Januari", 1),
        ("jan", 1),
        ("Februari", 2),
        ("Feb", 2),
        ("Pebruari", 2),
        ("Mar", 3),
        ("april", 4),
        ("Apr", 4),
        ("Mei", 5),
        ("Jun", 6),
        ("Jul", 7),
        ("Agustus", 8),
        ("Agu", 8),
        ("Agt", 8),
        ("Sep", 9),
        ("Sept.", 9),
        ("Okt", 10),
        ("Nopember", 11),
        ("Nov", 11),
        ("Des", 12),
        ("DESEMBER", 12),
    ],
)
def test_month_number(name, number):
    assert month_number(name) == number


def test_month_number_of_a_non_month_is_none():
    assert month_number("Senin") is None


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Senin", 0),
        ("selasa", 1),
        ("Rabu", 2),
        ("Kamis", 3),
        ("Jumat", 4),
        ("Jum'at", 4),
        ("Jum\u2019at", 4),
        ("Sabtu", 5),
        ("Minggu", 6),
        ("Ahad", 6),
        (3, 3),
    ],
)
def test_weekday_number(name, number):
    assert weekday_number(name) == number


@pytest.mark.parametrize("bad", ["Friday", "", 7, -1])
def test_weekday_number_rejects_other_values(bad):
    with pytest.raises(ValueError, match="weekday"):
        weekday_number(bad)


@pytest.mark.parametrize(
    ("day", "month", "weekday", "earliest", "latest", "years"),
    [
        # "Jumat (29/9)": a Friday in 2023, the only one after 2021 (2028 is outside)
        (29, 9, "Jumat", 2021, 2026, [2023]),
        (29, 9, "Jumat", 2010, 2030, [2017, 2023, 2028]),
        # "Kamis (9/2/2023)": the written year agrees with the weekday
        (9, 2, "Kamis", 2020, 2026, [2023]),
        # "Ahad, 11/8": 2024
        (11, 8, "Ahad", 2020, 2026, [2024]),
        (11, 8, "Minggu", 2020, 2026, [2024]),
        (10, 7, "Kamis", 2023, 2026, [2025]),
        (27, 1, "Sabtu", 2022, 2026, [2024]),
        (29, 2, "Kamis", 2017, 2030, [2024]),
        (31, 2, "Senin", 2000, 2030, []),
        (1, 1, 0, 2024, 2024, [2024]),
        (1, 1, "Senin", 2025, 2020, []),
    ],
)
def test_infer_year(day, month, weekday, earliest, latest, years):
    assert infer_year(day, month, weekday, earliest=earliest, latest=latest) == years


def test_seed_dates_agree_with_their_weekdays():
    assert weekday_matches(dt.date(2023, 9, 29), "Jumat")
    assert weekday_matches(dt.date(2023, 2, 9), "Kamis")
    assert weekday_matches(dt.date(2024, 8, 11), "Ahad")
    assert weekday_matches(dt.date(2025, 7, 10), "Kamis")
    assert weekday_matches(dt.date(2024, 1, 27), "Sabtu")


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("10/7/2025", dt.date(2025, 7, 10), DAY),
        ("9-2-2023", dt.date(2023, 2, 9), DAY),
        ("9/2/23", dt.date(2023, 2, 9), DAY),
        ("9 Februari 2023", dt.date(2023, 2, 9), DAY),
        ("31 Des 2024", dt.date(2024, 12, 31), DAY),
        ("Kamis (9/2/2023)", dt.date(2023, 2, 9), DAY),
        ("Kamis, 9 Februari 2023", dt.date(2023, 2, 9), DAY),
        ("Ahad (11/8/2024)", dt.date(2024, 8, 11), DAY),
        ("2023-02-09", dt.date(2023, 2, 9), DAY),
        ("Februari 2025", dt.date(2025, 2, 1), MONTH),
        ("Juni tahun 2024", dt.date(2024, 6, 1), MONTH),
        ("tahun 2023", dt.date(2023, 1, 1), YEAR),
        ("Tahun Anggaran 2025", dt.date(2025, 1, 1), YEAR),
        ("2023 lalu", dt.date(2023, 1, 1), YEAR),
        ("2024", dt.date(2024, 1, 1), YEAR),
        # no year written: the latest year up to today where the weekday fits
        ("Jumat (29/9)", dt.date(2023, 9, 29), DAY),
        ("Jum'at (29/9)", dt.date(2023, 9, 29), DAY),
        ("(Ahad, 11/8)", dt.date(2024, 8, 11), DAY),
    ],
)
def test_parse_indonesian_date(text, date, precision):
    assert parse_indonesian_date(text, today=TODAY) == (date, precision)


def test_parse_indonesian_date_uses_default_year_when_none_is_written():
    assert parse_indonesian_date("29/9", default_year=2023) == (dt.date(2023, 9, 29), DAY)
    assert parse_indonesian_date("11 Agustus", default_year=2024) == (dt.date(2024, 8, 11), DAY)


@pytest.mark.parametrize("text", ["", "   ", "bukan tanggal", "31/2/2023", "29/9", "13/13/2023"])
def test_parse_indonesian_date_rejects_text_without_a_date(text):
    with pytest.raises(ValueError, match="date"):
        parse_indonesian_date(text, today=TODAY)


@pytest.mark.parametrize(
    ("precision", "expected"), [(YEAR, "2023"), (MONTH, "2023-02"), (DAY, "2023-02-09")]
)
def test_as_of_string(precision, expected):
    assert as_of_string(dt.date(2023, 2, 9), precision) == expected


def test_last_weekday_on_or_before():
    assert last_weekday_on_or_before(dt.date(2024, 1, 27), "Sabtu") == dt.date(2024, 1, 27)
    assert last_weekday_on_or_before(dt.date(2024, 1, 27), "Jumat") == dt.date(2024, 1, 26)
    assert last_weekday_on_or_before(dt.date(2024, 1, 27), "Minggu") == dt.date(2024, 1, 21)


# --------------------------------------------------------------------------
# Dates in article text
# --------------------------------------------------------------------------


def test_find_dates_infers_the_year_of_jumat_29_9_from_the_other_years_in_the_text():
    text = _seed("003")
    dates = find_dates(text, today=TODAY)
    first = dates[0]
    assert text[first.start : first.end] == "Jumat (29/9)"
    assert (first.date, first.precision, first.year_inferred) == (dt.date(2023, 9, 29), DAY, True)
    assert first.anchored
    # with the publication date the answer is the same
    assert find_dates(text, published=dt.date(2023, 9, 29))[0].date == dt.date(2023, 9, 29)


def test_find_dates_in_seed_004_keeps_the_written_year():
    text = _seed("004")
    anchored = [d for d in find_dates(text, today=TODAY) if d.anchored]
    assert [(text[d.start : d.end], d.date, d.year_inferred) for d in anchored] == [
        ("Kamis (9/2/2023)", dt.date(2023, 2, 9), False)
    ]


def test_find_dates_in_seed_002():
    text = _seed("002")
    found = [(text[d.start : d.end], d.as_of) for d in find_dates(text, today=TODAY)]
    assert found == [
        ("Tahun 2023", "2023"),
        ("Ahad (11/8/2024)", "2024-08-11"),
        ("2024", "2024"),
        ("Ahad, 11/8)", "2024-08-11"),
    ]


def test_find_dates_month_and_year_forms():
    text = "Per Juni 2024 cakupan naik; data tahun 2023 lalu dan 31 Des 2024 juga dipakai."
    found = [(text[d.start : d.end], d.as_of) for d in find_dates(text, today=TODAY)]
    assert found == [
        ("Juni 2024", "2024-06"),
        ("tahun 2023", "2023"),
        ("31 Des 2024", "2024-12-31"),
    ]


def test_find_dates_uses_the_publication_date_for_a_day_without_weekday():
    text = "Rapat digelar (3/1) di Makassar."
    (found,) = find_dates(text, published=dt.date(2024, 1, 5))
    assert found.date == dt.date(2024, 1, 3)
    # a day after the publication date belongs to the year before
    (found,) = find_dates("Rapat (30/12).", published=dt.date(2024, 1, 5))
    assert found.date == dt.date(2023, 12, 30)


def test_find_dates_ignores_numbers_that_are_not_dates():
    text = "Sebanyak 24.874 pekerja, 46,44 persen, Rp16 miliar, 1,3 juta dan 7 anggota."
    assert find_dates(text, today=TODAY) == []


def test_find_dates_drops_a_weekday_date_that_cannot_exist():
    # 29 February fell on a Tuesday in 2000, never between 2016 and 2026
    assert find_dates("Selasa (29/2)", today=TODAY) == []
    assert find_dates("Senin (31/4)", today=TODAY) == []


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

DATES = st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31))


@given(day=DATES)
def test_infer_year_finds_the_year_of_any_date(day):
    years = infer_year(
        day.day, day.month, WEEKDAY_NAMES[day.weekday()], earliest=day.year - 6, latest=day.year + 6
    )
    assert day.year in years
    assert all(dt.date(y, day.month, day.day).weekday() == day.weekday() for y in years)


@given(day=DATES)
def test_written_dates_round_trip(day):
    weekday = WEEKDAY_NAMES[day.weekday()]
    month = MONTH_NAMES[day.month - 1]
    for text in (
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day} {month} {day.year}",
        f"{weekday} ({day.day}/{day.month}/{day.year})",
        f"{weekday}, {day.day} {month} {day.year}",
    ):
        assert parse_indonesian_date(text, today=TODAY) == (day, DAY)
    assert parse_indonesian_date(f"{month} {day.year}", today=TODAY) == (
        day.replace(day=1),
        MONTH,
    )


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("0123456789/-.,() KamisJumatAhadFebruariDestahun\n'")),
        max_size=120,
    ),
    published=st.one_of(st.none(), DATES),
)
def test_find_dates_never_raises_and_spans_are_exact(text, published):
    for found in find_dates(text, published=published, today=TODAY):
        assert 0 <= found.start < found.end <= len(text)
        assert found.precision in (DAY, MONTH, YEAR)
        assert found.as_of == as_of_string(found.date, found.precision)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_find_dates_on_random_text_never_raises(text):
    find_dates(text, today=TODAY)
