"""Round "nouns": what the word after a count says it counts, and a count
dated in the year the article came out. Membership cards of the agency
handed out are the workers covered ("1.250 kartu BPJS Ketenagakerjaan bagi
nelayan"); a bare number "per orang" or "per bulan" is an amount for each,
no headcount; a count of the publication's year is no headcount of a year to
come when the quoted day was typed a year early. Texts written for this test
(other places, other numbers, other words). Full register from fixtures/, no
database."""

import datetime as dt

from tests.articles.readings import dated, read, values

# -- membership cards are the workers they are for ---------------------------


def test_cards_handed_to_a_group_are_its_members(register):
    text = (
        "Ende - Pemerintah Kabupaten Ende bersama BPJS Ketenagakerjaan menyerahkan "
        "3.415 kartu BPJS Ketenagakerjaan bagi pekerja rentan di Kabupaten Ende."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3415", "Kabupaten Ende") in got


def test_participant_cards_of_the_agency_are_read_too(register):
    text = (
        "Sikka - Bupati Sikka membagikan 2.108 kartu peserta BPJamsostek kepada nelayan "
        "yang iurannya ditanggung Pemkab Sikka."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2108", "Kabupaten Sikka") in got


def test_health_cards_are_no_members_of_the_agency(register):
    text = (
        "Ende - Pemerintah Kabupaten Ende menyerahkan 3.415 kartu BPJS Kesehatan bagi "
        "pekerja rentan yang juga menjadi peserta BPJS Ketenagakerjaan."
    )
    assert "3415" not in values(read(text, register))


# -- an amount for each person is no headcount -------------------------------


def test_a_premium_per_person_without_rupiah_is_no_count(register):
    text = (
        "Kampar - Tahun ini Pemkab Kampar menganggarkan iuran BPJS Ketenagakerjaan bagi "
        "2.740 honorer, dengan besar iuran 16.800 per orang untuk dua program."
    )
    got = read(text, register)
    assert "16800" not in values(got)
    assert ("participants", "other", "2740", "Kabupaten Kampar") in got


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
