"""Issue 13, sets P, R and S (round 10): kinds of sentences those sets showed,
each on a text written for this test (other places, other numbers, other
words). Full register from fixtures/, no database."""

from tests.articles.readings import read, values

# -- an office named with the regions it covers ---------------------------------

_OFFICE = (
    "KENDAL - Kantor BPJS Ketenagakerjaan Kendal mendorong pemerintah daerah menerbitkan "
    "regulasi.\n\nSaat ini, cakupan kepesertaan di BPJS Ketenagakerjaan Kendal yang "
    "membawahi wilayah Kabupaten Kendal, Kabupaten Batang dan Kota Pekalongan baru mencapai "
    "31 persen dari potensi yang ada.\n\nKepesertaan masih didominasi segmen penerima upah "
    "sebanyak 90.100 pekerja, lalu bukan penerima upah sebanyak 40.000 pekerja dan jasa "
    "konstruksi sebanyak 20.100 pekerja.\n\nMenurutnya, cakupan kepesertaan di Kabupaten "
    "Batang baru sekitar 21,5 persen."
)


def test_an_office_covering_several_regions_gives_its_figures_none(register):
    got = read(_OFFICE, register)
    assert ("coverage_pct", "total", "31", None) in got
    assert ("participants", "formal", "90100", None) in got
    assert ("participants", "construction", "20100", None) in got
    # a figure named with a place of its own keeps it
    assert ("coverage_pct", "total", "21.5", "Kabupaten Batang") in got


# -- items of a list, each with its own place or group ------------------------------


def test_counts_each_with_its_own_group_are_items_not_whole_and_part(register):
    got = read(_OFFICE, register)
    assert ("participants", "informal", "40000", None) in got
    assert not any(metric == "workforce" for metric, *_rest in got)


def test_counts_each_with_its_own_place_are_items_not_whole_and_part(register):
    text = (
        "Jumlah pekerja di Kabupaten Kendal yang sudah terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan sebanyak 70.100 pekerja, di Kabupaten Batang ada 50.300 pekerja "
        "dan di Kota Pekalongan sebanyak 29.800 pekerja."
    )
    got = read(text, register)
    assert ("participants", "total", "50300", "Kabupaten Batang") in got
    assert ("participants", "total", "29800", "Kota Pekalongan") in got
    assert "workforce" not in {metric for metric, *_rest in got}
    assert values(got) == {"70100", "50300", "29800"}


# -- counts of named staff groups ------------------------------------------------------


def test_named_staff_groups_are_of_the_other_segment(register):
    text = (
        "Pemkab Kendal telah mendaftarkan 1.030 orang anggota BPD sebagai peserta BPJS "
        "Ketenagakerjaan. Saat ini 640 pengurus RT/RW di Kabupaten Kendal sudah terdaftar "
        "sebagai peserta BPJS Ketenagakerjaan. Ada pula 760 tenaga kerja non-Aparatur Sipil "
        "Negara (ASN) di Kabupaten Kendal yang sudah terdaftar sebagai peserta."
    )
    got = read(text, register)
    assert ("participants", "other", "1030", "Kabupaten Kendal") in got
    assert ("participants", "other", "640", "Kabupaten Kendal") in got
    assert ("participants", "other", "760", "Kabupaten Kendal") in got


