"""Issue 13, sets L and M (lmtune): workers whose premiums someone else pays
(the vulnerable segment) in the phrasings those sets showed, places named as
examples or by a speaker's introduction, workforce wholes and standings
written without "peringkat". Each kind on a text written for this test (other
places, other numbers, other words). Full region register from fixtures/, no
database."""

from tests.articles.readings import read

# -- who pays the premiums ----------------------------------------------------


def test_workers_covered_free_of_charge_are_vulnerable(register):
    text = (
        "Sebanyak 2.450 petambak di Kabupaten Demak kini terlindungi BPJS "
        "Ketenagakerjaan secara gratis."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2450", "Kabupaten Demak") in got


def test_an_occupation_noun_makes_a_count_of_people(register):
    text = (
        "Hingga Oktober, sebanyak 860 penyadap karet di Kabupaten Muara Enim telah "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "860", "Kabupaten Muara Enim") in got


def test_workers_of_a_programme_paid_by_a_revenue_share_are_vulnerable(register):
    # the programme and its payer are in the sentence before the count
    text = (
        "Pemerintah Kabupaten Kampar juga melanjutkan perlindungan bagi buruh kebun "
        "melalui skema Dana Bagi Hasil (DBH) Sawit. Hingga kini, 5.214 pekerja sudah "
        "terdaftar melalui program tersebut."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "5214", "Kabupaten Kampar") in got


def test_workers_of_a_programme_said_earlier_to_be_funded_by_the_apbd_are_vulnerable(
    register,
):
    # the payer is named paragraphs before "program ini" refers back to it
    text = (
        "Pemerintah Kabupaten Dharmasraya meluncurkan perlindungan jaminan sosial bagi "
        "pekerja miskin. Program ini didanai melalui Anggaran Pendapatan dan Belanja "
        "Daerah (APBD).\n\n"
        "Kepala dinas mengatakan layanan klaim dibuka di setiap kecamatan.\n\n"
        "Jumlah pekerja yang sudah didaftarkan dalam program ini naik dari 2.104 orang "
        "pada 2023 menjadi 9.870 peserta pada 2025."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2104", "Kabupaten Dharmasraya") in got
    assert ("participants", "vulnerable", "9870", "Kabupaten Dharmasraya") in got


def test_a_programme_with_no_payer_leaves_its_workers_in_the_total(register):
    text = (
        "Pemerintah Kabupaten Dharmasraya meluncurkan program sosialisasi jaminan sosial "
        "bagi pekerja. Jumlah pekerja yang sudah terdaftar dalam program ini mencapai "
        "9.870 peserta."
    )
    got = read(text, register)
    assert ("participants", "total", "9870", "Kabupaten Dharmasraya") in got


def test_a_government_budgeting_protection_for_workers_pays_for_them(register):
    text = (
        "Pada tahun 2024, pemerintah daerah di Provinsi Maluku telah menganggarkan "
        "program perlindungan jaminan sosial ketenagakerjaan kepada 12.870 pekerja."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12870", "Maluku") in got


def test_workers_an_allocation_protects_against_work_accidents_are_counted(register):
    # "jaminan kecelakaan kerja" names a benefit, not an accident that happened
    text = (
        "Tahun ini Pemkot Madiun mengalokasikan anggaran sebesar Rp1,2 miliar untuk "
        "perlindungan 9.300 pekerja rentan, mencakup jaminan kecelakaan kerja dan jaminan "
        "kematian."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "9300", "Kota Madiun") in got


def test_an_accident_that_befell_workers_is_still_no_count_of_members(register):
    text = (
        "Di Kota Madiun, kecelakaan kerja menimpa 130 pekerja sepanjang tahun lalu, "
        "kata Kepala BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert not [g for g in got if g[2] == "130"]


def test_a_short_sentence_naming_the_payer_makes_the_next_count_vulnerable(register):
    text = (
        "Kepala dinas di Kota Depok menjelaskan skema perlindungan pekerja informal.\n\n"
        '"Semuanya dibayar oleh APBD. Kalau ditambah yang hari ini, jadi totalnya '
        'sekitar 31.000 peserta," ucapnya.'
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "31000", "Kota Depok") in got


# -- places -----------------------------------------------------------------


def test_the_first_of_a_province_in_a_headline_is_a_scope(register):
    text = (
        "Pertama di Jatim, 8.200 Pekerja Rentan di Madiun Terlindungi BPJS Ketenagakerjaan\n\n"
        "Sebanyak 8.200 pekerja rentan di Kota Madiun resmi terlindungi BPJS "
        "Ketenagakerjaan. Program ini menjadi yang pertama di Provinsi Jawa Timur."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8200", "Kota Madiun") in got
    assert not [g for g in got if g[2] == "8200" and g[3] == "Jawa Timur"]


def test_a_place_named_as_an_example_after_a_figure_is_not_its_place(register):
    text = (
        "Kepesertaan di Provinsi Nusa Tenggara Timur terus tumbuh. Sebanyak 4.120 "
        "nelayan telah menjadi peserta BPJS Ketenagakerjaan di wilayah pesisir, termasuk "
        "Kabupaten Alor."
    )
    got = read(text, register)
    assert ("participants", "total", "4120", "Nusa Tenggara Timur") in got


def test_an_example_with_its_own_figure_keeps_that_figure(register):
    text = (
        "Sebanyak 4.120 nelayan di Nusa Tenggara Timur telah menjadi peserta, "
        "termasuk Kabupaten Alor sebanyak 610 peserta."
    )
    got = read(text, register)
    assert ("participants", "total", "610", "Kabupaten Alor") in got


def test_a_quote_speaks_of_the_region_its_speaker_was_introduced_with(register):
    # the article is about a regency; the governor's quote is the province's
    text = (
        "Kendal Dukung Perlindungan Pekerja Rentan\n\n"
        "KENDAL - Pemerintah Kabupaten Kendal hadir dalam peluncuran program itu. Bupati "
        "Kendal menyebut Kendal siap mendukung.\n\n"
        "Dalam sambutannya, Gubernur Jawa Tengah menegaskan komitmen melindungi pekerja "
        "rentan di seluruh Jawa Tengah.\n\n"
        '"Tahun ini ditetapkan sebanyak 41.300 pekerja rentan sebagai penerima bantuan '
        'iuran," jelasnya.'
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "41300", "Jawa Tengah") in got


def test_the_parts_of_a_whole_keep_the_wholes_region(register):
    text = (
        "Pemerintah Provinsi Riau menetapkan 15.200 pekerja rentan sebagai penerima "
        "bantuan iuran. Dari jumlah itu, 11.050 merupakan pekerja kebun di 12 "
        "kabupaten/kota, sementara 4.150 lainnya nelayan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "11050", "Riau") in got
    assert ("participants", "vulnerable", "4150", "Riau") in got


def test_a_whole_restated_by_its_value_keeps_the_region_it_was_given(register):
    # the next paragraph's place is only where the speaker spoke
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Ambon menyatakan baru melindungi 97.412 "
        "pekerja dari total 512.306 pekerja di Provinsi Maluku.\n\n"
        '"Dari 512.306 pekerja tersebut, ada 401.118 orang yang berhak dilindungi," '
        "katanya di Kota Ambon, Rabu."
    )
    got = read(text, register)
    assert ("workforce", "total", "401118", "Maluku") in got


# -- what a count or a rate is ---------------------------------------------------


def test_a_word_cut_at_the_window_edge_is_not_read_as_a_plan(register):
    # "menyatakan" ends in "akan" (will): the count is reached, not planned
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Ambon menyatakan baru memberi perlindungan "
        "terhadap 97.412 pekerja dari total 512.306 pekerja di Provinsi Maluku."
    )
    got = read(text, register)
    assert ("participants", "total", "97412", "Maluku") in got
    assert ("workforce", "total", "512306", "Maluku") in got


def test_those_entitled_to_protection_are_the_workforce(register):
    text = (
        "Di Provinsi Gorontalo tercatat 310.455 orang pekerja yang berhak dilindungi "
        "dalam kepesertaan BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "total", "310455", "Gorontalo") in got


def test_the_potential_a_target_is_measured_against_is_the_workforce(register):
    text = "Provinsi Gorontalo memiliki target potensi UCJ sebanyak 388.020 pekerja."
    got = read(text, register)
    assert ("workforce", "total", "388020", "Gorontalo") in got


def test_a_headcount_targeted_is_still_no_figure(register):
    text = "Provinsi Gorontalo menargetkan tambahan 38.020 pekerja terdaftar tahun ini."
    got = read(text, register)
    assert not [g for g in got if g[2] == "38020"]


def test_the_workforce_apart_from_civil_servants_is_the_whole(register):
    text = (
        "Data per 31 Maret 2025 menunjukkan, dari 61.240 angkatan kerja non-ASN di "
        "Kabupaten Kolaka, baru 29,5% (18.066 orang) yang aktif menjadi peserta."
    )
    got = read(text, register)
    assert ("workforce", "total", "61240", "Kabupaten Kolaka") in got
    assert ("coverage_pct", "total", "29.5", "Kabupaten Kolaka") in got
    assert ("participants", "total", "18066", "Kabupaten Kolaka") in got


def test_non_asn_staff_stay_their_own_group(register):
    text = "Sebanyak 3.120 pegawai non-ASN di Kabupaten Kolaka sudah terdaftar sebagai peserta."
    got = read(text, register)
    assert ("participants", "other", "3120", "Kabupaten Kolaka") in got


def test_a_rate_restating_a_groups_count_is_that_groups(register):
    text = (
        "Di Sulawesi Tenggara, bukan penerima upah 41.207 peserta atau sudah 55,10 persen "
        "dan jasa konstruksi 20.311 peserta atau 64,25 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "informal", "55.1", "Sulawesi Tenggara") in got
    assert ("coverage_pct", "construction", "64.25", "Sulawesi Tenggara") in got


def test_a_rate_after_counts_of_several_groups_is_the_total(register):
    text = (
        "Di Kabupaten Takalar, pekerja yang terlindungi sebanyak 21.300 orang pekerja formal "
        "dan 39.800 orang pekerja informal atau sekitar 48 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "48", "Kabupaten Takalar") in got


def test_a_rate_said_to_follow_from_a_groups_count_is_that_groups(register):
    text = (
        '"Saat ini 1.480 pegawai non ASN di Kota Sabang, artinya sudah 100 persen, '
        'terdaftar di BPJS Ketenagakerjaan," katanya.'
    )
    got = read(text, register)
    assert ("coverage_pct", "other", "100", "Kota Sabang") in got


def test_first_in_the_nation_said_without_peringkat_is_a_standing(register):
    text = "Dengan cakupan kepesertaan 92 persen, Kabupaten Badung kini nomor satu di Indonesia."
    got = read(text, register)
    assert ("award_rank", "other", "1", "Kabupaten Badung") in got


# -- wholes and their parts ----------------------------------------------------


def test_a_whole_before_the_part_covered_now_is_the_workforce(register):
    text = (
        "Ia mengungkapkan bahwa dari total 86.000 pekerja rentan di Provinsi Jambi, kini "
        "52.400 telah terlindungi."
    )
    got = read(text, register)
    assert ("workforce", "vulnerable", "86000", "Jambi") in got
    assert ("participants", "vulnerable", "52400", "Jambi") in got


def test_the_members_found_in_a_workforce_are_participants(register):
    text = (
        "Dari total 1,12 juta angkatan kerja di Kalimantan Selatan, terdapat 512.440 peserta aktif."
    )
    got = read(text, register)
    assert ("workforce", "total", "1120000", "Kalimantan Selatan") in got
    assert ("participants", "total", "512440", "Kalimantan Selatan") in got


def test_an_uncovered_remainder_after_a_whole_is_still_no_part(register):
    # "masih terdapat N ... yang belum terdaftar" is what is left, not the registered
    text = (
        "Dari jumlah total 5.120 nelayan di Kabupaten Rembang, masih terdapat 1.905 nelayan "
        "yang belum terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert not [g for g in got if g[2] in ("5120", "1905")]


def test_the_workers_a_nation_has_before_those_covered_are_its_workforce(register):
    text = (
        "Secara nasional, ada sekitar 121 juta pekerja di Indonesia dan yang sudah "
        "dilindungi oleh BPJS Ketenagakerjaan baru sekitar 45 juta orang."
    )
    got = read(text, register)
    assert ("workforce", "total", "121000000", "Indonesia") in got
    assert ("participants", "total", "45000000", "Indonesia") in got


# -- standings -------------------------------------------------------------------


def test_the_level_of_an_award_is_not_its_winner(register):
    text = (
        "Kabupaten Bireuen juga meraih prestasi pada Paritrana Award Tingkat Provinsi Aceh "
        "2024 sebagai Juara 3 kategori Pemerintah Kabupaten/Kota."
    )
    got = read(text, register)
    assert ("award_rank", "other", "3", "Kabupaten Bireuen") in got
    assert ("award_rank", "other", "3", "Aceh") not in got


def test_best_said_of_several_winners_is_no_placement(register):
    text = (
        "Dalam ajang penghargaan tingkat Provinsi Riau ini, empat pemerintah daerah "
        "berhasil meraih predikat terbaik kategori kabupaten/kota."
    )
    got = read(text, register)
    assert not [g for g in got if g[0] == "award_rank"]


def test_best_of_a_province_said_of_one_winner_is_still_first(register):
    text = "Kabupaten Siak meraih predikat terbaik kategori kabupaten/kota Paritrana Award 2024."
    got = read(text, register)
    assert ("award_rank", "other", "1", "Kabupaten Siak") in got


# -- counts that are not participants -----------------------------------------


def test_the_covered_before_a_new_subject_for_the_uncovered_are_participants(register):
    text = (
        "Total peserta aktif di Kota Tegal mencapai 41.270 orang dan jumlah yang belum "
        "terlindungi sebanyak 38.115 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "41270", "Kota Tegal") in got
    assert not [g for g in got if g[2] == "38115"]


def test_workers_a_government_adds_are_a_flow(register):
    text = (
        "Sejak Mei, Pemkab Tegal menambahkan 3.208 pekerja miskin ekstrem, yang kini sudah "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert not [g for g in got if g[2] == "3208"]


def test_every_item_of_a_list_of_the_uncovered_is_left_out(register):
    text = (
        "Bupati Tegal menyampaikan perangkat desa sudah masuk kepesertaan. Namun, masih "
        "terdapat sekitar 2.400 guru, 180 kepala dusun (kadus), dan 950 kader posyandu yang "
        "belum terlindungi."
    )
    got = read(text, register)
    assert not [g for g in got if g[2] in ("2400", "180", "950")]


def test_a_list_of_the_covered_keeps_every_item(register):
    text = (
        "Di Kabupaten Tegal sudah terdaftar sekitar 2.400 guru, 180 kepala dusun, dan 950 "
        "kader posyandu sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert {"2400", "180", "950"} <= {g[2] for g in got if g[0] == "participants"}


def test_the_uncovered_restated_as_a_rate_are_left_out(register):
    text = (
        "Dari total 280.114 pekerja di Kabupaten Kampar, baru 61.300 orang yang terlindungi, "
        "sementara 218.814 pekerja atau sekitar 78% masih belum terdaftar."
    )
    got = read(text, register)
    assert not [g for g in got if g[2] == "218814"]
    assert ("participants", "total", "61300", "Kabupaten Kampar") in got


def test_the_workers_still_to_reach_are_no_participants(register):
    text = (
        "Cakupan Kabupaten Lahat sebesar 38,2 persen, atau masih menyisakan 74.050 pekerja "
        "yang perlu dilindungi. Kami masih perlu mengejar sekitar 12.600 peserta untuk "
        "mencapai target."
    )
    got = read(text, register)
    assert not [g for g in got if g[2] in ("74050", "12600")]


def test_the_province_government_unnamed_in_a_regencys_story_is_the_province(register):
    text = (
        "KUDUS - Dinas Tenaga Kerja Provinsi Jawa Tengah menggelar asistensi di Kabupaten "
        "Kudus. Cakupan kepesertaan di Kabupaten Kudus baru 31 persen.\n\n"
        "Lebih lanjut, kepala dinas mengatakan telah menyiapkan perlindungan bagi pekerja "
        "rentan di seluruh Jawa Tengah, termasuk Kabupaten Kudus. Sementara tahun depan, "
        "pemerintah provinsi juga berencana mengalokasikan anggaran Rp3 miliar untuk "
        "pekerja rentan."
    )
    got = read(text, register)
    assert ("budget_idr", "vulnerable", "3000000000", "Jawa Tengah") in got
    assert ("coverage_pct", "total", "31", "Kabupaten Kudus") in got


def test_workers_who_have_received_the_service_are_participants(register):
    text = (
        "Pemerintah Kabupaten Serang menyebutkan ada 41 ribu orang pekerja rentan di "
        "wilayah itu telah mendapatkan layanan BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "41000", "Kabupaten Serang") in got
    assert not [g for g in got if g[0] == "workforce"]


def test_one_part_of_a_budget_broken_down_is_no_budget(register):
    text = (
        "Pemkot Tegal mengusulkan anggaran Rp1.840.000.000 untuk perlindungan pekerja "
        "rentan pada 2026. Rincian kebutuhan anggaran tersebut meliputi pembayaran premi "
        "BPJS Ketenagakerjaan sebesar Rp1.540.000.000."
    )
    got = read(text, register)
    budgets = {(value, region) for metric, _seg, value, region in got if metric == "budget_idr"}
    assert budgets == {("1840000000", "Kota Tegal")}


def test_the_people_an_amount_of_benefits_went_to_are_claimants(register):
    text = (
        "Pada kesempatan itu, BPJS Ketenagakerjaan juga menyerahkan santunan kepada ahli "
        "waris peserta yang meninggal dunia. Total santunan yang telah dibayarkan di "
        "Kabupaten Nagan Raya periode Januari–Juni 2025 mencapai Rp 6.120.400.000 untuk 812 "
        "pekerja, dengan rincian manfaat JHT, JKK dan JKM."
    )
    got = read(text, register)
    assert not [g for g in got if g[2] == "812"]


def test_the_workers_a_budget_is_for_are_still_counted(register):
    text = (
        "Pemkab Nagan Raya mengalokasikan anggaran Rp 1,1 miliar untuk 4.300 pekerja "
        "rentan yang iurannya ditanggung APBD."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4300", "Kabupaten Nagan Raya") in got


def test_an_offices_own_staff_are_not_workers_counted(register):
    text = (
        "Dengan keterbatasan SDM yang saat ini hanya sekitar 12 orang dibandingkan jumlah "
        "pekerja di Kabupaten Mamuju yang mencapai 140 ribu orang, kerja sama diperlukan."
    )
    got = read(text, register)
    assert not [g for g in got if g[2] == "12"]


def test_a_group_named_after_tercatat_is_the_counts_group(register):
    text = (
        "Jumlah pekerja di Kota Bitung diperkirakan mencapai 61.300 orang, namun baru "
        "sekitar 18.240 yang tercatat sebagai pekerja formal."
    )
    got = read(text, register)
    assert ("participants", "formal", "18240", "Kota Bitung") in got
    assert ("workforce", "total", "61300", "Kota Bitung") in got


def test_a_round_budget_of_another_year_is_no_rounded_restatement(register):
    text = (
        "Pemprov Jambi telah mengalokasikan anggaran jaminan sosial ketenagakerjaan sebesar "
        "Rp3,016 miliar pada tahun 2025. Untuk tahun 2026, Pemprov Jambi berencana "
        "mengalokasikan anggaran jaminan sosial ketenagakerjaan 3 miliar."
    )
    got = read(text, register)
    budgets = {value for metric, _seg, value, _region in got if metric == "budget_idr"}
    assert budgets == {"3016000000", "3000000000"}


def test_only_so_many_in_a_list_of_places_is_no_part_of_the_item_before(register):
    text = (
        "Berdasarkan data, capaian perlindungan terhadap pekerja terdiri atas Kabupaten "
        "Fakfak 14.200 pekerja terlindungi, Kabupaten Kaimana 9.310 pekerja, Kabupaten "
        "Teluk Wondama baru 2.100 pekerja, dan Kabupaten Teluk Bintuni baru 1.870 pekerja."
    )
    got = read(text, register)
    for value, place in (
        ("9310", "Kabupaten Kaimana"),
        ("2100", "Kabupaten Teluk Wondama"),
        ("1870", "Kabupaten Teluk Bintuni"),
    ):
        assert ("participants", "total", value, place) in got
    assert not [g for g in got if g[0] == "workforce"]
