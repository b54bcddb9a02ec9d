"""Paritrana placements in the forms winners' announcements take (round
"awards"): which placements are a region's, and on which region. Texts
written for this test (no real article's outlet, person or phrase); full
register, no database."""

from tests.articles.readings import ranks, read

# -- "Terbaik 1 A, Terbaik 2 B": a bare digit after "terbaik" ---------------------


def test_best_with_a_bare_digit_before_each_winner(register):
    text = (
        "Pemenang Paritrana Award 2024 tingkat Provinsi NTT kategori Pemerintah Daerah: "
        "Terbaik 1 Kabupaten Sikka, Terbaik 2 Kabupaten Ende dan Terbaik 3 Kota Kupang."
    )
    assert ranks(read(text, register)) == [
        ("1", "Kabupaten Sikka"),
        ("2", "Kabupaten Ende"),
        ("3", "Kota Kupang"),
    ]


def test_best_with_a_bare_digit_in_brackets_from_the_last_place_up(register):
    text = (
        "BPJS Ketenagakerjaan menyerahkan Paritrana Award 2024 tingkat Provinsi NTB. "
        "Kategori Pemda (Terbaik 3 Kota Bima, Terbaik 2 Lombok Barat, Terbaik 1 Lombok Timur)."
    )
    assert ranks(read(text, register)) == [
        ("1", "Kabupaten Lombok Timur"),
        ("2", "Kabupaten Lombok Barat"),
        ("3", "Kota Bima"),
    ]


def test_the_top_five_after_best_is_no_placement(register):
    # near miss: "terbaik 5 besar" is a group of five, not the fifth place
    text = (
        "Kota Mataram masuk terbaik 5 besar Paritrana Award 2024 tingkat Provinsi NTB "
        "kategori pemerintah kabupaten/kota."
    )
    assert ranks(read(text, register)) == []


# -- the window before a placement: a cut word, an honourable mention ------------


def test_a_word_cut_at_the_hope_window_is_no_hope(register):
    # the 80 characters before "peringkat II" start inside "mengatakan": its
    # last letters are no "akan" (a placement to come)
    text = (
        '"Kami terus melindungi seluruh pekerja," ujar Kepala Cabang.\n'
        "Ia mengatakan, pada Paritrana Award 2024 Jawa Timur Pemerintah Kabupaten "
        "Lumajang meraih peringkat II kategori Kabupaten/Kota."
    )
    start = text.index("peringkat II")
    assert text[start - 80 : start].startswith("akan,")
    assert ranks(read(text, register)) == [("2", "Kabupaten Lumajang")]


def test_an_honourable_mention_before_a_placement_is_no_hope(register):
    text = (
        "Di ajang Paritrana Award tingkat Provinsi Sulawesi Utara, Kabupaten Minahasa Utara "
        "meraih harapan I, Kota Bitung meraih juara III."
    )
    assert ranks(read(text, register)) == [("3", "Kota Bitung")]


def test_a_placement_hoped_for_stays_no_placement(register):
    # near miss: a real hope word before the placement
    text = (
        "Pemerintah Kabupaten Minahasa berharap kembali meraih juara I Paritrana Award "
        "tingkat Provinsi Sulawesi Utara tahun depan."
    )
    assert ranks(read(text, register)) == []


# -- a category for others than a regional government, named after the placement -


def test_a_village_category_named_after_the_placement(register):
    text = (
        "Dalam Paritrana Award 2024 Jawa Timur, Desa Sumbersari, Kabupaten Jember, meraih "
        "peringkat II Kategori Desa/Kelurahan."
    )
    assert ranks(read(text, register)) == []


def test_a_company_category_named_after_the_placement(register):
    text = (
        "Pada Paritrana Award 2024 Jawa Timur, perusahaan asal Kabupaten Gresik meraih "
        "peringkat I Kategori Badan Usaha Skala Besar."
    )
    assert ranks(read(text, register)) == []


def test_the_government_category_named_after_the_placement_keeps_it(register):
    # near miss: the regional government's own category after the placement
    text = (
        "Dalam Paritrana Award 2024 Jawa Timur ini Pemerintah Kota Madiun meraih "
        "peringkat III Kategori Kabupaten/Kota."
    )
    assert ranks(read(text, register)) == [("3", "Kota Madiun")]


def test_the_next_place_in_a_company_category_is_no_region_s(register):
    text = (
        "Adapun pemenang Paritrana Award 2024 kategori Pemerintah Kabupaten/Kota tingkat "
        "Provinsi Banten diberikan kepada Kota Cilegon sebagai juara 1, Kabupaten Serang "
        "juara 2 dan Kota Tangerang juara 3.\n"
        "Sementara Kategori Perusahaan Besar dimenangkan PT Cilegon Baja, disusul PT Serang "
        "Abadi dan PT Tangerang Makmur."
    )
    assert ranks(read(text, register)) == [
        ("1", "Kota Cilegon"),
        ("2", "Kabupaten Serang"),
        ("3", "Kota Tangerang"),
    ]


