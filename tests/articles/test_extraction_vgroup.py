"""Round "vgroup": the groups a whole is said to take in (", termasuk honorer,
guru ... hingga pekerja rentan") or to leave out ("kalau dikurangi ASN dan
Polri") are not the whole's group: the figure stays the region's total, while
a group the count itself is said to be ("N pekerja termasuk pekerja rentan")
or names before it keeps its reading. Texts written for this test (other
places, other numbers, other words). Full register from fixtures/, no
database."""

from tests.articles.readings import read

# -- the groups a whole takes in, after a comma ------------------------------------


def test_a_rate_that_takes_in_village_staff_and_teachers_is_the_total(register):
    text = (
        "Kabupaten Sleman - Cakupan pekerja di Kabupaten Sleman yang terlindungi BPJS "
        "Ketenagakerjaan sudah sekitar 58 persen, termasuk honorer, guru kontrak, "
        "perangkat desa hingga pekerja rentan."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "58", "Kabupaten Sleman") in got
    assert ("coverage_pct", "other", "58", "Kabupaten Sleman") not in got


def test_a_workforce_that_takes_in_civil_servants_is_the_total(register):
    text = (
        "Kabupaten Klaten - Sebanyak 41 ribu pekerja di Kabupaten Klaten telah terlindungi, "
        "dari total angkatan kerja sekitar 70 ribu orang, termasuk ASN, TNI dan Polri."
    )
    got = read(text, register)
    assert ("workforce", "total", "70000", "Kabupaten Klaten") in got
    assert ("workforce", "other", "70000", "Kabupaten Klaten") not in got


# -- the groups a whole leaves out ---------------------------------------------------


def test_a_rate_with_civil_servants_taken_out_is_the_total(register):
    text = (
        "Kabupaten Kebumen - Angkatan kerja Kabupaten Kebumen ada sekitar 230.000. Kalau "
        "dikurangi ASN dan Polri, kepesertaan kita sudah mencapai 47 persen, ujarnya."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "47", "Kabupaten Kebumen") in got
    assert ("coverage_pct", "other", "47", "Kabupaten Kebumen") not in got


# -- near misses: the group the count is -----------------------------------------------


def test_a_group_named_before_the_count_keeps_it(register):
    text = (
        "Kota Kediri - Pemerintah Kota Kediri telah mendaftarkan 3.150 pegawai non ASN, "
        "termasuk tenaga kontrak di sekolah, sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "other", "3150", "Kota Kediri") in got


def test_a_count_said_to_be_a_group_without_a_comma_keeps_it(register):
    text = (
        "Kabupaten Bantul - Sebanyak 2.870 pekerja yang termasuk pekerja rentan di Kabupaten "
        "Bantul telah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2870", "Kabupaten Bantul") in got
