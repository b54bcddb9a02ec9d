"""Round "counts": counts of people a careful reader would not record, by the
kind of sentence they stand in, each on a text written for this test (other
places, other numbers, other words). Full register from fixtures/, no
database."""

from tests.articles.readings import read, values

# -- the parts of a breakdown of a whole already counted -------------------------


def test_the_parts_of_a_whole_said_again_with_tersebut_are_no_figures(register):
    text = (
        "Sebanyak 9.410 pekerja di Kabupaten Sigi sudah terlindungi BPJS Ketenagakerjaan "
        "sepanjang 2024.\n"
        "Total 9.410 pekerja tersebut terbagi lagi menjadi 6.120 pekerja terlindungi dari "
        "Kantor Kelompok Tani Harapan dan 2.015 pekerja dari Kantor Koperasi Maju."
    )
    got = values(read(text, register))
    assert "9410" in got
    assert not {"6120", "2015"} & got


def test_the_parts_of_the_covered_workers_named_as_subject_are_no_figures(register):
    text = (
        "Pemkab Sigi menanggung iuran BPJS Ketenagakerjaan bagi 8.200 pekerja rentan "
        "pada 2024.\n"
        "Pekerja rentan yang tercover BPJS Ketenagakerjaan terbagi dalam tiga kelompok "
        "yakni kelompok peladang sebanyak 3.100 pekerja, kelompok penyadap sebanyak "
        "2.700 pekerja dan kelompok pengrajin sebanyak 2.400 pekerja."
    )
    got = values(read(text, register))
    assert "8200" in got
    assert not {"3100", "2700", "2400"} & got


def test_segments_of_the_covered_workers_stay_figures(register):
    # the parts are segments (who pays), each a figure of its own
    text = (
        "Pemkab Sigi mencatat 8.200 pekerja terdaftar di BPJS Ketenagakerjaan pada 2024.\n"
        "Pekerja yang terdaftar BPJS Ketenagakerjaan terbagi dalam dua segmen yakni "
        "penerima upah sebanyak 5.300 pekerja dan bukan penerima upah sebanyak 2.900 "
        "pekerja."
    )
    got = read(text, register)
    assert ("participants", "formal", "5300", "Kabupaten Sigi") in got
    assert ("participants", "informal", "2900", "Kabupaten Sigi") in got


# -- a breakdown by economic field, the field named before the number ------------


def test_counts_by_field_named_before_the_number_are_no_figures(register):
    text = (
        "Jumlah pekerja di Kabupaten Sigi mencapai 98.400 orang.\n"
        "Rinciannya di sektor perkebunan, kehutanan dan perikanan tembus di angka "
        "41.230 pekerja.\n"
        "Kemudian, pekerja yang bergerak di bidang pengolahan hasil bumi 22.610 orang.\n"
        "Di sektor perdagangan eceran dan rumah makan 18.940 orang."
    )
    got = values(read(text, register))
    assert "98400" in got
    assert not {"41230", "22610", "18940"} & got


def test_one_field_count_is_read_as_before(register):
    text = (
        "Pemkab Sigi melindungi pekerja rentan di sektor perkebunan kakao sebanyak "
        "2.340 orang melalui BPJS Ketenagakerjaan."
    )
    assert "2340" in values(read(text, register))


# -- the share of one office, agency or level of a whole -------------------------


def test_the_shares_of_offices_and_levels_are_no_figures(register):
    text = (
        "Pemkab Sigi mendaftarkan 4.120 pegawai non-ASN sebagai peserta BPJS "
        "Ketenagakerjaan pada 2024.\n"
        "Jumlah itu antara lain 1.210 orang dari OPD dan 96 orang dari puskesmas, "
        "sementara guru tercatat 734 orang di tingkat koordinator wilayah SD."
    )
    got = values(read(text, register))
    assert "4120" in got
    assert not {"1210", "96", "734"} & got


def test_a_share_in_the_care_of_an_agency_is_no_figure(register):
    text = (
        "Pemkot Palu menanggung iuran BPJS Ketenagakerjaan bagi 6.480 pekerja rentan "
        "tahun ini.\n"
        "Ada pula peladang yang diampu Dinas Pertanian sebanyak 1.275 orang."
    )
    got = values(read(text, register))
    assert "6480" in got
    assert "1275" not in got


def test_the_workers_of_an_agency_stay_a_workforce(register):
    text = (
        "Potensi guru honorer di bawah Dinas Pendidikan Kabupaten Sigi sebanyak 3.400 "
        "orang yang belum semuanya menjadi peserta BPJS Ketenagakerjaan."
    )
    assert "3400" in values(read(text, register))


# -- a count named twice: the workers counted, said again ------------------------


def test_the_workers_counted_said_again_are_not_as_many_covered(register):
    text = (
        "Berdasarkan data BPJS Ketenagakerjaan, terdapat sekitar 45 ribu pekerja di "
        "Kabupaten Sigi.\n"
        "Pemkab Sigi berkomitmen melindungi 45 ribu pekerja melalui program jaminan "
        "sosial ketenagakerjaan, dengan 12 ribu pekerja telah terlindungi."
    )
    got = read(text, register)
    assert ("workforce", "total", "45000", "Kabupaten Sigi") in got
    assert not any(m == "participants" and v == "45000" for m, _s, v, _r in got)


def test_the_covered_said_first_stay_when_the_workers_match_later(register):
    # the covered first, a later restatement of the same round count: the
    # reading of the first stays (nothing is dropped by this reading)
    text = (
        "Pemkab Sigi telah mendaftarkan 45 ribu pekerja sebagai peserta BPJS "
        "Ketenagakerjaan pada 2024.\n"
        "Berdasarkan data BPJS Ketenagakerjaan, terdapat sekitar 45 ribu pekerja di "
        "Kabupaten Sigi."
    )
    got = read(text, register)
    assert any(m == "participants" and v == "45000" for m, _s, v, _r in got)


# -- a part said to be inside the count before it --------------------------------


def test_a_part_inside_the_count_before_is_no_figure(register):
    text = (
        "Pemkab Sigi mendaftarkan 9.840 warga kurang mampu sebagai peserta BPJS "
        "Ketenagakerjaan, termasuk di dalamnya ada 1.730 warga lanjut usia."
    )
    got = values(read(text, register))
    assert "9840" in got
    assert "1730" not in got


def test_the_same_round_count_of_another_place_stays(register):
    text = (
        "Berdasarkan data BPJS Ketenagakerjaan, terdapat sekitar 45 ribu pekerja di "
        "Kabupaten Sigi.\n"
        "Sementara itu, Pemkab Donggala telah mendaftarkan 45 ribu pekerja sebagai "
        "peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert any(
        m == "participants" and v == "45000" and r == "Kabupaten Donggala" for m, _s, v, r in got
    )
