"""Round two of issue 13: kinds of sentences that real articles from other
provinces and outlets use and that the first rules misread (national totals
put on a region named later, long region lists, standings worded as order,
segments carried across clauses, workforce phrasings, prior-year clauses,
distractors, subsidised workers, paragraph status dates). Each text is
written for this test; full region register from fixtures/, no database."""

import datetime as dt

import pytest

from articles.extraction import extract_figures

PUBLISHED = dt.date(2025, 3, 10)


def read(text, register):
    """(metric, segment, value as str, region name, as_of) of every figure."""
    return {
        (f.metric, f.segment, str(f.value), f.region_name, f.as_of)
        for f in extract_figures(text, register, published=PUBLISHED)
    }


# -- 1. national aggregates ---------------------------------------------------


def test_a_national_source_is_the_nation_not_a_province_named_later(register):
    text = (
        "Data Kemnaker menunjukkan terdapat 41 juta pekerja terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan. Jumlah ini terdiri dari peserta aktif penerima upah (PU) 26 juta "
        "orang; bukan penerima upah (BPU) 9 juta orang; dan jasa konstruksi 5 juta orang. "
        "Berdasarkan wilayah, DKI Jakarta menjadi provinsi dengan peserta terbanyak."
    )
    assert {(m, seg, v, r) for m, seg, v, r, _ in read(text, register)} == {
        ("participants", "total", "41000000", "Indonesia"),
        ("participants", "formal", "26000000", "Indonesia"),
        ("participants", "informal", "9000000", "Indonesia"),
        ("participants", "construction", "5000000", "Indonesia"),
    }


def test_a_national_figure_is_not_placed_on_a_region_named_after_a_comma(register):
    text = (
        "Data Kemnaker menunjukkan terdapat 41 juta pekerja terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan, dengan DKI Jakarta sebagai provinsi terbanyak."
    )
    assert {(m, v, r) for m, _s, v, r, _d in read(text, register)} == {
        ("participants", "41000000", "Indonesia")
    }


@pytest.mark.parametrize(
    "source",
    ["Menurut data BPS, jumlah pekerja di provinsi ini", "Menurut data BPS Sultra, jumlah pekerja"],
)
def test_a_statistics_source_about_the_article_region_is_not_the_nation(register, source):
    text = (
        "Cakupan BPJS Ketenagakerjaan di Sulawesi Tenggara terus naik.\n"
        f"{source} sebanyak 1,2 juta orang, sementara peserta BPJS Ketenagakerjaan baru 300 ribu."
    )
    assert {(m, r) for m, _s, _v, r, _d in read(text, register)} == {
        ("workforce", "Sulawesi Tenggara"),
        ("participants", "Sulawesi Tenggara"),
    }


# -- 2. lists of regions ------------------------------------------------------


def test_every_item_of_a_bulleted_list_dated_by_its_intro_line(register):
    provinces = [
        ("Jawa Barat", "4,96", "4960000"),
        ("Jawa Timur", "4,5", "4500000"),
        ("DKI Jakarta", "4,1", "4100000"),
        ("Jawa Tengah", "3,9", "3900000"),
        ("Banten", "2,1", "2100000"),
        ("Sumatera Utara", "1,6", "1600000"),
        ("Sulawesi Selatan", "1,2", "1200000"),
    ]
    text = (
        "Berikut daftar provinsi dengan jumlah peserta aktif BPJS Ketenagakerjaan terbanyak "
        "per Februari 2025:\n"
        + "\n".join(f"- {name}: {value} juta orang" for name, value, _ in provinces)
    )
    assert read(text, register) == {
        ("participants", "total", number, name, "2025-02") for name, _, number in provinces
    }


