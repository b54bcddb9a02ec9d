"""Round five of issue 13 (extract-b), regions: a city named later does not
take the province's figures stated before it, an office title places its
region, "A dan B masing-masing" gives the value to each, an office's whole
area ("di Kalimantan") gets no single region, a place named after the
speaker is not the figure's, a sentence continuing a national figure stays
national. Each text is written for this test; full region register from
fixtures/, no database."""

import datetime as dt

from articles.extraction import extract_figures

PUBLISHED = dt.date(2025, 3, 4)


def read(text, register, url=None):
    """(metric, segment, value as str, region name) of every figure."""
    return {
        (f.metric, f.segment, str(f.value), f.region_name)
        for f in extract_figures(text, register, published=PUBLISHED, url=url)
    }


def test_a_city_named_later_does_not_take_the_provinces_figures(register):
    text = (
        "Pekerja di Provinsi Jambi yang aktif sebagai peserta BPJS Ketenagakerjaan "
        "hingga Juni 2024 berjumlah 401.220 orang.\n"
        "Dalam data itu jumlah peserta aktif turun. Pada April tercatat 415.300 orang "
        "dan Mei 409.870 orang.\n"
        "Sementara itu Pemkot Jambi menanggung iuran BPJS Ketenagakerjaan ASN.\n"
        "Wali Kota Jambi menyebut program Pemerintah Kota Jambi ini dimulai 2025.\n"
        "Pemkot Jambi juga mendata pekerja rentan di Kota Jambi."
    )
    got = read(text, register)
    assert ("participants", "total", "415300", "Jambi") in got
    assert ("participants", "total", "409870", "Jambi") in got
    assert not any(region == "Kota Jambi" for *_rest, region in got)


def test_an_office_title_places_its_regency(register):
    text = (
        "Bupati Lombok Barat, Provinsi Nusa Tenggara Barat (NTB), mengatakan jumlah "
        "peserta BPJS Ketenagakerjaan di daerahnya hingga 2024 mencapai 98.215 orang."
    )
    assert read(text, register) == {("participants", "total", "98215", "Kabupaten Lombok Barat")}


def test_a_place_named_after_the_speaker_is_not_the_figures(register):
    text = (
        "Bupati Badung mengatakan jumlah peserta BPJS Ketenagakerjaan terus naik.\n"
        '"Pekerja yang terdaftar mencapai 210.334 orang pada 2024," kata dia usai '
        "menerima Paritrana Award Provinsi Bali di Denpasar."
    )
    assert read(text, register) == {
        ("participants", "total", "210334", "Kabupaten Badung"),
    }


def test_each_region_of_a_pair_gets_the_value(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Bali sekitar 58 persen, "
        "Nusa Tenggara Barat dan Nusa Tenggara Timur masing-masing sekitar 31 persen."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "58", "Bali"),
        ("coverage_pct", "total", "31", "Nusa Tenggara Barat"),
        ("coverage_pct", "total", "31", "Nusa Tenggara Timur"),
    }


def test_an_offices_whole_area_gets_no_region(register):
    text = (
        "Kepala Kantor Wilayah BPJS Ketenagakerjaan Kalimantan mengatakan tingkat "
        "kepesertaan di Kalimantan Barat baru 30 persen.\n"
        '"Hingga saat ini baru sekitar 3,1 juta pekerja di Kalimantan yang terlindungi '
        'BPJS Ketenagakerjaan," ujarnya.'
    )
    got = read(text, register)
    assert ("participants", "total", "3100000", None) in got
    assert ("coverage_pct", "total", "30", "Kalimantan Barat") in got


def test_a_sentence_continuing_a_national_figure_stays_national(register):
    text = (
        "Data BPJS Ketenagakerjaan menunjukkan terdapat 40,2 juta pekerja yang terdaftar "
        "aktif hingga 2024.\n"
        "Dari jumlah tersebut, 24 juta peserta aktif merupakan pekerja penerima upah.\n"
        "Sementara 9,4 juta merupakan pekerja bukan penerima upah.\n"
        "Berdasarkan wilayahnya, Jawa Barat menjadi provinsi dengan peserta aktif "
        "terbanyak, yakni 6,9 juta pekerja."
    )
    got = read(text, register)
    assert ("participants", "informal", "9400000", "Indonesia") in got
    assert ("participants", "total", "6900000", "Jawa Barat") in got


def test_a_province_named_after_the_offices_area_places_the_figures(register):
    text = (
        "Kepala Kantor Wilayah BPJS Ketenagakerjaan wilayah Sulawesi Maluku mengatakan, "
        "dari potensi 3,1 juta pekerja di Sulawesi Selatan, sebanyak 1,42 juta pekerja "
        "atau 45,8 persen telah terlindungi."
    )
    got = read(text, register)
    assert ("participants", "total", "1420000", "Sulawesi Selatan") in got
    assert ("coverage_pct", "total", "45.8", "Sulawesi Selatan") in got


def test_a_branch_covering_two_provinces_places_its_figures_nowhere(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Bengkulu menuturkan, pada 2024 pihaknya "
        "melindungi pekerja di wilayah Provinsi Bengkulu dan Sumatera Selatan.\n"
        '"Untuk pekerja penerima upah totalnya sebanyak 98.410 orang," kata dia.\n'
        "Sedangkan pekerja bukan penerima upah berada di angka 41.377 orang.\n"
        "Di Kota Bengkulu sendiri tercatat 30.120 peserta aktif."
    )
    got = read(text, register)
    assert ("participants", "formal", "98410", None) in got
    assert ("participants", "informal", "41377", None) in got
    assert ("participants", "total", "30120", "Kota Bengkulu") in got


def test_an_offices_name_listing_provinces_does_not_hide_the_figures_region(register):
    text = (
        "BPJS Ketenagakerjaan Kantor Wilayah Sumatera Barat dan Riau mencatat sebanyak "
        "612.400 pekerja di wilayah Provinsi Riau sebagai peserta aktif."
    )
    assert read(text, register) == {("participants", "total", "612400", "Riau")}