# -- a placement won by a company, a cooperative, a bank -------------------------


def test_placements_won_by_companies_named_after_them(register):
    text = (
        "Pada Paritrana Award tingkat Provinsi Maluku, untuk perusahaan sektor perdagangan, "
        "juara satu diraih PT Ambon Jaya, juara dua Koperasi Tual Makmur, dan juara tiga "
        "Bank Buru Sejahtera."
    )
    assert ranks(read(text, register)) == []


def test_a_placement_won_by_a_bank_named_before_it(register):
    text = (
        "Pada Paritrana Award tingkat Provinsi NTT, Bank NTT meraih juara satu karena rutin "
        "menyalurkan CSR untuk pekerja rentan."
    )
    assert ranks(read(text, register)) == []


def test_a_list_of_companies_after_best_with_a_digit(register):
    text = (
        "Paritrana Award Jambi Terbaik 1 diraih oleh Kopdit Sinar Tebo, Terbaik 2 PT Batang "
        "Hari Lestari, dan Terbaik 3 RSU Kerinci Sehat."
    )
    assert ranks(read(text, register)) == []


def test_a_regency_named_after_the_placement_keeps_it(register):
    # near miss: the winner after "diraih" is a regional government
    text = (
        "Pada Paritrana Award tingkat Provinsi Maluku kategori pemerintah kabupaten/kota, "
        "juara satu diraih Pemerintah Kota Tual, juara dua Kabupaten Buru."
    )
    assert ranks(read(text, register)) == [("1", "Kota Tual"), ("2", "Kabupaten Buru")]


# -- placements in more words: a theme and a zone, a scope after "tingkat", each
# region's own best ----------------------------------------------------------------


def test_the_best_of_a_theme_in_a_zone(register):
    text = (
        "Provinsi Riau dinobatkan sebagai provinsi terbaik inovasi zona Sumatera pada "
        "Paritrana Award 2024."
    )
    assert ranks(read(text, register)) == [("1", "Riau")]


def test_the_highest_coverage_with_its_scope_after_tingkat(register):
    text = (
        "Pemerintah Kota Kendari meraih penghargaan sebagai daerah dengan cakupan "
        "kepesertaan tertinggi tingkat Provinsi Sulawesi Tenggara pada Paritrana Award 2024."
    )
    assert ranks(read(text, register)) == [("1", "Kota Kendari")]


def test_the_highest_in_each_one_s_own_region_is_no_place(register):
    text = (
        "Paritrana Award diberikan BPJS Ketenagakerjaan kepada pemerintah daerah di Provinsi "
        "Sulawesi Tenggara yang cakupan kepesertaannya tertinggi di wilayahnya masing-masing."
    )
    assert ranks(read(text, register)) == []


def test_the_highest_in_the_province_itself_stays_a_place(register):
    # near miss: "di provinsi setempat" names the province of the story
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan Kabupaten Kolaka mencapai 61,5 persen, "
        "menjadikannya yang tertinggi di provinsi setempat."
    )
    assert ("1", "Kabupaten Kolaka") in ranks(read(text, register))


# -- lists of standings and their winners, a table of winners ---------------------


def test_roman_standings_listed_after_their_winners(register):
    text = (
        "Dalam Paritrana Award 2019, Kota Cimahi, Kabupaten Sukamara dan Kabupaten Tapanuli "
        "Selatan meraih peringkat I, II dan III kategori pemerintah kabupaten/kota."
    )
    assert ranks(read(text, register)) == [
        ("1", "Kota Cimahi"),
        ("2", "Kabupaten Sukamara"),
        ("3", "Kabupaten Tapanuli Selatan"),
    ]


def test_standings_then_their_winners_after_diraih(register):
    text = (
        "Untuk kategori pemerintah kabupaten/kota Paritrana Award 2019, peringkat 1, 2 dan 3 "
        "masing-masing diraih Kota Cimahi, Kabupaten Sukamara dan Kabupaten Tapanuli Selatan."
    )
    assert ranks(read(text, register)) == [
        ("1", "Kota Cimahi"),
        ("2", "Kabupaten Sukamara"),
        ("3", "Kabupaten Tapanuli Selatan"),
    ]


def test_a_table_of_winners_by_category(register):
    text = (
        "Daftar pemenang Paritrana Award 2024 tingkat Provinsi Jawa Tengah:\n\n"
        "| Kategori | Peringkat | Pemenang |\n|---|---|---|\n"
        "| Pemerintah Kabupaten/Kota | Juara 1 | Kabupaten Sragen |\n"
        "| Pemerintah Kabupaten/Kota | Juara 2 | Kota Surakarta |\n"
        "| Perusahaan Besar | Juara 1 | PT Sinar Jaya Semarang |\n"
        "| Desa/Kelurahan | Juara 1 | Desa Ponggok, Kabupaten Klaten |\n"
    )
    assert ranks(read(text, register)) == [("1", "Kabupaten Sragen"), ("2", "Kota Surakarta")]


