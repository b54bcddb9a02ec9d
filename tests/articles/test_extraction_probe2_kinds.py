"""Round "probe2": general forms found by reading regency- and city-level
paragraphs written for the round (``probe2_texts.py``), each fix with a case
and a near miss on other invented sentences, then a varied sample of the
paragraphs the extractor reads fully right, kept as regression cases. Full
register from fixtures/, no database."""

import pytest

from tests.articles.probe2_texts import PROBES2
from tests.articles.readings import read, values

# -- an amount right after a named fund that pays premiums ----------------------


def test_amount_after_a_fund_paying_premiums_is_a_budget(register):
    text = (
        "LAMONGAN - Iuran BPJS Ketenagakerjaan 5.200 buruh tani di Kabupaten Lamongan "
        "ditanggung lewat DBHCHT sebesar Rp 1,05 miliar."
    )
    got = read(text, register)
    assert ("budget_idr", "total", "1050000000", "Kabupaten Lamongan") in got


def test_zakat_amount_paying_premiums_is_a_budget(register):
    text = (
        "BPJS Ketenagakerjaan mencatat Baznas Kota Dumai menyalurkan zakat Rp 410 juta untuk "
        "iuran 2.000 nelayan."
    )
    got = read(text, register)
    assert ("budget_idr", "total", "410000000", "Kota Dumai") in got


def test_whole_fund_a_regency_receives_is_no_budget(register):
    # near miss: the fund's whole envelope, no premium in the sentence
    text = (
        "LAMONGAN - Kabupaten Lamongan menerima DBHCHT sebesar Rp 120 miliar tahun ini. "
        "Sebagian dipakai untuk perlindungan BPJS Ketenagakerjaan."
    )
    assert "120000000000" not in values(read(text, register))


# -- the level now beside a target ------------------------------------------


def test_level_a_target_rises_from_is_coverage(register):
    text = (
        "BAUBAU - Pemkot Baubau menargetkan cakupan BPJS Ketenagakerjaan 60 persen pada 2027, "
        "meningkat dari 41,6 persen."
    )
    got = read(text, register)
    assert ("target_pct", "total", "60", "Kota Bau Bau") in got
    assert ("coverage_pct", "total", "41.6", "Kota Bau Bau") in got


def test_percent_said_of_the_present_after_a_target_is_coverage(register):
    text = (
        "BAUBAU - Pemkot Baubau menargetkan cakupan BPJS Ketenagakerjaan 60 persen pada 2027, "
        "dari 41,6 persen sekarang."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "41.6", "Kota Bau Bau") in got


def test_target_a_target_rises_from_stays_a_target(register):
    # near miss: "naik dari target N persen"
    text = (
        "BAUBAU - Pemkot Baubau menaikkan target cakupan BPJS Ketenagakerjaan, naik dari target "
        "55 persen menjadi 60 persen pada 2027."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "55", "Kota Bau Bau") not in got


# -- paragraphs read fully right (regression), a varied sample -----------------

# (1-based numbers of ``PROBES2``: Pemkab/Pemkot programmes paid from APBD,
# APBDes, DBHCHT, zakat and CSR; branch figures with splits and denominators;
# Paritrana placements; Bupati targets; a province or the nation quoted; lists;
# and the distractors)
_KEPT = (
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25,
    26, 27, 28, 29, 30, 31, 32, 33, 34, 36, 38, 41, 43, 45, 47, 49, 51, 53, 54, 55, 58,
    60, 62, 64, 66, 70, 72, 75, 77, 79, 81, 83, 85, 88, 90,
)  # fmt: skip


@pytest.mark.parametrize("number", _KEPT)
def test_probe2_paragraph_read_fully(register, number):
    text, expected = PROBES2[number - 1]
    assert read(text, register) == expected
