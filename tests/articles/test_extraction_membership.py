"""Round "membership": formal (PU), informal (BPU) and the total, where a
count's group is named further from it than the filler words reach. Each on a
text written for this test (other places, other numbers, other words). Full
register from fixtures/, no database."""

from tests.articles.readings import read

# -- the group named after the rate that restates a count ------------------------


def test_a_count_takes_the_group_named_after_its_rate(register):
    text = (
        "Dari 512.300 pekerja yang terlindungi BPJS Ketenagakerjaan di Kabupaten Jember, "
        "318.440 orang atau 62,16 persen merupakan pekerja penerima upah."
    )
    got = read(text, register)
    assert ("participants", "formal", "318440", "Kabupaten Jember") in got


def test_a_count_takes_the_group_its_rate_is_classed_in(register):
    text = (
        "Di Kabupaten Jember, peserta yang sudah terlindungi sebanyak 6.210 orang atau "
        "9,4% yang tergolong pada pekerja bukan penerima upah."
    )
    got = read(text, register)
    assert ("participants", "informal", "6210", "Kabupaten Jember") in got


def test_a_share_of_a_count_gives_it_no_group(register):
    # near miss: the rate is a part of the count ("di antaranya"), not the count
    # restated: the count stays the total
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Jember tercatat 76.210 orang, "
        "dan 48 persen di antaranya merupakan pekerja penerima upah."
    )
    got = read(text, register)
    assert ("participants", "total", "76210", "Kabupaten Jember") in got


def test_a_rate_naming_no_group_leaves_the_count_everyones(register):
    # near miss: the rate names no group: the count stays the total
    text = (
        "Di Kabupaten Jember, peserta yang sudah terlindungi sebanyak 76.210 orang atau "
        "21,4 persen dari seluruh angkatan kerja."
    )
    got = read(text, register)
    assert ("participants", "total", "76210", "Kabupaten Jember") in got


# -- the potential workers of a group ---------------------------------------------


def test_the_potential_workers_of_a_group(register):
    text = (
        "Dari sekitar 310 ribu potensi pekerja informal di Kabupaten Jember, baru 41 ribu "
        "yang terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "informal", "310000", "Kabupaten Jember") in got


# -- the denominator's group, then how many it has ----------------------------------


def test_a_group_named_as_a_rates_whole_then_counted_after_a_year(register):
    text = (
        "Peserta BPJS Ketenagakerjaan dari sektor bukan penerima upah di Kabupaten Jember "
        "baru 27.312 pekerja atau sekitar 8,7 persen dari total pekerja informal yang "
        "tercatat di BPS pada 2023 sebanyak 313.940 orang."
    )
    got = read(text, register)
    assert ("workforce", "informal", "313940", "Kabupaten Jember") in got


# -- workers of formal companies, and the part counted before them --------------------


def test_workers_of_formal_companies_and_their_part(register):
    text = (
        "Sebanyak 5.930 dari total 7.480 pekerja di perusahaan formal di Kota Madiun "
        "telah didaftarkan sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "formal", "7480", "Kota Madiun") in got
    assert ("participants", "formal", "5930", "Kota Madiun") in got


def test_the_part_of_everyones_whole_stays_everyones(register):
    # near miss: the whole after the part names no group: neither takes one
    text = (
        "Sebanyak 5.930 dari total 17.480 pekerja di Kota Madiun telah didaftarkan "
        "sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "5930", "Kota Madiun") in got
