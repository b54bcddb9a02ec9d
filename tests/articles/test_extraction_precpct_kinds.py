"""Issue 13, pooled round "precpct": percents, targets, budgets and standings
proposed where the labellers take none (or take another metric), kinds that
recur in at least three real-news sets, each on a text written for this test
(other places, other numbers, other words). Full register from fixtures/, no
database."""

from tests.articles.readings import read, values

# -- amounts that are not a budget -----------------------------------------------


def test_thousands_without_rupiah_near_a_budget_word_are_people(register):
    text = (
        "Pemkab Ngawi Lindungi Pekerja Rentan\n\n"
        "Ngawi - Sebanyak 47 ribu pekerja di Kabupaten Ngawi sudah menjadi peserta BPJS "
        "Ketenagakerjaan. Sebanyak 12 ribu di antaranya terlindungi lewat alokasi Anggaran "
        "Pendapatan dan Belanja Daerah (APBD)."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "47000", "Kabupaten Ngawi") in got
    assert not any(metric == "budget_idr" for metric, *_rest in got)


def test_a_price_per_worker_is_not_a_budget(register):
    text = (
        "Pemkab Ngawi mengalokasikan anggaran Rp201.600 bagi tiap pekerja rentan setiap "
        "tahunnya untuk iuran BPJS Ketenagakerjaan. Total anggaran tahun ini Rp2,4 miliar."
    )
    got = read(text, register)
    assert ("budget_idr", "total", "2400000000", "Kabupaten Ngawi") in got
    assert "201600" not in values(got)