def test_a_village_named_after_the_placement(register):
    text = (
        "Pada Paritrana Award 2024 tingkat Provinsi Jawa Tengah, juara pertama diraih Desa "
        "Ponggok, Kabupaten Klaten."
    )
    assert ranks(read(text, register)) == []


def test_standings_then_their_winners_after_a_scope_and_masing_masing(register):
    text = (
        "Juara I, II dan III Paritrana Award tingkat Provinsi DIY kategori pemerintah "
        "kabupaten/kota masing-masing diraih oleh Kabupaten Kulon Progo, Kota Yogyakarta dan "
        "Kabupaten Bantul."
    )
    assert ranks(read(text, register)) == [
        ("1", "Kabupaten Kulon Progo"),
        ("2", "Kota Yogyakarta"),
        ("3", "Kabupaten Bantul"),
    ]


# -- standings by coverage in other words -----------------------------------------


def test_a_standing_out_of_the_regions_counted(register):
    text = (
        "Data terakhir menunjukkan coverage BPJS Ketenagakerjaan di Kota Kendari masih nomor 7 "
        "dari 17 kabupaten kota di Sulawesi Tenggara, yaitu 41,2 persen."
    )
    assert ("7", "Kota Kendari") in ranks(read(text, register))


def test_a_number_out_of_what_is_no_region_is_no_standing(register):
    # near miss: "nomor 2 dari 5 perusahaan" counts no regions
    text = (
        "Di Kota Kendari, kepesertaan BPJS Ketenagakerjaan perusahaan nomor 2 dari 5 "
        "perusahaan besar sudah lengkap."
    )
    assert ranks(read(text, register)) == []


def test_the_highest_realisation_held_by_the_region_before(register):
    text = (
        "Kabupaten Kolaka mencatat persentase realisasi tertinggi, yakni 58,3 persen, dengan "
        "41.200 peserta BPJS Ketenagakerjaan dari potensi 70.600 pekerja."
    )
    assert ("1", "Kabupaten Kolaka") in ranks(read(text, register))


def test_a_region_that_is_the_highest(register):
    text = (
        '"Kota Palu merupakan yang tertinggi melindungi pekerja rentan dengan BPJS '
        'Ketenagakerjaan, mencapai 64 persen," katanya.'
    )
    assert ("1", "Kota Palu") in ranks(read(text, register))


def test_a_record_over_time_is_no_standing(register):
    # near miss: "merupakan yang tertinggi sepanjang sejarah" ranks the region
    # against its own past, not among regions
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan Kabupaten Kolaka mencapai 58 persen, "
        "merupakan yang tertinggi sepanjang sejarah daerah itu."
    )
    assert ranks(read(text, register)) == []


def test_the_five_best_are_no_fifth_place(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Malang mengatakan, peringkat lima terbaik Paritrana Award "
        "di Jawa Timur tahun ini bukan berdasarkan urutan, dan Kota Batu termasuk di dalamnya."
    )
    assert ranks(read(text, register)) == []


def test_the_fifth_best_stays_a_place(register):
    # near miss: an ordinal ("kelima") before "terbaik" is the fifth place
    text = (
        "Kota Batu meraih peringkat kelima terbaik Paritrana Award 2025 tingkat Provinsi Jawa "
        "Timur kategori pemerintah kabupaten/kota."
    )
    assert ranks(read(text, register)) == [("5", "Kota Batu")]


def test_the_highest_in_its_own_province_is_not_each_one_s_own(register):
    # near miss: "di provinsinya" names the one province of the region before it
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan Kabupaten Kolaka mencapai 61,5 persen, "
        "tertinggi di provinsinya."
    )
    assert ("1", "Kabupaten Kolaka") in ranks(read(text, register))


# -- a BPJS office's or agent's placement, another contest -----------------------


def test_a_branch_office_s_placement_is_no_region_s(register):
    text = (
        "BPJS Ketenagakerjaan Cabang Jember meraih peringkat pertama kantor cabang dengan "
        "kinerja terbaik se-Kanwil Jawa Timur tahun 2024."
    )
    assert ranks(read(text, register)) == []


def test_an_agent_s_placement_is_no_region_s(register):
    text = (
        "Agen Perisai asal Kabupaten Sleman meraih juara pertama agen Perisai terbaik nasional "
        "BPJS Ketenagakerjaan tahun 2024."
    )
    assert ranks(read(text, register)) == []


def test_a_place_in_another_contest_is_no_award_rank(register):
    text = (
        "Pemerintah Kabupaten Banyumas meraih juara 1 lomba inovasi daerah tingkat Provinsi "
        "Jawa Tengah, sementara cakupan BPJS Ketenagakerjaan di Banyumas baru 38 persen."
    )
    assert ranks(read(text, register)) == []


def test_the_branch_head_speaking_of_the_government_s_placement(register):
    # near miss: the office names the speaker; the government won the placement
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Jember menyampaikan Pemkab Jember meraih juara I "
        "Paritrana Award 2024 tingkat Provinsi Jawa Timur kategori pemerintah kabupaten/kota."
    )
    assert ranks(read(text, register)) == [("1", "Kabupaten Jember")]
