"""Round four of issue 13: kinds of sentences that the fresh real sets C and
E showed the extractor misreading (a list of provinces "X N atau P persen dari
M potensi", national-sized counts, Kanwil areas, standings by number of
participants, employers' counts and shares, government-paid premiums, parts
of a group, English thousands). Each text is written for this test; full
region register from fixtures/, no database."""

import datetime as dt

from articles.extraction import extract_figures

PUBLISHED = dt.date(2025, 3, 4)


def read(text, register, url=None):
    """(metric, segment, value as str, region name) of every figure."""
    return {
        (f.metric, f.segment, str(f.value), f.region_name)
        for f in extract_figures(text, register, published=PUBLISHED, url=url)
    }


def test_a_list_of_provinces_each_with_count_rate_and_potential(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan tertinggi di Bali.\n"
        "Sebanyak 612.400 atau 61 persen dari 1.003.900 potensi peserta.\n"
        "Selanjutnya Jambi 301.220 atau 44 persen dari 684.590 potensi.\n"
    )
    assert read(text, register) == {
        ("award_rank", "other", "1", "Bali"),
        ("participants", "total", "612400", "Bali"),
        ("coverage_pct", "total", "61", "Bali"),
        ("workforce", "total", "1003900", "Bali"),
        ("participants", "total", "301220", "Jambi"),
        ("coverage_pct", "total", "44", "Jambi"),
        ("workforce", "total", "684590", "Jambi"),
    }


def test_a_count_larger_than_any_province_is_the_nations(register):
    text = (
        "JAKARTA -- Jumlah peserta BPJS Ketenagakerjaan hingga 2024 sekitar 47 juta. "
        "Cakupannya baru 33 persen dari angkatan kerja yang layak menjadi peserta "
        "sebanyak 142 juta."
    )
    got = read(text, register)
    assert ("participants", "total", "47000000", "Indonesia") in got
    assert ("workforce", "total", "142000000", "Indonesia") in got
    assert not any(region == "DKI Jakarta" for *_rest, region in got)


def test_a_kanwil_area_or_several_provinces_get_no_region(register):
    text = (
        "BPJS Ketenagakerjaan wilayah Sulawesi Maluku sudah menjangkau 2,7 juta peserta. "
        "Dari tujuh provinsi, potensi kepesertaan mencapai 6,9 juta pekerja."
    )
    assert read(text, register) == {
        ("participants", "total", "2700000", None),
        ("workforce", "total", "6900000", None),
    }


def test_the_most_participants_is_no_standing_but_the_highest_coverage_is(register):
    text = (
        "Jawa Timur berada pada posisi kedua dengan 5,1 juta peserta, setelah DKI Jakarta "
        "yang terbanyak.\n"
        "Capaian tertinggi saat ini ada di Kota Metro, disusul Kabupaten Lampung Selatan."
    )
    assert {(m, v, r) for m, _s, v, r in read(text, register) if m == "award_rank"} == {
        ("award_rank", "1", "Kota Metro"),
        ("award_rank", "2", "Kabupaten Lampung Selatan"),
    }


def test_employers_counts_and_shares_and_what_is_left_are_not_figures(register):
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Riau sebanyak 975.100 tenaga kerja, dengan "
        "jumlah perusahaan 17.300. Perusahaan besar dan menengah hampir 90 persen sudah "
        "terlindungi. Tinggal 3,4 persen lagi Riau mencapai target cakupan kepesertaan."
    )
    assert read(text, register) == {("participants", "total", "975100", "Riau")}


def test_government_paid_workers_are_vulnerable_and_parts_of_a_group_are_left(register):
    text = (
        "Di Kabupaten Sorong sebanyak 16.000 orang tenaga kerja yang dibayarkan dengan "
        "Anggaran Pendapatan Belanja Daerah (APBD) terdaftar di BPJS Ketenagakerjaan.\n"
        "Program perlindungan juga telah menjangkau lebih dari 11.000 pekerja rentan, "
        "termasuk 7.400 kader Linmas dan 3.600 petugas keagamaan di Provinsi Bengkulu."
    )
    assert read(text, register) == {
        ("participants", "vulnerable", "16000", "Kabupaten Sorong"),
        ("participants", "vulnerable", "11000", "Bengkulu"),
    }


