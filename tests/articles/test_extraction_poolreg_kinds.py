"""Issue 13, pooled round "poolreg": region errors where value, metric and
segment are right but the place is not, each on a text written for this test
(other places, other numbers, other words). Full register from fixtures/, no
database."""

from tests.articles.readings import read

# -- a province named beside one of its regencies: where it lies, or the scope
# of an award the regency takes part in -------------------------------------


def test_a_province_after_a_regency_is_where_the_regency_lies(register):
    text = (
        "Pemerintah Kabupaten Kapuas Hulu (KH), Kalimantan Barat tahun ini menyiapkan "
        "anggaran Rp2.450.000.000 untuk iuran jaminan sosial ketenagakerjaan pekerja rentan."
    )
    got = read(text, register)
    assert ("budget_idr", "total", "2450000000", "Kabupaten Kapuas Hulu") in got


def test_a_province_named_as_an_awards_scope_leaves_the_regency_its_count(register):
    text = (
        "Pejabat Bupati Sambas yang hadir di depan juri Paritrana Award Kalbar di Pontianak, "
        "Kamis, menyebut pemerintahannya sudah menjamin 18 ribu pekerja rentan dalam program "
        "jaminan sosial ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "18000", "Kabupaten Sambas") in got


# -- a dateline whose outlet is in brackets after the comma -------------------


def test_a_dateline_with_the_outlet_in_brackets_is_not_the_figures_place(register):
    text = (
        "Pemprov Jambi Lindungi 8.300 Pekerja Rentan\n\n"
        "MUARA BUNGO, (Kabarjambi.id) – Sebanyak 8.300 pekerja rentan di wilayah Provinsi "
        "Jambi sudah terlindungi program jaminan sosial ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8300", "Jambi") in got
