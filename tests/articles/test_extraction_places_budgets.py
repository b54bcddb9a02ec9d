"""Round five of issue 13 (extract-b), budgets: an increment and a whole
agency's budget are not premium budgets; the premiums a government pays for
a group are. Each text is written for this test; full region register from
fixtures/, no database."""

import datetime as dt

from articles.extraction import extract_figures

PUBLISHED = dt.date(2025, 3, 4)


def budgets(text, register):
    return {
        (str(f.value), f.region_name)
        for f in extract_figures(text, register, published=PUBLISHED)
        if f.metric == "budget_idr"
    }


def test_an_increment_is_not_the_budget(register):
    text = (
        "Tahun ini Pemkab Gowa menambahkan alokasi anggaran sebesar Rp2,5 miliar untuk "
        "iuran BPJS Ketenagakerjaan pekerja rentan di Kabupaten Gowa. Tahun lalu "
        "anggarannya Rp1,2 miliar, tahun ini Rp3,7 miliar."
    )
    assert budgets(text, register) == {
        ("1200000000", "Kabupaten Gowa"),
        ("3700000000", "Kabupaten Gowa"),
    }


def test_a_budget_raised_to_a_level_is_that_level(register):
    text = (
        "Anggaran iuran BPJS Ketenagakerjaan bagi pekerja rentan di Kota Makassar "
        "ditambah menjadi Rp4 miliar pada 2025."
    )
    assert budgets(text, register) == {("4000000000", "Kota Makassar")}


def test_an_agencys_whole_budget_is_not_a_premium_budget(register):
    text = (
        "Pemkot Makassar mengalokasikan anggaran Rp2 miliar untuk iuran BPJS "
        "Ketenagakerjaan pekerja rentan. Kepala Disnaker mengatakan tahun ini Disnaker "
        "Kota Makassar memiliki anggaran sebesar Rp31 miliar untuk seluruh programnya."
    )
    assert budgets(text, register) == {("2000000000", "Kota Makassar")}


def test_the_premiums_a_government_pays_for_a_group_are_a_budget(register):
    text = (
        "Pada 2024 Pemkab Gowa melindungi 9.500 pekerja rentan lewat BPJS "
        "Ketenagakerjaan dengan nilai iuran Rp1,9 miliar."
    )
    assert budgets(text, register) == {("1900000000", "Kabupaten Gowa")}
