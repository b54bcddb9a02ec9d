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