def test_a_staff_group_of_a_regency_is_that_regencys(register):
    # "aparat desa Kabupaten X": the village word names no village here
    text = (
        "SEMARANG - Seluruh kepala desa dan aparat desa Kabupaten Batang yang berjumlah "
        "1.560 orang didaftarkan menjadi peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "other", "1560", "Kabupaten Batang") in got


# -- a list of whom a protection covers, item by item ----------------------------------


def test_items_under_what_a_protection_covers_are_participants(register):
    text = (
        "KENDAL - Pemkab Kendal meluncurkan perlindungan jaminan sosial ketenagakerjaan."
        "\n\nProgram perlindungan ini mencakup:\n\n•    1.420 orang aparat pemerintah desa,"
        "\n\n•    860 orang anggota BPD,\n\n•    3.275 orang dari kelembagaan desa "
        "(masing-masing desa 15 orang).\n"
    )
    got = read(text, register)
    assert ("participants", "other", "1420", "Kabupaten Kendal") in got
    assert ("participants", "other", "860", "Kabupaten Kendal") in got
    assert ("participants", "other", "3275", "Kabupaten Kendal") in got
    assert "15" not in values(got)  # a count per village


def test_a_count_per_village_is_no_figure(register):
    text = (
        "Menurut dia, baru 80 desa di Kabupaten Kendal yang aparatnya menjadi peserta BPJS "
        "Ketenagakerjaan, rata-rata per desa 6 orang."
    )
    assert "6" not in values(read(text, register))


# -- a registered whole, then its active part -------------------------------------------


def test_a_registered_whole_and_its_active_part_are_both_participants(register):
    text = (
        "Kepala Disnaker Kabupaten Kendal menambahkan bahwa saat ini terdapat sekitar 2.300 "
        "tenaga kerja Non-ASN yang telah terdaftar dalam database BPJS Ketenagakerjaan. Dari "
        "jumlah tersebut, sekitar 1.400 orang telah menerima perlindungan secara aktif."
    )
    got = read(text, register)
    assert ("participants", "other", "2300", "Kabupaten Kendal") in got
    assert ("participants", "other", "1400", "Kabupaten Kendal") in got


# -- a government paying the premiums of vulnerable workers ----------------------------


def test_premiums_paid_for_vulnerable_workers_named_by_their_programmes(register):
    # JKK and JKM are the insurer's own programmes: the sentence is about it
    text = (
        "Pemerintah Kabupaten (Pemkab) Kendal akhirnya mengcover iuran 3.412 pekerja rentan "
        "agar berhak atas jaminan kecelakaan kerja (JKK) dan jaminan kematian (JKM)."
    )
    assert ("participants", "vulnerable", "3412", "Kabupaten Kendal") in read(text, register)


def test_memberships_whose_premiums_a_government_pays_are_participants(register):
    text = (
        "Pemkab Kendal hingga pertengahan 2024 sudah menanggung iuran 6.118 kepesertaan "
        "BPJS Ketenagakerjaan, termasuk pekerja rentan."
    )
    assert ("participants", "vulnerable", "6118", "Kabupaten Kendal") in read(text, register)


# -- counts that are no members now ---------------------------------------------------------


def test_a_list_of_benefits_paid_is_no_count_of_participants(register):
    text = (
        "BPJS Ketenagakerjaan Kendal membayarkan santunan jaminan kematian kepada:\n"
        "3 petugas pemilu Rp 126.000.000\n"
        "5 peserta guru ngaji Rp 210.000.000\n"
    )
    assert "5" not in values(read(text, register))


# -- a standing in the nation and among the provinces of an area -------------------------


def test_a_provinces_standing_in_the_nation_is_the_provinces(register):
    text = (
        "Ia menjelaskan, posisi coverage Provinsi Jawa Tengah berada diurutan 12 secara "
        "Nasional dan posisi Nomor 3 dari 6 Provinsi yang ada di wilayah kerja BPJS "
        "Ketenagakerjaan Kantor Wilayah Jateng DIY."
    )
    got = read(text, register)
    assert ("award_rank", "other", "12", "Jawa Tengah") in got
    assert ("award_rank", "other", "3", "Jawa Tengah") in got


# -- thousands written twice ------------------------------------------------------------


def test_a_count_of_more_people_than_the_nation_has_drops_its_second_thousands(register):
    text = (
        "Per Agustus 2025, jumlah pekerja yang sudah terlindungi di Kabupaten Kendal di "
        "sektor Penerima Upah sebanyak 412.330 ribu tenaga kerja. Sedangkan, Bukan Penerima "
        "Upah tercatat sekitar 98.120 peserta aktif."
    )
    got = read(text, register)
    assert ("participants", "formal", "412330", "Kabupaten Kendal") in got
    assert ("participants", "informal", "98120", "Kabupaten Kendal") in got
