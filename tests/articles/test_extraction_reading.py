"""The kinds of sentences real reporting uses (issue 13), each in a short text
written for this test: region lists and tables, segment names, number forms,
denominators, standings, rates above 100 %, as-of dates, targets, budgets,
regions from aliases, addresses and offices, and the distractors that must not
become figures. Full region register from fixtures/, no database."""

import datetime as dt
from decimal import Decimal

import pytest

from articles.extraction import extract_figures


def read(text, register, **kwargs):
    """(metric, segment, value as str, region name, as_of) of every figure."""
    return {
        (f.metric, f.segment, str(f.value), f.region_name, f.as_of)
        for f in extract_figures(text, register, **kwargs)
    }


def values(text, register, **kwargs):
    return {(f.metric, str(f.value)) for f in extract_figures(text, register, **kwargs)}


# -- region lists and tables ----------------------------------------------------


def test_a_quoted_list_of_regions_after_a_coverage_sentence(register):
    text = (
        "Baru sekitar 29 persen pekerja di Sumatera Utara terlindungi BPJS Ketenagakerjaan.\n"
        '"Kota Medan paling tinggi dengan 48 persen, sementara Kabupaten Nias Barat baru 4 '
        'persen," kata Deputi Direktur Wilayah Sumbagut.'
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "29", "Sumatera Utara", None),
        ("coverage_pct", "total", "48", "Kota Medan", None),
        ("coverage_pct", "total", "4", "Kabupaten Nias Barat", None),
    }


def test_a_paragraph_listing_regions_gives_each_region_its_rate(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan per Juni 2024 di Kabupaten Takalar "
        "38,5 persen, Kabupaten Maros 44,1 persen, sedangkan Kota Parepare 61 persen."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "38.5", "Kabupaten Takalar", "2024-06"),
        ("coverage_pct", "total", "44.1", "Kabupaten Maros", "2024-06"),
        ("coverage_pct", "total", "61", "Kota Parepare", "2024-06"),
    }


def test_a_markdown_table_row_is_read_per_year_column(register):
    text = (
        "Jumlah peserta BPJS Ketenagakerjaan Kota Palu\n"
        "| No | Uraian | Tahun | | |\n"
        "|---|---|---|---|---|\n"
        "| | | 2021 | 2022 | 2023 |\n"
        "| 1 | Pekerja | 40.112 | 43.950 | 47.208 |\n"
    )
    assert read(text, register) == {
        ("participants", "total", "40112", "Kota Palu", "2021"),
        ("participants", "total", "43950", "Kota Palu", "2022"),
        ("participants", "total", "47208", "Kota Palu", "2023"),
    }


def test_a_markdown_table_of_regions_is_read_by_its_column_headers(register):
    text = (
        "Capaian UCJ kabupaten/kota di Sulawesi Tengah per Mei 2025:\n"
        "| Kabupaten/Kota | Peserta | Potensi | UCJ | Perusahaan |\n"
        "|---|---|---|---|---|\n"
        "| Kota Palu | 101.300 | 190.400 | 53,20% | 2.100 |\n"
        "| Kabupaten Sigi | 20.150 | 110.870 | 18,17% | 310 |\n"
    )
    assert read(text, register) == {
        ("participants", "total", "101300", "Kota Palu", "2025-05"),
        ("workforce", "total", "190400", "Kota Palu", "2025-05"),
        ("coverage_pct", "total", "53.2", "Kota Palu", "2025-05"),
        ("participants", "total", "20150", "Kabupaten Sigi", "2025-05"),
        ("workforce", "total", "110870", "Kabupaten Sigi", "2025-05"),
        ("coverage_pct", "total", "18.17", "Kabupaten Sigi", "2025-05"),
    }


# -- segments and their names -----------------------------------------------------


