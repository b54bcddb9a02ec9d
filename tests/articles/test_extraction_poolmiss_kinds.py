"""Issue 13, pooled round "poolmiss": kinds of labelled figures the extractor
did not propose (or proposed under the other count metric), recurring across
at least three real-news sets, each on a text written for this test (other
places, other numbers, other words). Full register from fixtures/, no
database."""

from tests.articles.readings import read

# -- the whole and the part around "dari total" ----------------------------------


def test_a_count_right_after_dari_total_is_the_whole(register):
    text = (
        "Di Kabupaten Ponorogo masih terdapat 21.480 pekerja yang belum terdaftar sebagai "
        "peserta BPJS Ketenagakerjaan, dari total 64.310 angkatan kerja yang bekerja."
    )
    got = read(text, register)
    assert ("workforce", "total", "64310", "Kabupaten Ponorogo") in got
    assert not any(m == "participants" and v == "64310" for m, _s, v, _r in got)


def test_a_whole_after_dari_total_keeps_its_group(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Madiun mengatakan, dari total sekitar 90 ribu "
        "pekerja rentan di Kabupaten Ponorogo, jumlahnya terus didata."
    )
    got = read(text, register)
    assert ("workforce", "vulnerable", "90000", "Kabupaten Ponorogo") in got


def test_dari_total_registered_whole_is_not_the_workforce(register):
    # a whole of the registered, and the level before a change, stay as they were
    text = (
        "Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Ponorogo naik dari total "
        "41.200 peserta pada tahun lalu."
    )
    got = read(text, register)
    assert not any(m == "workforce" for m, *_x in got)


def test_a_part_after_a_whole_named_in_words_is_the_registered(register):
    text = (
        "Di Kabupaten Ponorogo terdapat 74 ribu pekerja. Dari jumlah pekerja tersebut 31.275 "
        "orang sudah menjadi peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "31275", "Kabupaten Ponorogo") in got
    text = (
        "Kepala BPJS Ketenagakerjaan Ponorogo mengungkapkan bahwa dari total pekerja formal "
        "di Kabupaten Ponorogo, sebanyak 18.940 orang telah terdaftar dalam BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "formal", "18940", "Kabupaten Ponorogo") in got
    assert not any(m == "workforce" for m, *_x in got)
