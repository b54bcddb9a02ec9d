"""Issue 13, round "seg": the membership groups (formal/PU, informal/BPU,
construction, migrant), kinds of segment errors that recur across at least
three real-news sets, each on a text written for this test (other places,
other numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- the group a count comes from, named right after it ------------------------


def test_the_rest_come_from_the_group_named_after_them(register):
    text = (
        "Sebanyak 48.300 tenaga kerja di Kabupaten Kendal terdaftar sebagai peserta aktif "
        "BPJS Ketenagakerjaan. Dari jumlah tersebut, 30.100 peserta merupakan pekerja "
        "formal, 9.600 pekerja informal, dan 8.600 lainnya berasal dari pekerja jasa "
        "konstruksi."
    )
    got = read(text, register)
    assert ("participants", "construction", "8600", "Kabupaten Kendal") in got
    assert ("participants", "informal", "9600", "Kabupaten Kendal") in got


def test_a_rounded_count_from_a_group(register):
    text = (
        "Hingga Mei 2025 terdapat sekitar 9 ribu peserta aktif BPJS Ketenagakerjaan di "
        "Kota Bukittinggi, namun hanya 870-an dari sektor informal."
    )
    got = read(text, register)
    assert ("participants", "informal", "870", "Kota Bukittinggi") in got


def test_a_count_more_than_which_comes_from_a_group(register):
    text = (
        "Menurut dia, dari 9 juta angkatan kerja di Jawa Tengah, 6 juta lebih berasal "
        "dari sektor informal seperti petani dan pedagang, sementara sisanya pekerja "
        "penerima upah."
    )
    got = read(text, register)
    assert ("workforce", "informal", "6000000", "Jawa Tengah") in got


def test_a_place_the_count_comes_from_gives_no_group(register):
    # near miss: "berasal dari" a place, not a group; the count keeps the whole
    text = (
        "Sebanyak 48.300 tenaga kerja terdaftar sebagai peserta aktif BPJS "
        "Ketenagakerjaan, dan 8.600 lainnya berasal dari Kabupaten Kendal."
    )
    got = read(text, register)
    assert ("participants", "total", "8600", "Kabupaten Kendal") in got


def test_a_share_from_a_group_is_not_given_the_group(register):
    # near miss: a percent "berasal dari" a group is a composition, not the
    # group's coverage: the reading is for counts only
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Kota Bukittinggi mencapai 9.000 orang; "
        "cakupan kepesertaan 35 persen berasal dari sektor informal."
    )
    got = read(text, register)
    assert not any(f[0] == "coverage_pct" and f[1] == "informal" for f in got)


def test_the_rest_from_vulnerable_workers_are_left_to_their_readings(register):
    # near miss: the round reads the membership groups only
    text = (
        "Sebanyak 48.300 tenaga kerja di Kabupaten Kendal terdaftar sebagai peserta aktif "
        "BPJS Ketenagakerjaan, dan 8.600 lainnya berasal dari pekerja rentan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8600", "Kabupaten Kendal") not in got