@pytest.mark.parametrize(
    ("words", "segment"),
    [
        ("peserta penerima upah (PU)", "formal"),
        ("pekerja formal", "formal"),
        ("peserta bukan penerima upah", "informal"),
        ("peserta BPU", "informal"),
        ("pekerja mandiri", "informal"),
        ("pekerja jasa konstruksi (Jakon)", "construction"),
        ("pekerja migran Indonesia (PMI)", "migrant"),
        ("pekerja rentan", "vulnerable"),
    ],
)
def test_segment_names_and_their_synonyms(register, words, segment):
    text = f"Di Provinsi Jambi tercatat 12.480 {words} terdaftar di BPJS Ketenagakerjaan."
    assert read(text, register, url=None) >= {
        ("participants", segment, "12480", "Jambi", None),
    }


def test_rates_named_one_after_another_take_their_own_segment(register):
    text = (
        "Cakupan BPJS Ketenagakerjaan di Provinsi Bengkulu untuk penerima upah sebesar "
        "61,5 persen, bukan penerima upah 12,3 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "formal", "61.5", "Bengkulu", None) in got
    assert ("coverage_pct", "informal", "12.3", "Bengkulu", None) in got


def test_a_national_total_in_juta_split_by_segment(register):
    text = (
        "Secara nasional, peserta aktif BPJS Ketenagakerjaan per Mei 2024 mencapai 41,9 juta, "
        "terdiri dari 26,1 juta PU, 9,8 juta BPU dan 5,7 juta pekerja jasa konstruksi."
    )
    assert read(text, register) == {
        ("participants", "total", "41900000", "Indonesia", "2024-05"),
        ("participants", "formal", "26100000", "Indonesia", "2024-05"),
        ("participants", "informal", "9800000", "Indonesia", "2024-05"),
        ("participants", "construction", "5700000", "Indonesia", "2024-05"),
    }


def test_segment_names_before_their_numbers_in_a_list(register):
    text = (
        "BPJS Ketenagakerjaan merinci peserta aktif Provinsi Papua per Maret 2025: penerima "
        "upah 212.300, bukan penerima upah 48.120, jasa konstruksi 30.400."
    )
    assert read(text, register) == {
        ("participants", "formal", "212300", "Papua", "2025-03"),
        ("participants", "informal", "48120", "Papua", "2025-03"),
        ("participants", "construction", "30400", "Papua", "2025-03"),
    }


def test_a_total_then_its_parts_after_dari_jumlah_tersebut(register):
    text = (
        "JAKARTA - BPJS Ketenagakerjaan mencatat secara nasional hingga akhir Januari 2025 "
        "terdapat 44,1 juta peserta aktif. Dari jumlah tersebut, 27,8 juta merupakan peserta "
        "penerima upah (PU), 10,9 juta bukan penerima upah (BPU), dan 5,4 juta peserta jasa "
        "konstruksi."
    )
    assert read(text, register) == {
        ("participants", "total", "44100000", "Indonesia", "2025-01"),
        ("participants", "formal", "27800000", "Indonesia", "2025-01"),
        ("participants", "informal", "10900000", "Indonesia", "2025-01"),
        ("participants", "construction", "5400000", "Indonesia", "2025-01"),
    }


def test_a_share_paid_by_the_province_stays_in_the_regency(register):
    text = (
        "Tahun ini 15 ribu pekerja rentan di Kabupaten Paser mendapatkan jaminan BPJS "
        "Ketenagakerjaan: 10 ribu pekerjanya ditanggung oleh Pemkab Paser, sedangkan 5 ribu "
        "ditanggung Pemprov Kaltim."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "10000", "Kabupaten Paser", None) in got
    assert ("participants", "vulnerable", "5000", "Kabupaten Paser", None) in got


def test_an_amount_takes_no_year_from_the_next_clause(register):
    text = (
        "Usulan APBD 2026 Kabupaten Paser memuat iuran pekerja rentan. Anggaran yang diusulkan "
        "mencapai Rp 4 miliar, jika dibandingkan tahun sebelumnya naik, di 2025 hanya Rp 3,4 "
        "miliar."
    )
    assert read(text, register) == {
        ("budget_idr", "total", "4000000000", "Kabupaten Paser", "2026"),
        ("budget_idr", "total", "3400000000", "Kabupaten Paser", "2025"),
    }


def test_premiums_paid_from_the_budget_mark_the_vulnerable(register):
    text = (
        "Di Kabupaten Sleman, sebanyak 3.500 pengemudi ojek daring telah didaftarkan ke BPJS "
        "Ketenagakerjaan dengan iuran dari APBD."
    )
    assert read(text, register) == {
        ("participants", "vulnerable", "3500", "Kabupaten Sleman", None),
    }


def test_a_contrast_named_earlier_is_not_merged_into_the_segment(register):
    text = (
        "Berbeda dengan pekerja sektor formal, pekerja sektor informal di Provinsi Lampung "
        "yang terlindungi BPJS Ketenagakerjaan baru 4,2 persen."
    )
    assert read(text, register) == {("coverage_pct", "informal", "4.2", "Lampung", None)}


def test_a_rate_of_the_group_just_counted_takes_its_segment(register):
    text = (
        "Jumlah pekerja informal di Kota Cilegon mencapai 61.000 orang, namun yang terdaftar "
        "di BPJS Ketenagakerjaan baru 12 persen."
    )
    assert read(text, register) == {
        ("workforce", "informal", "61000", "Kota Cilegon", None),
        ("coverage_pct", "informal", "12", "Kota Cilegon", None),
    }


def test_excluded_groups_are_not_the_segment(register):
    text = (
        "Sebanyak 52.310 pekerja di luar ASN, TNI dan Polri di Kota Bitung telah menjadi "
        "peserta BPJS Ketenagakerjaan."
    )
    assert read(text, register) == {("participants", "total", "52310", "Kota Bitung", None)}


# -- numbers in every written form ----------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("673,46 ribu", "673460"),
        ("1,3 juta", "1300000"),
        ("enam juta", "6000000"),
        ("1.873.899", "1873899"),
        ("1,873,899", "1873899"),
        ("12,345", "12345"),
    ],
)
def test_counts_in_every_written_form(register, written, value):
    text = f"Jumlah peserta BPJS Ketenagakerjaan di Provinsi Riau mencapai {written} pekerja."
    assert values(text, register) == {("participants", value)}


