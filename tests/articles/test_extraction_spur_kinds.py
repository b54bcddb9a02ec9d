"""Pooled round "spur": figures no labeller takes (spurious proposals), kinds
that recur across at least three real-news sets, each on a text written for
this test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read, values

# -- a standing that names no single place --------------------------------------


def _ranks(got):
    return {value for metric, _segment, value, _region in got if metric == "award_rank"}


def test_one_of_the_highest_is_no_first_place(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan Kabupaten Sigi kini 41,2 persen, "
        "menjadikannya salah satu kabupaten dengan cakupan tertinggi di Sulawesi Tengah."
    )
    assert _ranks(read(text, register)) == set()
    text = (
        "Dalam kepesertaan BPJS Ketenagakerjaan, Kabupaten Sigi termasuk daerah dengan "
        "cakupan tertinggi nasional."
    )
    assert _ranks(read(text, register)) == set()


def test_the_highest_said_of_one_region_stays_first(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan Kabupaten Sigi kini 41,2 persen, "
        "menjadikannya kabupaten dengan cakupan tertinggi di Sulawesi Tengah."
    )
    assert _ranks(read(text, register)) == {"1"}


def test_a_span_or_a_choice_of_places_is_no_standing(register):
    for words in ("peringkat 4 hingga 8", "peringkat 11 atau 12"):
        text = (
            f"Untuk cakupan kepesertaan BPJS Ketenagakerjaan, Kabupaten Sigi berada di "
            f"{words} di Sulawesi Tengah."
        )
        assert _ranks(read(text, register)) == set(), words


def test_a_single_place_stays(register):
    text = (
        "Untuk cakupan kepesertaan BPJS Ketenagakerjaan, Kabupaten Sigi berada di "
        "peringkat 4 di Sulawesi Tengah."
    )
    assert _ranks(read(text, register)) == {"4"}


# -- a round figure "and more" restating the exact one ---------------------------


def test_a_round_count_and_more_restating_the_exact_one_is_no_figure(register):
    text = (
        "12 Ribu Lebih Pekerja Rentan di Kabupaten Sigi Terdaftar BPJS Ketenagakerjaan\n\n"
        "Pemkab Kabupaten Sigi kini melindungi 12.416 pekerja rentan yang terdaftar "
        "sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert "12000" not in values(got)
    assert ("participants", "vulnerable", "12416", "Kabupaten Sigi") in got


def test_a_round_percent_and_more_restating_the_exact_one_is_no_figure(register):
    text = (
        "Di Kabupaten Sigi, baru 7 persen lebih pekerja yang terlindungi BPJS "
        "Ketenagakerjaan.\n\nSementara itu, cakupan kepesertaan pekerja rentan di "
        "Kabupaten Sigi mencapai 7,38 persen."
    )
    got = read(text, register)
    assert "7" not in values(got)
    assert "7.38" in values(got)
    # with no exact figure beside it, the round one is the figure
    text = "Di Kabupaten Sigi, baru 7 persen lebih pekerja yang terlindungi BPJS Ketenagakerjaan."
    assert "7" in values(read(text, register))


def test_a_round_count_and_more_with_no_exact_one_stays(register):
    text = (
        "Pemkab Kabupaten Sigi kini melindungi 12 ribu lebih pekerja rentan yang terdaftar "
        "sebagai peserta BPJS Ketenagakerjaan, dari 19.250 pekerja rentan di daerah itu."
    )
    assert "12000" in values(read(text, register))