def test_every_item_of_a_numbered_list(register):
    rates = [
        ("DKI Jakarta", "68,2", "68.2"),
        ("Bali", "55,1", "55.1"),
        ("Kalimantan Timur", "50,3", "50.3"),
        ("Kepulauan Riau", "49,8", "49.8"),
        ("Jawa Timur", "44,5", "44.5"),
        ("Banten", "41,5", "41.5"),
    ]
    text = (
        "Berikut provinsi dengan cakupan kepesertaan BPJS Ketenagakerjaan tertinggi per "
        "Desember 2024:\n"
        + "\n".join(f"{k}. {name}: {value} persen" for k, (name, value, _) in enumerate(rates, 1))
    )
    assert read(text, register) == {
        ("coverage_pct", "total", number, name, "2024-12") for name, _, number in rates
    }


def test_a_bare_list_binds_each_rate_to_the_name_right_before_it(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Lampung per Juni 2024: Mesuji 23,3 "
        "persen, Tulang Bawang Barat 22,6 persen, Pringsewu 21,1 persen, Pesawaran 20,4 "
        "persen, Way Kanan 19,8 persen, Lampung Barat 18,2 persen, Metro 35,2 persen."
    )
    found = {(v, r) for _m, _s, v, r, _d in read(text, register)}
    assert found == {
        ("23.3", "Kabupaten Mesuji"),
        ("22.6", "Kabupaten Tulang Bawang Barat"),
        ("21.1", "Kabupaten Pringsewu"),
        ("20.4", "Kabupaten Pesawaran"),
        ("19.8", "Kabupaten Way Kanan"),
        ("18.2", "Kabupaten Lampung Barat"),
        ("35.2", "Kota Metro"),
    }


def test_a_list_of_rates_each_followed_by_its_region(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan terendah di Lampung yakni 12,1 persen di "
        "Mesuji, 13,4 persen di Tulang Bawang Barat dan 14,9 persen di Way Kanan."
    )
    assert {(v, r) for _m, _s, v, r, _d in read(text, register)} == {
        ("12.1", "Kabupaten Mesuji"),
        ("13.4", "Kabupaten Tulang Bawang Barat"),
        ("14.9", "Kabupaten Way Kanan"),
    }


# -- 3. standings worded as order ---------------------------------------------


def ranks(text, register):
    return {(v, r) for m, _s, v, r, _d in read(text, register) if m == "award_rank"}


def test_the_next_place_follows_the_standing_named_before_it(register):
    text = (
        "Dalam Paritrana Award 2024, Provinsi Jawa Tengah berada pada posisi kedua dengan "
        "nilai tinggi. Provinsi Jawa Timur menempati urutan selanjutnya."
    )
    assert ranks(text, register) == {("2", "Jawa Tengah"), ("3", "Jawa Timur")}


def test_followed_by_and_then_by_are_second_and_third(register):
    text = (
        "Pada ajang Paritrana Award 2024 Kabupaten Kendal meraih juara pertama, diikuti oleh "
        "Kabupaten Semarang dan disusul Kota Semarang."
    )
    assert ranks(text, register) == {
        ("1", "Kabupaten Kendal"),
        ("2", "Kabupaten Semarang"),
        ("3", "Kota Semarang"),
    }


def test_followed_by_without_a_standing_before_is_not_a_placement(register):
    text = "Sosialisasi BPJS Ketenagakerjaan di Kabupaten Kendal diikuti oleh 200 peserta."
    assert ranks(text, register) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cakupan kepesertaan BPJS Ketenagakerjaan Provinsi Bengkulu berada di urutan "
            "ke-16 nasional.",
            {("16", "Bengkulu")},
        ),
        (
            "Sulawesi Selatan berada di posisi nomor 5 dari 8 provinsi dalam cakupan "
            "kepesertaan BPJS Ketenagakerjaan.",
            {("5", "Sulawesi Selatan")},
        ),
        # the most participants is a big province, not a standing (issue #13)
        (
            "Jumlah peserta BPJS Ketenagakerjaan di Jawa Barat terbanyak se-Indonesia.",
            set(),
        ),
        (
            "Kabupaten Badung memiliki cakupan kepesertaan BPJS Ketenagakerjaan tertinggi "
            "se-Indonesia.",
            {("1", "Kabupaten Badung")},
        ),
        (
            "Seluruh pemenang juara 1 Paritrana Award tingkat Provinsi Jawa Barat akan "
            "diikutkan ke tingkat nasional.",
            set(),
        ),
    ],
)
def test_standings_in_words(register, text, expected):
    assert ranks(text, register) == expected