def test_a_budget_with_a_space_after_rp_and_its_fiscal_year(register):
    text = (
        "Pemkab Sigi menyiapkan anggaran Rp 3,4 miliar dalam APBD 2025 untuk iuran "
        "BPJS Ketenagakerjaan pekerja rentan."
    )
    assert read(text, register) == {
        ("budget_idr", "total", "3400000000", "Kabupaten Sigi", "2025"),
    }


def test_a_budget_without_a_year_in_its_sentence_takes_the_apbd_year_before(register):
    text = (
        "Usulan APBD 2026 Kabupaten Sigi memuat perlindungan pekerja rentan.\n"
        "Anggaran iuran BPJS Ketenagakerjaan yang diusulkan mencapai Rp4 miliar."
    )
    assert read(text, register) == {("budget_idr", "total", "4000000000", "Kabupaten Sigi", "2026")}


# -- denominators -------------------------------------------------------------------


def test_a_count_and_its_workforce_denominator(register):
    text = (
        "Capaian kepesertaan BPJS Ketenagakerjaan di Provinsi Bali per 31 Maret 2025 "
        "tercatat 50,88 persen atau 935.079 peserta dari 1.873.899 penduduk bekerja."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "50.88", "Bali", "2025-03-31"),
        ("participants", "total", "935079", "Bali", "2025-03-31"),
        ("workforce", "total", "1873899", "Bali", "2025-03-31"),
    }


