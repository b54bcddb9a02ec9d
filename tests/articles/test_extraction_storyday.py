"""Round "storyday": the as-of date of a figure told twice and of the story's
day, each on a text written for this test (other places, other numbers, other
words). Full register from fixtures/, no database."""

from tests.articles.readings import dated

# -- a figure told twice: the mention whose own sentence names its date --------


def test_a_rate_told_now_and_again_with_its_year_keeps_the_year(register):
    text = (
        "Muara Enim, Selasa (10/6/2025) - Pemkab Muara Enim terus memperluas "
        "perlindungan pekerja.\n"
        "Saat ini cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Muara Enim "
        "baru mencapai 41 persen.\n"
        "Kepala cabang menambahkan, capaian sepanjang 2024 tercatat di 41 persen."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "41", "Kabupaten Muara Enim", "2024") in got


def test_a_count_told_now_and_again_with_its_month_keeps_the_month(register):
    text = (
        "Kepala Kantor Cabang BPJS Ketenagakerjaan Pesisir Selatan, di Painan, Senin "
        "(27/10/2025), mengatakan saat ini 7.430 pekerja rentan di Kabupaten Pesisir Selatan sudah "
        "terlindungi.\n"
        "Pada Oktober 2025 ini sebanyak 7.430 pekerja rentan di Kabupaten Pesisir "
        "Selatan iurannya dibayar pemerintah daerah."
    )
    got = dated(text, register)
    dates = {as_of for metric, _s, value, _r, as_of in got if value == "7430"}
    assert dates == {"2025-10"}


def test_a_year_named_after_a_sum_of_money_is_not_the_count_s_own(register):
    text = (
        "Sebanyak 1.905 pekerja rentan di Kabupaten Klaten kini resmi terlindungi "
        "BPJS Ketenagakerjaan, Rabu (8/10/2025).\n"
        "Bupati menjelaskan dana sebesar Rp95 juta dari DBHCHT di tahun 2025 ini "
        "mampu menanggung iuran 1.905 pekerja di Kabupaten Klaten selama tiga bulan."
    )
    got = dated(text, register)
    dates = {as_of for metric, _s, value, _r, as_of in got if value == "1905"}
    assert dates == {"2025-10-08"}


# -- the story's day: the day it was told --------------------------------------


def test_a_meeting_a_few_days_before_the_statement_is_not_the_story_s_day(register):
    text = (
        "Balige - Bupati Toba menerima kunjungan pimpinan BPJS Ketenagakerjaan dalam "
        "pertemuan di ruang kerjanya, Senin, 12 Mei 2025 silam.\n"
        "Dalam keterangan tertulisnya, Jumat (16/05/2025), kepala cabang menyebut "
        "pembahasan berfokus pada pekerja informal.\n"
        "Saat ini cakupan kepesertaan di Kabupaten Toba baru mencapai 18,4 persen."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "18.4", "Kabupaten Toba", "2025-05-16") in got


def test_a_page_stamp_with_a_clock_time_is_not_the_story_s_day(register):
    text = (
        "Oleh Humas Pemkab, Jumat, 14 Maret 2025 | 09:41 WIB\n"
        "Pemkab Ciamis menggelar rapat koordinasi jaminan sosial di aula setda, "
        "Kamis (13/3/2025).\n"
        "Kepala cabang menyebut cakupan kepesertaan di Kabupaten Ciamis saat ini baru "
        "mencapai 23,7 persen."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "23.7", "Kabupaten Ciamis", "2025-03-13") in got


def test_the_day_another_outlet_relayed_the_story_is_not_its_day(register):
    text = (
        "Hal itu disampaikan kepala kantor wilayah di Kupang, Selasa (8/7/2025).\n"
        "Cakupan kepesertaan di Kabupaten Kupang saat ini baru 29,2 persen, katanya "
        "seperti dikutip media daring setempat, Rabu (9/7/2025)."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "29.2", "Kabupaten Kupang", "2025-07-08") in got


def test_the_hour_of_a_meeting_is_no_page_stamp(register):
    text = (
        "Rapat koordinasi digelar di aula kantor bupati, Selasa (4/3/2025) pukul 09.00 WIB.\n"
        "Cakupan kepesertaan di Kabupaten Kuningan saat ini baru 26,1 persen.\n"
        "Evaluasi berikutnya dijadwalkan pada Senin (17/3/2025)."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "26.1", "Kabupaten Kuningan", "2025-03-04") in got
