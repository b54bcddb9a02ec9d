"""Round "regions2": the right region for a figure already found. A bare
province name beside its capital city, a venue whose town starts with a
region's name, a statistics office in a regional story, the place right after
a figure, the nation as a list item, a Kanwil in the speaker's title, a
government or bank that helps pay, an office named "Kantor BPJS X". Each kind
on texts written for this test (other places, other numbers, other words);
each case fails with its reading disabled, the near misses pass both ways.
Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- a bare province name beside its capital named as a city (regions.py) ------


def test_a_bare_province_stays_the_province_beside_its_capital_city(register):
    text = (
        "Hingga Mei 2025, jumlah pekerja di Bengkulu yang sudah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan sebanyak 281.406 pekerja. Peluang penambahan peserta di "
        "Bengkulu masih besar.\n\n"
        "BPJS Ketenagakerjaan juga menyasar pedagang Pasar Panorama, Kota Bengkulu."
    )
    assert ("participants", "total", "281406", "Bengkulu") in read(text, register)


def test_a_bare_name_in_a_city_story_is_the_city(register):
    # near miss: "Kota Bengkulu" named more often than the bare name
    text = (
        "Pemerintah Kota Bengkulu mendaftarkan pekerja rentan. Wali Kota Bengkulu "
        "menyerahkan kartu di Kota Bengkulu.\n\n"
        "Hingga Mei, jumlah peserta BPJS Ketenagakerjaan di Bengkulu sebanyak 61.870 pekerja."
    )
    assert ("participants", "total", "61870", "Kota Bengkulu") in read(text, register)


def test_a_bare_name_beside_its_regency_is_the_regency(register):
    # near miss: the province shares its name with a regency, not only its capital
    text = (
        "Pemkab Gorontalo mendaftarkan pekerja rentan. Di Gorontalo, sebanyak 12.400 "
        "pekerja rentan sudah terlindungi BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12400", "Kabupaten Gorontalo") in got


def test_a_bare_regency_name_takes_the_level_the_article_names(register):
    # near miss: two regions of one level, "Kabupaten Serang" named, bare "Serang" is it
    text = (
        "Pemerintah Kabupaten Serang mendaftarkan pekerja rentan ke BPJS Ketenagakerjaan.\n\n"
        "Hingga April, jumlah peserta di Serang sebanyak 96.112 pekerja."
    )
    assert ("participants", "total", "96112", "Kabupaten Serang") in read(text, register)


# -- a venue whose town starts with a region's name (cues.py) ------------------


def test_a_venue_town_starting_with_a_region_name_is_a_venue(register):
    text = (
        "Pemerintah Kabupaten Tanah Datar terus mendorong perlindungan pekerja rentan.\n\n"
        "Kepala Kantor Cabang BPJS Ketenagakerjaan Tanah Datar, di Batu Sangkar, Selasa, "
        "mengatakan saat ini 4.120 pekerja rentan di kabupaten itu sudah terlindungi "
        "jaminan sosial ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4120", "Kabupaten Tanah Datar") in got
    assert not any(region == "Kota Batu" for *_rest, region in got)


# -- a statistics office in a story about one region (placing.py) ---------------


def test_statistics_in_a_regency_story_are_the_regency_s(register):
    text = (
        "Bupati Karanganyar Targetkan Seluruh Pekerja Rentan Terlindungi\n\n"
        "KARANGANYAR - Pemerintah daerah menganggarkan perlindungan jaminan sosial "
        "ketenagakerjaan bagi sepuluh pekerja rentan di setiap desa melalui APBD.\n\n"
        "Sementara data BPS, tercatat jumlah angkatan kerja sebanyak 512 ribu orang. "
        "Sedangkan kepesertaan jaminan sosial ketenagakerjaan sampai 31 Desember 2024 "
        "tercatat 87.214 orang, baik pekerja formal maupun informal."
    )
    got = read(text, register)
    assert ("workforce", "total", "512000", "Kabupaten Karanganyar") in got
    assert ("participants", "total", "87214", "Kabupaten Karanganyar") in got


def test_a_ministry_s_data_stays_a_national_source(register):
    # near miss: the labour ministry has no regional office of its own statistics
    text = (
        "Pemerintah Kabupaten Karanganyar menganggarkan perlindungan bagi pekerja rentan.\n\n"
        "Data Kemnaker menunjukkan cakupan kepesertaan jaminan sosial ketenagakerjaan "
        "baru 43 persen."
    )
    assert ("coverage_pct", "total", "43", "Indonesia") in read(text, register)


# -- the place right after a figure (placing.py) ---------------------------------


def test_the_place_right_after_a_figure_is_its_own_in_a_later_clause(register):
    text = (
        "Gubernur menyerahkan kartu kepesertaan BPJS Ketenagakerjaan kepada nelayan.\n\n"
        "Komitmen ini diwujudkan dengan perlindungan tambahan kepada 4.000 pekerja rentan "
        "yang merupakan lanjutan dari acara pada Juni lalu di Gedung Serbaguna Kota "
        "Samarinda yaitu peluncuran perlindungan jaminan sosial ketenagakerjaan bagi 21.000 "
        "pekerja rentan di Provinsi Kalimantan Timur."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "21000", "Kalimantan Timur") in got


# -- the nation as an item of a list of places (article.py) ---------------------


def test_a_bare_nasional_before_a_number_is_the_nation_in_a_list(register):
    text = (
        '"Di Jambi cakupan kepesertaan baru 38 persen, sedangkan Sumsel 41 persen, '
        'Bengkulu 39 persen, nasional 55 persen," kata Kepala Kantor Wilayah BPJS '
        "Ketenagakerjaan Sumbagsel."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "55", "Indonesia") in got
    assert ("coverage_pct", "total", "39", "Bengkulu") in got


# -- a Kanwil named in the speaker's title after the quote (placing.py) ---------


def test_a_kanwil_in_the_speaker_s_title_is_not_the_figure_s_area(register):
    text = (
        '"Pekerja formal yang menjadi peserta aktif hingga Oktober 2024 tercatat sebanyak '
        '412.300 orang atau 47 persen dari total jumlah pekerja formal di NTB," ujar Kepala '
        "BPJS Ketenagakerjaan Wilayah Bali, Nusa Tenggara dan Papua pada Senin di Mataram."
    )
    got = read(text, register)
    assert ("participants", "formal", "412300", "Nusa Tenggara Barat") in got
    assert ("coverage_pct", "formal", "47", "Nusa Tenggara Barat") in got


def test_a_kanwil_s_whole_area_still_has_no_region(register):
    # near miss: the area is the figure's own, not the speaker's title
    text = (
        "Kanwil BPJS Ketenagakerjaan Bali, Nusa Tenggara dan Papua mencatat 1,9 juta "
        "peserta aktif di wilayah kerjanya hingga Oktober 2024."
    )
    got = read(text, register)
    assert ("participants", "total", "1900000", None) in got


# -- a government or a bank that helps pay (cues.py) -----------------------------


def test_a_government_that_helps_pay_is_not_the_workers_place(register):
    text = (
        "Pemerintah Kabupaten Grobogan melindungi pekerja rentan.\n\n"
        "Program ini kolaborasi Pemerintah Provinsi (Pemprov) Jawa Tengah dan Pemerintah "
        "Kabupaten (Pemkab) Grobogan, dengan rincian 1.500 pekerja rentan terlindungi melalui "
        "bantuan Pemprov Jateng dan 2.300 pekerja rentan lainnya dibiayai Pemkab Grobogan "
        "sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "1500", "Kabupaten Grobogan") in got
    assert ("participants", "vulnerable", "2300", "Kabupaten Grobogan") in got


def test_a_regional_bank_is_not_the_workers_place(register):
    text = (
        "BPJS Ketenagakerjaan Sambas melindungi pekerja rentan di Kabupaten Sambas.\n\n"
        "Bantuan dari BPD Kalbar tersebut untuk 820 pekerja rentan sebagai peserta BPJS "
        "Ketenagakerjaan selama tiga bulan."
    )
    got = read(text, register)
    assert any(v == "820" and region == "Kabupaten Sambas" for _m, _s, v, region in got)
    assert not any(region == "Kalimantan Barat" for *_rest, region in got)


# -- "Kantor BPJS X", an office of several regions (cues.py) ---------------------


def test_an_office_named_kantor_bpjs_has_no_region_of_its_own(register):
    text = (
        "Saat ini, cakupan kepesertaan di BPJS Ketenagakerjaan Madiun yang membawahi "
        "wilayah Kota Madiun, Kabupaten Madiun, Kabupaten Magetan dan Kabupaten Ngawi "
        "baru mencapai 35 persen.\n\n"
        "Kepala Kantor BPJS Madiun mengatakan, saat ini peserta aktif di wilayahnya "
        "sebanyak 210.455 pekerja."
    )
    got = read(text, register)
    assert ("participants", "total", "210455", None) in got


# -- where the speaker was met, a venue without a weekday (article.py) ----------


def test_where_the_speaker_was_met_is_a_venue(register):
    text = (
        "Direktur Utama BPJS Ketenagakerjaan menyampaikan data kepesertaan terbaru.\n\n"
        '"Dari angkatan kerja yang layak menjadi peserta, cakupannya baru 47 persen," '
        "kata dia saat ditemui di Gedung Kementerian Ketenagakerjaan, Jalan Gatot Subroto, "
        "Jakarta."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "47", "Indonesia") in got


# -- a region placed by its province, then a figure in the next sentence (placing.py)


def test_the_paragraph_s_regency_not_the_province_placing_it(register):
    text = (
        "Pemerintah Kabupaten (Pemkab) Sigi, Sulawesi Tengah tetap berkomitmen melindungi "
        "pekerja rentan. Ini dibuktikan dengan alokasi anggaran sebesar Rp 2,3 miliar "
        "untuk iuran BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("budget_idr", "total", "2300000000", "Kabupaten Sigi") in got
    assert not any(region == "Sulawesi Tengah" for *_rest, region in got)


# -- a city placed as its province's capital (placing.py) ------------------------


def test_a_city_placed_as_the_capital_of_its_province_is_the_figure_s(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Kendari, ibu kota Provinsi "
        "Sulawesi Tenggara, mencapai 57 persen."
    )
    assert ("coverage_pct", "total", "57", "Kota Kendari") in read(text, register)


# -- a circular's issuer (cues.py) -------------------------------------------------


def test_a_circular_s_issuer_is_not_the_target_s_place(register):
    text = (
        "BPJS Ketenagakerjaan berkoordinasi dengan Pemerintah Kabupaten Klaten.\n\n"
        "Menurutnya, sesuai Surat Edaran Gubernur Jawa Tengah, cakupan kepesertaan "
        "jaminan sosial ketenagakerjaan ditargetkan sebesar 45 persen pada 2026."
    )
    got = read(text, register)
    assert ("target_pct", "total", "45", "Kabupaten Klaten") in got
