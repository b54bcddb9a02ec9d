"""Round "unlab": numbers the labellers leave out on purpose, each on a text
written for this test (other places, other numbers, other words). Full
register from fixtures/, no database."""

from tests.articles.readings import read, values

# -- the items of a bulleted list whose sum the text states -------------------


def test_bulleted_items_of_a_stated_sum_are_not_figures(register):
    text = (
        "Pemerintah Kabupaten Grobogan mendaftarkan pekerja desa sebagai peserta "
        "BPJS Ketenagakerjaan tahun ini, dengan rincian:\n"
        "\u2022 Linmas: 2.314 orang\n"
        "\u2022 Kader Posyandu: 3.087 orang\n"
        "\u2022 Marbot: 918 orang\n"
        "\u2022 Guru Ngaji: 1.205 orang\n"
        "Total keseluruhan: 7.524 pekerja yang terlindungi.\n"
    )
    got = values(read(text, register))
    assert "7524" in got
    assert not got & {"2314", "3087", "918", "1205"}


def test_bulleted_items_with_the_sum_in_the_last_item(register):
    text = (
        "Sebanyak 1.530 pekerja rentan di Kabupaten Blitar kini terlindungi BPJS "
        "Ketenagakerjaan. Penerimanya antara lain:\n"
        "* Penjual Sayur (402 peserta)\n"
        "* Tukang Becak (377 peserta)\n"
        "* Pemulung (215 peserta)\n"
        "* Buruh Gendong dan lainnya (total 1.530 peserta).\n"
    )
    got = values(read(text, register))
    assert "1530" in got
    assert not got & {"402", "377", "215"}


def test_bulleted_places_stay_figures(register):
    # near miss: the items are places, each its own figure
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Jawa Tengah menurut kabupaten:\n"
        "- Kabupaten Kudus: 121.400 orang\n"
        "- Kabupaten Pati: 98.230 orang\n"
        "- Kabupaten Jepara: 110.560 orang\n"
        "Total ketiganya 330.190 peserta.\n"
    )
    got = values(read(text, register))
    assert {"121400", "98230", "110560"} <= got


def test_bulleted_items_of_two_groups_stay_figures(register):
    # near miss: the items are two segments (vulnerable, other), each labelled
    text = (
        "Pemerintah Kabupaten Grobogan membayar iuran BPJS Ketenagakerjaan tahun ini "
        "bagi:\n"
        "- Pekerja rentan: 4.120 orang\n"
        "- Perangkat desa: 1.730 orang\n"
        "- Pegawai non-ASN: 2.260 orang\n"
        "Total keseluruhan 8.110 orang.\n"
    )
    got = values(read(text, register))
    assert {"4120", "1730", "2260"} <= got


def test_bulleted_items_without_a_sum_stay_figures(register):
    # near miss: no sum is stated, the items are all the text counts
    text = (
        "Pemerintah Kabupaten Grobogan mendaftarkan pekerja desa sebagai peserta "
        "BPJS Ketenagakerjaan tahun ini, dengan rincian:\n"
        "\u2022 Linmas: 2.314 orang\n"
        "\u2022 Kader Posyandu: 3.087 orang\n"
        "\u2022 Marbot: 918 orang\n"
        "Pendaftaran dilanjutkan tahun depan.\n"
    )
    got = values(read(text, register))
    assert {"2314", "3087"} <= got


# -- the share of the workers in a sector, said with no noun after the percent --


def test_share_among_them_in_a_sector_is_no_coverage(register):
    text = (
        "Kepala Disnaker Kabupaten Jember menyebut jumlah pekerja di daerahnya "
        "sekitar 1,3 juta orang, dan 64 persen di antaranya merupakan pekerja informal "
        "yang belum banyak terlindungi BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert "64" not in values(got)


def test_majority_working_in_a_sector_is_no_coverage(register):
    text = (
        "Dari total 3,1 juta pekerja di Provinsi Lampung, mayoritas atau 58,12 persen "
        "bekerja di sektor informal, sehingga kepesertaan BPJS Ketenagakerjaan rendah."
    )
    got = read(text, register)
    assert "58.12" not in values(got)


def test_a_counts_restatement_stays_a_figure(register):
    # near miss: the percent restates a count of the covered workers
    text = (
        "Dari 412.300 pekerja yang terlindungi BPJS Ketenagakerjaan di Provinsi Jambi, "
        "251.800 orang atau 61,07 persen merupakan pekerja formal."
    )
    got = read(text, register)
    assert "61.07" in values(got)


# -- people on a list ("terdata"), with no word of membership -----------------


def test_people_on_a_list_are_not_members(register):
    text = (
        "Dinas Sosial Kabupaten Banyuwangi terus memperbarui data warga miskin. "
        "Hingga Oktober, terdapat 6.412 buruh harian dari berbagai desa yang terdata."
    )
    got = read(text, register)
    assert "6412" not in values(got)


def test_a_list_with_the_count_after_its_word(register):
    text = (
        "Dari 210 desa di Kabupaten Magetan terdata sekitar 1.870 perangkat desa, "
        "kata Sekda Magetan."
    )
    got = read(text, register)
    assert "1870" not in values(got)


def test_listed_as_members_stay_figures(register):
    # near miss: the clause says what the list is a list of members of
    text = (
        "Hingga Oktober 2025, melalui program tersebut terdata sebanyak 6.412 pekerja "
        "rentan di Kabupaten Banyuwangi yang iurannya dibayar pemerintah daerah."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6412", "Kabupaten Banyuwangi") in got
