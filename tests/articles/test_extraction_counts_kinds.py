"""Round five of issue 13 (extract-a), counts: which counts of people are the
participants, which the workforce, and which neither (one sex of the group,
lapsed members, members joining or leaving, benefit claims, the gap still to
cover, a range). Each text is written for this test, to show a kind of
sentence; full region register from fixtures/, no database."""

from tests.articles.readings import read, values


def test_one_sex_of_the_group_is_no_count_of_participants(register):
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Jambi tercatat 412.300 orang. Dari "
        "jumlah itu, ada 251.000 pekerja laki-laki yang terdaftar aktif, sedangkan "
        "perempuan yang terdaftar hanya 161.300 pekerja.\n"
        "Jumlah peserta aktif di Bengkulu untuk pria 120.500 orang dan wanita "
        "80.250 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "412300", "Jambi") in got
    assert not values(got) & {"251000", "161300", "120500", "80250"}


def test_both_sexes_together_are_the_whole_group(register):
    text = (
        "Pekerja laki-laki maupun perempuan yang terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan di Jambi mencapai 412.300 orang."
    )
    assert ("participants", "total", "412300", "Jambi") in read(text, register)


def test_lapsed_members_named_before_the_number_are_not_participants(register):
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Riau mencapai 905.000 pekerja. Di "
        "samping itu, tercatat kepesertaan nonaktif yang mencapai 310.000 pekerja.\n"
        "Sedangkan kepesertaan tidak aktif di Riau terdiri dari penerima upah 280.400 "
        "orang dan bukan penerima upah sebanyak 29.600 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "905000", "Riau") in got
    assert not values(got) & {"310000", "280400", "29600"}


def test_an_active_count_after_lapsed_ones_is_still_read(register):
    text = "Di Riau ada 310.000 peserta non aktif dan 905.000 peserta aktif BPJS Ketenagakerjaan."
    got = read(text, register)
    assert ("participants", "total", "905000", "Riau") in got
    assert "310000" not in values(got)


def test_members_joining_or_leaving_are_a_flow(register):
    text = (
        "Sebanyak 42 ribu orang keluar dari kepesertaan BPJS Ketenagakerjaan di "
        "Sulawesi Tengah sepanjang semester pertama. Ia mengatakan, ada 610 ribu "
        "tenaga kerja yang masuk dalam peserta BPJS Ketenagakerjaan yang masih aktif. "
        "Untuk yang masuk ada sekitar 51.240 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "610000", "Sulawesi Tengah") in got
    assert not values(got) & {"42000", "51240"}


def test_claims_of_a_benefit_programme_are_not_participants(register):
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Bali mencapai 780.000 orang. Klaim yang "
        "sudah dibayarkan untuk Jaminan Hari Tua (JHT) ada 52.300 orang. Sedangkan "
        "JKK ada 3.120 orang, JKM ada 846."
    )
    got = read(text, register)
    assert ("participants", "total", "780000", "Bali") in got
    assert not values(got) & {"52300", "3120", "846"}


def test_the_gap_still_to_cover_is_not_participants(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Jambi baru 28 persen, sehingga "
        "masih ada gap sekitar 154.000 pekerja. Tahun depan harus ada 90.500 pekerja "
        "lagi yang terlindungi."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "28", "Jambi") in got
    assert not values(got) & {"154000", "90500"}


def test_a_range_of_counts_is_neither_end(register):
    text = (
        "Jumlah peserta BPJS Ketenagakerjaan di Gorontalo baru sekitar 90 ribu hingga "
        "110 ribu pekerja. Jumlah peserta aktif di Gorontalo hingga 31 Desember 2024 "
        "sebanyak 104.300 pekerja."
    )
    got = read(text, register)
    assert not values(got) & {"90000", "110000"}
    assert ("participants", "total", "104300", "Gorontalo") in got


