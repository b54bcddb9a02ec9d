"""Round "recall": counts of members a careful reader records that the
extractor never proposed, each on a text written for this test (other places,
other numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read, values

# -- a bare count, its word of participation right after it -------------------


def test_a_part_among_the_whole_before_that_is_registered_is_members(register):
    text = (
        "Menurut Disnaker, jumlah pekerja di Kabupaten Klaten ada 512.300 orang. "
        "Dari jumlah sebanyak itu 201.450 di antaranya sudah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "201450", "Kabupaten Klaten") in got


def test_a_bare_count_that_is_registered_is_members(register):
    text = (
        "Di Provinsi Bengkulu terdapat sekitar 900 ribu pekerja. Namun, hanya 64.210 yang "
        "terdaftar di BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "64210", "Bengkulu") in got


def test_a_part_protected_through_the_regional_budget_is_vulnerable(register):
    text = (
        "Saat ini lebih dari 98 ribu pekerja di Kabupaten Kediri terdaftar dalam program ini. "
        "Sebanyak 12 ribu di antaranya terlindungi lewat alokasi Anggaran Pendapatan dan "
        "Belanja Daerah (APBD)."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12000", "Kabupaten Kediri") in got


def test_a_part_of_a_count_of_villages_is_no_count_of_members(register):
    # near miss: the villages registered, not people
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Sumbawa mengatakan, dari 157 desa di Kabupaten "
        "Sumbawa, 151 sudah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert "151" not in values(read(text, register))


def test_a_bare_count_not_yet_registered_is_no_count_of_members(register):
    # near miss: "belum" is no word that lets the count through
    text = (
        "Di Kabupaten Klaten ada 512.300 pekerja, dan 301.450 yang belum terdaftar di BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "301450", "Kabupaten Klaten") not in got
