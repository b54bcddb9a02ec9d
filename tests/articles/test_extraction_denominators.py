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


# -- a place's workers in a sentence borrowing its participation word ------------


def test_a_places_workers_after_a_sentence_on_members(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Jember mengatakan, pada Maret 2024 jumlah "
        "kepesertaan di Kabupaten Jember ada di angka 21 ribu. Sementara menurut "
        "catatannya pekerja di Kabupaten Jember mencapai angka 318 ribu orang."
    )
    got = read(text, register)
    assert ("workforce", "total", "318000", "Kabupaten Jember") in got


def test_the_number_of_village_staff_after_a_sentence_on_members(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan aparat desa di Kabupaten Jember masih rendah. "
        "Berdasarkan data yang ada, jumlah desa sebanyak 226 desa dengan jumlah aparat "
        "desa 2.486 orang."
    )
    got = read(text, register)
    assert ("workforce", "other", "2486", "Kabupaten Jember") in got


def test_workers_already_reached_stay_members(register):
    # near miss: "sudah mencapai" after the workers: those reached are members
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Jember terus bertambah. Saat ini "
        "pekerja di pasar tradisional sudah mencapai 918 orang."
    )
    got = read(text, register)
    assert not any(g[0] == "workforce" and g[2] == "918" for g in got)