def test_active_workers_are_participants_and_the_whole_is_the_workforce(register):
    text = (
        "Sampai Mei 2024, jumlah tenaga kerja aktif sebanyak 1,92 juta, sektor "
        "penerima upah 1,41 juta, sektor bukan penerima upah (BPU) sebanyak 318 ribu, "
        "dan sektor jasa konstruksi 191 ribu di Sumatera Utara.\n"
        "Berdasarkan data BPJS Ketenagakerjaan, jumlah tenaga kerja di Jambi yang "
        "terdaftar sebagai peserta tercatat 402.115 orang, padahal jumlah "
        "keseluruhannya mencapai satu juta pekerja."
    )
    got = read(text, register)
    assert ("participants", "total", "1920000", "Sumatera Utara") in got
    assert ("participants", "formal", "1410000", "Sumatera Utara") in got
    assert ("participants", "informal", "318000", "Sumatera Utara") in got
    assert ("participants", "construction", "191000", "Sumatera Utara") in got
    assert ("participants", "total", "402115", "Jambi") in got
    assert ("workforce", "total", "1000000", "Jambi") in got
    assert not any(
        metric == "workforce" and region == "Sumatera Utara" for metric, *_, region in got
    )


def test_a_group_marked_active_and_the_next_item_of_its_list(register):
    text = (
        "Jumlah pekerja di Bengkulu mencapai 900 ribu orang. Sedangkan tenaga kerja "
        "yang termasuk penerima upah (PU) aktif sebanyak 96.210 orang, dan bukan "
        "penerima upah (BPU) 7.315 pekerja."
    )
    got = read(text, register)
    assert ("participants", "formal", "96210", "Bengkulu") in got
    assert ("participants", "informal", "7315", "Bengkulu") in got


def test_the_level_before_a_rise_is_the_same_kind_of_count(register):
    text = (
        "Jumlah pekerja yang terdaftar di Kabupaten Sumbawa mencapai 61.200 orang di "
        "2024 atau meningkat dari 48.900 pekerja pada Desember 2023."
    )
    got = read(text, register)
    assert ("participants", "total", "61200", "Kabupaten Sumbawa") in got
    assert ("participants", "total", "48900", "Kabupaten Sumbawa") in got
    assert not any(metric == "workforce" for metric, *_ in got)


def test_workers_counted_before_a_rate_are_its_whole(register):
    text = (
        "Kepesertaan pekerja penerima upah di Aceh sudah 41,2 persen. Namun, jika "
        "digabungkan dengan tenaga kerja informal sebanyak 1,4 juta orang, "
        "kepesertaan BPJS Ketenagakerjaan di Aceh hanya 19,6 persen."
    )
    got = read(text, register)
    assert ("workforce", "informal", "1400000", "Aceh") in got
    assert not any(metric == "participants" for metric, *_ in got)


def test_the_potential_of_a_group_then_the_protected_part(register):
    text = (
        "Di Kabupaten Bima, dari total potensi 8.120 non-ASN, sebanyak 7.460 orang "
        "sudah terlindungi oleh BPJS Ketenagakerjaan. Jumlah pekerja informal yang "
        "sudah tercover sebanyak 5.210 orang dari jumlah keseluruhan sebanyak 61.400 "
        "orang pekerja informal di Kabupaten Bima."
    )
    got = {(metric, value) for metric, _segment, value, _region in read(text, register)}
    assert ("workforce", "8120") in got
    assert ("participants", "7460") in got
    assert ("participants", "5210") in got
    assert ("workforce", "61400") in got
    assert ("workforce", "5210") not in got


def test_headcounts_allocated_or_acquired_are_not_participants(register):
    text = (
        "Untuk meningkatkan kepesertaan, Pemkot Kendari mengalokasikan anggaran untuk "
        "6.000 pekerja rentan. Sedangkan akuisisi perisai sebanyak 1.250 tenaga kerja "
        "dari 48 perisai di Kota Kendari. Peserta aktif di Kota Kendari tercatat "
        "88.357 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "88357", "Kota Kendari") in got
    assert not values(got) & {"6000", "1250"}


def test_a_standing_by_count_is_no_award_rank(register):
    text = (
        "Tingkat kepesertaan aktif menjadi salah satu indikator penting perlindungan "
        "pekerja.\n"
        "Banten tercatat sebagai provinsi dengan jumlah peserta aktif terbanyak di "
        "luar DKI Jakarta, yakni 3,1 juta peserta. Sumatera Utara berada pada posisi "
        "kedua dengan 2,2 juta peserta. Sulawesi Selatan menempati urutan selanjutnya "
        "dengan jumlah peserta mencapai 1,6 juta."
    )
    got = read(text, register)
    assert not any(metric == "award_rank" for metric, *_ in got)
    assert ("participants", "total", "2200000", "Sumatera Utara") in got


def test_a_count_of_the_remaining_group_is_read(register):
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Jawa Tengah mencapai 4,8 juta pekerja. "
        "Dari jumlah tersebut, 3,1 juta peserta aktif merupakan pekerja penerima upah "
        "(PU), sementara 1,2 juta merupakan pekerja bukan penerima upah (BPU) dan "
        "0,5 juta lainnya pekerja jasa konstruksi."
    )
    got = read(text, register)
    assert ("participants", "construction", "500000", "Jawa Tengah") in got


