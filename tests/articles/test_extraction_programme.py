"""Round "programme": a regency's or city's programme for its workers read as
one story (who pays, which groups, the total). Each kind recurs in at least
three real-news sets; every test is a text written for it (other places,
other numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- the groups a whole consists of decide its group -----------------------------


def test_a_whole_made_of_staff_and_vulnerable_workers_is_other(register):
    text = (
        "Pemkab Kolaka mendaftarkan 8.400 pekerja sebagai peserta BPJS Ketenagakerjaan "
        "yang terdiri dari 2.100 pegawai non ASN, 1.300 perangkat desa, dan 5.000 "
        "pekerja rentan."
    )
    got = read(text, register)
    assert ("participants", "other", "8400", "Kabupaten Kolaka") in got
    # its parts keep their own groups
    assert ("participants", "vulnerable", "5000", "Kabupaten Kolaka") in got


def test_a_paid_whole_covering_staff_is_other(register):
    text = (
        "Tahun ini Pemerintah Kabupaten Sinjai telah membiayai kepesertaan BPJS "
        "Ketenagakerjaan bagi 9.830 pekerja, mencakup guru honorer, aparat desa, kader "
        "posyandu dan pekerja rentan."
    )
    got = read(text, register)
    assert ("participants", "other", "9830", "Kabupaten Sinjai") in got


def test_vulnerable_workers_made_of_village_staff_are_other(register):
    text = (
        "Perlindungan itu menjangkau 12.340 pekerja rentan desa di Kabupaten Lahat, yang "
        "terdiri atas kepala desa, perangkat desa, anggota BPD dan linmas."
    )
    got = read(text, register)
    assert ("participants", "other", "12340", "Kabupaten Lahat") in got


def test_examples_of_vulnerable_workers_keep_their_group(register):
    # near miss: "termasuk" gives examples, not the make-up of the whole
    text = (
        "Pemkab Sinjai telah melindungi 6.200 pekerja rentan, termasuk 1.100 kader "
        "posyandu dan 900 guru mengaji, dalam program BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6200", "Kabupaten Sinjai") in got


def test_a_members_split_by_membership_group_keeps_the_total(register):
    # near miss: PU and BPU listed: a split of all members, not a programme's
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Luwu mencapai 41.200 tenaga "
        "kerja yang terdiri dari pekerja penerima upah, pekerja bukan penerima upah, "
        "dan aparat desa."
    )
    got = read(text, register)
    assert ("participants", "total", "41200", "Kabupaten Luwu") in got


# -- a count of "this programme" takes the group the programme is for -------------


def test_a_count_of_this_programme_is_of_its_vulnerable_workers(register):
    text = (
        'Menurut Sekda, Pemkab Sambas sudah melaksanakan inovasi program "Satu Dusun '
        'Lima Puluh Pekerja Rentan" sejak 2024. Melalui program ini, sebanyak 7.350 '
        "warga dari 147 dusun telah mendapatkan perlindungan BPJS Ketenagakerjaan "
        "selama satu tahun."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "7350", "Kabupaten Sambas") in got


def test_a_later_count_registered_in_the_programme(register):
    text = (
        "Bupati Ketapang menerbitkan Peraturan Bupati Nomor 12 Tahun 2025 tentang "
        "perlindungan sosial bagi pekerja rentan di perkebunan. Sebanyak 2.640 orang "
        "buruh kebun telah terdaftar dalam "
        "program tersebut, kata Bupati Ketapang."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2640", "Kabupaten Ketapang") in got


def test_a_programme_count_naming_groups_keeps_its_reading(register):
    # near miss: the sentence names groups of its own: the whole of them
    text = (
        "Bupati Tabalong meluncurkan perlindungan bagi pekerja rentan yang iurannya "
        "dibayar dari APBD pada 2023. Bupati juga menyerahkan kartu kepada ahli waris "
        "peserta. Saat ini lebih dari 64 ribu pekerja di Kabupaten Tabalong, termasuk "
        "perangkat desa dan pekerja rentan, terdaftar dalam program ini."
    )
    got = read(text, register)
    assert ("participants", "total", "64000", "Kabupaten Tabalong") in got


def test_a_programme_for_staff_named_last_gives_no_vulnerable_group(register):
    # near miss: the story turned to village staff after the vulnerable workers
    text = (
        "Pemkab Tabalong menanggung iuran pekerja rentan sejak 2023. Pada 2025 "
        "perlindungan diperluas kepada perangkat desa. Sebanyak 1.250 orang telah "
        "terdaftar dalam program ini di Kabupaten Tabalong."
    )
    got = read(text, register)
    assert not any(f[1] == "vulnerable" and f[2] == "1250" for f in got)


# -- residents counted in a story about a government's vulnerable workers ----------


def test_souls_registered_in_a_story_of_a_regency_paying_for_vulnerable_workers(register):
    text = (
        "Bupati Kutai Barat menegaskan komitmen Pemerintah Kabupaten Kutai Barat dalam "
        "memberikan jaminan sosial kepada pekerja rentan di berbagai sektor. Salah "
        "satunya dengan mengikutsertakan mereka ke dalam program BPJS Ketenagakerjaan.\n"
        "\u201cSudah ada 12.874 jiwa yang masuk dalam daftar peserta BPJS "
        "Ketenagakerjaan,\u201d kata Bupati Kutai Barat, Senin (3/3/2025)."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12874", "Kabupaten Kutai Barat") in got


def test_residents_now_protected_in_a_story_of_a_regency_programme(register):
    text = (
        "Pemerintah Kabupaten Alor meluncurkan penyerahan kartu BPJS Ketenagakerjaan "
        "bagi pekerja rentan di sektor informal.\n"
        "Kepala cabang menjelaskan, sebanyak 3.416 warga Alor kini resmi mendapatkan "
        "perlindungan jaminan kecelakaan kerja dan jaminan kematian."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3416", "Kabupaten Alor") in got


def test_all_active_members_in_such_a_story_stay_the_total(register):
    # near miss: a word of all members: the region's whole
    text = (
        "Pemerintah Kabupaten Alor meluncurkan penyerahan kartu BPJS Ketenagakerjaan "
        "bagi pekerja rentan di sektor informal.\n"
        "Kepala cabang menjelaskan, peserta aktif di daerah itu kini sebanyak 23.416 "
        "orang di Kabupaten Alor."
    )
    got = read(text, register)
    assert ("participants", "total", "23416", "Kabupaten Alor") in got


def test_residents_in_a_story_of_no_vulnerable_workers_stay_the_total(register):
    # near miss: the lead names a government but no vulnerable workers
    text = (
        "Bupati Kutai Barat menerima penghargaan dari BPJS Ketenagakerjaan atas "
        "dukungan pemerintah daerah.\n"
        "\u201cSudah ada 12.874 jiwa yang masuk dalam daftar peserta BPJS "
        "Ketenagakerjaan,\u201d kata Bupati Kutai Barat, Senin (3/3/2025)."
    )
    got = read(text, register)
    assert ("participants", "total", "12874", "Kabupaten Kutai Barat") in got


# -- those who serve a faith are the `other` group, as marbot and imam are ----------


def test_religious_workers_paid_by_a_company_are_other(register):
    text = (
        "Di Kabupaten Soppeng, ada juga pekerja keagamaan sebanyak 830 orang yang "
        "didaftarkan kepesertaannya dan iurannya dibayarkan melalui CSR bank daerah."
    )
    got = read(text, register)
    assert ("participants", "other", "830", "Kabupaten Soppeng") in got


def test_clergy_counted_for_protection_are_other_people(register):
    text = (
        "Pemerintah Kabupaten Tabanan telah menetapkan 4.210 rohaniwan untuk dilindungi "
        "BPJS Ketenagakerjaan melalui APBD tahun 2025."
    )
    got = read(text, register)
    assert ("participants", "other", "4210", "Kabupaten Tabanan") in got


def test_religious_leaders_whose_premiums_are_budgeted_are_other(register):
    text = (
        "Pemkab Malinau menyiapkan penganggaran iuran kepesertaan BPJS Ketenagakerjaan "
        "bagi 320 pemuka agama di Kabupaten Malinau."
    )
    got = read(text, register)
    assert ("participants", "other", "320", "Kabupaten Malinau") in got


# -- the `other` group under the long names of its words ----------------------------


def test_heads_of_neighbourhood_units_by_their_full_names_are_other(register):
    text = (
        "Pada tahun 2025, Pemkot Metro telah mendaftarkan sebanyak 1.418 ketua rukun "
        "tetangga dan rukun warga sebagai peserta BPJS Ketenagakerjaan melalui APBD."
    )
    got = read(text, register)
    assert ("participants", "other", "1418", "Kota Metro") in got


def test_regional_contract_workers_registered_are_other(register):
    text = (
        "Pemkab Asmat juga telah mendaftarkan sebanyak 1.206 pekerja kontrak daerah "
        "sebagai peserta BPJS Ketenagakerjaan pada tahun 2025."
    )
    got = read(text, register)
    assert ("participants", "other", "1206", "Kabupaten Asmat") in got


def test_teaching_staff_protected_are_other(register):
    text = (
        "Di Kabupaten Garut, tenaga pendidik madrasah yang terlindungi BPJS "
        "Ketenagakerjaan sejak 2022 telah mencapai 7.300 orang."
    )
    got = read(text, register)
    assert ("participants", "other", "7300", "Kabupaten Garut") in got
