"""Issue 13, set K (ktune): lists of regions with a figure each, comparison
scopes and the groups of such lists, each shown on a text written for this test
(other places, other numbers, other words). Full region register from
fixtures/, no database."""

from tests.articles.readings import read


def test_each_place_of_a_ranked_list_keeps_the_figure_named_after_it(register):
    # the highest is "ada di" a place after the scope; the lowest, a later item
    # of the list, is the place of its own figure, not a scope
    text = (
        "Menurut dia, kepesertaan tertinggi di Provinsi Jawa Tengah berada di Kota "
        "Semarang sebesar 81 persen, disusul Kabupaten Kudus 64 persen, Kabupaten Demak "
        "52 persen dan terendah di Kabupaten Brebes 23 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "81", "Kota Semarang") in got
    assert ("coverage_pct", "total", "64", "Kabupaten Kudus") in got
    assert ("coverage_pct", "total", "52", "Kabupaten Demak") in got
    assert ("coverage_pct", "total", "23", "Kabupaten Brebes") in got


def test_a_lowest_place_before_a_spelled_figure_is_that_figures(register):
    text = (
        "Cakupan kepesertaan tertinggi diraih Kota Madiun mencapai 77 persen, diikuti "
        "Kabupaten Ngawi 45 persen, dan terendah di Kabupaten Sampang lima persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "5", "Kabupaten Sampang") in got
    assert ("coverage_pct", "total", "45", "Kabupaten Ngawi") in got


def test_a_scope_before_a_figure_with_nothing_listed_stays_a_scope(register):
    # "terendah di Provinsi X yakni ... di Y": X is the scope, Y the figure's
    text = "Kepesertaan terendah di Provinsi Lampung yakni 12,1 persen di Kabupaten Mesuji."
    got = read(text, register)
    assert ("coverage_pct", "total", "12.1", "Kabupaten Mesuji") in got


def test_a_region_compared_with_is_not_the_figures(register):
    text = (
        "Ia mengatakan, capaian perlindungan pekerja di Kabupaten Pegunungan Bintang masih "
        "rendah dibandingkan kabupaten dan kota lain di Provinsi Papua Pegunungan, yakni "
        "baru mencapai 14 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "14", "Kabupaten Pegunungan Bintang") in got
