"""Round "seg3": the segment (group) of a figure that the words right around it
do not name, each on a text written for this test (other places, other numbers,
other words than the sets). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- a count said again elsewhere keeps the group said with it there ----------


def test_a_total_restating_a_groups_count_takes_its_group(register):
    text = (
        "BPJS Ketenagakerjaan Cabang Ambon mendata 12.418 pekerja rentan di Provinsi Maluku "
        "untuk dilindungi jaminan sosial.\n"
        '"Yang didata dari desa sebanyak 9.100 orang dan dari kelurahan sebanyak 3.318. '
        'Untuk total keseluruhan 12.418 orang peserta, semuanya berasal dari Kota Ambon," '
        "ujarnya."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12418", "Maluku") in got
    assert ("participants", "total", "12418", "Kota Ambon") not in got


def test_a_count_said_before_its_group_is_named_with_it_later(register):
    text = (
        "Wali Kota Kediri menyampaikan bahwa saat ini sebanyak 17 ribu pekerja telah "
        "ditambahkan sebagai peserta BPJS Ketenagakerjaan di Kota Kediri. "
        "Anggaran dari DBHCHT disiapkan untuk 17 ribu pekerja rentan dan 2 ribu pengemudi ojek."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "17000", "Kota Kediri") in got
    assert ("participants", "total", "17000", "Kota Kediri") not in got


def test_a_count_said_again_after_its_group_keeps_it(register):
    text = (
        "Sebanyak 6.245 pekerja di Kabupaten Tanah Bumbu sudah mendapat perlindungan BPJS "
        "Ketenagakerjaan tahun ini.\n"
        "Kepala cabang menjelaskan, mereka adalah pekerja sektor informal sebanyak 6.245 "
        "orang yang tersebar di sepuluh kecamatan."
    )
    got = read(text, register)
    assert ("participants", "informal", "6245", "Kabupaten Tanah Bumbu") in got
    assert ("participants", "total", "6245", "Kabupaten Tanah Bumbu") not in got


def test_a_count_said_elsewhere_with_two_groups_stays_everyones(register):
    # near miss: said after a list of groups, it is no one group's
    text = (
        "Sebanyak 14.360 pekerja di Kabupaten Rembang sudah mendapat perlindungan BPJS "
        "Ketenagakerjaan tahun ini.\n"
        "Kepala cabang menjelaskan, cakupan untuk pekerja bukan penerima upah dan jasa "
        "konstruksi baru 14.360 orang yang tersebar di sepuluh kecamatan."
    )
    got = read(text, register)
    assert ("participants", "total", "14360", "Kabupaten Rembang") in got
    assert ("participants", "construction", "14360", "Kabupaten Rembang") not in got


def test_a_short_number_said_elsewhere_carries_no_group(register):
    # near miss: "500" is too common a number to be the same count
    text = (
        "Sebanyak 500 pekerja di Kabupaten Pesawaran sudah mendapat perlindungan BPJS "
        "Ketenagakerjaan tahun ini.\n"
        "Kepala cabang menjelaskan, ada pula pekerja sektor informal sebanyak 500 orang "
        "yang tersebar di sepuluh kecamatan."
    )
    got = read(text, register)
    assert ("participants", "total", "500", "Kabupaten Pesawaran") in got


def test_a_count_said_again_as_that_many_of_a_group_takes_it(register):
    text = (
        "BPJS Ketenagakerjaan Cabang Purwakarta mencatat sepanjang 2023 jumlah kepesertaan "
        "jaminan sosial di Kabupaten Purwakarta sudah mencapai 418.226 orang.\n"
        "Kepala cabang menyebut, sebanyak 418.226 orang tersebut merupakan peserta penerima "
        "upah dari ribuan perusahaan."
    )
    got = read(text, register)
    assert ("participants", "formal", "418226", "Kabupaten Purwakarta") in got
    assert ("participants", "total", "418226", "Kabupaten Purwakarta") not in got