def test_a_count_of_informal_workers_written_non_formal(register):
    text = (
        "Berdasarkan data BPS, jumlah total pekerja di Jambi mencapai 1.812.000. Dari "
        "jumlah tersebut, 702.000 merupakan pekerja di sektor formal dan 1.110.000 non "
        "formal."
    )
    got = read(text, register)
    assert ("workforce", "total", "1812000", "Jambi") in got
    assert ("workforce", "informal", "1110000", "Jambi") in got


def test_the_next_item_of_a_list_of_planned_headcounts_is_planned(register):
    text = (
        "Sebanyak 3.120 pekerja rentan di Kabupaten Pohuwato sudah terlindungi. Tahun "
        "ini, Pemkab juga menargetkan penambahan 4.000 pekerja rentan, 760 tenaga kerja "
        "dari koperasi desa, serta perluasan kepesertaan bagi perangkat desa."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3120", "Kabupaten Pohuwato") in got
    assert not values(got) & {"4000", "760"}


def test_claimants_new_members_and_planned_enrolments_are_not_participants(register):
    text = (
        "Sepanjang 2024, sebanyak 45 ribu peserta BPJS Ketenagakerjaan di Kabupaten "
        "Kediri menerima manfaat JHT.\n"
        "Sebanyak 5.000 pekerja informal di Kabupaten Kediri akan didaftarkan menjadi "
        "peserta BPJS Ketenagakerjaan.\n"
        "Sebanyak 12 ribu pekerja di Kabupaten Kediri menjadi peserta baru BPJS "
        "Ketenagakerjaan sepanjang 2024, sehingga total peserta aktif kini 156 ribu "
        "pekerja."
    )
    got = read(text, register)
    assert ("participants", "total", "156000", "Kabupaten Kediri") in got
    assert not values(got) & {"45000", "5000", "12000"}


def test_the_workers_a_place_has_before_its_rate_are_the_workforce(register):
    text = (
        "Kabupaten Garut memiliki sekitar 1,2 juta pekerja informal, dan baru 4 persen "
        "yang terdaftar BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "informal", "1200000", "Kabupaten Garut") in got
    assert not any(metric == "participants" for metric, *_ in got)


def test_the_registered_part_among_a_whole(register):
    text = (
        "Dari total 1.450.000 angkatan kerja di Kabupaten Tasikmalaya, 1.320.000 di "
        "antaranya bekerja, dan 280.000 di antaranya terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "total", "1450000", "Kabupaten Tasikmalaya") in got
    assert ("participants", "total", "280000", "Kabupaten Tasikmalaya") in got


def test_workers_laid_off_are_an_event(register):
    text = (
        "Sebanyak 1.200 pekerja di Kota Sukabumi mengalami PHK sepanjang 2024, sementara "
        "peserta aktif BPJS Ketenagakerjaan mencapai 96.300 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "96300", "Kota Sukabumi") in got
    assert "1200" not in values(got)


def test_the_level_a_change_is_measured_from(register):
    text = (
        "BPJS Ketenagakerjaan Bengkulu mencatat total kepesertaan aktif hingga Desember "
        "2024 sejumlah 198.402 peserta. Angka itu meningkat sebesar 12%, jika "
        "dibandingkan periode sama tahun lalu yang sejumlah 177.140."
    )
    got = read(text, register)
    assert ("participants", "total", "198402", "Bengkulu") in got
    assert ("participants", "total", "177140", "Bengkulu") in got


def test_the_headcount_of_a_target_rate_is_a_target(register):
    text = (
        "Pemprov Jambi menargetkan 55 persen pekerja terlindungi jaminan sosial "
        "ketenagakerjaan pada 2027, atau sekitar 900 ribu pekerja."
    )
    got = read(text, register)
    assert ("target_pct", "total", "55", "Jambi") in got
    assert not any(metric == "participants" for metric, *_ in got)