# -- 4. a segment carried across clauses --------------------------------------


def test_workers_of_a_group_then_the_registered_among_them(register):
    text = (
        "Di Kabupaten Gowa, untuk tenaga kerja PU tercatat sebanyak 349 ribu, dan 343 ribu "
        "di antaranya sudah terdaftar BPJS Ketenagakerjaan."
    )
    assert {(m, seg, v) for m, seg, v, _r, _d in read(text, register)} == {
        ("workforce", "formal", "349000"),
        ("participants", "formal", "343000"),
    }


def test_a_group_named_first_keeps_its_count_participants_and_rate(register):
    text = (
        "Di Kabupaten Gowa, pekerja BPU jumlahnya mencapai 205 ribu orang, peserta baru 77 "
        "ribu, atau sekitar 37 persen terlindungi BPJS Ketenagakerjaan."
    )
    assert {(m, seg, v) for m, seg, v, _r, _d in read(text, register)} == {
        ("workforce", "informal", "205000"),
        ("participants", "informal", "77000"),
        ("coverage_pct", "informal", "37"),
    }


def test_a_sentence_continuing_a_group_keeps_it(register):
    text = (
        "Untuk sektor BPU di Kabupaten Gowa, jumlah pekerja 205 ribu orang. Dari jumlah itu, "
        "yang sudah terdaftar baru 77 ribu."
    )
    assert {(m, seg, v) for m, seg, v, _r, _d in read(text, register)} == {
        ("workforce", "informal", "205000"),
        ("participants", "informal", "77000"),
    }


def test_a_total_word_ends_the_carried_group(register):
    text = (
        "Peserta BPJS Ketenagakerjaan penerima upah di Kabupaten Gowa sebanyak 120 ribu "
        "orang, sehingga total peserta 180 ribu orang."
    )
    assert {(m, seg, v) for m, seg, v, _r, _d in read(text, register)} == {
        ("participants", "formal", "120000"),
        ("participants", "total", "180000"),
    }


def test_the_reach_of_a_group_named_at_the_sentence_start(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Gowa terus naik. Untuk jasa "
        "konstruksi, capaian saat ini 43,7 ribu."
    )
    assert read(text, register) == {
        ("participants", "construction", "43700", "Kabupaten Gowa", "2025-03-10"),
    }


# -- 5. workforce phrasings ---------------------------------------------------


def test_workers_the_next_sentence_takes_a_share_of(register):
    text = (
        "Kabupaten Bone memiliki sekitar 300.000 pekerja. Dari angka tersebut, baru 25 persen "
        "yang terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert {(m, v, r) for m, _s, v, r, _d in read(text, register)} == {
        ("workforce", "300000", "Kabupaten Bone"),
        ("coverage_pct", "25", "Kabupaten Bone"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Di Kabupaten Gowa terdapat potensi sekitar 300 ribuan pekerja, namun baru 120 "
            "ribu yang terdaftar BPJS Ketenagakerjaan.",
            {("workforce", "total", "300000"), ("participants", "total", "120000")},
        ),
        (
            "Di Kabupaten Gowa ada 5 juta lebih angka pekerja, namun baru sebagian yang "
            "menjadi peserta BPJS Ketenagakerjaan.",
            {("workforce", "total", "5000000")},
        ),
        (
            "Peserta BPJS Ketenagakerjaan di Kabupaten Gowa terdiri dari penerima upah, bukan "
            "penerima upah dan jasa konstruksi, dari semesta coverage 2.871.182 pekerja.",
            {("workforce", "total", "2871182")},
        ),
        ("Ribuan pekerja di Kabupaten Gowa belum terdaftar BPJS Ketenagakerjaan.", set()),
    ],
)
def test_workforce_in_its_many_phrasings(register, text, expected):
    assert {(m, seg, v) for m, seg, v, _r, _d in read(text, register)} == expected


