"""Pooled round "spur": figures no labeller takes (spurious proposals), kinds
that recur across at least three real-news sets, each on a text written for
this test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read

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
