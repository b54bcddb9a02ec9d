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


def test_a_fund_named_anywhere_in_the_clause_pays_for_the_count(register):
    text = (
        "Melalui dana CSR, sebuah perusahaan semen mendaftarkan 2.000 nelayan di "
        "Kabupaten Tuban menjadi peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2000", "Kabupaten Tuban") in got


def test_a_regency_that_waives_the_premium_pays_for_the_workers(register):
    text = (
        "Kabupaten Tuban menggratiskan iuran BPJS Ketenagakerjaan bagi 4.100 pekerja "
        "informal tahun ini."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4100", "Kabupaten Tuban") in got


def test_a_fund_only_hoped_for_pays_for_no_one(register):
    text = (
        "Sebanyak 2.500 pekerja informal di Kabupaten Tuban terdaftar BPJS "
        "Ketenagakerjaan, sementara pemkab mendorong pelibatan dana CSR."
    )
    got = read(text, register)
    assert ("participants", "informal", "2500", "Kabupaten Tuban") in got


def test_a_whole_after_the_paid_for_count_is_not_paid_for(register):
    text = (
        "Pemkab Tuban telah mendaftarkan 5.000 pekerja rentan, sehingga total peserta "
        "di kabupaten itu mencapai 60.000 orang."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "5000", "Kabupaten Tuban") in got
    assert ("participants", "total", "60000", "Kabupaten Tuban") in got


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


# -- the group a count's own clause puts its people in ------------------------------


def test_a_group_said_after_a_bracketed_share_is_the_counts_group(register):
    text = (
        "Menurut data BPS, angkatan kerja di Kabupaten Jember tercatat 1,4 juta orang. Dari "
        "jumlah itu, 410 ribu pekerja (29,3 persen) berada di sektor formal, sedangkan "
        "sisanya bekerja secara mandiri."
    )
    got = read(text, register)
    assert ("workforce", "formal", "410000", "Kabupaten Jember") in got


def test_participants_said_to_be_informal_past_a_bracketed_share_are_informal(register):
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Jember mencapai 210 ribu orang. "
        "Sebanyak 62 ribu peserta (29,5 persen) tercatat sebagai pekerja informal."
    )
    got = read(text, register)
    assert ("participants", "informal", "62000", "Kabupaten Jember") in got
    assert ("participants", "total", "210000", "Kabupaten Jember") in got


# -- a place named in passing is not the figure's ----------------------------------


def test_the_province_a_city_lies_in_is_not_the_citys_figure(register):
    text = "Kota Batu yang terletak di Jawa Timur mencatat cakupan kepesertaan 52 persen."
    got = read(text, register)
    assert ("coverage_pct", "total", "52", "Kota Batu") in got


def test_a_regency_described_as_part_of_a_province_keeps_its_figure(register):
    text = (
        "Kabupaten Jember, salah satu daerah di Jawa Timur, mencatat cakupan kepesertaan 31 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "31", "Kabupaten Jember") in got


def test_where_a_provinces_figure_was_reported_is_not_its_place(register):
    text = (
        "Capaian UCJ Provinsi Jawa Timur yang dilaporkan di Kabupaten Jember pekan lalu "
        "sebesar 45 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "45", "Jawa Timur") in got


def test_a_count_spread_over_several_regencies_has_no_single_region(register):
    text = (
        "Kantor Cabang Jember mencatat 185.000 peserta aktif dari Kabupaten Jember, "
        "Lumajang dan Bondowoso."
    )
    got = read(text, register)
    assert ("participants", "total", "185000", None) in got


def test_numbers_listed_before_their_places_go_to_them_in_order(register):
    text = (
        "Peserta aktif sebanyak 120.000 dan 45.000 orang masing-masing di Kota Malang "
        "dan Kota Batu."
    )
    got = read(text, register)
    assert ("participants", "total", "120000", "Kota Malang") in got
    assert ("participants", "total", "45000", "Kota Batu") in got


# -- the items of a breakdown take the group of the whole they detail --------------


def test_a_breakdown_by_regency_takes_the_group_of_the_whole_before_it(register):
    text = (
        "Pemprov Jawa Timur telah memberikan perlindungan kepada 40.000 pekerja rentan "
        "sepanjang tahun ini. Pekerja yang terlindungi tersebar di tiga daerah, terdiri "
        "atas Kabupaten Jember 18.000 pekerja, Kabupaten Lumajang 12.000 pekerja dan "
        "Kabupaten Bondowoso 9.000 pekerja."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "40000", "Jawa Timur") in got
    assert ("participants", "vulnerable", "18000", "Kabupaten Jember") in got
    assert ("participants", "vulnerable", "9000", "Kabupaten Bondowoso") in got


def test_a_breakdown_larger_than_the_group_before_it_is_no_part_of_it(register):
    text = (
        "Pemprov Jawa Timur telah memberikan perlindungan kepada 4.000 pekerja rentan "
        "sepanjang tahun ini. Pekerja yang terlindungi tersebar di tiga daerah, terdiri atas "
        "Kabupaten Jember 180.000 pekerja, Kabupaten Lumajang 120.000 pekerja dan "
        "Kabupaten Bondowoso 90.000 pekerja."
    )
    got = read(text, register)
    assert ("participants", "total", "180000", "Kabupaten Jember") in got
