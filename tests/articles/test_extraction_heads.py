"""Round "heads": a group's headcount (the workers a place has, a village's
staff) is the workforce, not participants, when its sentence says nothing done
to the people and the participation cue is only borrowed from the sentences
before. Texts written for this test (other places, other numbers, other
words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- the people a place has, after a sentence about members -----------------


def test_workers_of_a_city_said_after_its_members_are_the_workforce(register):
    text = (
        "Kota Kediri - Peserta BPJS Ketenagakerjaan di Kota Kediri bertambah tahun ini. "
        "Sementara itu pekerja di Kota Kediri tercatat mencapai 143 ribu orang."
    )
    got = read(text, register)
    assert ("workforce", "total", "143000", "Kota Kediri") in got
    assert not any(g[0] == "participants" and g[2] == "143000" for g in got)


def test_informal_workers_a_regency_has_are_the_workforce(register):
    text = (
        "Kabupaten Tapin - Kepesertaan BPJS Ketenagakerjaan sektor informal di Kabupaten "
        "Tapin masih rendah. Kepala dinas menuturkan ada 64.300 pekerja informal di "
        "Kabupaten Tapin."
    )
    got = read(text, register)
    assert ("workforce", "informal", "64300", "Kabupaten Tapin") in got


def test_the_number_of_a_group_in_a_regency_is_no_participants(register):
    text = (
        "Kabupaten Bone - Baru sebagian kecil nelayan di Kabupaten Bone yang sudah menjadi "
        "peserta BPJS Ketenagakerjaan. Menurut dinas perikanan, jumlah nelayan di "
        "Kabupaten Bone sebanyak 21.450 orang."
    )
    got = read(text, register)
    assert not any(g[0] == "participants" and g[2] == "21450" for g in got)


# -- near misses: what stays participants -----------------------------------


def test_a_group_said_registered_in_its_own_sentence_stays_participants(register):
    text = (
        "Kabupaten Tapin - Kepesertaan BPJS Ketenagakerjaan sektor informal di Kabupaten "
        "Tapin terus naik. Kepala dinas menuturkan ada 6.430 pekerja informal di "
        "Kabupaten Tapin yang sudah terdaftar."
    )
    got = read(text, register)
    assert not any(g[0] == "workforce" and g[2] == "6430" for g in got)


def test_a_group_to_be_added_is_no_workforce(register):
    text = (
        "Kabupaten Bone - Sebanyak 1.200 nelayan di Kabupaten Bone sudah menjadi peserta "
        "BPJS Ketenagakerjaan. Kepala dinas menyebut jumlah nelayan ini akan ditambah lagi, "
        "namun bertahap sampai mencapai angka 2.500 orang."
    )
    got = read(text, register)
    assert not any(g[0] == "workforce" and g[2] == "2500" for g in got)


def test_a_list_of_members_by_group_stays_participants(register):
    text = (
        "Kota Kediri - Peserta BPJS Ketenagakerjaan di Kota Kediri terus bertambah. "
        "Rinciannya, 41.200 pekerja penerima upah, 6.300 pekerja bukan penerima upah dan "
        "2.100 pekerja jasa konstruksi."
    )
    got = read(text, register)
    assert not any(g[0] == "workforce" and g[2] in ("41200", "6300") for g in got)


# -- the group a programme is for, counted as a place has it ----------------


def test_the_staff_a_programme_is_for_counted_as_a_regency_has_them_is_the_workforce(register):
    text = (
        "Kabupaten Sinjai - Pemerintah Kabupaten Sinjai mendaftarkan tenaga honorer menjadi "
        "peserta BPJS Ketenagakerjaan tahun ini.\n\n"
        "Bupati Sinjai mengatakan iuran mereka dibayar dari APBD. Adapun jumlah pegawai "
        "honorer Sinjai sebanyak 1.436. Masih ada kendala pendataan."
    )
    got = read(text, register)
    assert ("workforce", "other", "1436", "Kabupaten Sinjai") in got
    assert not any(g[0] == "participants" and g[2] == "1436" for g in got)


def test_the_labourers_a_subsidy_is_for_counted_by_a_register_are_the_workforce(register):
    text = (
        "Kabupaten Temanggung - Pemerintah Kabupaten Temanggung membayar iuran BPJS "
        "Ketenagakerjaan bagi buruh tani kopi melalui dana bagi hasil cukai.\n\n"
        "Sedangkan jumlah buruh tani kopi yang ada di Kabupaten Temanggung sejumlah 31.250 "
        "berdasarkan data dinas pertanian setempat."
    )
    got = read(text, register)
    assert ("workforce", "vulnerable", "31250", "Kabupaten Temanggung") in got


def test_a_membership_segment_a_regency_pays_for_stays_participants(register):
    # near miss: "Pekerja Bukan Penerima Upah" names the agency's segment of members
    text = (
        "Kabupaten Temanggung - Pemerintah Kabupaten Temanggung membayar iuran BPJS "
        "Ketenagakerjaan bagi pekerja rentan melalui APBD.\n\n"
        "Selebihnya, Pekerja Bukan Penerima Upah terdapat di Kabupaten Temanggung sebanyak "
        "8.400 orang tenaga kerja."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8400", "Kabupaten Temanggung") in got
