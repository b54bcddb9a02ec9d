"""Issue 13, pooled round "pooldate": kinds of wrong as-of dates that recur
across at least three real-news sets, each on a text written for this test
(other places, other numbers, other words). Full register from fixtures/, no
database."""

import datetime as dt

from tests.articles.readings import dated

# -- a story that names no day of its own: the first date the text names -------


def test_an_undated_story_dates_its_figures_by_the_month_its_lead_names(register):
    text = (
        "Fakfak - Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Fakfak periode "
        "Januari-Oktober 2024 terus bertambah.\n"
        "Dari 31.400 potensi angkatan kerja di Kabupaten Fakfak, tercapai 19.217 peserta "
        "atau 61,2 persen, kata kepala kantor cabang."
    )
    got = dated(text, register)
    assert ("workforce", "total", "31400", "Kabupaten Fak Fak", "2024-10") in got
    assert ("participants", "total", "19217", "Kabupaten Fak Fak", "2024-10") in got
    assert ("coverage_pct", "total", "61.2", "Kabupaten Fak Fak", "2024-10") in got


def test_an_undated_story_reads_this_year_and_last_year_against_its_first_year(register):
    text = (
        "Waingapu - Pemerintah Kabupaten Sumba Timur menambah perlindungan bagi pekerja "
        "rentan pada tahun 2024.\n"
        "Bupati meminta camat mendata ulang warga yang belum terlindungi.\n"
        "Tahun ini sebanyak 4.120 pekerja rentan di Kabupaten Sumba Timur terdaftar sebagai "
        "peserta BPJS Ketenagakerjaan yang iurannya dibayar pemerintah daerah. Tahun lalu "
        "baru 3.650 pekerja rentan yang terdaftar."
    )
    got = dated(text, register)
    assert ("participants", "vulnerable", "4120", "Kabupaten Sumba Timur", "2024") in got
    assert ("participants", "vulnerable", "3650", "Kabupaten Sumba Timur", "2023") in got


def test_a_start_year_and_next_years_budget_are_not_the_undated_storys_date(register):
    text = (
        "Disnaker Kabupaten Tabanan Usulkan Tambahan Anggaran di APBD 2027\n\n"
        "Tabanan - Program perlindungan pekerja rentan yang berjalan sejak 2022 diperluas ke "
        "seluruh desa pada 2026.\n"
        "Bupati meminta kepala desa mendata warga yang bekerja tanpa perlindungan.\n"
        "Saat ini sebanyak 7.350 pekerja rentan di Kabupaten Tabanan sudah menjadi peserta "
        "BPJS Ketenagakerjaan yang iurannya ditanggung pemerintah daerah."
    )
    got = dated(text, register)
    assert ("participants", "vulnerable", "7350", "Kabupaten Tabanan", "2026") in got


# -- a standing by coverage that is no prize: dated as the rates it ranks ------


def test_a_standing_by_coverage_takes_the_day_of_the_story(register):
    text = (
        "Manado - BPJS Ketenagakerjaan Sulawesi Utara memaparkan capaian kepesertaan, "
        "Selasa (14/10/2025).\n"
        '"Capaian kepesertaan tertinggi ada di Kota Bitung, disusul Kabupaten Minahasa '
        'Utara," ujarnya.'
    )
    got = dated(text, register, published=dt.date(2025, 10, 15))
    assert ("award_rank", "other", "1", "Kota Bitung", "2025-10-14") in got
    assert ("award_rank", "other", "2", "Kabupaten Minahasa Utara", "2025-10-14") in got


def test_a_standing_at_a_status_date_takes_that_date_and_a_prize_its_year(register):
    text = (
        "Jambi - Per 30 September 2025, Provinsi Jambi berada di peringkat ke-14 dari 38 "
        "provinsi dalam cakupan kepesertaan BPJS Ketenagakerjaan.\n"
        "Sebelumnya Kabupaten Tebo meraih juara I Paritrana Award 2024 tingkat Provinsi Jambi."
    )
    got = dated(text, register, published=dt.date(2025, 10, 20))
    assert ("award_rank", "other", "14", "Jambi", "2025-09-30") in got
    assert ("award_rank", "other", "1", "Kabupaten Tebo", "2024") in got