def test_a_date_at_the_end_of_the_sentence_dates_every_figure_in_it(register):
    text = (
        "Capaian UCJ Provinsi Jawa Barat sebesar 27,5% atau 6,4 juta pekerja dari total 23,3 "
        "juta angkatan kerja per Maret 2025."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "27.5", "Jawa Barat", "2025-03"),
        ("participants", "total", "6400000", "Jawa Barat", "2025-03"),
        ("workforce", "total", "23300000", "Jawa Barat", "2025-03"),
    }


def test_the_whole_named_first_then_the_covered_part(register):
    text = (
        "Dari lima juta pekerja di Provinsi Sumatera Barat, baru 1,1 juta pekerja yang "
        "terlindungi BPJS Ketenagakerjaan."
    )
    assert read(text, register) == {
        ("workforce", "total", "5000000", "Sumatera Barat", None),
        ("participants", "total", "1100000", "Sumatera Barat", None),
    }


def test_a_group_list_of_part_and_whole(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Provinsi Aceh per Mei 2025 antara lain:\n"
        "Pekerja rentan: hanya 3.120 dari 540.200\n"
        "Guru honorer: 9.870 dari 41.000 pekerja\n"
    )
    assert read(text, register) == {
        ("participants", "vulnerable", "3120", "Aceh", "2025-05"),
        ("workforce", "vulnerable", "540200", "Aceh", "2025-05"),
        ("participants", "other", "9870", "Aceh", "2025-05"),
        ("workforce", "other", "41000", "Aceh", "2025-05"),
    }


# -- standings and placements ---------------------------------------------------------


def test_standings_and_paritrana_placements(register):
    text = (
        "Pada Paritrana Award 2023, Kabupaten Bantaeng meraih peringkat kedua tingkat "
        "provinsi, sedangkan Kota Palopo menjadi terbaik pertama.\n"
        "Pada tahun 2022 Provinsi Gorontalo menjadi terbaik zona Sulawesi dalam Paritrana Award."
    )
    assert read(text, register) == {
        ("award_rank", "other", "2", "Kabupaten Bantaeng", "2023"),
        ("award_rank", "other", "1", "Kota Palopo", "2023"),
        ("award_rank", "other", "1", "Gorontalo", "2022"),
    }


def test_placements_with_the_winner_named_after_and_the_edition_year(register):
    text = (
        "Kabupaten Luwu Utara meraih Juara I Paritrana Award 2024 kategori kabupaten di "
        "Sulawesi Selatan.\nPosisi kedua ditempati Kabupaten Bone, dan juara ketiga "
        "Kabupaten Wajo."
    )
    assert read(text, register) == {
        ("award_rank", "other", "1", "Kabupaten Luwu Utara", "2024"),
        ("award_rank", "other", "2", "Kabupaten Bone", "2024"),
        ("award_rank", "other", "3", "Kabupaten Wajo", "2024"),
    }


def test_standings_by_position_and_roman_numeral(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan terus naik.\nKabupaten Purwakarta berada di "
        "urutan ke-5 dari 27 kabupaten/kota. Kabupaten Bandung meraih predikat terbaik II "
        "Paritrana Award 2024 tingkat nasional."
    )
    assert read(text, register) == {
        ("award_rank", "other", "5", "Kabupaten Purwakarta", None),
        ("award_rank", "other", "2", "Kabupaten Bandung", "2024"),
    }


def test_the_highest_coverage_in_a_province_is_a_first_place(register):
    text = "Kabupaten Mimika memiliki cakupan kepesertaan tertinggi di Papua Tengah, 48,2 persen."
    got = read(text, register)
    assert ("award_rank", "other", "1", "Kabupaten Mimika", None) in got
    assert ("coverage_pct", "total", "48.2", "Kabupaten Mimika", None) in got


# -- rates above 100 %, as-of dates, targets ---------------------------------------------


def test_a_rate_above_100_percent_is_recorded_as_published(register):
    text = "Cakupan BPJS Ketenagakerjaan Kota Batam mencapai 104,5 persen dari potensi pekerja."
    assert values(text, register) == {("coverage_pct", "104.5")}


