"""Round "dates2": kinds of wrong as-of dates that recur across the tuned sets,
each on a text written for this test (other places, other numbers, other
words). Full register from fixtures/, no database."""

from tests.articles.readings import dated

# -- a target with no deadline, told on a day the dateline gives ---------------


def test_a_target_with_no_deadline_is_for_the_year_it_was_told(register):
    text = (
        "Padang, Rabu (11/6/2025) - Pemerintah Kabupaten Agam terus mendorong "
        "perlindungan bagi pekerja.\n"
        "Kepala dinas menyebut cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Agam "
        "ditargetkan sebesar 47 persen."
    )
    got = dated(text, register)
    assert ("target_pct", "total", "47", "Kabupaten Agam", "2025") in got


def test_a_target_beside_a_rate_of_a_day_its_sentence_names_keeps_that_day(register):
    text = (
        "Bengkalis - Dalam rapat evaluasi di kantor bupati, Kamis (12/6/2025), "
        "disebutkan cakupan kepesertaan di Kabupaten Bengkalis baru 31,5 persen "
        "dari target 46 persen."
    )
    got = dated(text, register)
    assert ("target_pct", "total", "46", "Kabupaten Bengkalis", "2025-06-12") in got


# -- "Sepanjang tahun 2026, ...": the year the figures after it are of ---------


def test_a_year_the_story_is_throughout_dates_the_undated_count_after_it(register):
    text = (
        "PANDEGLANG - Pemerintah Kabupaten Pandeglang memperluas jaring pengaman sosial.\n"
        "Sepanjang tahun 2026, Pemkab menjamin ribuan warga miskin lewat program "
        "jaminan sosial ketenagakerjaan.\n"
        "Sebanyak 2.150 pekerja rentan di Kabupaten Pandeglang resmi masuk skema "
        "perlindungan BPJS Ketenagakerjaan.\n"
        '"Kami ingin mereka tenang bekerja," ujar kepala dinas, Selasa (13/1/2026).'
    )
    got = dated(text, register)
    assert ("participants", "vulnerable", "2150", "Kabupaten Pandeglang", "2026") in got


# -- a sentence whose only date is another figure's ----------------------------


def test_a_level_whose_sentence_dates_only_a_later_aim_takes_the_status_date_before(
    register,
):
    text = (
        "Jambi, Rabu (15/1/2025) - BPJS Ketenagakerjaan mencatat kepesertaan aktif di "
        "Provinsi Jambi hingga Desember 2024 sebanyak 301.200 peserta.\n"
        "Dengan begitu cakupan kepesertaan di Provinsi Jambi baru mencapai 38,5 persen, "
        "sehingga perlu upaya bersama di tahun 2025."
    )
    got = dated(text, register)
    assert ("coverage_pct", "total", "38.5", "Jambi", "2024-12") in got


def test_a_count_whose_sentence_dates_only_its_base_takes_the_year_before(register):
    text = (
        "Sanggau - Pemerintah Kabupaten Sanggau memaparkan capaiannya, Kamis (10/7/2025).\n"
        "Sepanjang tahun 2024, Kabupaten Sanggau mencatat kenaikan kepesertaan.\n"
        "Jumlah pekerja penerima upah yang terdaftar di Kabupaten Sanggau mencapai "
        "61.250 tenaga kerja, naik dari 58.900 pada tahun 2023."
    )
    got = dated(text, register)
    assert ("participants", "formal", "61250", "Kabupaten Sanggau", "2024") in got


# -- a statistics survey's date is the workforce's -----------------------------


def test_a_survey_month_is_not_the_date_of_an_undated_story(register):
    text = (
        "Kepala kantor wilayah BPJS Ketenagakerjaan menyebutkan hingga saat ini "
        "kepesertaan di Kalimantan Tengah capai 402.310 pekerja atau 31,2 persen dari "
        "total pekerja.\n"
        '"Berdasarkan data Sakernas Agustus 2024, pekerja di Kalimantan Tengah total '
        '1.289.455 orang," ujarnya di Palangka Raya, Selasa.'
    )
    got = dated(text, register)
    assert ("participants", "total", "402310", "Kalimantan Tengah", "2024") in got
    assert ("coverage_pct", "total", "31.2", "Kalimantan Tengah", "2024") in got
    assert ("workforce", "total", "1289455", "Kalimantan Tengah", "2024-08") in got


def test_a_survey_year_after_a_rate_belongs_to_its_denominator(register):
    text = (
        "Mataram, Senin (4/12/2023) - BPJS Ketenagakerjaan memaparkan capaiannya.\n"
        "Jumlah peserta bukan penerima upah di Nusa Tenggara Barat baru mencapai 187.400 pekerja atau sekitar 14,2 persen dari "
        "total pekerja informal yang tercatat di BPS pada 2022 sebanyak 1.319.700 orang."
    )
    got = dated(text, register)
    assert ("participants", "informal", "187400", "Nusa Tenggara Barat", "2023-12-04") in got
    assert ("coverage_pct", "informal", "14.2", "Nusa Tenggara Barat", "2023-12-04") in got


def test_a_workforce_in_detail_takes_the_survey_month_of_the_sentence_before(register):
    text = (
        "Jakarta, Selasa (4/10/2022) - BPJS Ketenagakerjaan mendorong perlindungan "
        "pekerja informal.\n"
        "Merujuk data Badan Pusat Statistik (BPS) bertajuk Keadaan Ketenagakerjaan "
        "Indonesia Agustus 2022, porsi pekerja informal naik 0,4 persen poin "
        "dibandingkan Agustus 2021.\n"
        "Secara rinci, penduduk yang bekerja pada kegiatan informal sebanyak 80,24 juta "
        "orang."
    )
    got = dated(text, register)
    assert ("workforce", "informal", "80240000", "Indonesia", "2022-08") in got


# -- the year the story's day is in, named in the sentence before --------------


def test_the_year_of_the_story_day_carries_nothing_finer_than_that_day(register):
    text = (
        "Cibinong, Senin (8/12/2025) - Pemkab Bogor menyiapkan iuran jaminan sosial "
        "selama enam bulan pada tahun 2025 sebesar Rp3,1 miliar.\n"
        "Anggaran itu untuk melindungi 41.500 pekerja rentan di Kabupaten Bogor."
    )
    got = dated(text, register)
    assert ("participants", "vulnerable", "41500", "Kabupaten Bogor", "2025-12-08") in got
