"""Issue 13, pooled round "poolprec": counts of people that are no region's
members or workers (read as participants or workforce before), kinds that
recur across at least three real-news sets, each on a text written for this
test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read, values

# -- a number for each unit (village, district, company) -----------------------


def test_a_count_for_each_village_is_no_figure(register):
    text = (
        "Bupati Kabupaten Sigi meminta setiap desa mendaftarkan paling sedikit 40 pekerja "
        "rentan sebagai peserta BPJS Ketenagakerjaan. Saat ini sebanyak 6.120 pekerja rentan "
        "di Kabupaten Sigi telah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert "40" not in values(got)
    assert ("participants", "vulnerable", "6120", "Kabupaten Sigi") in got


def test_a_count_per_district_after_it_is_no_figure(register):
    text = (
        "Pemkab Kabupaten Sigi membentuk relawan perlindungan pekerja yang terdaftar "
        "sebagai peserta BPJS Ketenagakerjaan, jumlahnya 15 orang, per-kecamatan."
    )
    assert "15" not in values(read(text, register))
    text = (
        "Kartu peserta BPJS Ketenagakerjaan diserahkan kepada 12 orang perwakilan pekerja "
        "dari masing-masing kecamatan di Kabupaten Sigi."
    )
    assert "12" not in values(read(text, register))


def test_one_village_so_many_workers_is_a_slogan(register):
    text = (
        "Pemkab Kabupaten Sigi menjalankan program \u201c1 desa 60 pekerja rentan\u201d "
        "agar terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert "60" not in values(read(text, register))


def test_the_sum_of_a_count_per_village_keeps_its_group(register):
    text = (
        "Jika tiap desa rata-rata terdapat 12 perangkat desa yang terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan, maka dari 150 desa di Kabupaten Sigi jumlah seluruhnya "
        "mencapai 1.800 orang."
    )
    got = read(text, register)
    assert "12" not in values(got)
    assert ("participants", "other", "1800", "Kabupaten Sigi") in got


# -- members added in a period, the word of adding a few words before ----------


def test_members_added_with_words_between_are_no_figure(register):
    text = (
        "Tahun ini Pemkab Kabupaten Sigi kembali menambah jumlah kepesertaan program "
        "perlindungan pekerja rentan BPJS Ketenagakerjaan sebanyak 2.750 jiwa."
    )
    assert "2750" not in values(read(text, register))
    text = (
        "Penambahan peserta BPJS Ketenagakerjaan di Kabupaten Sigi selama Januari hingga "
        "Oktober 2024 mencapai 312 perusahaan dengan 9.145 tenaga kerja."
    )
    assert "9145" not in values(read(text, register))


def test_a_headline_that_adds_members_and_a_bracketed_verb(register):
    text = "Sigi Tambah 3.500 Peserta BPJS Ketenagakerjaan dari APBD Perubahan"
    assert "3500" not in values(read(text, register))
    text = (
        "Kepesertaan BPJS Ketenagakerjaan pekerja rentan di Kabupaten Sigi naik setiap "
        "tahun, 2022 hanya 410 orang, 2023 (bertambah) 1.150 dan kini 2.310 orang."
    )
    got = read(text, register)
    assert "1150" not in values(got)
    assert ("participants", "vulnerable", "2310", "Kabupaten Sigi") in got


def test_a_level_reached_after_adding_stays(register):
    for text in (
        "Setelah penambahan peserta tahun ini, jumlah peserta BPJS Ketenagakerjaan di "
        "Kabupaten Sigi menjadi 48.200 pekerja.",
        "Pemkab Sigi menambah anggaran sehingga total peserta BPJS Ketenagakerjaan di "
        "Kabupaten Sigi mencapai 48.200 pekerja.",
    ):
        assert ("participants", "total", "48200", "Kabupaten Sigi") in read(text, register)


# -- the people claims were paid to --------------------------------------------


def test_the_people_claims_were_paid_to_are_no_members(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Sigi mengatakan klaim yang dibayarkan di "
        "Kabupaten Sigi hingga Juni 2025 mencapai Rp4,2 miliar, dinikmati oleh 380 orang "
        "penerima manfaat."
    )
    assert "380" not in values(read(text, register))
    text = (
        "Penyaluran klaim beasiswa bagi anak peserta BPJS Ketenagakerjaan yang meninggal "
        "dunia di Kabupaten Sigi sepanjang 2024 sebanyak 75 orang."
    )
    assert "75" not in values(read(text, register))


def test_members_counted_after_the_claims_stay(register):
    text = (
        "Klaim yang dibayarkan BPJS Ketenagakerjaan di Kabupaten Sigi mencapai Rp4,2 "
        "miliar, sedangkan peserta aktif BPJS Ketenagakerjaan tercatat 21.400 pekerja."
    )
    assert ("participants", "total", "21400", "Kabupaten Sigi") in read(text, register)


# -- the workers still to cover ------------------------------------------------


def test_workers_outside_the_system_or_still_to_register_are_no_members(register):
    text = (
        "Diperkirakan sekitar 8.400 pekerja di Kabupaten Sigi masih berada di luar sistem "
        "BPJS Ketenagakerjaan."
    )
    assert "8400" not in values(read(text, register))
    text = (
        "Peserta BPJS Ketenagakerjaan di Kabupaten Sigi bertambah. Artinya, masih ada "
        "sekitar 5.120 pekerja yang perlu menjadi perhatian untuk segera didaftarkan."
    )
    assert "5120" not in values(read(text, register))


def test_the_part_of_a_whole_not_yet_in_the_programme_is_no_figure(register):
    text = (
        "Sebanyak 3.000 tenaga kerja dari 7.500 jumlah tenaga kerja di Kabupaten Sigi belum "
        "mengikuti program BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert "3000" not in values(got)
    assert ("workforce", "total", "7500", "Kabupaten Sigi") in got


# -- a headcount aimed at ----------------------------------------------------------


def test_a_headcount_aimed_at_is_no_figure_and_its_group_goes_on(register):
    text = (
        "Pemkab Kabupaten Sigi menggandeng BPJS Ketenagakerjaan. Program ini menyasar "
        "sekitar 1.500 pekerja rentan di seluruh wilayah Kabupaten Sigi. Sementara itu, "
        "jumlah peserta aktif saat ini tercatat sebanyak 1.320 orang."
    )
    got = read(text, register)
    assert "1500" not in values(got)
    assert ("participants", "vulnerable", "1320", "Kabupaten Sigi") in got


def test_a_headcount_aimed_at_said_after_it_is_no_figure(register):
    text = (
        "BPJS Ketenagakerjaan Kabupaten Sigi membidik jumlah kepesertaan bukan penerima "
        "upah mencapai 25.000 peserta hingga akhir tahun."
    )
    assert "25000" not in values(read(text, register))
    text = (
        "Disnaker Kabupaten Sigi mencatat sebanyak 3.200 pekerja perkebunan telah menjadi "
        "sasaran program perlindungan BPJS Ketenagakerjaan yang didanai APBD."
    )
    assert "3200" not in values(read(text, register))


# -- a whole's sub-breakdown by what is not a segment ------------------------------


def test_parts_by_company_size_or_trade_of_a_whole_are_left_out(register):
    text = (
        "Jumlah tenaga kerja peserta BPJS Ketenagakerjaan di Kabupaten Sigi sebanyak "
        "18.400 orang yang terdiri atas 6.100 pekerja perusahaan besar, 9.300 pekerja "
        "perusahaan menengah dan 3.000 pekerja usaha kecil."
    )
    got = read(text, register)
    assert ("participants", "total", "18400", "Kabupaten Sigi") in got
    assert not {"6100", "9300", "3000"} & values(got)
    text = (
        "Sebanyak 7.500 pekerja rentan di Kabupaten Sigi yang terlindungi BPJS "
        "Ketenagakerjaan itu terdiri dari 2.100 nelayan dan 5.400 petani."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "7500", "Kabupaten Sigi") in got
    assert not {"2100", "5400"} & values(got)


def test_parts_of_the_whole_of_the_sentence_before_are_left_out(register):
    text = (
        "Hingga Oktober 2024, sebanyak 4.930 pekerja rentan di Kabupaten Sigi telah "
        "terlindungi BPJS Ketenagakerjaan. Kepala Disnaker mengatakan jumlah itu terdiri "
        "dari 4.020 pekerja rentan data Dinas Sosial dan 910 pekerja rentan desa."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4930", "Kabupaten Sigi") in got
    assert not {"4020", "910"} & values(got)


def test_a_split_by_segment_or_by_place_keeps_its_parts(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Kabupaten Sigi sebanyak 21.000 orang, terdiri atas "
        "15.000 pekerja penerima upah dan 6.000 pekerja bukan penerima upah."
    )
    got = read(text, register)
    assert ("participants", "formal", "15000", "Kabupaten Sigi") in got
    assert ("participants", "informal", "6000", "Kabupaten Sigi") in got


# -- units counted, not people ------------------------------------------------------


def test_neighbourhoods_agencies_and_projects_are_no_people(register):
    text = (
        "Pemkab Sigi mendaftarkan ketua RT dan RW sebagai peserta BPJS Ketenagakerjaan. "
        "Sekda Kabupaten Sigi menjelaskan, program ini mencakup 940 RT dan 210 RW yang "
        "tersebar di enam kecamatan."
    )
    assert not {"940", "210"} & values(read(text, register))
    text = (
        "Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Sigi tercatat 520 perusahaan, "
        "dan 880 jasa konstruksi."
    )
    assert "880" not in values(read(text, register))
    text = (
        "Jumlah pegawai non-ASN yang terdaftar sebagai peserta BPJS Ketenagakerjaan di "
        "Kabupaten Sigi 2.950 orang dari 48 perangkat daerah."
    )
    got = read(text, register)
    assert "48" not in values(got)


def test_village_officials_are_people(register):
    text = (
        "Sebanyak 420 perangkat desa di Kabupaten Sigi telah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan."
    )
    assert ("participants", "other", "420", "Kabupaten Sigi") in read(text, register)


# -- guards: what each reading must leave alone --------------------------------------


def test_members_counted_after_an_aim_or_beside_claims_stay(register):
    text = (
        "BPJS Ketenagakerjaan Kabupaten Sigi menyasar pekerja informal, dan saat ini sudah "
        "terdaftar 5.300 pekerja informal sebagai peserta."
    )
    assert ("participants", "informal", "5300", "Kabupaten Sigi") in read(text, register)
    text = (
        "Selain membayarkan klaim Rp5 miliar, BPJS Ketenagakerjaan Kabupaten Sigi mencatat "
        "peserta aktif sebanyak 50.200 pekerja."
    )
    assert ("participants", "total", "50200", "Kabupaten Sigi") in read(text, register)


def test_workers_who_must_join_are_still_the_workforce(register):
    text = (
        "Potensi pekerja di Kabupaten Sigi sebanyak 80.000 pekerja yang wajib menjadi "
        "peserta BPJS Ketenagakerjaan."
    )
    assert ("workforce", "total", "80000", "Kabupaten Sigi") in read(text, register)


def test_a_count_for_each_village_said_after_it_and_a_count_spread_over_all(register):
    text = (
        "Pemkab Kabupaten Sigi mendaftarkan 30 orang masyarakat rentan disetiap desa sebagai "
        "peserta BPJS Ketenagakerjaan."
    )
    assert "30" not in values(read(text, register))
    text = (
        "Sebanyak 4.400 pekerja rentan yang tersebar di setiap kecamatan di Kabupaten Sigi "
        "kini telah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert ("participants", "vulnerable", "4400", "Kabupaten Sigi") in read(text, register)


def test_protection_added_for_so_many_workers_counts_them(register):
    # what is added is the protection; the workers it is given to are participants
    text = (
        "Gubernur Provinsi Bengkulu memberikan kembali tambahan perlindungan jaminan sosial "
        "ketenagakerjaan pada tahun ini kepada 6.000 pekerja rentan."
    )
    assert ("participants", "vulnerable", "6000", "Bengkulu") in read(text, register)
    # members added are still no count of members
    text = "Pemkab Sigi kembali menambah jumlah kepesertaan program tersebut sebanyak 4.000 jiwa."
    assert "4000" not in values(read(text, register))


def test_a_count_said_registered_is_not_the_part_still_out(register):
    text = (
        "Tenaga kerja non ASN di Kabupaten Sigi telah terdaftar 610 orang dari 1.900 yang "
        "belum terdaftar."
    )
    assert "610" in values(read(text, register))
    text = (
        "Sebanyak 3.000 pekerja dari 7.500 pekerja di Kabupaten Sigi belum mengikuti program "
        "BPJS Ketenagakerjaan."
    )
    assert "3000" not in values(read(text, register))
