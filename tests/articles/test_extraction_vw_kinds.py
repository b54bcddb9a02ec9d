"""Issue 13, sets V and W (round 12): kinds of sentences those sets showed,
each on a text written for this test (other places, other numbers, other
words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- "dari W pekerja, mendaftar N (P%)": a whole, those who signed up, their rate ------

_SIGNED_UP = (
    "Kabupaten Blora terus mendorong kepesertaan BPJS Ketenagakerjaan. Diketahui, jumlah "
    "tenaga kerja penerima upah, dari 41.200 pekerja, mendaftar 6.300 pekerja (15,29%), "
    "disusul Bukan Penerima Upah (BPU) dari 70.100 pekerja baru mendaftar 9.800 (13,98%), "
    "sehingga dari 111.300 pekerja, baru mencapai 16.100 (14,47%)."
)


def test_those_who_signed_up_out_of_a_whole_are_participants(register):
    got = read(_SIGNED_UP, register)
    assert ("workforce", "formal", "41200", "Kabupaten Blora") in got
    assert ("participants", "formal", "6300", "Kabupaten Blora") in got
    assert ("participants", "total", "16100", "Kabupaten Blora") in got
    assert ("workforce", "total", "111300", "Kabupaten Blora") in got


def test_the_rate_in_brackets_after_those_signed_up_is_coverage(register):
    got = read(_SIGNED_UP, register)
    assert ("coverage_pct", "formal", "15.29", "Kabupaten Blora") in got
    assert ("coverage_pct", "total", "14.47", "Kabupaten Blora") in got


def test_workers_then_baru_mendaftar_is_a_whole_not_new_members(register):
    got = read(_SIGNED_UP, register)
    assert ("workforce", "informal", "70100", "Kabupaten Blora") in got


def test_disusul_before_a_group_is_the_next_group_not_a_standing(register):
    got = read(_SIGNED_UP, register)
    assert ("participants", "informal", "9800", "Kabupaten Blora") in got
    assert ("coverage_pct", "informal", "13.98", "Kabupaten Blora") in got
    assert not any(metric == "award_rank" for metric, *_rest in got)


def test_new_workers_stay_a_flow(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Blora terus bertambah. Tahun ini "
        "tercatat 2.400 pekerja baru di Kabupaten Blora."
    )
    got = read(text, register)
    assert not any(value == "2400" for _m, _s, value, _r in got)


# -- "Jumlah itu tersebar di A N orang, ...": the items of a whole are what it counts --

_SPREAD = (
    "Pemerintah Provinsi Kalimantan Tengah terus memperluas kepesertaan BPJS "
    "Ketenagakerjaan bagi pekerja rentan. Menurut data BPS, potensi pekerja rentan di "
    "Kalimantan Tengah mencapai 95.000 orang yang seharusnya mendapat perlindungan dari "
    "pemerintah daerah. Jumlah itu tersebar di Kabupaten Kapuas 40.000 orang, Kabupaten "
    "Katingan 30.000 orang, dan Kota Palangka Raya 25.000 orang."
)


def test_the_items_a_workforce_spreads_over_are_workforce(register):
    got = read(_SPREAD, register)
    assert ("workforce", "vulnerable", "40000", "Kabupaten Kapuas") in got
    assert ("workforce", "vulnerable", "30000", "Kabupaten Katingan") in got
    assert not any(metric == "participants" for metric, *_rest in got)


def test_items_that_do_not_add_up_to_the_whole_keep_their_own_reading(register):
    text = _SPREAD.replace("40.000 orang", "4.000 orang").replace("30.000 orang", "3.000 orang")
    got = read(text.replace("25.000 orang", "2.500 orang"), register)
    assert ("participants", "vulnerable", "4000", "Kabupaten Kapuas") in got


# -- "berpotensi N pekerja", "N pekerja memiliki BPJS": the potential, the holders ----

_HOLDERS = (
    "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Sidrap terus naik. Segmen bukan "
    "penerima upah (BPU) berpotensi 41.300 pekerja. Segmen Jasa Konstruksi (Jakon) "
    "tercatat 9.870 pekerja memiliki BPJS, melebihi potensi 8.100 pekerja."
)


def test_a_segment_with_a_potential_of_so_many_workers_is_workforce(register):
    got = read(_HOLDERS, register)
    assert ("workforce", "informal", "41300", "Kabupaten Sidenreng Rappang") in got


def test_workers_who_hold_a_bpjs_membership_are_participants(register):
    got = read(_HOLDERS, register)
    assert ("participants", "construction", "9870", "Kabupaten Sidenreng Rappang") in got
    assert ("workforce", "construction", "8100", "Kabupaten Sidenreng Rappang") in got