@pytest.mark.parametrize(
    ("phrase", "as_of"),
    [
        ("per 31 Maret 2025", "2025-03-31"),
        ("hingga Desember 2024", "2024-12"),
        ("hingga akhir tahun 2023", "2023"),
    ],
)
def test_the_figures_own_date_not_the_articles(register, phrase, as_of):
    text = (
        f"Kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi {phrase} mencapai 412.300 pekerja, "
        "kata kepala kantor, Senin (7/7/2025)."
    )
    assert read(text, register) == {("participants", "total", "412300", "Jambi", as_of)}


def test_a_rise_from_one_level_to_another_gives_both_with_their_years(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Provinsi Bengkulu naik dari 30,2 persen "
        "pada 2023 menjadi 35,6 persen pada 2024."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "30.2", "Bengkulu", "2023"),
        ("coverage_pct", "total", "35.6", "Bengkulu", "2024"),
    }


def test_an_undated_breakdown_shares_the_date_of_the_total_before_it(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Kota Ambon hingga Agustus 2021 sebanyak 30.400 orang.\n"
        "Kepala cabang merinci 21.000 pekerja penerima upah dan 9.400 "
        "peserta bukan penerima upah."
    )
    got = read(text, register)
    assert ("participants", "formal", "21000", "Kota Ambon", "2021-08") in got
    assert ("participants", "informal", "9400", "Kota Ambon", "2021-08") in got


def test_targets_take_their_deadlines(register):
    text = (
        "Pemprov Kalimantan Tengah menargetkan cakupan BPJS Ketenagakerjaan 55 persen pada "
        "2025, lalu meningkat menjadi 62 persen di 2026. Tahun 2027 bisa mencapai 70 persen."
    )
    assert read(text, register, published=dt.date(2024, 11, 4)) == {
        ("target_pct", "total", "55", "Kalimantan Tengah", "2025"),
        ("target_pct", "total", "62", "Kalimantan Tengah", "2026"),
        ("target_pct", "total", "70", "Kalimantan Tengah", "2027"),
    }


def test_a_level_in_a_year_still_to_come_is_a_target(register):
    text = (
        "Saat ini kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi 35 persen, sehingga di "
        "tahun 2026 itu sudah 72 persen."
    )
    got = read(text, register, published=dt.date(2024, 5, 2))
    assert ("coverage_pct", "total", "35", "Jambi", "2024-05-02") in got
    assert ("target_pct", "total", "72", "Jambi", "2026") in got


def test_a_target_for_the_rate_named_in_the_sentence_before(register):
    text = (
        "Coverage kepesertaan BPJamsostek di Kota Madiun pada tahun 2021 mencapai 52,39%. "
        "Angka ini lebih tinggi dibanding Kabupaten Madiun yang hanya 23,1%. Wali kota "
        "mengatakan pada tahun 2022 pihaknya menargetkan angka tersebut naik hingga 60%. "
        "Namun angka itu masih jauh dari angka 100 persen."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "52.39", "Kota Madiun", "2021"),
        ("coverage_pct", "total", "23.1", "Kabupaten Madiun", "2021"),
        ("target_pct", "total", "60", "Kota Madiun", "2022"),
    }


def test_a_hope_is_not_a_count(register):
    text = (
        "Kepala cabang berharap tahun ini Pemkab Sleman mengalokasikan anggaran untuk "
        "mendaftarkan 25.000 pekerja rentan sebagai peserta BPJS Ketenagakerjaan."
    )
    assert values(text, register) == set()


def test_a_target_rate_restated_as_people_gives_no_participants(register):
    text = (
        "Pemprov Maluku Utara menargetkan cakupan BPJS Ketenagakerjaan 60 persen atau setara "
        "301.000 pekerja pada 2026."
    )
    assert values(text, register) == {("target_pct", "60")}


# -- regions: aliases, addresses, offices, datelines, the nation ----------------------------


