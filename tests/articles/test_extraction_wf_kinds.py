"""Round "wf": workforce counts (the denominator) the count rules left out or
took for members, each on a text written for this test (other places, other
numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read, values

# -- the people of a place who work, said with "bekerja" ----------------------


def test_the_employed_split_by_sector_is_the_workforce_of_each_group(register):
    text = (
        "Kepala Disnaker Kota Madiun menyebut, dari jumlah penduduk sebanyak 190.000 jiwa, "
        "terdapat angkatan kerja sebanyak 98.000 jiwa yaitu 61.500 bekerja secara formal dan "
        "36.500 secara informal. Peserta BPJS Ketenagakerjaan di kota itu baru 41.000 orang."
    )
    got = read(text, register)
    assert ("workforce", "formal", "61500", "Kota Madiun") in got
    assert ("workforce", "informal", "36500", "Kota Madiun") in got


def test_a_count_that_merely_works_somewhere_is_no_workforce_split(register):
    # near miss: the members who work in a sector are members, not the workforce
    text = (
        "Kepala BPJS Ketenagakerjaan Kota Madiun menyebut, 61.500 orang bekerja secara "
        "formal dan sudah terdaftar sebagai peserta di kota itu."
    )
    got = read(text, register)
    assert ("workforce", "formal", "61500", "Kota Madiun") not in got


def test_the_working_part_of_a_population_is_the_workforce(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kota Blitar terus naik. "
        "Wali Kota Blitar menjelaskan, dari 158 ribu penduduk di Kota Blitar, 77,2 ribu di "
        "antaranya adalah pekerja. Dari jumlah pekerja tersebut 30.115 orang sudah menjadi "
        "peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "total", "77200", "Kota Blitar") in got
    assert ("participants", "total", "30115", "Kota Blitar") in got


def test_the_population_itself_is_no_workforce(register):
    # near miss: the population before the working part is not read
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kota Blitar terus naik. "
        "Wali Kota Blitar menjelaskan, dari 158 ribu penduduk di Kota Blitar, 77,2 ribu di "
        "antaranya adalah pekerja. Dari jumlah pekerja tersebut 30.115 orang sudah menjadi "
        "peserta BPJS Ketenagakerjaan."
    )
    assert "158000" not in values(read(text, register))


def test_the_working_population_after_a_rate_is_its_denominator(register):
    text = (
        "Jumlah peserta aktif BPJS Ketenagakerjaan di Jawa Timur mencapai 7,1 juta orang. "
        "Jumlah pekerja terlindungi itu setara 33,4% dari jumlah penduduk bekerja yang "
        "sebanyak 21,3 juta pada Agustus 2024."
    )
    got = read(text, register)
    assert ("workforce", "total", "21300000", "Jawa Timur") in got


def test_the_population_of_working_age_after_a_rate_is_not_read_as_working(register):
    # near miss: "penduduk" with no "bekerja" is the population
    text = (
        "Jumlah peserta aktif BPJS Ketenagakerjaan di Jawa Timur mencapai 7,1 juta orang, "
        "setara 17% dari jumlah penduduk yang sebanyak 41,8 juta pada Agustus 2024."
    )
    assert "41800000" not in values(read(text, register))


# -- a rate's denominator called the target -----------------------------------


def test_the_target_a_rate_is_taken_of_is_the_workforce(register):
    text = (
        "Jumlah pekerja yang sudah terlindungi BPJS Ketenagakerjaan di Kabupaten Sleman "
        "mencapai 120.400 orang, atau 58% dari total target 207.600 tenaga kerja."
    )
    got = read(text, register)
    assert ("workforce", "total", "207600", "Kabupaten Sleman") in got


def test_a_headcount_target_alone_stays_a_plan(register):
    # near miss: a target of new members with no rate taken of it
    text = (
        "BPJS Ketenagakerjaan Kabupaten Sleman memasang target 20.000 tenaga kerja baru "
        "terdaftar tahun ini."
    )
    got = read(text, register)
    assert "20000" not in values(got)


# -- a count the rate after it is a share of -----------------------------------


def test_a_count_whose_registered_share_follows_is_the_workforce(register):
    text = (
        "Sekitar 320 ribu tenaga kerja di Kabupaten Tulungagung, yang terdaftar sebagai "
        "peserta BPJS Ketenagakerjaan baru 27 persen."
    )
    got = read(text, register)
    assert ("workforce", "total", "320000", "Kabupaten Tulungagung") in got


def test_a_total_then_that_it_is_only_so_much_is_the_workforce(register):
    text = (
        "Kepesertaan non ASN BPJS Ketenagakerjaan di Kota Pariaman baru 1.410 orang, "
        "sementara jumlah cakupannya 5.600, dan itu baru 25 persen saja."
    )
    got = read(text, register)
    assert ("workforce", "other", "5600", "Kota Pariaman") in got


def test_members_restated_as_a_rate_stay_members(register):
    # near miss: "atau" restates the members as a share
    text = (
        "Sekitar 32 ribu tenaga kerja di Kabupaten Tulungagung yang terdaftar sebagai "
        "peserta BPJS Ketenagakerjaan, atau baru 27 persen."
    )
    got = read(text, register)
    assert ("workforce", "total", "32000", "Kabupaten Tulungagung") not in got


def test_members_then_a_share_of_a_target_stay_members(register):
    # near miss: the share is of a target named after it
    text = (
        "Sebanyak 32 ribu tenaga kerja di Kabupaten Tulungagung sudah terlindungi BPJS "
        "Ketenagakerjaan, dan itu baru 40 persen dari target tahun ini."
    )
    got = read(text, register)
    assert ("workforce", "total", "32000", "Kabupaten Tulungagung") not in got


def test_a_range_of_workers_beside_the_population_stays_out(register):
    # near miss: the working people a population has, but a range, not a figure
    text = (
        "Kepala BPJS Ketenagakerjaan Kota Batu menyebut dari 215 ribu penduduk kota itu, "
        "terdapat 4.500 sampai 6.000 angkatan kerja."
    )
    assert "6000" not in values(read(text, register))


def test_members_named_registered_then_a_share_stay_members(register):
    # near miss: "N pekerja yang terdaftar" names the count itself as the members;
    # the share after it restates them
    text = (
        "Data BPJS Ketenagakerjaan Kota Probolinggo menunjukkan sekitar 41.380 pekerja yang "
        "terdaftar, mencerminkan capaian sekitar 38,5 persen."
    )
    got = read(text, register)
    assert ("workforce", "total", "41380", "Kota Probolinggo") not in got
    assert ("participants", "total", "41380", "Kota Probolinggo") in got


def test_an_addition_against_a_headcount_target_is_no_workforce(register):
    # near miss: "dari target" after a count of new members is a target headcount
    text = (
        "Untuk Kabupaten Sleman capaian tenaga kerja aktif sebanyak 52.300 pekerja pada tahun "
        "ini dengan penambahan tenaga kerja sebanyak 9.210 orang dari target 8.400 pekerja."
    )
    got = read(text, register)
    assert "8400" not in values(got)
