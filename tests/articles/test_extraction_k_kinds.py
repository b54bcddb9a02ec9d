"""Issue 13, set K (ktune): lists of regions with a figure each, comparison
scopes and the groups of such lists, each shown on a text written for this test
(other places, other numbers, other words). Full region register from
fixtures/, no database."""

from tests.articles.readings import read


def test_each_place_of_a_ranked_list_keeps_the_figure_named_after_it(register):
    # the highest is "ada di" a place after the scope; the lowest, a later item
    # of the list, is the place of its own figure, not a scope
    text = (
        "Menurut dia, kepesertaan tertinggi di Provinsi Jawa Tengah berada di Kota "
        "Semarang sebesar 81 persen, disusul Kabupaten Kudus 64 persen, Kabupaten Demak "
        "52 persen dan terendah di Kabupaten Brebes 23 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "81", "Kota Semarang") in got
    assert ("coverage_pct", "total", "64", "Kabupaten Kudus") in got
    assert ("coverage_pct", "total", "52", "Kabupaten Demak") in got
    assert ("coverage_pct", "total", "23", "Kabupaten Brebes") in got


def test_a_lowest_place_before_a_spelled_figure_is_that_figures(register):
    text = (
        "Cakupan kepesertaan tertinggi diraih Kota Madiun mencapai 77 persen, diikuti "
        "Kabupaten Ngawi 45 persen, dan terendah di Kabupaten Sampang lima persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "5", "Kabupaten Sampang") in got
    assert ("coverage_pct", "total", "45", "Kabupaten Ngawi") in got


def test_a_scope_before_a_figure_with_nothing_listed_stays_a_scope(register):
    # "terendah di Provinsi X yakni ... di Y": X is the scope, Y the figure's
    text = "Kepesertaan terendah di Provinsi Lampung yakni 12,1 persen di Kabupaten Mesuji."
    got = read(text, register)
    assert ("coverage_pct", "total", "12.1", "Kabupaten Mesuji") in got


def test_a_region_compared_with_is_not_the_figures(register):
    text = (
        "Ia mengatakan, capaian perlindungan pekerja di Kabupaten Pegunungan Bintang masih "
        "rendah dibandingkan kabupaten dan kota lain di Provinsi Papua Pegunungan, yakni "
        "baru mencapai 14 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "14", "Kabupaten Pegunungan Bintang") in got


def test_the_first_item_of_a_list_of_rates_is_read_after_a_long_clause(register):
    # the first place is named far before its rate; the rate is still coverage
    text = (
        "Kepesertaan pegawai non ASN di Provinsi Sulawesi Tengah baru 35 persen.\n\n"
        '"Kota Palu merupakan yang paling banyak melindungi tenaga kerja non ASN '
        "mencapai 84 persen, diikuti Kabupaten Sigi 60 persen dan Kabupaten Poso 41 "
        'persen," katanya.'
    )
    got = read(text, register)
    assert ("coverage_pct", "other", "84", "Kota Palu") in got
    assert ("coverage_pct", "other", "60", "Kabupaten Sigi") in got
    assert ("coverage_pct", "other", "41", "Kabupaten Poso") in got


def test_a_list_item_naming_two_places_gives_the_rate_to_each(register):
    text = (
        "Cakupan kepesertaan tertinggi di Kota Kupang 66 persen, Kabupaten Ende 40 "
        "persen, Sumba Barat dan Sumba Timur (Sumtim) 31 persen, dan terendah di "
        "Kabupaten Malaka 9 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "31", "Kabupaten Sumba Barat") in got
    assert ("coverage_pct", "total", "31", "Kabupaten Sumba Timur") in got
    assert ("coverage_pct", "total", "40", "Kabupaten Ende") in got


def test_two_places_with_one_rate_outside_a_list_are_not_split(register):
    # no list of rates before: the pair's rate is not given to each
    text = "Cakupan kepesertaan di Kabupaten Ende dan Kabupaten Sikka 31 persen."
    got = read(text, register)
    assert not {region for *_x, region in got} >= {"Kabupaten Ende", "Kabupaten Sikka"}


def test_government_staff_named_with_a_long_dash_are_their_own_group(register):
    text = (
        "BPJS Ketenagakerjaan mencatat sebanyak 12.480 aparat non \u2014 ASN di Kabupaten "
        "Sleman telah terdaftar sebagai peserta, atau 74,5% aparat non\u2013ASN di sana."
    )
    got = read(text, register)
    assert ("participants", "other", "12480", "Kabupaten Sleman") in got
    assert ("coverage_pct", "other", "74.5", "Kabupaten Sleman") in got


def test_workers_not_yet_included_in_a_count_are_counted_not_uncovered(register):
    # "belum termasuk": others besides those counted, not workers left unprotected
    text = (
        "Pemkab Klaten kini menanggung iuran BPJS Ketenagakerjaan bagi 9.870 pekerja "
        "rentan. Jumlah tersebut belum termasuk sekitar 2.300 pekerja rentan tanggungan "
        "Dinas Sosial Kabupaten Klaten."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "9870", "Kabupaten Klaten") in got
    assert ("participants", "vulnerable", "2300", "Kabupaten Klaten") in got


def test_a_count_of_the_group_named_after_a_rate_keeps_that_group(register):
    text = (
        "Pemkab Bantul sudah mendaftarkan 100% tenaga honorer yang tercatat dalam SK "
        "Bupati sebanyak 1.275 orang ke BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("coverage_pct", "other", "100", "Kabupaten Bantul") in got
    assert ("participants", "other", "1275", "Kabupaten Bantul") in got


def test_an_estimated_population_of_workers_is_the_workforce_of_a_group(register):
    text = (
        "Di Kabupaten Paser, sebanyak 21.440 pekerja informal telah menjadi peserta BPJS "
        "Ketenagakerjaan dari estimasi populasi 38.215 orang. Sektor formal mencatat "
        "30.102 peserta dari 41.877 populasi pekerja formal."
    )
    got = read(text, register)
    assert ("workforce", "informal", "38215", "Kabupaten Paser") in got
    assert ("workforce", "formal", "41877", "Kabupaten Paser") in got


def test_a_population_of_residents_is_still_no_workforce(register):
    text = (
        "Dengan populasi penduduk Kabupaten Paser yang berjumlah sekitar 290 ribu jiwa, "
        "masyarakat pekerja berjumlah sekitar 120 ribu."
    )
    got = read(text, register)
    assert "290000" not in {value for _m, _s, value, _r in got}


def test_protection_for_listed_groups_counts_each_group(register):
    text = (
        "APBD Kabupaten Paser dipakai untuk jaminan sosial ketenagakerjaan. Sebut saja "
        "perlindungan untuk 12.000 pekerja rentan, 1.450 petugas pemilu, hingga 980 "
        "perangkat desa."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12000", "Kabupaten Paser") in got
    assert ("participants", "other", "1450", "Kabupaten Paser") in got
    assert ("participants", "other", "980", "Kabupaten Paser") in got


def test_the_rate_after_a_groups_part_and_whole_is_that_groups(register):
    text = (
        "Di Kabupaten Paser, sektor formal mencapai angka stabil, yaitu 30.102 peserta "
        "dari 41.877 pekerja formal, mencakup 72 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "formal", "72", "Kabupaten Paser") in got


def test_a_list_item_whose_place_is_unknown_takes_no_neighbours_place(register):
    # "Pemkab Zorba" is in no register: its count is neither Sleman's nor Bantul's
    text = (
        "BPJS Ketenagakerjaan mencatat aparat non ASN yang terdaftar, dimulai dari Pemkab "
        "Sleman sebanyak 3.210 aparat, Pemkab Zorba sebanyak 1.480 aparat, Pemkab Bantul "
        "sebanyak 2.075 aparat, Pemkab Zorbu 640 aparat."
    )
    got = read(text, register)
    assert ("participants", "other", "3210", "Kabupaten Sleman") in got
    assert ("participants", "other", "2075", "Kabupaten Bantul") in got
    assert ("participants", "other", "1480", None) in got
    assert ("participants", "other", "640", None) in got


def test_a_list_of_groups_in_one_place_keeps_the_place(register):
    # a list of segments, not of places: every item is the place's
    text = (
        "Di Kabupaten Sleman, peserta penerima upah sebanyak 5.120 orang, bukan penerima "
        "upah 3.045 orang, dan jasa konstruksi 1.210 orang."
    )
    got = read(text, register)
    assert {region for *_x, region in got} == {"Kabupaten Sleman"}


def test_a_place_right_after_each_figure_of_a_list_is_its_own(register):
    text = (
        "Kepesertaan tertinggi di Jawa Timur: 63,4 persen di Kota Madiun, 41,2 persen di "
        "Kabupaten Ngawi, dan 12 persen di Kabupaten Sampang."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "63.4", "Kota Madiun") in got
    assert ("coverage_pct", "total", "41.2", "Kabupaten Ngawi") in got
    assert ("coverage_pct", "total", "12", "Kabupaten Sampang") in got


def test_a_rate_in_brackets_after_an_items_count_keeps_that_items_place(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan: Kudus 12.000 peserta (40 persen), Demak 8.500 "
        "peserta (31 persen), Jepara 9.100 peserta (22 persen)."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "40", "Kabupaten Kudus") in got
    assert ("coverage_pct", "total", "31", "Kabupaten Demak") in got
    assert ("participants", "total", "8500", "Kabupaten Demak") in got
    assert ("coverage_pct", "total", "22", "Kabupaten Jepara") in got


def test_respective_figures_go_to_the_places_in_their_order(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Kabupaten Kudus, Kabupaten Demak dan Kabupaten "
        "Jepara masing-masing sebanyak 12.000, 8.500 dan 9.100 pekerja. Cakupan "
        "kepesertaan di Kabupaten Kudus, Demak dan Jepara berturut-turut 40 persen, 31 "
        "persen dan 22 persen."
    )
    got = read(text, register)
    assert ("participants", "total", "12000", "Kabupaten Kudus") in got
    assert ("participants", "total", "8500", "Kabupaten Demak") in got
    assert ("participants", "total", "9100", "Kabupaten Jepara") in got
    assert ("coverage_pct", "total", "40", "Kabupaten Kudus") in got
    assert ("coverage_pct", "total", "31", "Kabupaten Demak") in got
    assert ("coverage_pct", "total", "22", "Kabupaten Jepara") in got


def test_one_figure_for_each_of_several_places_still_goes_to_every_one(register):
    text = (
        "Cakupan kepesertaan di Kalimantan Selatan dan Kalimantan Tengah masing-masing 42 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "42", "Kalimantan Selatan") in got
    assert ("coverage_pct", "total", "42", "Kalimantan Tengah") in got


def test_a_series_after_a_sentence_naming_only_the_group_is_of_that_group(register):
    text = (
        "Pemkab Sikka membiayai iuran BPJS Ketenagakerjaan dari APBD.\n\n"
        "Menurut dia, jumlah peserta pekerja rentan yang dibiayai APBD terus meningkat.\n\n"
        "\u201cKepesertaan naik setiap tahun, 2023 hanya 450 orang, 2024 bertambah jadi "
        "1.150 orang,\u201d jelasnya."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "450", "Kabupaten Sikka") in got
    assert ("participants", "vulnerable", "1150", "Kabupaten Sikka") in got


def test_a_rate_first_keeps_the_figures_after_it_in_the_total(register):
    text = (
        "Ada program untuk melindungi para pekerja rentan di Kabupaten Sikka.\n\n"
        "Capaian kepesertaan Kabupaten Sikka tercatat 31,5 persen atau 21.300 peserta dari "
        "67.619 penduduk bekerja."
    )
    got = read(text, register)
    assert ("participants", "total", "21300", "Kabupaten Sikka") in got


def test_workers_of_the_sector_named_before_are_a_workforce_of_that_sector(register):
    text = (
        "Kepala Cabang menyoroti kepesertaan di sektor jasa konstruksi di Kabupaten Sikka "
        "yang masih rendah. Dari total sekitar 4.200 pekerja di sektor tersebut, baru 610 "
        "yang terdaftar sebagai peserta."
    )
    got = read(text, register)
    assert ("workforce", "construction", "4200", "Kabupaten Sikka") in got
    assert ("participants", "construction", "610", "Kabupaten Sikka") in got