@pytest.mark.parametrize("name", ["Pemkab Gowa", "Kab. Gowa", "Kabupaten Gowa"])
def test_region_aliases_and_forms(register, name):
    text = f"{name} mencatat 51.200 pekerja terdaftar sebagai peserta BPJS Ketenagakerjaan."
    assert read(text, register) == {("participants", "total", "51200", "Kabupaten Gowa", None)}


def test_a_region_named_only_in_the_address(register):
    text = "| No | Kepesertaan | 2024 | 2025 |\n| 1 | Pekerja | 10.500 | 11.020 |\n"
    got = read(text, register, url="https://satudata.palukota.go.id/data/kepesertaan")
    assert got == {
        ("participants", "total", "10500", "Kota Palu", "2024"),
        ("participants", "total", "11020", "Kota Palu", "2025"),
    }
    slug = "https://example.news/2024/05/peserta-bpjamsostek-di-kendari-naik/"
    text = "Peserta BPJS Ketenagakerjaan tercatat 49.100 orang."
    assert read(text, register, url=slug) == {
        # the address names the month, not its first day
        ("participants", "total", "49100", "Kota Kendari", "2024-05"),
    }


def test_a_region_named_only_later_in_the_paragraph_is_not_the_earlier_figures(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Provinsi Gorontalo tumbuh pesat.\n"
        "Meski demikian, cakupan secara keseluruhan baru 38 persen. Kabupaten Pohuwato "
        "tercatat paling rendah, 21 persen."
    )
    assert read(text, register) == {
        ("coverage_pct", "total", "38", "Gorontalo", None),
        ("coverage_pct", "total", "21", "Kabupaten Pohuwato", None),
    }


def test_a_dateline_city_is_never_the_region_by_itself(register):
    text = "MAKASSAR – Kepesertaan BPJS Ketenagakerjaan tercatat 47 persen."
    assert read(text, register) == {("coverage_pct", "total", "47", None, None)}


def test_the_nation(register):
    text = "JAKARTA – Secara nasional, cakupan kepesertaan BPJS Ketenagakerjaan baru 38 persen."
    assert read(text, register) == {("coverage_pct", "total", "38", "Indonesia", None)}


def test_a_branch_office_covering_two_regions_gets_no_region(register):
    text = (
        "Di Provinsi Banten, BPJS Ketenagakerjaan Cabang Serang yang meliputi Kabupaten dan "
        "Kota Serang mencatat 238.000 peserta aktif."
    )
    assert read(text, register) == {("participants", "total", "238000", None, None)}


def test_a_branch_naming_a_city_and_regency_of_one_name_gets_no_region(register):
    text = (
        "BPJS Ketenagakerjaan Cabang Sukabumi mencatat 120 ribu peserta aktif di Kota dan "
        "Kabupaten Sukabumi."
    )
    assert read(text, register) == {("participants", "total", "120000", None, None)}


def test_a_kanwil_area_total_gets_no_region(register):
    text = "Kanwil BPJS Ketenagakerjaan mencatat 1,2 juta peserta aktif di wilayah Sulawesi Maluku."
    assert read(text, register) == {("participants", "total", "1200000", None, None)}


def test_an_office_venue_and_a_paying_government_are_not_the_region(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Sulawesi Tenggara mengatakan di Kendari, Rabu, peserta "
        "aktif di Kabupaten Kolaka mencapai 31.500 orang.\n"
        "Sebanyak 4.200 pekerja rentan di Kabupaten Kolaka iurannya ditanggung oleh "
        "Pemprov Sulawesi Tenggara."
    )
    assert read(text, register) == {
        ("participants", "total", "31500", "Kabupaten Kolaka", None),
        ("participants", "vulnerable", "4200", "Kabupaten Kolaka", None),
    }


