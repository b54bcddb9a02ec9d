"""Round "dates": kinds of wrong as-of dates read from the sentence a figure
is in (which date it belongs to, at which precision), each on a text written
for this test (other places, other numbers, other words). Full register from
fixtures/, no database."""

import datetime as dt

from articles.dates import find_dates
from tests.articles.readings import dated

# -- a cut-off named with "periode" between the word and the month ------------


def test_a_cutoff_with_periode_before_the_month_is_a_status_date(register):
    text = (
        "Kendari (ANTARA) - Kepesertaan BPJS Ketenagakerjaan di Provinsi Sulawesi Tenggara "
        "terus tumbuh, kata kepala kantor wilayah di Kendari, Selasa (14/3/2023).\n"
        '"Untuk pekerja formal maupun informal hingga periode Januari 2023 cakupannya '
        'mencapai 41 persen," katanya.\n'
        "Ia menambahkan, cakupan tertinggi ada di Kota Kendari mencapai 63 persen, "
        "selanjutnya Kota Baubau 52 persen."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "41", "Sulawesi Tenggara", "2023-01") in got
    assert ("coverage_pct", "total", "63", "Kota Kendari", "2023-01") in got
    assert ("coverage_pct", "total", "52", "Kota Bau Bau", "2023-01") in got


# -- a month without its year after "per" or "posisi" --------------------------


def test_a_bare_month_after_per_dates_the_level_to_that_month_of_the_year(register):
    text = (
        "Klaten - Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Klaten terus naik.\n"
        "Target pada tahun 2024 sebesar 35,5 persen dengan realisasi per Agustus "
        "mencapai 38,12 persen."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "38.12", "Kabupaten Klaten", "2024-08") in got


def test_a_bare_month_after_posisi_dates_the_count_to_that_month(register):
    text = (
        "Kudus - Kepesertaan BPJS Ketenagakerjaan di Kabupaten Kudus pada 2024 masih "
        "jauh dari potensi.\n"
        '"Sampai dengan posisi Mei kemarin baru ada 118.400 pekerja yang terdaftar '
        'sebagai peserta BPJS Ketenagakerjaan," katanya.'
    )
    got = dated(text, register)
    assert ("participants", "total", "118400", "Kabupaten Kudus", "2024-05") in got


# -- a year still to come, named in the sentence before ----------------------


def test_a_rate_reached_now_takes_no_deadline_from_the_sentence_before(register):
    text = (
        "Kisaran - BPJS Ketenagakerjaan Kisaran menargetkan cakupan pekerja yang "
        "terlindungi di Kabupaten Asahan mencapai 65 persen pada tahun 2026. Namun "
        "demikian, sejauh ini cakupan pekerja yang terlindungi sudah pada angka 44 persen.\n"
        "Hal itu disampaikan kepala kantor cabang di Kisaran, Rabu (8/10/2025)."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "44", "Kabupaten Asahan", "2025-10-08") in got


def test_a_workforce_takes_no_year_to_come_carried_from_the_sentence_before(register):
    text = (
        "Blora - Rapat membahas pendataan pekerja rentan, Kamis, 10 April 2025.\n"
        "Cakupan di Jawa Tengah sudah mencapai 31,2% dan pada tahun 2045 nanti "
        "diproyeksikan mencapai 80,5%.\n"
        "Untuk Kabupaten Blora dengan semesta pekerja sebanyak 402.118 jiwa yang sudah "
        "menjadi peserta BPJS Ketenagakerjaan 96.530 jiwa."
    )
    got = dated(text, register)
    assert ("workforce", "total", "402118", "Kabupaten Blora", "2025-04-10") in got


# -- the year after a part of it in Roman numerals: "kuartal I-2025" ----------


def test_a_quarter_written_with_a_hyphen_names_its_year():
    text = "hingga akhir triwulan III-2024, dan semester II-2023; bukan COVID-2019"
    got = [(d.as_of, text[d.start : d.end]) for d in find_dates(text)]
    assert got == [("2024", "2024"), ("2023", "2023")]


def test_a_quarter_written_with_a_hyphen_dates_the_count_to_its_last_month(register):
    text = (
        "Jakarta - BPJS Ketenagakerjaan mencatat jumlah peserta aktif di Provinsi Jawa Timur "
        "mencapai 7.412.530 orang hingga akhir kuartal II-2024.\n"
        "Peserta dari kategori penerima upah masih menjadi kontributor terbesar dengan total "
        "5.120.114 orang, kata deputi, Jumat (2/8).\n"
    )
    got = dated(text, register, published=dt.date(2024, 8, 2))
    assert ("participants", "total", "7412530", "Jawa Timur", "2024-06") in got
    assert ("participants", "formal", "5120114", "Jawa Timur", "2024-06") in got


