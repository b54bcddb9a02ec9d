"""Paritrana placements in the forms winners' announcements take (round
"awards"): which placements are a region's, and on which region. Texts
written for this test (no real article's outlet, person or phrase); full
register, no database."""

from tests.articles.readings import read


def ranks(got):
    return sorted((value, region) for metric, _s, value, region in got if metric == "award_rank")


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
