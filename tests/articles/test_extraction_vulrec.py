"""Round "vulrec": counts of people a programme covers that the extractor did
not propose at all: a quota a place received, the groups "jaminan sosial telah
mencakup", recipients ("penerima manfaat"), the items of a list by group each
with its own "sebanyak". Texts written for this test (other places, other
numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read, values

# -- a quota a place has received is its share, no plan -----------------------


def test_a_quota_a_regency_received_is_its_vulnerable_share(register):
    text = (
        "Kupang - Pemerintah provinsi menanggung iuran 80 ribu pekerja rentan tahun ini. "
        "Dari jumlah tersebut, Kabupaten Ende memperoleh kuota sebanyak 4.215 orang."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4215", "Kabupaten Ende") in got


def test_a_quota_received_with_the_group_named_is_read(register):
    text = (
        "Bandung - Kabupaten Ciamis mendapatkan kuota sekitar 12.730 pekerja rentan "
        "dalam program jaminan sosial yang dibiayai provinsi."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12730", "Kabupaten Ciamis") in got


def test_a_quota_still_to_be_added_stays_a_plan(register):
    text = (
        "Ciamis - Pemkab Ciamis berencana menambah kuota 7.400 pekerja rentan dari "
        "kalangan guru ngaji dan kader posyandu."
    )
    assert "7400" not in values(read(text, register))


def test_a_quota_to_be_received_next_year_stays_a_plan(register):
    text = (
        "Ciamis - Tahun depan Kabupaten Ciamis akan mendapatkan kuota sebanyak 3.100 "
        "pekerja rentan dari program jaminan sosial ketenagakerjaan provinsi."
    )
    assert "3100" not in values(read(text, register))


# -- whom social security itself covers, listed by group ----------------------


def test_the_groups_social_security_has_covered_are_each_read(register):
    text = (
        "Salatiga - Menurut data Pemkot Salatiga, lewat APBD 2025 jaminan sosial sudah mencakup "
        "2.310 non-ASN, 918 kader Posyandu, 1.204 RT/RW, dan 9.870 pekerja rentan."
    )
    got = read(text, register)
    assert ("participants", "other", "2310", "Kota Salatiga") in got
    assert ("participants", "vulnerable", "9870", "Kota Salatiga") in got


def test_a_programme_that_takes_in_neighbourhoods_counts_no_people(register):
    text = "Salatiga - Program ini mencakup 412 RT dan 96 RW di seluruh kecamatan di Kota Salatiga."
    got = values(read(text, register))
    assert "412" not in got
    assert "96" not in got


# -- recipients of a programme are people -------------------------------------


def test_the_recipients_a_paid_programme_is_given_to_are_read(register):
    text = (
        "Kota Depok - Pemkot Depok meluncurkan program jaminan kecelakaan kerja dan jaminan "
        "kematian BPJS Ketenagakerjaan bagi pekerja rentan. Program yang dibiayai melalui "
        "APBD 2025 ini diberikan kepada 4.318 penerima manfaat."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4318", "Kota Depok") in got


def test_recipients_from_one_sub_district_are_no_count_of_the_city(register):
    text = (
        "Kota Depok - Pemkot Depok meluncurkan program jaminan kecelakaan kerja dan jaminan "
        "kematian BPJS Ketenagakerjaan bagi pekerja rentan. Dalam program yang dibiayai "
        "APBD 2025 ini, sebanyak 612 penerima manfaat berasal dari Kecamatan Cimanggis."
    )
    assert "612" not in values(read(text, register))


def test_recipients_of_a_wage_subsidy_are_no_members(register):
    text = (
        "Padang - Sebanyak 5.000 penerima manfaat BSU di Kota Padang telah menerima dana "
        "dari BPJS Ketenagakerjaan."
    )
    assert "5000" not in values(read(text, register))


# -- a list by group, each item with its own "sebanyak" ----------------------


def test_an_item_of_a_list_by_group_is_no_whole_of_the_next(register):
    text = (
        "Maros - Dinas PMD Kabupaten Maros melakukan rekonsiliasi data kepesertaan BPJS "
        "Ketenagakerjaan lingkup pemerintahan desa. Kepesertaan meliputi kepala desa, perangkat "
        "desa, pekerja keagamaan, serta pekerja rentan desa. Jumlah peserta aktif tercatat:\n\n"
        "Perangkat desa sebanyak 812 orang, Pekerja keagamaan sebanyak 377 orang dan Pekerja "
        "rentan sebanyak 2.045 orang"
    )
    got = read(text, register)
    assert ("participants", "other", "377", "Kabupaten Maros") in got
    assert ("participants", "vulnerable", "2045", "Kabupaten Maros") in got
    assert ("workforce", "other", "377", "Kabupaten Maros") not in got


def test_workers_then_those_registered_stay_a_whole_and_its_part(register):
    text = (
        "Maros - Jumlah pekerja di Kabupaten Maros sebanyak 5.210 orang dan yang sudah "
        "terdaftar BPJS Ketenagakerjaan sebanyak 2.045 orang."
    )
    got = read(text, register)
    assert ("workforce", "total", "5210", "Kabupaten Maros") in got
    assert ("participants", "total", "2045", "Kabupaten Maros") in got


def test_workers_then_the_active_members_stay_a_whole_and_its_part(register):
    text = (
        "Maros - Jumlah pekerja informal di Kabupaten Maros sebanyak 5.210 orang, dan peserta "
        "aktif sebanyak 2.045 orang."
    )
    got = read(text, register)
    assert ("workforce", "informal", "5210", "Kabupaten Maros") in got
    assert ("participants", "informal", "2045", "Kabupaten Maros") in got