# -- the day a figure was told, after the month it was counted to --------------


def test_the_day_told_after_a_month_said_just_before_is_not_the_figures_date(register):
    text = (
        "Singkawang - Data terakhir hingga Juni 2025 mencatat peserta aktif BPJS "
        "Ketenagakerjaan di Kota Singkawang sebanyak 41.300 tenaga kerja.\n"
        '"Rinciannya dari segmen Penerima Upah sebanyak 30.150 peserta dan Bukan Penerima '
        'Upah sebanyak 11.150 peserta," ujarnya, Kamis (10/7/2025).'
    )
    got = dated(text, register, published=dt.date(2025, 7, 11))
    assert ("participants", "formal", "30150", "Kota Singkawang", "2025-06") in got
    assert ("participants", "informal", "11150", "Kota Singkawang", "2025-06") in got
    # told with no month said before it, a figure keeps the day it was told
    text = (
        "Singkawang - Pemerintah Kota Singkawang menambah perlindungan pekerja.\n"
        '"Sebanyak 2.300 pekerja rentan sudah kami daftarkan sebagai peserta BPJS '
        'Ketenagakerjaan," ujarnya, Kamis (10/7/2025).'
    )
    got = dated(text, register, published=dt.date(2025, 7, 11))
    assert ("participants", "vulnerable", "2300", "Kota Singkawang", "2025-07-10") in got


# -- the next sentence names the date of the data it points back to ------------


def test_the_next_sentence_dates_the_data_it_points_back_to(register):
    text = (
        "Kalabahi - Kepala kantor cabang menyebut baru 27,4 persen pekerja di Kabupaten Alor "
        "yang terlindungi BPJS Ketenagakerjaan. Hal ini berdasarkan data per Agustus 2025."
    )
    got = dated(text, register, published=dt.date(2025, 10, 2))
    assert ("coverage_pct", "total", "27.4", "Kabupaten Alor", "2025-08") in got
    # a date the next sentence gives to the base of a change is not the figure's
    text = (
        "Kalabahi - Hingga saat ini ada 12.410 tenaga kerja aktif di Kabupaten Alor yang "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan. Angka tersebut naik dari total "
        "kepesertaan hingga Desember 2024 sekitar 11.900 tenaga kerja."
    )
    got = dated(text, register, published=dt.date(2025, 10, 2))
    assert ("participants", "total", "12410", "Kabupaten Alor", "2025-10-02") in got


def test_this_is_the_data_per_a_month_dates_the_list_before_it(register):
    text = (
        "Palu - Aparat non-ASN yang terlindungi BPJS Ketenagakerjaan dimulai dari Kota Palu "
        "sebanyak 4.210 aparat, disusul Kabupaten Sigi sebanyak 1.980 aparat.\n"
        "“Ini adalah data peserta non-ASN per November 2024. Tahun ini kita kejar lagi,” "
        "katanya."
    )
    got = dated(text, register, published=dt.date(2025, 1, 20))
    assert ("participants", "other", "4210", "Kota Palu", "2024-11") in got
    assert ("participants", "other", "1980", "Kabupaten Sigi", "2024-11") in got


def test_a_placement_in_a_category_of_a_contest_keeps_the_year(register):
    text = (
        "Tabanan - Dalam ajang tingkat Provinsi Bali, Kabupaten Tabanan menduduki peringkat "
        "kedua untuk kategori Pemerintah Kabupaten/Kota, kata Sekda, Selasa (14/10/2025)."
    )
    got = dated(text, register, published=dt.date(2025, 10, 15))
    assert ("award_rank", "other", "2", "Kabupaten Tabanan", "2025") in got