# -- a target's deadline after the rate it is compared with -------------------


def test_a_deadline_after_a_target_is_not_the_date_of_the_rate_before_it(register):
    text = (
        "Mamuju - Kepala BPJS Ketenagakerjaan Mamuju menyampaikan capaian perlindungan di "
        "Mamuju, Selasa (3/6/2025).\n"
        "Menurut dia, cakupan Kabupaten Mamuju masih sebesar 23,18 persen dari target "
        "49,5 persen pada 2026."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "23.18", "Kabupaten Mamuju", "2025-06-03") in got
    assert ("target_pct", "total", "49.5", "Kabupaten Mamuju", "2026") in got


# -- the date of the base of a change, said after its number -----------------


def test_the_year_of_a_changes_base_is_not_the_date_of_the_level_it_became(register):
    text = (
        "Pemkab Donggala mencatat 9.120 pekerja telah terdaftar BPJS Ketenagakerjaan pada "
        "tahun 2024.\n"
        "Namun bantuan iuran dari pemerintah daerah justru menurun. Dari 340 orang pada "
        "tahun 2023, jumlah pekerja rentan penerima bantuan iuran di Kabupaten Donggala "
        "berkurang menjadi 150 orang."
    )
    got = dated(text, register)
    assert ("participants", "vulnerable", "150", "Kabupaten Donggala", "2024") in got


# -- where a span starts, with a verb between "sejak" and the date ------------


def test_the_year_a_programme_started_is_not_the_date_of_whom_it_reaches(register):
    text = (
        "Batulicin - BPJS Ketenagakerjaan memperluas perlindungan bagi perangkat desa, "
        "Kamis (10/7/2025).\n"
        "Sejak dimulai pada 2022, program perlindungan ini telah menjangkau sebanyak "
        "8.412 pekerja ekosistem desa di Kabupaten Kotabaru."
    )
    got = dated(text, register)
    assert ("participants", "other", "8412", "Kabupaten Kotabaru", "2025-07-10") in got


# -- a year gone by that opens a sentence -------------------------------------


def test_a_year_gone_by_opening_a_sentence_dates_the_counts_after_it(register):
    text = (
        "Pemkab Soppeng Anggarkan Rp640 Juta untuk Pekerja Rentan\n\n"
        "WATANSOPPENG - Pemerintah Kabupaten Soppeng mencatat sebanyak 118.400 angkatan "
        "kerja, Senin (16/6/2025).\n"
        "Pada tahun 2024, data peserta aktif BPJS Ketenagakerjaan Kabupaten Soppeng "
        "menunjukkan perkembangan di beberapa segmen.\n"
        "Terdapat tiga segmen utama yang dicatat kantor cabang.\n"
        "Di segmen BPU, sebanyak 9.804 pekerja terdaftar di BPJS Ketenagakerjaan.\n"
        "Total peserta aktif BPJS Ketenagakerjaan sebanyak 41.260 pekerja."
    )
    got = dated(text, register)
    assert ("participants", "informal", "9804", "Kabupaten Soppeng", "2024") in got
    assert ("participants", "total", "41260", "Kabupaten Soppeng", "2024") in got


# -- a copyright year is no day of the story ----------------------------------


def test_a_copyright_year_gives_way_to_the_first_date_the_text_names(register):
    text = (
        "Kendari (ANTARA) - Jumlah peserta BPJS Ketenagakerjaan di Sulawesi Tenggara baru "
        "tercatat 210.400 orang atau 19,2 persen dari total tenaga kerja.\n"
        '"Kami terus mendorong perusahaan mendaftarkan pekerjanya," kata kepala kantor '
        "wilayah di Kendari, Rabu.\n"
        "Sementara peserta bukan penerima upah di Sulawesi Tenggara per Maret 2016 baru "
        "mencapai 8,1 persen.\n"
        "Copyright © ANTARA 2024"
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "19.2", "Sulawesi Tenggara", "2016-03") in got
    assert ("participants", "total", "210400", "Sulawesi Tenggara", "2016-03") in got


def test_a_copyright_year_a_year_after_the_texts_dates_is_the_storys(register):
    text = (
        "Kendari (ANTARA) - Berdasarkan data tahun 2023, jumlah pekerja di Sulawesi Tenggara "
        "yang terdaftar BPJS Ketenagakerjaan baru 412 ribu orang.\n"
        "Gubernur mengatakan pada tahun ini Pemprov Sultra menyiapkan pagu anggaran sekira "
        "Rp9 miliar untuk iuran pekerja rentan.\n"
        "Copyright © ANTARA 2024"
    )
    got = dated(text, register)
    assert ("budget_idr", "total", "9000000000", "Sulawesi Tenggara", "2024") in got
