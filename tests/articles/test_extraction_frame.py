"""Issue 13, the sentence frame: one reading per sentence (its clauses, groups,
payers, places and lists) that segment and region are read from. Each test is a
kind of sentence, on a text written for it. Full region register from
fixtures/, no database."""

from tests.articles.readings import read

# -- a government that registers or protects workers pays for them ----------------


def test_workers_a_city_government_registered_are_vulnerable(register):
    text = (
        "Dalam memperluas kepesertaan, BPJS Ketenagakerjaan bekerja sama dengan "
        "Pemerintah Kota Kediri, yang telah mendaftarkan 12 ribu pekerja informal "
        "sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12000", "Kota Kediri") in got


def test_a_province_giving_protection_to_workers_governs_the_count(register):
    text = (
        "Pemprov Jambi telah memberikan perlindungan jaminan sosial ketenagakerjaan "
        "kepada 8.420 pekerja informal yang terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8420", "Jambi") in got


def test_a_government_urging_employers_to_register_pays_for_no_one(register):
    text = (
        "Pemerintah Kabupaten Kediri mengajak perusahaan mendaftarkan pekerjanya; "
        "tercatat 9.150 pekerja informal sudah menjadi peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "9150", "Kabupaten Kediri") not in got


# -- the k-th standing of a list goes to the k-th place -----------------------------


def test_a_pair_of_places_takes_a_pair_of_standings_in_order(register):
    text = (
        "Dalam penghargaan Paritrana Award tahun ini, Kabupaten Sleman dan Kabupaten "
        "Bantul berada di peringkat satu dan dua kategori kabupaten."
    )
    got = read(text, register)
    assert ("award_rank", "other", "1", "Kabupaten Sleman") in got
    assert ("award_rank", "other", "2", "Kabupaten Bantul") in got


def test_three_places_take_three_listed_standings(register):
    text = (
        "Pada ajang Paritrana Award, Kota Malang, Kota Batu dan Kota Blitar meraih "
        "peringkat 1, 2 dan 3 kategori kota."
    )
    got = read(text, register)
    assert ("award_rank", "other", "1", "Kota Malang") in got
    assert ("award_rank", "other", "2", "Kota Batu") in got
    assert ("award_rank", "other", "3", "Kota Blitar") in got
