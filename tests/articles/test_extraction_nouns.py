"""Round "nouns" (its kept rule): a count of the publication's year is no
headcount of a year to come when the quoted day was typed a year early.
Texts written for this test (other places, other numbers, other words). Full
register from fixtures/, no database."""

import datetime as dt

from tests.articles.readings import dated

# -- the publication's year is no year to come -------------------------------


def test_a_count_of_the_publication_year_is_kept_when_the_quote_is_dated_earlier(register):
    text = (
        "Semarang - Kepala BPJS Ketenagakerjaan Semarang mengatakan hingga awal Februari "
        "2024 peserta aktif penerima upah di Kota Semarang sebanyak 412.306 pekerja, "
        "ujarnya, Senin (5/2/2023)."
    )
    got = dated(text, register, published=dt.date(2024, 2, 6))
    assert ("participants", "formal", "412306", "Kota Semarang", "2024-02") in got


def test_a_headcount_for_a_year_after_the_publication_stays_planned(register):
    text = (
        "Semarang - Pemkot Semarang memberikan perlindungan bagi 12.560 pekerja rentan "
        "pada tahun 2025, kata Wali Kota, Senin (5/2/2024)."
    )
    got = dated(text, register, published=dt.date(2024, 2, 6))
    assert "12560" not in {value for _m, _s, value, _r, _d in got}
