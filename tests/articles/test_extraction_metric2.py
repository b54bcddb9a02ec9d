"""Round "metric2": a figure found under the wrong metric (a target read as a
coverage rate, a count of members read as a place's workers). Each on a text
written for this test (other places, other numbers, other words). Full
register from fixtures/, no database."""

from tests.articles.readings import read

# -- a rate of the same value as a target is the target said again ---------------


def test_a_rate_restating_a_target_is_the_target(register):
    text = (
        "Cakupan Ditarget 45% Tahun Depan, BPJS Ketenagakerjaan Kediri Sasar Petani\n"
        "BPJS Ketenagakerjaan Cabang Kediri menargetkan cakupan kepesertaan aktif di "
        "Kabupaten Kediri naik hingga 45 persen pada tahun depan. Saat ini cakupan "
        "kepesertaan di Kabupaten Kediri baru 28,4 persen."
    )
    got = read(text, register)
    assert ("target_pct", "total", "45", "Kabupaten Kediri") in got
    assert not any(m == "coverage_pct" and v == "45" for m, _s, v, _r in got)
    assert ("coverage_pct", "total", "28.4", "Kabupaten Kediri") in got


def test_an_effort_toward_a_level_beside_its_target(register):
    text = (
        "Pemerintah Kabupaten Blitar menargetkan 55 persen pekerja terlindungi jaminan "
        "sosial ketenagakerjaan pada 2026. Langkah ini menjadi bagian dari upaya "
        "mencapai Universal Coverage Jamsostek (UCJ) sebesar 55 persen di Kabupaten Blitar."
    )
    got = read(text, register)
    assert ("target_pct", "total", "55", "Kabupaten Blitar") in got
    assert not any(m == "coverage_pct" and v == "55" for m, _s, v, _r in got)


# -- "telah mencapai target N persen": the level reached -------------------------


def test_a_target_said_reached_is_the_level_reached(register):
    text = (
        "Pemerintah Provinsi Bengkulu hingga kini telah mencapai target 41 persen "
        "Universal Coverage Jaminan Sosial Ketenagakerjaan tahun 2025. Sebanyak 41 "
        "persen pekerja di Bengkulu telah terlindungi BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "41", "Bengkulu") in got
    assert not any(m == "target_pct" and v == "41" for m, _s, v, _r in got)


def test_a_target_exceeded_stays_a_target(register):
    # near miss: "sudah melampaui target nasional 52 persen" names the target
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Madiun mencapai 61,3 persen "
        "dan sudah melampaui target nasional 52 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "61.3", "Kota Madiun") in got
    assert not any(m == "coverage_pct" and v == "52" for m, _s, v, _r in got)


# -- a round count said first as members, later named as the workers ------------


def test_vulnerable_workers_promised_then_recorded_are_the_workers(register):
    text = (
        "Pemerintah Kabupaten Jember berkomitmen melindungi 60 ribu pekerja rentan "
        "melalui program jaminan sosial ketenagakerjaan, dengan 25 ribu pekerja telah "
        "terlindungi sejak 2022.\n"
        "Data Pemkab Jember mencatat sebanyak 60 ribu pekerja rentan di wilayahnya."
    )
    got = read(text, register)
    assert ("workforce", "vulnerable", "60000", "Kabupaten Jember") in got
    assert ("participants", "vulnerable", "25000", "Kabupaten Jember") in got
    assert not any(m == "participants" and v == "60000" for m, _s, v, _r in got)


def test_a_part_of_the_workers_later_called_the_potential(register):
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Semarang mengatakan dari total tenaga kerja "
        "di Jawa Tengah sebanyak 9 juta orang, sebanyak 310 ribu tersebar di Kota "
        "Semarang.\n"
        '"Di Semarang kita lihat potensinya ada 310 ribu tenaga kerja formal dan '
        'informal," ujarnya.'
    )
    got = read(text, register)
    assert ("workforce", "total", "310000", "Kota Semarang") in got
    assert not any(m == "participants" and v == "310000" for m, _s, v, _r in got)


