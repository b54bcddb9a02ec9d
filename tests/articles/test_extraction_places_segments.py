"""Round five of issue 13 (extract-b), segments: the part of a whole takes
the whole's group, groups taken together are the total, and a rate after a
list of several groups takes none of them. Each text is written for this
test; full region register from fixtures/, no database."""

from tests.articles.readings import read


def test_the_part_of_a_whole_takes_the_group_of_the_whole(register):
    text = (
        "Dari sekitar 4,2 juta pekerja informal di Jawa Tengah, baru 12,5 persen di "
        "antaranya yang terdaftar dalam BPJS Ketenagakerjaan. Dari 3,1 juta tenaga "
        "kerja formal di Jawa Tengah, baru 1,4 juta di antaranya yang terdaftar."
    )
    got = read(text, register)
    assert ("coverage_pct", "informal", "12.5", "Jawa Tengah") in got
    assert ("participants", "formal", "1400000", "Jawa Tengah") in got
    assert not any(seg == "total" and metric != "workforce" for metric, seg, *_ in got)


def test_groups_taken_together_are_the_total(register):
    text = (
        "Kepesertaan pekerja penerima upah di Bali sudah 61 persen. Namun jika "
        "digabungkan dengan pekerja bukan penerima upah sebanyak 900 ribu orang, "
        "kepesertaan BPJS Ketenagakerjaan di Bali hanya 38,4 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "38.4", "Bali") in got
    assert ("coverage_pct", "formal", "61", "Bali") in got
    assert not any(value == "38.4" and seg != "total" for _m, seg, value, _r in got)


def test_a_rate_after_a_list_of_groups_takes_none_of_them(register):
    text = (
        "Peserta aktif di Kalimantan Barat terdiri dari penerima upah 210.450 orang "
        "dan bukan penerima upah sebanyak 40.120 orang.\n"
        "Sementara Kepala Kantor Wilayah mengatakan cakupan kepesertaan se-Kalimantan "
        "Barat berada di angka 22,75 persen atau 250.570 peserta."
    )
    got = read(text, register)
    assert ("participants", "formal", "210450", "Kalimantan Barat") in got
    assert ("participants", "informal", "40120", "Kalimantan Barat") in got
    assert ("coverage_pct", "total", "22.75", "Kalimantan Barat") in got
    assert ("participants", "total", "250570", "Kalimantan Barat") in got


def test_a_rate_after_a_list_in_the_same_sentence_takes_none_of_them(register):
    text = (
        "Di Kota Makassar tercatat peserta penerima upah 180.300 orang, bukan penerima "
        "upah 35.600 orang, dan jasa konstruksi 12.400 orang, sehingga cakupannya "
        "mencapai 41,2 persen."
    )
    got = read(text, register)
    assert ("participants", "construction", "12400", "Kota Makassar") in got
    assert ("coverage_pct", "total", "41.2", "Kota Makassar") in got


def test_examples_after_a_group_belong_to_that_group(register):
    text = (
        "Pada 2024 Pemkab Gowa melindungi pekerja rentan, di antaranya guru mengaji, "
        "marbot dan imam masjid, total 8.450 orang melalui kepesertaan BPJS Ketenagakerjaan."
    )
    assert ("participants", "vulnerable", "8450", "Kabupaten Gowa") in read(text, register)


def test_the_rest_lainnya_keeps_its_group(register):
    text = (
        "Di Jawa Timur, 1,8 juta peserta merupakan pekerja penerima upah, sementara "
        "420 ribu lainnya pekerja jasa konstruksi."
    )
    got = read(text, register)
    assert ("participants", "formal", "1800000", "Jawa Timur") in got
    assert ("participants", "construction", "420000", "Jawa Timur") in got
