"""Round "countprec": counts of people that no careful reader labels, because
the people are not the workers covered or working in the region: the later
items of a list by sub-district, lapsed members said "berstatus nonaktif", a
named place's residents, the crew of each activity, the agency's Perisai
agents, the later items of those attending an event. Texts written for this
test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read, values

# -- a list by sub-district, its later items ---------------------------------------------


def test_later_items_of_a_list_by_sub_district_are_no_regency_figure(register):
    text = (
        "Kabupaten Sanggau - Pemkab Sanggau mendaftarkan pekerja kebun karet ke BPJS "
        "Ketenagakerjaan. Sebarannya: Kecamatan Kapuas Hulu 512 peserta, Meliau ada 433 "
        "peserta Tayan Hilir ada 318 peserta, Jangkang ada 1.204 peserta, Bonti 276 orang "
        "Parindu , 958 peserta."
    )
    got = values(read(text, register))
    assert not got & {"512", "433", "318", "1204", "958"}


# -- lapsed members -----------------------------------------------------------------------


def test_members_said_to_be_lapsed_are_not_participants(register):
    text = (
        "Kabupaten Halmahera Timur - Pekerja rentan di Kabupaten Halmahera Timur yang "
        "terlindungi BPJS Ketenagakerjaan sebanyak 8.214 orang aktif dan 637 orang "
        "berstatus nonaktif, kata Kepala Disnaker."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8214", "Kabupaten Halmahera Timur") in got
    assert "637" not in values(got)


# -- the residents of a place named after "penduduk" -----------------------------------


def test_the_residents_of_a_named_regency_are_no_workers(register):
    text = (
        "Kabupaten Mandailing Natal - Kepala Disnaker mengatakan kepesertaan BPJS "
        "Ketenagakerjaan terus didorong. Menurut data Dukcapil, jumlah penduduk Kabupaten "
        "Mandailing Natal berjumlah 481.202 orang."
    )
    assert "481202" not in values(read(text, register))


def test_the_residents_a_registered_count_is_set_against_stay_the_workforce(register):
    # guard: "Dari total jumlah penduduk di A sebanyak N jiwa, jumlah yang
    # terdaftar ...": the whole of the registered, as it was read before
    text = (
        "Kota Jayapura - Dari total jumlah penduduk di Kota Jayapura sebanyak 198.450 jiwa, "
        "jumlah yang terdaftar BPJS Ketenagakerjaan sebanyak 76.310 jiwa."
    )
    got = read(text, register)
    assert ("workforce", "total", "198450", "Kota Jayapura") in got
    assert ("participants", "total", "76310", "Kota Jayapura") in got


# -- the crew of each activity ---------------------------------------------------------


def test_the_crew_of_each_activity_is_no_regency_count(register):
    text = (
        "Kabupaten Kulon Progo - Dinas PU telah mendaftarkan pekerja padat karya ke BPJS "
        "Ketenagakerjaan, dan di setiap kegiatan biasanya melibatkan 34 pekerja, kata Kepala "
        "Dinas."
    )
    assert "34" not in values(read(text, register))


# -- the agency's agents -----------------------------------------------------------------


def test_the_agencys_agents_and_their_split_by_office_are_not_members(register):
    text = (
        "Kabupaten Barito Kuala - BPJS Ketenagakerjaan terus memperluas kepesertaan pekerja "
        "informal. Hingga Mei 2024 terdapat total 57 orang agen Perisai yang berada di Kantor "
        "Tani Makmur 31 orang, Kantor Nelayan Bersatu 19 orang dan Kantor Koperasi Melati ada "
        "7 orang."
    )
    assert not values(read(text, register)) & {"57", "31", "19", "7"}


def test_the_workers_agents_signed_up_stay_members(register):
    # guard: the workers the agents signed up are the members
    text = (
        "Kabupaten Barito Kuala - Sebanyak 2.640 pekerja informal di Kabupaten Barito Kuala "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan melalui agen Perisai."
    )
    got = read(text, register)
    assert ("participants", "informal", "2640", "Kabupaten Barito Kuala") in got


# -- those attending, a later item -------------------------------------------------------


def test_a_later_item_of_those_attending_is_no_count_of_members(register):
    text = (
        "Kabupaten Kolaka Timur - Pemkab Kolaka Timur berkomitmen melindungi aparat desa "
        "lewat BPJS Ketenagakerjaan. Rapat kerja sama di Aula Kantor Bupati dihadiri oleh 18 "
        "organisasi perangkat daerah (OPD) dan 133 Kepala Desa se Kabupaten Kolaka Timur."
    )
    assert "133" not in values(read(text, register))


# -- headcounts planned: a long subject, a plan's second object ---------------------------


def test_a_future_verb_after_a_long_subject_makes_a_plan(register):
    text = (
        "Kabupaten Tambrauw - Sebanyak 3.918 warga Kabupaten Tambrauw, Papua Barat Daya, akan "
        "mendapatkan perlindungan BPJS Ketenagakerjaan selama tahun 2026."
    )
    assert "3918" not in values(read(text, register))


def test_a_future_verb_after_a_subject_with_brackets_makes_a_plan(register):
    text = (
        "Kabupaten Alor - Kepala Dinas PMD memastikan sebanyak 815 anggota Badan Permusyawaratan "
        "Desa (BPD) yang ada di Kabupaten Alor akan menjadi peserta aktif BPJS Ketenagakerjaan."
    )
    assert "815" not in values(read(text, register))


def test_a_count_already_registered_before_the_future_verb_stays(register):
    # guard: reached before "akan"
    text = (
        "Kabupaten Alor - Sebanyak 815 anggota BPD di Kabupaten Alor sudah terdaftar sebagai "
        "peserta BPJS Ketenagakerjaan dan akan menerima kartu pekan depan."
    )
    assert "815" in values(read(text, register))


def test_workers_registered_before_the_future_verb_stay(register):
    # guard: "yang didaftarkan Pemkab akan menerima kartu": members already
    text = (
        "Kabupaten Tambrauw - Sebanyak 2.470 pekerja rentan di Kabupaten Tambrauw yang "
        "didaftarkan Pemkab akan menerima kartu BPJS Ketenagakerjaan pekan depan."
    )
    assert "2470" in values(read(text, register))


def test_the_second_object_of_a_plan_is_planned_too(register):
    text = (
        "Kabupaten Bantul - Tahun ini Dinsos Bantul menargetkan 840 pekerja rentan dari "
        "berbagai sektor sebagai penerima jaminan sosial ketenagakerjaan dan 190 buruh tani."
    )
    assert not values(read(text, register)) & {"840", "190"}


def test_the_rest_of_a_plan_after_sementara_is_planned_too(register):
    text = (
        "Kabupaten Malinau - Ia memaparkan, 1.500 pekerja akan dilindungi BPJS "
        "Ketenagakerjaan melalui APBD Provinsi, sementara 2.730 pekerja lainnya melalui APBD "
        "Kabupaten Malinau."
    )
    assert not values(read(text, register)) & {"1500", "2730"}


def test_the_rest_said_registered_after_a_plan_stays(register):
    # guard: "sementara N pekerja sudah terdaftar": reached, not planned
    text = (
        "Kabupaten Malinau - Ia memaparkan, 1.500 pekerja akan dilindungi BPJS "
        "Ketenagakerjaan melalui APBD Provinsi, sementara 2.730 pekerja lainnya sudah "
        "terdaftar di Kabupaten Malinau."
    )
    assert "2730" in values(read(text, register))


# -- an amount for each person -------------------------------------------------------------


def test_a_premium_per_person_without_rp_is_no_count(register):
    text = (
        "Kabupaten Kampar - Untuk tahun ini tenaga honorer Kabupaten Kampar sudah dianggarkan "
        "Pemda untuk BPJS Ketenagakerjaan, dengan besar iuran 16.800 per orang untuk dua "
        "program."
    )
    assert "16800" not in values(read(text, register))
