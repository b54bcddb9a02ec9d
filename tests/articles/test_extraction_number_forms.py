"""Round "forms": numbers as real news writes them, slips included, each read
as the writer meant, on a text written for this test (other places, other
numbers, other words); and near misses that stay no number. Full register
from fixtures/, no database."""

import random

from articles.extraction import RegionEntry, RegionIndex
from articles.extraction.article import _Article
from articles.extraction.assemble import _Extractor
from articles.extraction.numbers import _GLUED_NUMBER_RE
from tests.articles.readings import read, values

NATION = RegionIndex([RegionEntry("ID", "Indonesia", "nation")])

# -- digits glued to the word before them --------------------------------------


def test_a_count_glued_to_the_word_before_it_is_read(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Kabupaten Klaten tercatat sebanyak 8.120 orang "
        "untuk segmen Bukan Penerima Upah dan24.615orang untuk segmen Penerima Upah."
    )
    got = read(text, register)
    assert ("participants", "formal", "24615", "Kabupaten Klaten") in got


def test_a_code_of_letters_and_digits_is_no_count(register):
    # near miss: no thousands dot after the letters ("covid19", "rt05", "kab2024")
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Klaten naik setelah pandemi covid19 "
        "menurut surat nomor kab2024 tentang pendataan pekerja."
    )
    assert not {"19", "2024"} & values(read(text, register))


# -- a comma slipped in for the last thousands dot --------------------------


def test_a_count_of_people_with_a_comma_for_the_last_dot_is_whole(register):
    text = (
        "Jumlah penduduk yang bekerja di Provinsi Bengkulu mencapai 1.046,318 orang dan yang "
        "sudah terlindungi BPJS Ketenagakerjaan baru 312.004 orang."
    )
    got = read(text, register)
    assert "1046318" in values(got)
    assert "1046.318" not in values(got)


def test_a_percent_with_a_thousands_dot_is_no_count(register):
    # near miss: no person after it, so the fraction stands as written
    text = (
        "Anggaran BPJS Ketenagakerjaan Kabupaten Klaten sebesar Rp 1.046,318 juta untuk "
        "pekerja rentan."
    )
    assert "1046318" not in values(read(text, register))


# -- a decimal comma followed by a stray space, before "persen" ---------------


def test_a_percent_with_a_space_after_its_decimal_comma_is_read(register):
    text = (
        "Target cakupan kepesertaan BPJS Ketenagakerjaan Provinsi Bengkulu yang ditetapkan "
        "oleh pemerintah tahun ini diangka 41, 27 persen."
    )
    got = read(text, register)
    assert ("target_pct", "total", "41.27", "Bengkulu") in got


def test_a_year_before_a_comma_and_a_percent_is_no_decimal(register):
    # near miss: four digits before the comma ("Pada 2023, 58 persen")
    text = (
        "Pada tahun 2023, 46 persen pekerja di Kabupaten Klaten sudah terlindungi BPJS "
        "Ketenagakerjaan."
    )
    got = values(read(text, register))
    assert not {"2023.46", "23.46"} & got


def test_a_list_of_single_digits_before_a_percent_is_no_decimal(register):
    # near miss: one digit after the comma, a list ("naik 3, 4 persen")
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Klaten naik 3, 4 persen "
        "setiap tahun."
    )
    assert "3.4" not in values(read(text, register))


# -- a round thousand followed by "ribu" again ----------------------------------


def test_a_round_thousand_written_twice_is_the_thousand(register):
    text = (
        "Di Kota Bogor, sebanyak 41.200 pekerja sudah menjadi peserta. Sementara itu "
        "24.000 ribu pekerja rentan juga telah didaftarkan oleh Pemerintah Kota Bogor "
        "dalam program BPJS Ketenagakerjaan."
    )
    got = values(read(text, register))
    assert "24000" in got
    assert "24000000" not in got


def test_thousands_written_once_stay_thousands(register):
    # near miss: no thousands dot before "ribu"
    text = (
        "Di Kota Bogor, sebanyak 24 ribu pekerja rentan telah didaftarkan oleh Pemerintah "
        "Kota Bogor dalam program BPJS Ketenagakerjaan."
    )
    assert "24000" in values(read(text, register))


# -- "persen" mistyped or cut off -------------------------------------------


def test_a_percent_cut_off_at_the_paragraphs_end_is_a_percent(register):
    text = (
        "Menurutnya, cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Klaten baru "
        "sekitar 21,3 persen, di Kota Madiun sekitar 57,8 pers\n\n"
        "Pemerintah daerah diminta menambah anggaran."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "57.8", "Kota Madiun") in got


def test_the_press_after_a_number_inside_a_sentence_is_no_percent(register):
    # near miss: "pers" (the press) inside a sentence
    text = (
        "Kepala BPJS Ketenagakerjaan Kabupaten Klaten mengundang 12 pers lokal untuk "
        "meliput peluncuran program perlindungan pekerja rentan."
    )
    got = read(text, register)
    assert not any(metric in ("coverage_pct", "target_pct") for metric, *_ in got)


def test_a_mistyped_percent_is_a_percent(register):
    text = "Kepesertaan BPJS Ketenagakerjaan Ketua RT di Kota Madiun Capai 100 Psersen"
    got = read(text, register)
    assert ("coverage_pct", "other", "100", "Kota Madiun") in got


# -- found at their words as by searching the whole text ----------------------


def test_glued_numbers_found_at_their_words_as_by_searching():
    pieces = (
        "dan", "Rp", "rp", "IDR", "ab", "x1", "_", "\u0663", "12", "1.234", ".567", ",",
        " ", "-", "/", "orang", "a", "\n", "\u0131", "b2",
    )  # fmt: skip
    rng = random.Random(21)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(6000)]
    found = 0
    for text in texts:
        if not text.strip():
            continue
        extractor = _Extractor(_Article(text, NATION, None))
        plain = [m.span() for m in _GLUED_NUMBER_RE.finditer(text)]
        found += bool(plain)
        assert [m.span() for m in extractor._glued_numbers()] == plain, text
    assert found > 100  # the pieces do glue numbers to words


def test_a_telephone_glued_to_its_label_is_no_number():
    # near miss: a leading zero ("hp081.234.567"); the count beside it is read
    text = "Hubungi petugas di hp081.234.567 untuk mendaftarkan dan12.450orang pekerja."
    extractor = _Extractor(_Article(text, NATION, None))
    assert [m.group("num") for m in extractor._glued_numbers()] == ["12.450"]