# -- 6. prior-year clauses ----------------------------------------------------


def test_a_prior_year_clause_dates_its_count(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Gowa terus naik, padahal pada tahun "
        "2018 jumlah peserta sekitar 1,25 juta."
    )
    assert read(text, register) == {
        ("participants", "total", "1250000", "Kabupaten Gowa", "2018"),
    }


# -- 7. distractors -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "BPJS Ketenagakerjaan Kabupaten Gowa memiliki target tambahan 101 ribu pekerja jasa "
        "konstruksi.",
        "Di Kabupaten Gowa, sebanyak 4.000 pekerja migran ditargetkan terdaftar BPJS "
        "Ketenagakerjaan.",
        "BPJS Ketenagakerjaan Kabupaten Gowa menyiapkan 18 ribu peserta baru untuk tahun depan.",
        "BPJS Ketenagakerjaan Kabupaten Gowa mencatat total dana manfaat Rp 17,8 miliar "
        "dari anggaran program.",
        "Santunan yang dibayarkan BPJS Ketenagakerjaan Kabupaten Gowa mencapai Rp 2 miliar.",
        "Peserta BPJS Ketenagakerjaan di Kabupaten Gowa mengalami penambahan 21.025 tenaga kerja.",
        "Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Gowa bertambah 3.000 orang.",
        "Di Kabupaten Gowa, kepatuhan perusahaan sekitar 87 persen dalam mendaftarkan pekerja "
        "ke BPJS Ketenagakerjaan.",
    ],
)
def test_targets_benefits_growth_and_compliance_are_not_figures(register, text):
    assert read(text, register) == set()


def test_a_level_reached_after_growth_is_still_read(register):
    text = "Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Gowa bertambah menjadi 120 ribu."
    assert {(m, v) for m, _s, v, _r, _d in read(text, register)} == {("participants", "120000")}


def test_a_total_for_an_office_area_of_several_provinces_gets_no_region(register):
    text = (
        "Jumlah peserta BPJS Ketenagakerjaan di wilayah Sumbagut (Sumut dan Aceh) mencapai "
        "1,75 juta."
    )
    assert {(m, v, r) for m, _s, v, r, _d in read(text, register)} == {
        ("participants", "1750000", None)
    }


# -- 8. regions ---------------------------------------------------------------


def test_the_most_specific_unit_named_is_the_region(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Bangka, Provinsi Kepulauan Bangka "
        "Belitung mencapai 45 persen."
    )
    assert {r for _m, _s, _v, r, _d in read(text, register)} == {"Kabupaten Bangka"}


def test_an_exact_figure_restated_later_keeps_its_first_region(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Provinsi Bengkulu baru 24,86 persen.\n"
        "Pemerintah terus mendorong pendaftaran pekerja.\n"
        "Saat meninjau Pasar Panorama di Kota Bengkulu, gubernur menyebut cakupan kepesertaan "
        "BPJS Ketenagakerjaan baru di angka 24,86 persen."
    )
    assert {(v, r) for _m, _s, v, r, _d in read(text, register)} == {("24.86", "Bengkulu")}


def test_a_round_rate_shared_by_two_regions_stays_with_each(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Gowa 45 persen.\n"
        "Di Kabupaten Takalar, cakupan kepesertaan BPJS Ketenagakerjaan juga 45 persen."
    )
    assert {(v, r) for _m, _s, v, r, _d in read(text, register)} == {
        ("45", "Kabupaten Gowa"),
        ("45", "Kabupaten Takalar"),
    }


# -- 9. subsidised workers ----------------------------------------------------


