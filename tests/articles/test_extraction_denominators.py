"""Round "denominators": a count of members, or of the workers a place has?
Each on a text written for this test (other places, other numbers, other
words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- workers of registered employers, the number before its workers noun ---------


def test_workers_of_registered_employers_named_after_the_number(register):
    text = (
        "Hingga Juni 2023, perusahaan yang terdaftar sebagai peserta BPJS Ketenagakerjaan "
        "di Jawa Timur sebanyak 9.120 perusahaan dengan jumlah tenaga kerja 402.118 orang. "
        "Perusahaan dan tenaga kerja paling banyak, menurut dia, dari Kabupaten Jember "
        "1.204 perusahaan dengan 27.516 tenaga kerja."
    )
    got = read(text, register)
    assert ("participants", "total", "402118", "Jawa Timur") in got
    assert ("participants", "total", "27516", "Kabupaten Jember") in got


def test_workers_of_registered_businesses_usaha(register):
    text = (
        "Di Kabupaten Jember, jumlah kepesertaan dari sektor badan usaha sebanyak 3.118 "
        "usaha dengan jumlah tenaga kerja 84.902 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "84902", "Kabupaten Jember") in got


# -- workers said guaranteed are members ------------------------------------------


def test_workers_said_to_get_a_guarantee_before_the_number(register):
    text = (
        "Kepala Dinas Tenaga Kerja Kabupaten Jember menyebutkan, jumlah pekerja rentan "
        "yang dapat jaminan sosial BPJS Ketenagakerjaan tercatat sebanyak 6.412 orang."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6412", "Kabupaten Jember") in got


def test_workers_said_guaranteed_after_the_number(register):
    text = (
        "Menurutnya, terdapat sekitar 72 ribu pekerja rentan di Kabupaten Jember yang "
        "dijamin oleh pemerintah kabupaten melalui BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "72000", "Kabupaten Jember") in got


def test_workers_not_yet_guaranteed_stay_the_workforce(register):
    # near miss: "belum mendapat jaminan" is no guarantee: the place's workers stay
    text = (
        "Di Kabupaten Jember, jumlah pekerja rentan yang belum mendapat jaminan "
        "tercatat sebanyak 6.412 orang."
    )
    got = read(text, register)
    assert not any(g[0] == "participants" and g[2] == "6412" for g in got)
