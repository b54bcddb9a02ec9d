"""Issue 13, sets T and U (round 11): kinds of sentences those sets showed,
each on a text written for this test (other places, other numbers, other
words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- the workers a place has, in a sentence that borrows a participation topic -------

_HAS = (
    "Pemerintah Kabupaten Pati dan BPJS Ketenagakerjaan sepakat memperluas "
    "perlindungan bagi pekerja.\n\nMenurut Kepala Cabang, Kabupaten Pati kini mempunyai "
    "120.400 pekerja penerima upah (PU), 250.300 pekerja bukan penerima upah (BPU), dan "
    "40.100 pekerja jasa konstruksi dengan total 410.800 pekerja."
)


def test_the_workers_a_place_has_are_its_workforce_not_participants(register):
    got = read(_HAS, register)
    assert ("workforce", "formal", "120400", "Kabupaten Pati") in got
    assert ("workforce", "informal", "250300", "Kabupaten Pati") in got
    assert ("workforce", "construction", "40100", "Kabupaten Pati") in got
    assert not any(metric == "participants" for metric, *_rest in got)


def test_the_sum_after_a_list_is_the_same_kind_of_count(register):
    got = read(_HAS, register)
    assert ("workforce", "total", "410800", "Kabupaten Pati") in got


def test_workers_a_place_has_that_are_registered_stay_participants(register):
    text = (
        "Kabupaten Pati memiliki 52.000 pekerja yang sudah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "52000", "Kabupaten Pati") in got


# -- a level only hoped for, its subject between the hope and the verb ---------------

_HOPED = (
    "Pemerintah Kota Salatiga terus meningkatkan kepesertaan BPJS Ketenagakerjaan. "
    "Untuk tahun 2026, diharapkan cakupan kepesertaan pekerja penerima upah di Kota "
    "Salatiga mencapai 80 persen dan pekerja bukan penerima upah mencapai 45 persen."
)


def test_a_level_only_hoped_for_is_a_target(register):
    got = read(_HOPED, register)
    assert ("target_pct", "formal", "80", "Kota Salatiga") in got
    assert ("target_pct", "informal", "45", "Kota Salatiga") in got
    assert not any(metric == "coverage_pct" for metric, *_rest in got)


def test_a_level_reached_now_after_a_hope_stays_coverage(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Salatiga diharapkan terus naik; "
        "saat ini cakupan itu mencapai 38 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "38", "Kota Salatiga") in got


# -- a public fund or a government's allocated budget that pays ----------------------


def test_participation_from_a_tobacco_excise_share_is_vulnerable(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan dari DBHCHT untuk Kabupaten Temanggung pada "
        "tahun 2024 mencapai 9.300 petani tembakau."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "9300", "Kabupaten Temanggung") in got


def test_participants_a_government_budget_allocation_covers_are_vulnerable(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Kabupaten Nabire menuturkan, dari alokasi anggaran "
        "yang disiapkan Pemkab Nabire sebesar Rp1,5 miliar dapat mengcover sebanyak 14 "
        "ribu peserta."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "14000", "Kabupaten Nabire") in got


# -- a breakdown by economic field, not by segment ------------------------------------


def test_counts_by_economic_field_are_not_participants(register):
    text = (
        "Hingga akhir 2024, sebanyak 95.000 pekerja di Kabupaten Tegal sudah terdaftar "
        "sebagai peserta BPJS Ketenagakerjaan. Rinciannya, 30.200 pekerja di bidang "
        "pertanian dan perikanan. Ada 2.040 orang di bidang pertambangan. Ada 41.300 orang "
        "di bidang industri pengolahan."
    )
    got = read(text, register)
    assert ("participants", "total", "95000", "Kabupaten Tegal") in got
    for value in ("30200", "2040", "41300"):
        assert not any(v == value for _m, _s, v, _r in got)


def test_one_field_named_among_segments_is_still_read(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Kabupaten Tegal terdiri dari 60.000 pekerja "
        "penerima upah dan 12.500 pekerja di bidang jasa konstruksi."
    )
    got = read(text, register)
    assert any(v == "12500" for _m, _s, v, _r in got)


# -- "Artinya ...": a sentence that restates the one before, in its own paragraph -----


def test_counts_after_artinya_take_the_group_of_the_paragraph_before(register):
    text = (
        "Menurut Kepala Dinas, cakupan jaminan sosial ketenagakerjaan bagi pekerja rentan "
        "di Kota Cilegon baru mencapai 14 persen.\n"
        "\u201cArtinya yang sudah terlindungi itu baru sekitar 9 ribuan dari 64 ribuan,\u201d "
        "ujarnya."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "9000", "Kota Cilegon") in got
    assert ("workforce", "vulnerable", "64000", "Kota Cilegon") in got


# -- benefits received by so many workers (passive) -----------------------------------


def test_workers_who_received_benefits_are_not_participants(register):
    text = (
        "Sepanjang tahun ini, total manfaat klaim yang dibayarkan kepada peserta di "
        "Kabupaten Lebak mencapai Rp210,5 miliar, diterima oleh 18.440 pekerja dari "
        "berbagai kategori."
    )
    got = read(text, register)
    assert not any(v == "18440" for _m, _s, v, _r in got)
