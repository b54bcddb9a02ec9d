"""Issue 13, sets O and Q (round 9): kinds of sentences those sets showed, each
on a text written for this test (other places, other numbers, other words).
Full region register from fixtures/, no database."""

from tests.articles.readings import read

# -- a whole named with its group, then its registered part ---------------------


def test_the_group_named_with_the_whole_is_the_group_of_its_part(register):
    text = (
        "Hingga Juni 2025, potensi peserta BPJS Ketenagakerjaan di Kota Madiun sebanyak "
        '80.000 orang. "Dari 42.300 pekerja penerima upah, 25.110 orang telah menjadi '
        "peserta aktif. Sementara dari 30.120 pekerja bukan penerima upah, 9.870 orang "
        'sudah terdaftar," ujarnya.'
    )
    got = read(text, register)
    assert ("participants", "formal", "25110", "Kota Madiun") in got
    assert ("workforce", "formal", "42300", "Kota Madiun") in got
    assert ("participants", "informal", "9870", "Kota Madiun") in got
    assert ("workforce", "informal", "30120", "Kota Madiun") in got


# -- a list of rates, each after its group --------------------------------------


def test_rates_each_after_its_group_are_the_groups_coverage(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kota Madiun saat ini terdiri dari Pekerja PU "
        "61,20 persen, Pekerja BPU 30,15 persen dan Pekerja Jasa Konstruksi 100 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "formal", "61.2", "Kota Madiun") in got
    assert ("coverage_pct", "informal", "30.15", "Kota Madiun") in got


def test_group_shares_that_add_up_to_the_whole_are_no_coverage(register):
    # a composition of the participants (65 + 20 + 15 = 100), not three rates
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Kendal mencapai 120.400 pekerja "
        "atau 38,2 persen. Kepesertaan itu terdiri dari Pekerja PU 65 persen, Pekerja BPU "
        "20 persen dan Pekerja Jasa Konstruksi 15 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "38.2", "Kabupaten Kendal") in got
    assert not {"65", "20", "15"} & {v for _m, _s, v, _r in got}


# -- counts that only split a whole --------------------------------------------------


def test_counts_splitting_a_whole_by_firm_size_are_not_participants(register):
    text = (
        "BPJS Ketenagakerjaan mencatat peserta di Kabupaten Kendal sebanyak 30.100 orang "
        "yang terdiri atas 6.200 pekerja perusahaan besar, 12.400 pekerja perusahaan "
        "menengah dan 11.500 pekerja perusahaan kecil."
    )
    got = read(text, register)
    assert ("participants", "total", "30100", "Kabupaten Kendal") in got
    assert not {"6200", "12400", "11500"} & {v for _m, _s, v, _r in got}


def test_counts_splitting_a_whole_stated_in_an_earlier_sentence_are_left_out(register):
    text = (
        "Sebanyak 8.230 petani di Kabupaten Kendal telah terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan. Rinciannya, kepesertaan petani padi 7.100 orang, petani tebu "
        "610 orang dan petani kopi 520 orang."
    )
    got = read(text, register)
    assert not {"7100", "610", "520"} & {v for _m, _s, v, _r in got}


def test_a_split_by_segment_keeps_its_groups(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Kabupaten Kendal sebanyak 30.100 orang, terdiri "
        "atas 20.000 peserta penerima upah, 8.000 peserta bukan penerima upah dan 2.100 "
        "peserta jasa konstruksi."
    )
    got = read(text, register)
    assert ("participants", "formal", "20000", "Kabupaten Kendal") in got
    assert ("participants", "informal", "8000", "Kabupaten Kendal") in got


# -- workers a government protects ---------------------------------------------------


def test_workers_a_regency_protects_through_a_revenue_share_are_vulnerable(register):
    text = (
        "Sebelumnya, Pemkab Kendal juga telah memberikan perlindungan jaminan sosial "
        "ketenagakerjaan kepada 1.350 nelayan melalui pemanfaatan DBHCHT."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "1350", "Kabupaten Kendal") in got


def test_workers_protected_whose_premiums_the_city_pays_are_vulnerable(register):
    text = (
        "BPJS Ketenagakerjaan Kota Madiun kini melindungi 2.210 petani. Pemerintah Kota "
        "Madiun menanggung penuh iuran bulanan mereka."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2210", "Kota Madiun") in got


def test_workers_a_budget_protects_are_participants(register):
    text = (
        "Pemerintah Kabupaten Kendal menganggarkan Rp2 miliar untuk BPJS Ketenagakerjaan "
        "bagi tenaga kerja rentan. Anggaran tersebut untuk melindungi 45.238 pekerja rentan "
        "yang bekerja di sektor informal."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "45238", "Kabupaten Kendal") in got


def test_workers_protected_under_a_revenue_share_are_vulnerable(register):
    text = (
        "Kabupaten Siak menjadi daerah pertama yang memberikan perlindungan jaminan sosial "
        "ketenagakerjaan kepada 6.120 tenaga kerja pada perkebunan kelapa di DBH Sawit."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6120", "Kabupaten Siak") in got


def test_protection_only_aimed_at_is_no_count_of_participants(register):
    text = (
        "BPJS Ketenagakerjaan Kota Madiun bekerja sama dengan pemerintah daerah untuk "
        "memberikan perlindungan sosial kepada 61.000 pekerja informal yang belum terdaftar."
    )
    got = read(text, register)
    assert "61000" not in {v for _m, _s, v, _r in got}


# -- the workers, then those covered among them ------------------------------------


def test_the_count_before_and_those_already_covered_is_the_workforce(register):
    text = (
        "Kepala Kantor BPJS Ketenagakerjaan Kota Madiun mengatakan, untuk tenaga kerja "
        "penerima upah jumlahnya mencapai 40.168 orang dan yang sudah tercover oleh BPJS "
        "Ketenagakerjaan sebanyak 20.712 orang atau 51,56 persen."
    )
    got = read(text, register)
    assert ("workforce", "formal", "40168", "Kota Madiun") in got
    assert ("participants", "formal", "20712", "Kota Madiun") in got
    assert ("coverage_pct", "formal", "51.56", "Kota Madiun") in got


def test_the_people_working_somewhere_before_those_covered_are_the_workforce(register):
    text = (
        "Kepala Kantor BPJS Ketenagakerjaan Kota Madiun mengatakan, jika orang yang bekerja "
        "di Kota Madiun mencapai 98.642 orang dan yang sudah tercover BPJS Ketenagakerjaan "
        "24.714 orang atau 25,05 persen."
    )
    got = read(text, register)
    assert ("workforce", "total", "98642", "Kota Madiun") in got
    assert ("participants", "total", "24714", "Kota Madiun") in got


# -- a hard-wrapped text ---------------------------------------------------------------


def test_a_sentence_broken_over_wrapped_lines_is_read_whole(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kota Madiun\n"
        "Kepala Kantor BPJS Ketenagakerjaan Kota Madiun, Budi, mengatakan jika orang yang\n"
        "bekerja di Kota Madiun mencapai 98.642 orang dan yang sudah tercover BPJS\n"
        "Ketenagakerjaan 24.714 orang atau 25,05 persen.\n"
        "Ia juga mengatakan, untuk tenaga kerja penerima upah jumlahnya mencapai 40.168\n"
        "orang dan yang sudah tercover oleh BPJS Ketenagakerjaan sebanyak 20.712 orang\n"
        "atau 51,56 persen. Untuk yang penerima upah ini misalnya ke perusahaan kita\n"
        "sosialisasi, dan untuk bukan penerima upah kita bekerja sama dengan dinas\n"
        "tenaga kerja, jelasnya. Bukan penerima upah itu yang bekerja mandiri dan\n"
        "karakteristiknya petani, paparnya.\n"
    )
    got = read(text, register)
    assert ("workforce", "total", "98642", "Kota Madiun") in got
    assert ("participants", "total", "24714", "Kota Madiun") in got
    assert ("workforce", "formal", "40168", "Kota Madiun") in got
    assert ("participants", "formal", "20712", "Kota Madiun") in got


def test_list_lines_are_not_joined_as_wrapped_text(register):
    text = (
        "Klaim BPJS Ketenagakerjaan Kota Madiun berupa:\n"
        "JHT : 4.527 kasus\nJKK : 684 kasus\nJKM : 351 kasus\nJP : 45 kasus\n"
        "JKP : 13 kasus\nBeasiswa : 82 kasus\n"
        "2 petugas pemilu\n8 marbot masjid\n6 ketua RT\n"
        "Cakupan kepesertaan di Kota Madiun mencapai 54,7 persen.\n"
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "54.7", "Kota Madiun") in got
    assert not {"2", "8", "6"} & {v for _m, _s, v, _r in got}


# -- the group of the sentence before ---------------------------------------------------


def test_its_number_opening_a_sentence_takes_the_group_named_before(register):
    text = (
        "Pekerja rentan sektor informal di Kota Madiun yang masuk dalam DTKS kini sudah "
        "terlindungi program BPJS Ketenagakerjaan. Jumlahnya mencapai 6.420 orang."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6420", "Kota Madiun") in got


def test_vulnerable_workers_classed_in_the_informal_segment_stay_vulnerable(register):
    text = (
        "Capaian coverage kepesertaan BPJS Ketenagakerjaan pekerja rentan Kota Madiun yang "
        "masuk dalam segmen Bukan Penerima Upah (BPU) sebesar 97,35 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "vulnerable", "97.35", "Kota Madiun") in got


def test_its_number_after_a_sentence_naming_two_groups_stays_in_the_total(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Kota Madiun terdiri dari pekerja penerima upah "
        "dan pekerja bukan penerima upah. Jumlahnya mencapai 46.420 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "46420", "Kota Madiun") in got


# -- a branch office's seat is not its area ---------------------------------------------


def test_a_branch_seat_named_only_as_an_office_gives_way_to_the_province_stated(register):
    text = (
        "Madiun - BPJS Ketenagakerjaan Cabang Madiun mencatat bahwa cakupan kepesertaan "
        "tenaga kerja yang terlindungi baru mencapai 31,42 persen.\n"
        "Kepala Kantor BPJS Ketenagakerjaan Cabang Madiun, Budi, mengatakan jika orang yang "
        "bekerja di Provinsi Jawa Timur mencapai 22.982.642 orang dan yang sudah tercover "
        "BPJS Ketenagakerjaan 7.221.011 orang atau 31,42 persen.\n"
        "Ia juga mengatakan, untuk tenaga kerja penerima upah yang sudah tercover sebanyak "
        "5.150.712 orang atau 53,98 persen.\n"
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "31.42", "Jawa Timur") in got
    assert ("participants", "formal", "5150712", "Jawa Timur") in got
    assert not any(region == "Kabupaten Madiun" or region == "Kota Madiun" for *_x, region in got)


def test_a_city_named_as_the_place_of_its_workers_stays_the_subject(register):
    text = (
        "Madiun - BPJS Ketenagakerjaan Cabang Madiun mencatat cakupan kepesertaan di Kota "
        "Madiun baru mencapai 41,42 persen.\n"
        "Untuk tenaga kerja penerima upah yang sudah tercover sebanyak 25.712 orang.\n"
    )
    got = read(text, register)
    assert ("participants", "formal", "25712", "Kota Madiun") in got


# -- the people working somewhere; heads of neighbourhoods -----------------------------


def test_the_people_working_in_a_city_are_its_workforce(register):
    text = (
        "Coverage BPJS Ketenagakerjaan Kota Madiun sekitar 93 persen. Rinciannya, orang "
        "yang bekerja di Kota Madiun sebanyak 19,042 orang. Sedangkan, jumlah pekerja yang "
        "terdaftar BPJS Ketenagakerjaan 16.950."
    )
    got = read(text, register)
    assert ("workforce", "total", "19042", "Kota Madiun") in got
    assert ("participants", "total", "16950", "Kota Madiun") in got


def test_heads_of_neighbourhoods_registered_are_other_participants(register):
    text = (
        "Pemkot Madiun telah mendaftarkan 3.626 tenaga non-ASN dan 1.524 ketua RT dan RW "
        "ke dalam skema perlindungan jaminan sosial ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "other", "1524", "Kota Madiun") in got


# -- the one group the programme joined is for -------------------------------------------


def test_people_in_a_programme_for_one_group_are_that_group(register):
    text = (
        "Saat ini sebanyak 40.132 orang, dari 1.074 perusahaan yang ada di Kabupaten Siak "
        "masuk dalam program jaminan sosial ketenagakerjaan (Jamsostek) bagi pekerja formal."
    )
    got = read(text, register)
    assert ("participants", "formal", "40132", "Kabupaten Siak") in got


def test_a_programme_for_two_groups_leaves_the_count_in_the_total(register):
    text = (
        "Saat ini sebanyak 40.132 orang di Kabupaten Siak masuk dalam program jaminan "
        "sosial ketenagakerjaan bagi pekerja formal maupun pekerja informal."
    )
    got = read(text, register)
    assert ("participants", "total", "40132", "Kabupaten Siak") in got
