"""Round "payers2": who pays, and what a rate is, read where the first-wave
rounds found them outside their modules: premium help named "PBI" of
employment social security (not health insurance), a revenue share the count
"menggunakan", an uncovered share whose verb names the programme. Texts
written for this test (other places, other numbers, other words). Full
register from fixtures/, no database."""

from tests.articles.readings import read, values

# -- "PBI" of employment social security is no health insurance ---------------


def test_premium_help_named_pbi_of_employment_social_security_is_read(register):
    text = (
        "Sampit - Pemerintah Kabupaten Kotawaringin Timur resmi melindungi 6.240 pekerja "
        "rentan melalui Program Bantuan Iuran (PBI) Jaminan Sosial Ketenagakerjaan tahun ini."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6240", "Kabupaten Kotawaringin Timur") in got


def test_pbi_of_health_insurance_stays_unread(register):
    text = (
        "Sampit - Sebanyak 31.500 warga Kabupaten Kotawaringin Timur terdaftar sebagai PBI "
        "JKN, sementara BPJS Ketenagakerjaan menyasar pekerja informal."
    )
    assert "31500" not in values(read(text, register))


# -- a revenue share the count "menggunakan" pays its premiums -----------------


def test_workers_covered_using_a_revenue_share_are_vulnerable(register):
    text = (
        "Sanggau - Kini ada 3.127 petani sawit di Kabupaten Sanggau yang memiliki jaminan "
        "sosial ketenagakerjaan yang menggunakan DBH sawit."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3127", "Kabupaten Sanggau") in got


# -- the uncovered share, the programme named after its verb ----------------------


def test_the_share_not_yet_reached_by_the_programme_is_no_coverage(register):
    text = (
        "Kuningan - Menurut data BPS Kabupaten Kuningan, pekerja yang belum terjangkau "
        "mengikuti BPJS Ketenagakerjaan mencapai 76,4 persen."
    )
    assert "76.4" not in values(read(text, register))


def test_a_coverage_rate_after_the_uncovered_words_stays_a_rate(register):
    text = (
        "Kuningan - Pekerja yang belum terdaftar di BPJS Ketenagakerjaan masih banyak, "
        "padahal cakupan kepesertaan di Kabupaten Kuningan baru 23,6 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "23.6", "Kabupaten Kuningan") in got