def test_formal_and_informal_together_are_the_total(register):
    text = (
        "Cakupan BPJS Ketenagakerjaan di Lampung baru 24,5 persen atau 687 ribu pekerja dari "
        "total 2,8 juta pekerja formal dan informal."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "24.5", "Lampung"),
        ("participants", "total", "687000", "Lampung"),
        ("workforce", "total", "2800000", "Lampung"),
    }


def test_english_thousands_before_a_rate_and_a_target_set_at(register):
    text = (
        "Kabupaten Manokwari dari 59.824 potensi angkatan kerja, tercapai 51,495 atau "
        "86,08 persen cakupan kepesertaan BPJS Ketenagakerjaan. Target kepesertaan tahun "
        "ini di tetapkan 90 persen."
    )
    assert read(text, register) == {
        ("workforce", "total", "59824", "Kabupaten Manokwari"),
        ("participants", "total", "51495", "Kabupaten Manokwari"),
        ("coverage_pct", "total", "86.08", "Kabupaten Manokwari"),
        ("target_pct", "total", "90", "Kabupaten Manokwari"),
    }


# -- from set F, after its first-sight score ------------------------------------


def test_a_photo_caption_above_the_dateline_does_not_date_the_story(register):
    text = (
        "Pegawai melayani peserta di kantor BPJS Ketenagakerjaan, Senin (4/3/2024).\n\n"
        "Bisnis.com, MATARAM – Cakupan kepesertaan BPJS Ketenagakerjaan di Nusa Tenggara "
        "Barat baru mencapai 32,5% pada awal 2025, kata Kepala Cabang, Kamis (8/5/2025)."
    )
    assert read(text, register) == {("coverage_pct", "total", "32.5", "Nusa Tenggara Barat")}


def test_the_unemployed_are_no_workforce_and_a_share_of_workers_no_coverage(register):
    text = (
        "Jumlah angkatan kerja di Nusa Tenggara Barat tercatat sebanyak 3,11 juta, sementara "
        "2,09 juta orang (70,51 persen) tercatat sebagai pengangguran. Kepesertaan BPJS "
        "Ketenagakerjaan masih didominasi oleh pekerja penerima upah (64,2%)."
    )
    assert read(text, register) == {("workforce", "total", "3110000", "Nusa Tenggara Barat")}


def test_the_unemployed_named_before_their_count_are_no_workforce(register):
    text = (
        "Jumlah angkatan kerja di Kabupaten Sumba Timur per Agustus 2024 mencapai 160.250 orang. "
        "Jumlah pengangguran terbuka mencapai 4.120 orang. Angka itu turun karena jumlah "
        "pengangguran yang semula 5.310 orang menjadi 4.120 orang, sementara jumlah bukan "
        "angkatan kerja turun 1,5 persen dari 70.400 menjadi 69.350 orang."
    )
    assert read(text, register) == {("workforce", "total", "160250", "Kabupaten Sumba Timur")}


def test_a_targeted_level_the_highest_achiever_and_only_so_many(register):
    text = (
        "Realisasi kepesertaan BPJS Ketenagakerjaan di NTB baru mencapai 555.200 orang. "
        "Pihaknya menargetkan pencapaian 62,22 persen di tahun 2025. Saat ini persentase "
        "tertinggi dicapai Kabupaten Lombok Tengah."
    )
    assert read(text, register) == {
        ("participants", "total", "555200", "Nusa Tenggara Barat"),
        ("target_pct", "total", "62.22", "Nusa Tenggara Barat"),
        ("award_rank", "other", "1", "Kabupaten Lombok Tengah"),
    }


def test_a_rate_that_fell_keeps_its_group(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Bangka Belitung per 30 Juni 2024: "
        "segmen BPU dari 37,59 persen turun menjadi 15,01 persen."
    )
    assert ("coverage_pct", "informal", "15.01", "Kepulauan Bangka Belitung") in read(
        text, register
    )
