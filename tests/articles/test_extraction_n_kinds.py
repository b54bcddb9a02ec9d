"""Issue 13, set N (ntune, round 8): kinds of sentences set N showed, each on
a text written for this test (other places, other numbers, other words). Full
region register from fixtures/, no database."""

import datetime as dt

from tests.articles.readings import read

# -- a count in brackets after its group's rate ---------------------------------


def test_a_count_in_brackets_takes_the_group_of_the_rate_before_it(register):
    text = (
        "Per 30 Juni 2024, cakupan kepesertaan di Kabupaten Blitar mencapai 31,5 persen. "
        "Capaian itu terdiri atas peserta Penerima Upah (PU) sebesar 52,1 persen (41.220 "
        "orang), peserta Bukan Penerima Upah (BPU) sebesar 11,4 persen (20.935 orang), "
        "dan kepesertaan Jasa Konstruksi sebesar 64,0 persen (9.118 orang)."
    )
    got = read(text, register)
    assert ("participants", "formal", "41220", "Kabupaten Blitar") in got
    assert ("participants", "informal", "20935", "Kabupaten Blitar") in got
    assert ("participants", "construction", "9118", "Kabupaten Blitar") in got
    assert ("coverage_pct", "informal", "11.4", "Kabupaten Blitar") in got


def test_a_bracketed_count_after_a_total_rate_stays_in_the_total(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Madiun baru 47,3 persen "
        "(38.400 orang) hingga akhir 2024."
    )
    got = read(text, register)
    assert ("participants", "total", "38400", "Kota Madiun") in got


# -- a year-by-year series of bare counts -------------------------------------------


def test_bare_counts_of_a_yearly_series_of_participation_are_participants(register):
    text = (
        "Kepesertaan aktif BPJS Ketenagakerjaan di Kabupaten Ngawi dalam lima tahun "
        "terakhir naik terus, pada tahun 2021 sebanyak 61.240, naik menjadi 70.115 "
        "di tahun 2022, lalu pada tahun 2023 bertambah menjadi 84.902."
    )
    got = read(text, register)
    assert ("participants", "total", "61240", "Kabupaten Ngawi") in got
    assert ("participants", "total", "70115", "Kabupaten Ngawi") in got
    assert ("participants", "total", "84902", "Kabupaten Ngawi") in got


def test_a_yearly_series_of_something_else_gives_no_participants(register):
    # the sentence is about companies, not participation: its bare counts stay out
    text = (
        "Jumlah perusahaan di Kabupaten Ngawi terus bertambah, pada tahun 2021 "
        "sebanyak 1.240, naik menjadi 1.315 di tahun 2022. Kepesertaan BPJS "
        "Ketenagakerjaan di sana juga meningkat."
    )
    got = read(text, register)
    assert not any(value in ("1240", "1315") for _m, _s, value, _r in got)


# -- a count restated as a rate is not the rate's whole -------------------------------


def test_a_count_restated_as_a_rate_after_a_comma_is_participants(register):
    text = (
        "Sampai pekan ini, Pemerintah Kota Bitung bersama BPJS Ketenagakerjaan sudah "
        "melindungi lebih dari 12 ribu pekerja informal, atau sekitar 58 persen dari "
        "target tahun ini."
    )
    got = read(text, register)
    assert not any(metric == "workforce" for metric, _s, _v, _r in got)
    assert ("participants", "informal", "12000", "Kota Bitung") in got


def test_a_whole_opening_the_sentence_before_its_rate_stays_workforce(register):
    text = (
        "Dari sekitar 410 ribu pekerja di Kabupaten Jember, cakupan kepesertaan BPJS "
        "Ketenagakerjaan baru 27,5 persen."
    )
    got = read(text, register)
    assert ("workforce", "total", "410000", "Kabupaten Jember") in got


# -- a whole named in words before its number, after the part --------------------------


def test_a_whole_named_after_dari_total_takes_the_group_and_is_workforce(register):
    text = (
        "Di Kabupaten Banyumas, pekerja penerima upah yang menjadi peserta tercatat "
        "sebanyak 88.410 atau 41,2 persen dari total pekerja penerima upah yang "
        "jumlahnya mencapai 214.590 orang."
    )
    got = read(text, register)
    assert ("workforce", "formal", "214590", "Kabupaten Banyumas") in got
    assert ("participants", "formal", "88410", "Kabupaten Banyumas") in got


def test_a_bare_part_before_a_named_whole_is_participants(register):
    text = (
        "Kepesertaan pekerja bukan penerima upah (BPU) BPJS Ketenagakerjaan di "
        "Kabupaten Banyumas baru 8,1 persen atau 52.377 dari total jumlah BPU di "
        "Banyumas yang mencapai 646 ribu orang."
    )
    got = read(text, register)
    assert ("participants", "informal", "52377", "Kabupaten Banyumas") in got
    assert ("workforce", "informal", "646000", "Kabupaten Banyumas") in got
    assert ("participants", "total", "646000", "Kabupaten Banyumas") not in got


# -- a level reached "with" the number after a word of growth ---------------------------


def test_growth_with_the_number_of_participants_reaching_a_level_is_a_level(register):
    text = (
        "Menurut kepala cabang, kepesertaan BPJS Ketenagakerjaan di Kabupaten Pati terus "
        "meningkat dengan jumlah peserta mencapai 212 ribu orang pada Juni 2025."
    )
    got = read(text, register)
    assert ("participants", "total", "212000", "Kabupaten Pati") in got


