"""Round five of issue 13 (extract-b), the figure's as-of date: the date a
web page was read or a span started is not the figure's; a year gone by
named as a cut-off ("hingga 2025" in a 2026 story, or in an undated text)
dates the undated figures after it. Each text is written for this test; full
region register from fixtures/, no database."""

import datetime as dt

from articles.extraction import extract_figures


def dates(text, register, published):
    return {
        (f.metric, str(f.value), f.as_of)
        for f in extract_figures(text, register, published=published)
    }


def test_the_day_a_page_was_read_is_not_the_figures_date(register):
    text = (
        "Kementerian Ketenagakerjaan mencatat, hingga Agustus 2024 jumlah pekerja di "
        "Provinsi Jambi yang terdaftar BPJS Ketenagakerjaan sebanyak 402.118 orang.\n"
        "Dalam laman satudata yang diakses pada Senin (9/12/2024), tertulis kepesertaan "
        "aktif terdiri dari penerima upah 301.455 orang dan bukan penerima upah 61.204 orang."
    )
    got = dates(text, register, dt.date(2024, 12, 11))
    assert ("participants", "402118", "2024-08") in got
    assert ("participants", "301455", "2024-08") in got
    assert ("participants", "61204", "2024-08") in got


def test_where_a_span_starts_is_not_the_figures_date(register):
    text = (
        "Pemkab Gowa menyebut 1.850 orang perangkat desa sudah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan sejak Maret 2019."
    )
    assert dates(text, register, dt.date(2024, 6, 3)) == {("participants", "1850", "2024-06-03")}


def test_a_past_year_cut_off_dates_the_figures_after_it(register):
    text = (
        "Kepala Kantor Wilayah menyebut hingga 2025 tingkat kepesertaan BPJS "
        "Ketenagakerjaan di Kalimantan Barat baru 31 persen.\n"
        "Ia menambahkan pentingnya kolaborasi dengan pemerintah daerah.\n"
        "Media juga diajak menyebarkan informasi.\n"
        "Berdasarkan data BPJS Ketenagakerjaan, kepesertaan di Kota Pontianak sekitar "
        "44 persen."
    )
    got = dates(text, register, dt.date(2026, 2, 2))
    assert ("coverage_pct", "31", "2025") in got
    assert ("coverage_pct", "44", "2025") in got


def test_the_current_year_cut_off_does_not_reach_far(register):
    text = (
        "Kepala Kantor Wilayah menyebut hingga 2025 tingkat kepesertaan BPJS "
        "Ketenagakerjaan di Kalimantan Barat baru 31 persen.\n"
        "Ia menambahkan pentingnya kolaborasi dengan pemerintah daerah.\n"
        "Media juga diajak menyebarkan informasi.\n"
        "Berdasarkan data BPJS Ketenagakerjaan, kepesertaan di Kota Pontianak sekitar "
        "44 persen."
    )
    got = dates(text, register, dt.date(2025, 10, 2))
    assert ("coverage_pct", "44", "2025-10-02") in got


def test_a_date_right_after_a_count_and_its_noun_is_its_own(register):
    text = (
        "Jumlah pekerja di Kabupaten Gowa yang terdaftar BPJS Ketenagakerjaan mencapai "
        "61.250 orang di 2024 atau meningkat dari 52.870 pekerja pada Desember 2023."
    )
    got = dates(text, register, dt.date(2025, 3, 4))
    assert ("participants", "61250", "2024") in got
    assert any(value == "52870" and as_of == "2023-12" for _m, value, as_of in got)


def test_months_named_without_their_year_take_the_year_of_the_text(register):
    text = (
        "Jumlah peserta aktif BPJS Ketenagakerjaan di Provinsi Bengkulu menurun sejak "
        "awal tahun 2025. Pada Januari berjumlah 231.410 orang, Februari 229.875 orang, "
        "dan Maret menjadi 227.160 orang."
    )
    got = dates(text, register, dt.date(2025, 5, 15))
    assert ("participants", "231410", "2025-01") in got
    assert ("participants", "229875", "2025-02") in got
    assert ("participants", "227160", "2025-03") in got


def test_a_half_year_or_quarter_dates_to_its_last_month_and_carries(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Kendari menyatakan hingga semester I tahun "
        "2023 baru 301.450 orang pekerja di Sulawesi Tenggara yang terdaftar.\n"
        '"Dari jumlah itu 210.300 orang pekerja penerima upah," katanya, Senin.\n'
        "Pada triwulan III 2023 cakupannya di Sulawesi Tenggara naik menjadi 29,4 persen."
    )
    got = dates(text, register, None)
    assert ("participants", "301450", "2023-06") in got
    assert ("participants", "210300", "2023-06") in got
    assert ("coverage_pct", "29.4", "2023-09") in got
