"""Round "payers2": who pays, and what a rate is, read where the first-wave
rounds found them outside their modules: premium help named "PBI" of
employment social security (not health insurance), a revenue share the
count's sentence "menggunakan" or "memanfaatkan", a budget "untuk menanggung
jaminan sosial" of the counted, a programme the next sentence names whose
payer is said soon after, and an uncovered share whose verb names the
programme. Texts written for this test (other places, other numbers, other
words). Full register from fixtures/, no database."""

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


def test_workers_protected_making_use_of_a_revenue_share_are_vulnerable(register):
    text = (
        "Ketapang - Pemkab Ketapang meluncurkan perlindungan 1.870 pekerja kebun sawit "
        "melalui program Jaminan Sosial Ketenagakerjaan dengan memanfaatkan Dana Bagi Hasil "
        "(DBH) sawit di Kabupaten Ketapang."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "1870", "Kabupaten Ketapang") in got


def test_workers_their_firms_registered_stay_total(register):
    text = (
        "Ketapang - Sebanyak 12.400 pekerja kebun sawit di Kabupaten Ketapang sudah terdaftar "
        "BPJS Ketenagakerjaan, didaftarkan oleh perusahaan tempat mereka bekerja."
    )
    got = read(text, register)
    assert ("participants", "total", "12400", "Kabupaten Ketapang") in got


# -- "menanggung jaminan sosial" of the counted: the cover itself paid for ----


def test_a_budget_to_bear_the_social_security_of_workers_makes_them_vulnerable(register):
    text = (
        "Dumai - Pemkot Dumai menganggarkan Rp2,1 miliar untuk jaminan sosial tahun ini. "
        '"Ini untuk menanggung jaminan sosial sekitar 9 ribu lebih pekerja dari berbagai '
        'sektor," katanya.'
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "9000", "Kota Dumai") in got


def test_workers_bearing_their_own_social_security_stay_total(register):
    text = (
        "Dumai - Di Kota Dumai tercatat 5.000 pekerja yang masih menanggung sendiri jaminan "
        "sosial mereka."
    )
    got = read(text, register)
    assert ("participants", "total", "5000", "Kota Dumai") in got


# -- a programme the next sentence names, its payer said soon after -------------

_CARDS = (
    "SIAK - Bupati Siak menyerahkan kartu BPJS Ketenagakerjaan kepada buruh kebun sawit "
    "di Kabupaten Siak, Senin (6/5).\n\n"
    '"Untuk saat ini, penyerahan kartu kepesertaan BPJS Ketenagakerjaan bagi buruh kebun '
    'sawit. Saat ini yang sudah kita data, ada sebanyak 6 ribu orang. {next}," kata Bupati.'
    "\n\nBupati juga mengatakan, program kepesertaan BPJS Ketenagakerjaan ini ditanggung "
    "oleh Pemkab Siak melalui dana bagi hasil sawit."
)


def test_a_count_whose_programme_the_next_sentence_names_and_a_later_one_pays(register):
    text = _CARDS.format(next="Ke depan jumlah penerima program tersebut masih bisa bertambah")
    got = read(text, register)
    assert ("participants", "vulnerable", "6000", "Kabupaten Siak") in got


def test_a_count_with_no_programme_named_around_it_stays_total(register):
    text = _CARDS.format(next="Ke depan jumlah itu masih bisa bertambah")
    got = read(text, register)
    assert ("participants", "total", "6000", "Kabupaten Siak") in got
