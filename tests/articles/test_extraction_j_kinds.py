"""Issue 13, set J (segtune): kinds of sentences about workers whose premiums
a government pays, and other segment readings, each shown on a text written
for this test (other places, other numbers, other words). Full region register
from fixtures/, no database."""

from tests.articles.readings import read


def test_a_government_that_gives_or_finances_the_premiums_makes_them_vulnerable(register):
    text = (
        "Tahun 2024 Pemerintah Kabupaten Jepara memberikan iuran BPJS Ketenagakerjaan "
        "kepada sebanyak 4.250 petani penggarap. Sebelumnya, Pemkab Jepara hanya mampu "
        "membiayai premi BPJS Ketenagakerjaan untuk sekitar 1.300 buruh tani."
    )
    got = read(text, register, published=None)
    assert ("participants", "vulnerable", "4250", "Kabupaten Jepara") in got
    assert ("participants", "vulnerable", "1300", "Kabupaten Jepara") in got


def test_premiums_allocated_for_named_regions_count_their_workers(register):
    # an allocation of premium aid (PBI) already made is no planned headcount
    text = (
        "Pada 2025 terdapat dua kabupaten yang mengalokasikan PBI BPJS Ketenagakerjaan "
        "melalui APBD, yaitu Kabupaten Boven Digoel sebanyak 3.410 pekerja dan "
        "Kabupaten Mappi 1.975 pekerja."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3410", "Kabupaten Boven Digoel") in got
    assert ("participants", "vulnerable", "1975", "Kabupaten Mappi") in got


def test_the_next_sentence_can_say_who_pays_for_the_workers_counted(register):
    text = (
        "BPJS Ketenagakerjaan mencatat sebanyak 2.640 nelayan di Kabupaten Rembang telah "
        "mendapatkan perlindungan.\n\n"
        "Perlindungan itu diberikan melalui mekanisme Dana Bagi Hasil Cukai Hasil "
        "Tembakau (DBHCHT) tahun 2025."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2640", "Kabupaten Rembang") in got
    assert not {seg for _m, seg, *_ in got} - {"vulnerable"}


def test_a_next_sentence_about_others_or_only_naming_a_donation_leaves_the_total(register):
    # the sentence after names no one paid for: the count keeps its own segment
    text = (
        "BPJS Ketenagakerjaan mencatat sebanyak 2.640 pekerja di Kabupaten Rembang "
        "telah terdaftar sebagai peserta aktif.\n\n"
        '"Mereka terdiri atas 2.100 penerima upah dan 540 bukan penerima upah," '
        "kata Kepala Cabang usai menghadiri penyerahan bantuan premi oleh bank daerah."
    )
    got = read(text, register)
    assert ("participants", "total", "2640", "Kabupaten Rembang") in got
    assert ("participants", "formal", "2100", "Kabupaten Rembang") in got


def test_another_name_for_a_group_does_not_change_its_segment(register):
    text = (
        "Untuk pekerja bukan penerima upah, atau yang sering disebut pekerja rentan, "
        "capaian kepesertaan BPJS Ketenagakerjaan di Provinsi Maluku mencapai 38,12 "
        "persen dari total 210.450 orang."
    )
    got = read(text, register)
    assert ("coverage_pct", "informal", "38.12", "Maluku") in got
    assert ("workforce", "informal", "210450", "Maluku") in got


def test_a_short_form_spelling_the_words_before_it_is_not_a_place(register):
    # "PPU" is also a regency's short name; here it abbreviates the group
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Lhokseumawe menyebut cakupan kepesertaan "
        "di Aceh Utara mencapai 31,2 persen. Ia merincikan realisasi pekerja penerima "
        "upah (PPU) mencapai 52 persen, sedangkan bukan penerima upah (BPU) hanya 9,4 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "formal", "52", "Kabupaten Aceh Utara") in got
    assert ("coverage_pct", "informal", "9.4", "Kabupaten Aceh Utara") in got


def test_a_regency_named_with_its_short_form_is_still_placed(register):
    text = (
        "Pemerintah Kabupaten Penajam Paser Utara (PPU) mencatat 15.300 pekerja rentan "
        "telah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert {r for *_x, r in got} == {"Kabupaten Penajam Paser Utara"}


def test_a_press_office_credit_does_not_place_national_figures(register):
    text = (
        "Direktur Utama BPJS Ketenagakerjaan menyebut total tenaga kerja aktif tahun ini "
        "sebanyak 36 juta pekerja.\n\n"
        "Hingga saat ini sudah terdaftar sebanyak 1,4 juta pekerja rentan yang pembayaran "
        "iurannya dari Pemda di 38 Provinsi dan 514 Kabupaten/Kota, serta sebanyak "
        "612.000 pekerja rentan dilindungi oleh perusahaan. (Humas Pemprov Jateng/Contoh.id)"
    )
    got = read(text, register)
    assert ("participants", "total", "36000000", "Indonesia") in got
    assert ("participants", "vulnerable", "1400000", "Indonesia") in got
    assert ("participants", "vulnerable", "612000", "Indonesia") in got
    assert "Jawa Tengah" not in {r for *_x, r in got}


def test_poor_residents_enrolled_and_paid_for_by_the_regency_are_vulnerable(register):
    # "N masyarakat" counts people; "Seluruhnya dibiayai ..." says who pays for them
    text = (
        "Pemerintah Kabupaten Konawe Selatan mendaftarkan 8.420 masyarakat kategori miskin "
        "sebagai peserta BPJS Ketenagakerjaan. Seluruhnya dibiayai Pemkab melalui APBD."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8420", "Kabupaten Konawe Selatan") in got


def test_vulnerable_workers_a_place_has_receiving_protection_are_participants(register):
    text = (
        "Kepala Disnaker Kabupaten Lumajang mengatakan, saat ini terdapat 12.500 pekerja "
        "rentan di Kabupaten Lumajang menerima bantuan perlindungan sosial ketenagakerjaan."
    )
    got = read(text, register)
    assert got == {("participants", "vulnerable", "12500", "Kabupaten Lumajang")}


def test_two_regions_that_each_reached_a_rate_both_take_it(register):
    text = (
        "Kabupaten dengan capaian kepesertaan BPJS Ketenagakerjaan tertinggi adalah Mappi "
        "dan Asmat yang masing-masing telah mencapai 96 persen kepesertaan pekerja "
        "penerima upah."
    )
    got = read(text, register)
    assert ("coverage_pct", "formal", "96", "Kabupaten Mappi") in got
    assert ("coverage_pct", "formal", "96", "Kabupaten Asmat") in got


def test_workers_given_as_an_example_of_a_group_are_counted_in_it(register):
    text = (
        "Pemerintah Provinsi Sulawesi Utara mendorong seluruh pekerja informal untuk ikut "
        "BPJS Ketenagakerjaan. Salah satu contoh pekerja informal yang didorong "
        "kepesertaannya adalah petani. Hingga kini sudah ada 84 ribu petani di Sulawesi "
        "Utara yang terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "informal", "84000", "Sulawesi Utara") in got


def test_an_example_list_after_a_group_names_its_workers(register):
    text = (
        "Pemkab Bantul berharap dapat melindungi pekerja rentan seperti pedagang, nelayan "
        "dan petani. Saat ini sebanyak 3.150 nelayan di Kabupaten Bantul telah terdaftar "
        "sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert got == {("participants", "vulnerable", "3150", "Kabupaten Bantul")}


def test_workers_counted_before_the_example_is_given_keep_the_total(register):
    text = (
        "Sebanyak 5.400 nelayan di Kabupaten Bantul telah terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan. Nelayan adalah contoh pekerja informal yang rentan kecelakaan."
    )
    got = read(text, register)
    assert ("participants", "total", "5400", "Kabupaten Bantul") in got


def test_a_branch_covering_several_regencies_places_its_totals_nowhere(register):
    text = (
        "BPJS Ketenagakerjaan Cabang Merauke mencatat sebanyak 41.200 pekerja di empat "
        "kabupaten wilayah kerjanya telah terlindungi program Jamsostek.\n\n"
        "Dari 190 ribu pekerja usia produktif tersebar di empat kabupaten, yaitu Kabupaten "
        "Merauke, Mappi, Asmat dan Boven Digoel, 12.300 pekerja formal sudah terdaftar.\n\n"
        "Selain itu, Kabupaten Mappi membiayai iuran BPJS Ketenagakerjaan untuk 2.150 pekerja "
        "rentan melalui APBD."
    )
    got = read(text, register)
    assert ("participants", "total", "41200", None) in got
    assert ("participants", "formal", "12300", None) in got
    assert ("participants", "vulnerable", "2150", "Kabupaten Mappi") in got
    assert {r for *_x, r in got} == {None, "Kabupaten Mappi"}


def test_a_payer_only_hoped_for_in_the_next_sentence_changes_nothing(register):
    text = (
        "BPJS Ketenagakerjaan mencatat sebanyak 2.640 nelayan di Kabupaten Rembang telah "
        "terdaftar sebagai peserta.\n\n"
        "Mereka diharapkan tahun depan iurannya ditanggung oleh Pemkab Rembang melalui APBD."
    )
    got = read(text, register)
    assert ("participants", "total", "2640", "Kabupaten Rembang") in got


def test_a_branch_serving_several_regencies_can_still_give_one_regencys_figures(register):
    text = (
        "BPJS Ketenagakerjaan Cabang Kudus yang melayani di dua kabupaten mencatat 50.000 "
        "peserta aktif di Kabupaten Kudus pada 2024. Jumlah itu terdiri atas 30.000 pekerja "
        "formal dan 20.000 pekerja informal."
    )
    got = read(text, register)
    assert {r for *_x, r in got} == {"Kabupaten Kudus"}
    assert ("participants", "formal", "30000", "Kabupaten Kudus") in got


def test_the_rate_in_brackets_after_a_target_headcount_is_the_target(register):
    text = (
        "Capaian UCJ di Provinsi Bengkulu masih jauh dari target. Dari total sasaran "
        "412.300 jiwa (48,20 persen), capaian hingga Agustus 2025 baru mencapai 301.455 "
        "peserta atau 35,24 persen."
    )
    got = read(text, register)
    assert ("target_pct", "total", "48.2", "Bengkulu") in got
    assert ("coverage_pct", "total", "35.24", "Bengkulu") in got
    assert "412300" not in {v for _m, _s, v, _r in got}


def test_a_budget_restated_rounded_is_one_figure(register):
    text = (
        "Pemprov Sulawesi Barat mengalokasikan anggaran sebesar Rp 2,87 miliar dari APBD "
        "2025 untuk membayar iuran BPJS Ketenagakerjaan pekerja rentan. Anggaran Rp 2,9 "
        "miliar itu akan dicairkan bertahap. Tahun lalu anggarannya Rp 2,5 miliar dari APBD."
    )
    budgets = {v for m, _s, v, _r in read(text, register) if m == "budget_idr"}
    assert "2870000000" in budgets
    assert "2900000000" not in budgets
    assert "2500000000" in budgets


def test_a_number_for_each_unit_is_no_count_of_a_place(register):
    text = (
        "Wali Kota Binjai menugaskan setiap kepala lingkungan untuk mendaftarkan sedikitnya "
        "30 pekerja di setiap lingkungan ke BPJS Ketenagakerjaan. Saat ini peserta aktif di "
        "Kota Binjai tercatat 41.250 pekerja per Desember 2024."
    )
    got = read(text, register)
    assert got == {("participants", "total", "41250", "Kota Binjai")}


def test_the_whole_a_clause_opens_with_is_the_workforce(register):
    text = (
        '"Dari total warga usia kerja di Provinsi Maluku Utara sebanyak 318.420 jiwa, '
        'jumlah yang terdaftar sebanyak 120.115 jiwa," katanya.'
    )
    got = read(text, register)
    assert got == {
        ("workforce", "total", "318420", "Maluku Utara"),
        ("participants", "total", "120115", "Maluku Utara"),
    }


def test_a_bare_count_of_the_period_before_keeps_the_kind_of_the_count_it_follows(register):
    text = (
        "Kepala Kantor Wilayah menyebut total tenaga kerja aktif di Provinsi Jawa Timur "
        "akhir tahun ini sebanyak 4,2 juta pekerja. Sementara di akhir tahun lalu terdapat "
        "3,9 juta."
    )
    got = read(text, register)
    assert ("participants", "total", "4200000", "Jawa Timur") in got
    assert ("participants", "total", "3900000", "Jawa Timur") in got