def test_informal_workers_a_government_pays_for_are_the_vulnerable(register):
    text = (
        "Sebanyak 28 ribu pekerja informal yang didaftarkan dan dibayarkan iurannya oleh "
        "Pemkot Makassar menjadi peserta BPJS Ketenagakerjaan."
    )
    assert read(text, register) == {
        ("participants", "vulnerable", "28000", "Kota Makassar", "2025-03-10"),
    }


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        (
            "Pemkab Bantaeng mendaftarkan 4.500 pekerja informal seperti petani dan nelayan "
            "sebagai peserta BPJS Ketenagakerjaan melalui APBD.",
            "vulnerable",
        ),
        (
            "Sebanyak 4.500 pekerja informal di Kabupaten Bantaeng didaftarkan oleh Pemkab "
            "Bantaeng sebagai peserta BPJS Ketenagakerjaan.",
            "vulnerable",
        ),
        (
            "Sebanyak 4.500 pekerja informal di Kabupaten Bantaeng telah mendaftar secara "
            "mandiri sebagai peserta BPJS Ketenagakerjaan.",
            "informal",
        ),
    ],
)
def test_who_registers_and_pays_decides_vulnerable_or_informal(register, text, segment):
    assert read(text, register) == {
        ("participants", segment, "4500", "Kabupaten Bantaeng", "2025-03-10"),
    }


# -- 10. dates ----------------------------------------------------------------


def test_a_status_date_opening_a_paragraph_dates_all_its_figures(register):
    text = (
        "Per 24 September 2024, cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Gowa "
        "45 persen. Jumlah peserta 120 ribu orang, sementara pekerja informal yang terdaftar "
        "30 ribu orang."
    )
    assert {(m, seg, v, d) for m, seg, v, _r, d in read(text, register)} == {
        ("coverage_pct", "total", "45", "2024-09-24"),
        ("participants", "total", "120000", "2024-09-24"),
        ("participants", "informal", "30000", "2024-09-24"),
    }


def test_placements_take_the_year_of_the_event_the_text_dates(register):
    text = (
        "Penyerahan Paritrana Award tingkat Provinsi Jawa Tengah digelar pada 12 Desember "
        "2024 di Semarang. Kabupaten Kendal meraih juara pertama, diikuti oleh Kabupaten "
        "Batang."
    )
    assert {(v, r, d) for m, _s, v, r, d in read(text, register) if m == "award_rank"} == {
        ("1", "Kabupaten Kendal", "2024"),
        ("2", "Kabupaten Batang", "2024"),
    }


def test_the_other_places_of_an_event_share_its_year(register):
    text = (
        "Kota Banda Aceh meraih peringkat pertama Paritrana Award tingkat Provinsi Aceh 2024. "
        "Peringkat kedua diraih Kabupaten Aceh Besar, sedangkan posisi ketiga ditempati "
        "Kabupaten Pidie."
    )
    assert {(v, r, d) for m, _s, v, r, d in read(text, register) if m == "award_rank"} == {
        ("1", "Kota Banda Aceh", "2024"),
        ("2", "Kabupaten Aceh Besar", "2024"),
        ("3", "Kabupaten Pidie", "2024"),
    }


def test_the_base_of_a_change_does_not_date_the_level_reached(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Kendari meningkat 5 persen dari "
        "tahun lalu menjadi 42 persen."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "42", "Kota Kendari", "2025-03-10"),
    }


def test_the_earlier_level_a_rise_is_compared_with_is_read_with_its_year(register):
    text = (
        "Capaian UCJ Kabupaten Bone per Desember 2024 sebesar 28,4 persen, naik dibanding "
        "tahun 2023 yang sebesar 24,1 persen."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "28.4", "Kabupaten Bone", "2024-12"),
        ("coverage_pct", "total", "24.1", "Kabupaten Bone", "2023"),
    }


def test_a_rise_compared_with_last_year_is_growth_not_a_level(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Bone naik dibanding tahun lalu "
        "sebesar 5 persen."
    )
    assert read(text, register) == set()


def test_besides_that_does_not_exclude_the_group_named_after_it(register):
    text = (
        "Per 30 Juni 2024, jumlah peserta BPJS Ketenagakerjaan di Kota Palu tercatat 45.300 "
        "orang. Selain itu, cakupan pekerja rentan mencapai 12 persen."
    )
    assert read(text, register) == {
        ("participants", "total", "45300", "Kota Palu", "2024-06-30"),
        ("coverage_pct", "vulnerable", "12", "Kota Palu", "2024-06-30"),
    }