def test_growth_by_a_number_of_participants_is_still_a_change(register):
    text = (
        "Tahun ini kepesertaan BPJS Ketenagakerjaan di Kabupaten Pati meningkat "
        "sebanyak 14.500 peserta dibanding tahun lalu."
    )
    got = read(text, register)
    assert "14500" not in {value for _m, _s, value, _r in got}


# -- "Dari jumlah tersebut" opening the next paragraph ----------------------------------


def test_a_paragraph_opening_with_dari_jumlah_tersebut_divides_the_workers_before(register):
    text = (
        "Menurut kepala cabang, di Kabupaten Wonogiri ada sekitar 340 ribu pekerja BPU "
        "di sektor informal, seperti petani dan pedagang.\n\n"
        "Dari jumlah tersebut baru 11 persen atau 37 ribu pekerja informal yang sudah "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "informal", "340000", "Kabupaten Wonogiri") in got
    assert ("participants", "informal", "37000", "Kabupaten Wonogiri") in got


def test_participants_divided_in_the_next_paragraph_stay_participants(register):
    text = (
        "Hingga Juni 2025, sebanyak 402.118 pekerja di Kabupaten Wonogiri telah terlindungi "
        "program BPJS Ketenagakerjaan.\n\n"
        "Dari jumlah tersebut, sebagian besar berasal dari sektor formal dengan total "
        "251.300 peserta."
    )
    got = read(text, register)
    assert ("participants", "total", "402118", "Kabupaten Wonogiri") in got
    assert not any(metric == "workforce" for metric, _s, _v, _r in got)


# -- the working population, a baseline ---------------------------------------------------


def test_penduduk_angkatan_kerja_is_the_workforce_not_the_population(register):
    text = (
        "Dari total 402.377 penduduk angkatan kerja di Kabupaten Lamongan, cakupan "
        "kepesertaan BPJS Ketenagakerjaan baru mencapai 37,15% per 31 Oktober 2025."
    )
    got = read(text, register)
    assert ("workforce", "total", "402377", "Kabupaten Lamongan") in got


def test_a_population_count_stays_out(register):
    text = (
        "Kabupaten Lamongan berpenduduk 1,37 juta jiwa, dan cakupan kepesertaan BPJS "
        "Ketenagakerjaan di sana baru 37,15 persen."
    )
    got = read(text, register)
    assert "1370000" not in {value for _m, _s, value, _r in got}


def test_a_baseline_in_a_year_still_to_come_is_a_level_not_a_target(register):
    text = (
        "Pemerintah pusat menargetkan cakupan kepesertaan jaminan sosial ketenagakerjaan "
        "di Kabupaten Ponorogo pada tahun 2045 sebesar 80,5 persen dengan baseline tahun "
        "2025 sebesar 24,7 persen."
    )
    got = read(text, register, published=dt.date(2024, 10, 2))
    assert ("coverage_pct", "total", "24.7", "Kabupaten Ponorogo") in got
    assert ("target_pct", "total", "24.7", "Kabupaten Ponorogo") not in got
    assert ("target_pct", "total", "80.5", "Kabupaten Ponorogo") in got


# -- the part of a whole counted in a sentence that names no programme ------------------


def test_the_rate_dividing_a_whole_counted_without_the_programme_takes_its_group(register):
    text = (
        "Kantor cabang BPJS Ketenagakerjaan Kabupaten Wonosobo menggelar sosialisasi di "
        "balai desa.\n\n"
        "Menurut kepala bidang, di Kabupaten Wonosobo ada sekitar 180 ribu pekerja BPU "
        "di sektor informal, misalnya petani dan pedagang.\n\n"
        "Dari jumlah tersebut baru 7 persen atau 12 ribu orang yang sudah terlindungi "
        "BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "informal", "180000", "Kabupaten Wonosobo") in got
    assert ("coverage_pct", "informal", "7", "Kabupaten Wonosobo") in got
    assert ("participants", "informal", "12000", "Kabupaten Wonosobo") in got


# -- a place inside an outlet's web address; a payer named with the count restated -------


def test_a_province_inside_an_outlets_web_address_is_not_the_place(register):
    text = (
        "TRIBUN-JATENG.COM - Sebanyak 8.420 tenaga kerja di Salatiga kini terlindungi "
        "BPJS Ketenagakerjaan pada tahun 2025."
    )
    got = read(text, register)
    assert ("participants", "total", "8420", "Kota Salatiga") in got
    assert ("participants", "total", "8420", "Jawa Tengah") not in got


def test_the_next_sentence_naming_the_same_count_and_its_payer_makes_it_vulnerable(register):
    text = (
        "Sebanyak 6.215 pekerja di Kota Palu tercover BPJS Ketenagakerjaan tahun ini. "
        "Pembayaran iuran untuk 6.215 pekerja tersebut memakai dana dari APBD Kota Palu."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6215", "Kota Palu") in got


def test_the_next_sentence_naming_another_count_leaves_the_first_in_the_total(register):
    text = (
        "Sebanyak 6.215 pekerja di Kota Palu tercover BPJS Ketenagakerjaan tahun ini. "
        "Pembayaran iuran untuk 1.100 pekerja tersebut memakai dana dari APBD Kota Palu."
    )
    got = read(text, register)
    assert ("participants", "total", "6215", "Kota Palu") in got
