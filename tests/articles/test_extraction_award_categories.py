"""Paritrana placements in the award's categories for others than a regional
government (companies, small businesses, villages: domain.md 4.3) are not the
region's award rank. Texts written for this test; full register, no database."""

from tests.articles.readings import ranks, read

WINNERS = """Pemenang Paritrana Award tingkat Provinsi Jambi tahun ini sebagai berikut:
1. Kategori Pemerintah Kabupaten/Kota
Juara 1: Kabupaten Tebo
Juara 2: Kota Sungai Penuh
2. Kategori Perusahaan Skala Menengah
Juara 1: PT Sinar Tebo Lestari
Juara 2: Bank Jambi
3. Kategori Usaha Mikro Kecil (UMK)
Juara 1: Dodol Kentang Ibu Sari – Kabupaten Kerinci
4. Kategori Pemerintah Desa/Kelurahan
Juara 1: Desa Pulau Temiang, Kecamatan Tebo Ulu, Kabupaten Tebo
"""


def test_only_the_government_category_of_a_list_of_winners_gives_ranks(register):
    got = read(WINNERS, register)
    assert ranks(got) == [("1", "Kabupaten Tebo"), ("2", "Kota Sungai Penuh")]


def test_a_company_category_named_in_the_sentence_gives_no_rank(register):
    text = (
        "Pada Paritrana Award tingkat Provinsi Bali, untuk kategori perusahaan besar juara "
        "pertama diraih PT Segara Abadi dari Kabupaten Badung."
    )
    assert ranks(read(text, register)) == []


def test_a_company_category_in_an_earlier_sentence_does_not_hide_a_region(register):
    # near miss: the category of the sentence before heads nothing in this one
    text = (
        "Paritrana Award tingkat Provinsi Bali kategori perusahaan dimenangkan PT Segara "
        "Abadi. Adapun Kabupaten Badung meraih juara kedua Paritrana Award kategori "
        "pemerintah kabupaten/kota."
    )
    assert ranks(read(text, register)) == [("2", "Kabupaten Badung")]
