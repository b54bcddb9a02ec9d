"""Round "precision2": the headcount a target rate stands for is no count of
people covered (the README leaves target headcounts unlabelled), however many
words join the two. Each on a text written for this test (other places, other
numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read, values

_TARGET = (
    "Target Universal Coverage Jamsostek yang ditetapkan Pemerintah Kabupaten Sigi "
    "pada 2025 adalah sebesar 47,15 persen, atau "
)


def test_the_headcount_after_a_target_rate_and_a_few_words_is_no_figure(register):
    text = _TARGET + (
        "mencakup sebanyak 61.420 pekerja yang terlindungi program BPJS "
        "Ketenagakerjaan sampai akhir tahun ini."
    )
    got = read(text, register)
    assert ("target_pct", "total", "47.15", "Kabupaten Sigi") in got
    assert "61420" not in values(got)


def test_the_headcount_said_as_equal_to_a_target_rate_is_no_figure(register):
    text = (
        "Saat ini baru 31,4 persen pekerja di Kabupaten Sigi yang terlindungi BPJS "
        "Ketenagakerjaan. Angka tersebut masih jauh dari target pemerintah tahun 2025, "
        "yaitu 44,8%, atau setara dengan tambahan perlindungan bagi 27 ribu pekerja."
    )
    got = values(read(text, register))
    assert {"31.4", "44.8"} <= got
    assert "27000" not in got


def test_the_headcount_a_level_aimed_at_needs_is_no_figure(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Kabupaten Sigi yang sudah terlindungi saat ini "
        "18.350 orang, sementara untuk menjadi 52,6 persen itu harus 29.870 pekerja."
    )
    got = values(read(text, register))
    assert "18350" in got
    assert "29870" not in got


def test_the_headcount_said_reached_after_a_target_rate_stays(register):
    # near miss: the words between say the count was reached
    text = _TARGET + "baru terlindungi sebanyak 61.420 pekerja hingga akhir Januari ini."
    got = read(text, register)
    assert ("participants", "total", "61420", "Kabupaten Sigi") in got


def test_the_headcount_after_a_coverage_rate_stays(register):
    # near miss: the rate is a coverage reached, not a target
    text = (
        "Cakupan Universal Coverage Jamsostek Kabupaten Sigi pada 2025 mencapai 47,15 "
        "persen, atau mencakup sebanyak 61.420 pekerja yang terlindungi program BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "61420", "Kabupaten Sigi") in got


def test_a_headcount_in_the_next_clause_after_a_target_rate_stays(register):
    # near miss: a sentence break between the target and the count
    text = (
        "Pemkab Sigi menetapkan target cakupan 47,15 persen pada 2025. Saat ini "
        "peserta BPJS Ketenagakerjaan di Kabupaten Sigi tercatat 61.420 pekerja."
    )
    got = read(text, register)
    assert ("participants", "total", "61420", "Kabupaten Sigi") in got
