"""Round "probe": general forms found by reading paragraphs written for the
round (``probe_texts.py``), each fix with a case and a near miss on other
invented sentences, then a varied sample of the paragraphs the extractor
reads fully right, kept as regression cases. Full register from fixtures/,
no database."""

import pytest

from tests.articles.probe_texts import PROBES
from tests.articles.readings import read

TOPIC = "Kepesertaan BPJS Ketenagakerjaan terus didorong pemerintah daerah. "

# -- a standing said of the rate just stated -----------------------------------


def test_highest_right_after_a_coverage_percent_is_first_place(register):
    text = (
        "LAMONGAN - Coverage kepesertaan BPJS Ketenagakerjaan Kabupaten Lamongan mencapai "
        "57,3 persen hingga November 2024, menjadikannya yang tertinggi di provinsi itu."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "57.3", "Kabupaten Lamongan") in got
    assert ("award_rank", "other", "1", "Kabupaten Lamongan") in got


def test_highest_after_a_percent_of_growth_is_no_place(register):
    # near miss: the percent before "tertinggi" is a rise, not the coverage
    text = (
        "LAMONGAN - Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Lamongan tahun ini "
        "meningkat 9 persen, tertinggi di Jatim."
    )
    got = read(text, register)
    assert not any(metric == "award_rank" for metric, *_rest in got)


def test_ordinal_place_qualified_by_highest_is_that_place_only(register):
    text = (
        TOPIC + "Kota Lubuklinggau berada di urutan ketiga capaian tertinggi se-Sumsel, "
        "dengan 44,2 persen."
    )
    got = read(text, register)
    assert ("award_rank", "other", "3", "Kota Lubuk Linggau") in got
    assert ("award_rank", "other", "1", "Kota Lubuk Linggau") not in got


def test_bare_highest_in_scope_stays_first_place(register):
    # near miss: no ordinal before the superlative
    text = TOPIC + "Kota Lubuklinggau mencatat capaian tertinggi se-Sumsel, dengan 44,2 persen."
    got = read(text, register)
    assert ("award_rank", "other", "1", "Kota Lubuk Linggau") in got


# -- employers with a qualifier before their count ---------------------------


def test_member_employers_are_no_workers(register):
    text = (
        "CIMAHI - Peserta BPJS Ketenagakerjaan di Kota Cimahi mencapai 154.800 pekerja. Adapun "
        "jumlah badan usaha peserta sebanyak 7.310."
    )
    got = read(text, register)
    assert ("participants", "total", "154800", "Kota Cimahi") in got
    assert "7310" not in {value for _m, _s, value, _r in got}


def test_workers_of_member_employers_stay_workers(register):
    # near miss: the people who work for those employers
    text = (
        "CIMAHI - Kepesertaan BPJS Ketenagakerjaan di Kota Cimahi terus naik. Karyawan "
        "perusahaan peserta tercatat 7.310 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "7310", "Kota Cimahi") in got


# -- a target headcount restated as the coverage it makes ----------------------


def test_target_headcount_or_coverage_is_the_target(register):
    text = (
        TOPIC + "Pemkab Jombang menargetkan 60 ribu pekerja terlindungi atau cakupan 52 persen "
        "dalam dua tahun."
    )
    got = read(text, register)
    assert ("target_pct", "total", "52", "Kabupaten Jombang") in got
    assert ("coverage_pct", "total", "52", "Kabupaten Jombang") not in got


def test_count_or_coverage_reached_is_the_coverage(register):
    # near miss: no target word, the level reached
    text = (
        TOPIC + "Saat ini di Kabupaten Jombang tercatat 60 ribu pekerja terdaftar atau cakupan "
        "52 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "52", "Kabupaten Jombang") in got
    assert ("target_pct", "total", "52", "Kabupaten Jombang") not in got


# -- the programme's figure of the place right after its name ------------------


def test_place_after_the_programme_name_is_the_figures(register):
    text = (
        "Coverage BPJS Ketenagakerjaan Kota Magelang 64,8 persen, lebih tinggi dari Kabupaten "
        "Magelang yang baru 30,2 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "64.8", "Kota Magelang") in got
    assert ("coverage_pct", "total", "30.2", "Kabupaten Magelang") in got
    assert ("coverage_pct", "total", "64.8", "Kabupaten Magelang") not in got


def test_an_office_of_the_programme_stays_an_office(register):
    # near miss: the head of the office speaks about another place
    text = (
        "Kepala BPJS Ketenagakerjaan Kota Magelang mengatakan peserta di Kabupaten Temanggung "
        "sebanyak 58.300 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "58300", "Kabupaten Temanggung") in got
    assert not any(region == "Kota Magelang" for *_rest, region in got)


# -- the working population with no verb before its count ---------------------


def test_working_population_count_is_the_workforce(register):
    text = TOPIC + "Jumlah penduduk bekerja di Kota Batu 102.500 orang."
    got = read(text, register)
    assert ("workforce", "total", "102500", "Kota Batu") in got


def test_population_count_is_not_the_workforce(register):
    # near miss: the whole population
    text = TOPIC + "Jumlah penduduk di Kota Batu 215.000 orang."
    got = read(text, register)
    assert "215000" not in {value for _m, _s, value, _r in got}


# -- paragraphs read fully right (regression), a varied sample -----------------

# (1-based numbers of ``PROBES``: provinces and their short names, Pemkab/Pemkot/
# Pemprov, Kab., lists, segment lists, denominators, targets, budgets, Paritrana,
# national figures, and the distractors)
_KEPT = (
    1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 19, 21, 25, 26, 28, 29, 31, 34,
    38, 42, 43, 45, 48, 51, 56, 58, 59, 65, 70, 71, 79, 87, 89, 94, 96, 101, 109, 116,
    120, 132, 147, 148,
)  # fmt: skip


@pytest.mark.parametrize("number", _KEPT)
def test_probe_paragraph_read_fully(register, number):
    text, expected = PROBES[number - 1]
    assert read(text, register) == expected
