"""A respective list split over two sentences: the places in one, "Masing-
masing ..." with their figures in the next ("Kabupaten A dan B memiliki
cakupan lebih rendah. Masing-masing 26,66% dan 31,49%."). Each figure is the
place of its rank, as when both halves share a sentence. Full region
register from fixtures/, no database."""

import datetime as dt

from articles.extraction import extract_figures

PUBLISHED = dt.date(2025, 6, 2)


def placed(text, register):
    return [
        (str(f.value), f.region_name)
        for f in extract_figures(text, register, published=PUBLISHED)
        if f.metric == "coverage_pct"
    ]


def test_figures_in_the_next_sentence_pair_with_the_places_in_order(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Jambi baru 38 persen. Beberapa "
        "kabupaten, seperti Kerinci dan Sarolangun, memiliki tingkat cakupan lebih rendah. "
        "Masing-masing 21,5% dan 24,75%."
    )
    assert placed(text, register) == [
        ("38", "Jambi"),
        ("21.5", "Kabupaten Kerinci"),
        ("24.75", "Kabupaten Sarolangun"),
    ]


def test_a_scope_before_the_list_is_not_one_of_its_places(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi, terutama Kabupaten "
        "Kerinci, Merangin dan Bungo, masih rendah. Masing-masing 21 persen, 23 persen "
        "dan 29 persen."
    )
    assert placed(text, register) == [
        ("21", "Kabupaten Kerinci"),
        ("23", "Kabupaten Merangin"),
        ("29", "Kabupaten Bungo"),
    ]


def test_a_count_that_does_not_match_the_places_pairs_nothing(register):
    # three places, two figures: no pairing by rank, so neither figure is
    # given to the second place
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Kerinci, Merangin dan "
        "Bungo masih rendah. Masing-masing 21 persen dan 23 persen."
    )
    assert ("23", "Kabupaten Merangin") not in placed(text, register)