# -- distractors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Masih ada 55 persen tenaga kerja di Provinsi Jambi yang belum terlindungi BPJS "
        "Ketenagakerjaan.",
        "Masih terdapat 267.790 tenaga kerja di Provinsi Jambi yang belum terdaftar sebagai "
        "peserta BPJS Ketenagakerjaan.",
        "BPJS Ketenagakerjaan Jambi telah membayarkan klaim sebesar Rp188 miliar.",
        "BPJS Ketenagakerjaan membayarkan klaim Rp 3,2 triliun kepada 412.000 peserta di "
        "Provinsi Jambi.",
        "Kenaikan peserta BPJS Ketenagakerjaan di Provinsi Jambi sebesar 41,95 persen.",
        "Iuran BPJS Ketenagakerjaan pekerja rentan di Provinsi Jambi Rp16.800 per bulan.",
        "Peserta BPJS Ketenagakerjaan di Provinsi Jambi terdaftar dari 2.288 perusahaan.",
        "Cakupan BPJS Ketenagakerjaan di kabupaten lain di Provinsi Jambi 30 hingga 40 persen.",
        "Provinsi Jambi berpenduduk 3,7 juta jiwa dan kepesertaan BPJS Ketenagakerjaan naik.",
        "Pemprov Jambi berencana mendaftarkan 10 ribu pekerja rentan ke BPJS Ketenagakerjaan.",
        "Sepanjang 2024 BPJS Ketenagakerjaan Jambi membayarkan klaim JHT kepada 38.400 peserta.",
        "Peserta PMI terbanyak di Taiwan 36,55 persen, Malaysia 29,73 persen dan Jepang 4,2 "
        "persen dari peserta BPJS Ketenagakerjaan.",
        "Tingkat kepatuhan perusahaan di Provinsi Jambi terhadap BPJS Ketenagakerjaan mencapai "
        "85 persen.",
        "Sebanyak 80 persen peserta BPJS Ketenagakerjaan di Provinsi Jambi adalah pekerja formal.",
        "Pemda di Provinsi Jambi wajib mengalokasikan 2 persen dari APBD untuk iuran BPJS "
        "Ketenagakerjaan pekerja rentan.",
        "Kepesertaan JKN di Provinsi Jambi sudah 96 persen.",
        "Realisasi kepesertaan BPJS Ketenagakerjaan Provinsi Jambi mencapai 102 persen dari "
        "target.",
        "BPJS Ketenagakerjaan Jambi mencatat 1.200 kasus kecelakaan kerja yang menimpa 1.300 "
        "pekerja peserta.",
        "BPJS Ketenagakerjaan memberikan pelatihan kepada 200 pekerja di Provinsi Jambi.",
    ],
)
def test_distractors_are_not_figures(register, sentence):
    assert values(sentence, register) == set()


# -- every proposal explains itself ---------------------------------------------------------


def test_every_figure_names_its_rule_and_confidence(register):
    text = (
        "Cakupan BPJS Ketenagakerjaan di Provinsi Bali per 31 Maret 2025 tercatat 50,88 persen "
        "atau 935.079 peserta dari 1.873.899 penduduk bekerja. Pemprov menargetkan 67,28 persen "
        "pada 2025 dan menyiapkan anggaran Rp2 miliar dalam APBD 2025."
    )
    figures = extract_figures(text, register)
    assert len(figures) == 5
    for figure in figures:
        kind, metric, rule = figure.pattern.split(".")
        assert metric == figure.metric
        assert kind
        assert rule
        assert 0 < figure.confidence <= 1
    by_metric = {f.metric: f for f in figures}
    assert by_metric["participants"].pattern == "count.participants.restates_rate"
    assert by_metric["workforce"].pattern == "count.workforce.dari_after_part"
    assert by_metric["target_pct"].pattern == "pct.target_pct.target_word"
    # a region guessed from nowhere lowers the confidence
    bare = extract_figures("Kepesertaan BPJS Ketenagakerjaan tercatat 47 persen.", register)
    assert bare[0].region_code is None
    assert bare[0].confidence < by_metric["coverage_pct"].confidence
    assert isinstance(bare[0].value, Decimal)