def test_workers_within_reach_then_named_the_potential(register):
    text = (
        "Menurut dia, dari 14 juta tersebut 6 juta pekerja dianggap masuk akal untuk "
        "dikejar menjadi peserta di Jawa Tengah. Dari 6 juta potensi yang ada, sebagian "
        "besar berasal dari sektor informal."
    )
    got = read(text, register)
    assert ("workforce", "total", "6000000", "Jawa Tengah") in got
    assert not any(m == "participants" and v == "6000000" for m, _s, v, _r in got)


# -- a count, then the covered part or share of it: the count is the whole -------


def test_a_count_then_what_is_reached_of_it(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kota Bogor terus didorong, antara lain 58 "
        "ribu pekerja jasa konstruksi, dengan capaian saat ini 21,5 ribu pekerja."
    )
    got = read(text, register)
    assert ("workforce", "construction", "58000", "Kota Bogor") in got
    assert ("participants", "construction", "21500", "Kota Bogor") in got


def test_a_count_then_the_small_share_covered(register):
    text = (
        "Kepala Kantor Cabang BPJamsostek Kabupaten Pinrang menyebut, dari jumlah tenaga "
        "kerja di Pinrang baru sekitar 25 persen yang terlindungi. \u201cTermasuk pegawai "
        "honorer yang jumlahnya kurang lebih 3200 orang dan baru sekitar 15 persen yang "
        "tercover,\u201d katanya."
    )
    got = read(text, register)
    assert ("workforce", "other", "3200", "Kabupaten Pinrang") in got
    assert not any(m == "participants" and v == "3200" for m, _s, v, _r in got)


def test_a_count_then_its_part_in_the_next_sentence(register):
    text = (
        "Jumlah pekerja formal di Kabupaten Kendal berdasarkan data BPS ada sebanyak "
        "201.517 pekerja. 150.210 di antaranya sudah terdaftar sebagai peserta. Untuk "
        "pekerja di sektor jasa konstruksi di Kendal ada sebanyak 48.306 pekerja. 17.250 "
        "di antaranya sudah terdaftar sebagai peserta."
    )
    got = read(text, register)
    assert ("workforce", "construction", "48306", "Kabupaten Kendal") in got
    assert not any(m == "participants" and v == "48306" for m, _s, v, _r in got)


def test_members_then_their_own_rate_stay_members(register):
    # near miss: "dengan capaian 45 persen" is the rate the members make
    text = (
        "Hingga Juni 2025, kepesertaan BPJS Ketenagakerjaan di Kota Bogor tercatat 21 "
        "ribu pekerja jasa konstruksi, dengan capaian 45 persen."
    )
    got = read(text, register)
    assert not any(m == "workforce" and v == "21000" for m, _s, v, _r in got)


# -- workers said registered, or a part of the potential, are members ------------


def test_a_workforce_noun_said_registered_is_members(register):
    text = (
        "Sebanyak 27.450 angkatan kerja di Kota Solok di 2024 terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "27450", "Kota Solok") in got
    assert not any(m == "workforce" and v == "27450" for m, _s, v, _r in got)


def test_workers_said_a_part_of_the_potential_are_members(register):
    text = (
        "Potensi peserta BPJS Ketenagakerjaan di Jambi sementara ini baru tergarap 24,1 "
        "persen dari potensi sebanyak 1,62 juta pekerja di Jambi. Kepala Kantor Wilayah "
        "mengatakan berdasarkan data terakhir terdapat 390.412 pekerja per 30 September "
        "2024 dari total potensi tersebut."
    )
    got = read(text, register)
    assert ("participants", "total", "390412", "Jambi") in got
    assert ("workforce", "total", "1620000", "Jambi") in got


def test_the_whole_of_a_share_said_registered_stays_the_workers(register):
    # near miss: "dari sekitar 4,4 juta tenaga kerja ... terdaftar" is the whole
    text = (
        "Hingga akhir 2024 baru 25 persen (1,1 juta pekerja) dari sekitar 4,4 juta "
        "tenaga kerja di Jambi terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "total", "4400000", "Jambi") in got
    assert ("participants", "total", "1100000", "Jambi") in got
