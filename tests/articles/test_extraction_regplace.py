"""Round "regplace": the right region for a figure already found. An island
named between a regency and its province, a province narrowed down ("di Y,
tepatnya di Kabupaten X"), a bare name after "Bupati" or named most often with
one level word, a province named as the field in a fronted "Dari N
kabupaten/kota di Y," or after "salah satu kabupaten di", a place after
"terbanyak di" followed by its own figure. Each kind on texts written for this
test; each case fails with its reading taken out, the near misses pass both
ways. Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- an island between a regency and its province (placing_asides.py) ----------


def test_an_island_between_a_regency_and_its_province(register):
    text = (
        "Pekerja rentan di Kabupaten Nunukan, Pulau Sebatik, Kalimantan Utara yang sudah "
        "terlindungi BPJS Ketenagakerjaan mencapai 2.140 orang."
    )
    assert ("participants", "vulnerable", "2140", "Kabupaten Nunukan") in read(text, register)


def test_isles_between_a_city_and_its_province(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kota Tual, Kepulauan Kei, Maluku baru "
        "mencapai 27 persen."
    )
    assert ("coverage_pct", "total", "27", "Kota Tual") in read(text, register)


def test_a_regency_on_an_island_of_its_province(register):
    text = (
        "Pemkab Manggarai Barat di Pulau Flores, Nusa Tenggara Timur mendaftarkan 1.870 "
        "pekerja rentan ke BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "1870", "Kabupaten Manggarai Barat") in got


def test_a_province_set_apart_by_a_word_keeps_its_figure(register):
    # near miss: "sedangkan" (lower case) stands between, no island
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Nunukan baru 28 persen, "
        "sedangkan Kalimantan Utara sudah 41 persen."
    )
    assert ("coverage_pct", "total", "41", "Kalimantan Utara") in read(text, register)


def test_a_province_right_after_a_regency_short_form_in_brackets(register):
    text = (
        "Pemerintah Kabupaten Buru Selatan (Bursel) Maluku mendaftarkan 940 tenaga kerja "
        "kontrak sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "940", "Kabupaten Buru Selatan") in got


def test_a_province_narrowed_down_to_its_regency(register):
    text = (
        "Sebanyak 3.140 pekerja rentan di Kalimantan Timur, tepatnya di Kabupaten Paser, "
        "didaftarkan sebagai peserta BPJS Ketenagakerjaan."
    )
    assert ("participants", "vulnerable", "3140", "Kabupaten Paser") in read(text, register)


def test_a_province_with_a_regency_named_especially_keeps_its_figure(register):
    # near miss: "khususnya" singles a regency out, the figure stays the province's
    text = (
        "Sebanyak 31.400 pekerja rentan di Kalimantan Timur, khususnya di Kabupaten "
        "Paser, didaftarkan sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "31400", "Kalimantan Timur") in got


# -- a bare name after a head's title (regions.py) ----------------------------


def test_a_bare_name_after_bupati_is_the_regency(register):
    text = (
        "Bupati Sorong menyerahkan kartu peserta kepada nelayan. Sebanyak 2.350 pekerja "
        "rentan di Sorong kini terlindungi BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2350", "Kabupaten Sorong") in got


def test_a_bare_name_after_walikota_is_the_city(register):
    # near miss: the city, as the bare name read before
    text = (
        "Walikota Sorong menyerahkan kartu peserta kepada nelayan. Sebanyak 2.350 pekerja "
        "rentan di Sorong kini terlindungi BPJS Ketenagakerjaan."
    )
    assert ("participants", "vulnerable", "2350", "Kota Sorong") in read(text, register)


def test_a_bare_name_takes_the_level_named_most_often(register):
    text = (
        "Pemerintah Kabupaten Pasuruan mendaftarkan pekerja rentan. Pemkab Pasuruan "
        "menyiapkan anggaran. Sebanyak 4.630 pekerja rentan di Pasuruan kini terlindungi "
        "BPJS Ketenagakerjaan. Penyerahan kartu digelar di gedung serbaguna, Kota Pasuruan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4630", "Kabupaten Pasuruan") in got


def test_a_bare_name_with_both_levels_named_alike_stays_the_city(register):
    # near miss: the regency and the city each named once, the bare name as before
    text = (
        "Pemerintah Kabupaten Pasuruan dan Pemerintah Kota Pasuruan mendaftarkan pekerja "
        "rentan. Sebanyak 4.630 pekerja rentan di Pasuruan kini terlindungi BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4630", "Kota Pasuruan") in got


# -- a province named as the field of a fronted clause (mention_roles.py) -------


def test_a_fronted_field_of_regencies_is_not_the_place(register):
    text = (
        "Pemerintah Kabupaten Pulau Morotai terus melindungi nelayan. Menurutnya, dari "
        "10 kabupaten/kota di Maluku Utara, sebanyak 820 nelayan yang sudah mendapatkan "
        "perlindungan BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "820", "Kabupaten Pulau Morotai") in got


def test_one_of_the_regencies_of_a_province_is_not_the_province(register):
    text = (
        "Manggarai merupakan salah satu kabupaten di Nusa Tenggara Timur yang melindungi "
        "1.730 pekerja rentan melalui BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "1730", "Kabupaten Manggarai") in got


def test_where_the_workers_come_from_is_their_place(register):
    # near miss: "dari" not fronted, the province stays the figure's place
    text = (
        "Pemerintah Kabupaten Agam mendukung program itu. Sebanyak 4.200 pekerja rentan "
        "dari 19 kabupaten/kota di Sumatera Barat sudah terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4200", "Sumatera Barat") in got


# -- the place holding the most, its figure after it (mention_roles.py) ---------


def test_the_place_with_the_most_and_its_count(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Papua Barat Daya mencapai 96.000 orang. Peserta "
        "terbanyak di Kota Sorong dengan 41.200 pekerja."
    )
    assert ("participants", "total", "41200", "Kota Sorong") in read(text, register)


def test_the_place_with_the_highest_and_its_rate(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Papua Barat Daya mencapai 38 persen. "
        "Cakupan tertinggi di Kota Sorong yakni 63 persen."
    )
    assert ("coverage_pct", "total", "63", "Kota Sorong") in read(text, register)


def test_a_scope_after_the_holder_stays_a_scope(register):
    # near miss: the holder named before the superlative, the province its scope
    text = (
        "Kabupaten Sorong menjadi daerah dengan cakupan tertinggi di Papua Barat Daya "
        "dengan 47 persen."
    )
    assert ("coverage_pct", "total", "47", "Kabupaten Sorong") in read(text, register)
