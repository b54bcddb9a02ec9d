"""Issue 13, round "vuln": figures about vulnerable workers (pekerja rentan),
kinds that recur across at least three real-news sets, each on a text written
for this test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read

# -- a count of a trade of the self-employed poor --------------------------------


def test_farmers_protected_are_vulnerable_workers(register):
    text = (
        "Sebanyak 5.230 petani di Kabupaten Sigi kini mendapatkan perlindungan "
        "BPJS Ketenagakerjaan."
    )
    assert ("participants", "vulnerable", "5230", "Kabupaten Sigi") in read(text, register)


def test_fishers_and_farm_hands_are_vulnerable_workers(register):
    text = (
        "Dinas Tenaga Kerja Kabupaten Sigi mencatat 2.415 buruh tani dan nelayan telah "
        "didaftarkan sebagai peserta BPJS Ketenagakerjaan."
    )
    assert ("participants", "vulnerable", "2415", "Kabupaten Sigi") in read(text, register)


def test_oil_palm_farmers_keep_their_reading(register):
    # near miss: the sets label oil-palm workers both ways, so no group is given
    text = (
        "Sebanyak 5.230 petani kelapa sawit di Kabupaten Sigi kini mendapatkan "
        "perlindungan BPJS Ketenagakerjaan."
    )
    assert ("participants", "total", "5230", "Kabupaten Sigi") in read(text, register)


def test_farmers_who_joined_on_their_own_are_no_paid_group(register):
    # near miss: a membership taken up, no protection given or paid for
    text = (
        "Sebanyak 5.230 petani di Kabupaten Sigi telah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "5230", "Kabupaten Sigi") not in got
    assert "5230" in {v for _m, _s, v, _r in got}


def test_a_trade_put_in_another_group_keeps_no_paid_group(register):
    # near miss: the text says the trade is an example of the self-employed
    text = (
        "Sebanyak 5.230 petani di Kabupaten Sigi kini mendapatkan perlindungan BPJS "
        "Ketenagakerjaan. Petani merupakan salah satu contoh pekerja bukan penerima upah."
    )
    assert ("participants", "vulnerable", "5230", "Kabupaten Sigi") not in read(text, register)


def test_a_count_of_people_with_no_trade_keeps_no_group(register):
    # near miss: the count names no trade (the recorded disagreement on groupless
    # counts), even in a sentence about farmers
    text = (
        "Sebanyak 5.230 orang di Kabupaten Sigi, sebagian besar petani, kini "
        "mendapatkan perlindungan BPJS Ketenagakerjaan."
    )
    assert ("participants", "total", "5230", "Kabupaten Sigi") in read(text, register)


def test_a_trade_given_as_an_example_of_a_group_keeps_that_group(register):
    text = (
        "Salah satu contoh pekerja informal di Jawa Tengah adalah nelayan. Saat ini sudah "
        "ada 98 ribu nelayan di Jateng yang terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert ("participants", "informal", "98000", "Jawa Tengah") in read(text, register)


def test_counts_of_a_trade_that_split_a_whole_stated_before_are_no_figures(register):
    text = (
        "Kabupaten Sigi kini memberikan perlindungan BPJS Ketenagakerjaan kepada 3.100 "
        "nelayan. Menurutnya, tahun lalu yang terdata sebanyak 2.700 nelayan, ditambah 400 "
        "nelayan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3100", "Kabupaten Sigi") in got
    assert not {v for _m, _s, v, _r in got} & {"2700", "400"}


# -- the vulnerable workers a place has, as recorded ------------------------------


def test_vulnerable_workers_a_register_records_are_the_workforce(register):
    text = (
        "Pemkab Sigi ingin memperluas jaminan sosial BPJS Ketenagakerjaan. Dinas Sosial "
        "Kabupaten Sigi mencatat sebanyak 12.480 pekerja rentan di wilayahnya, menurut data "
        "kependudukan terbaru."
    )
    assert ("workforce", "vulnerable", "12480", "Kabupaten Sigi") in read(text, register)


def test_vulnerable_workers_of_a_place_as_the_subject_are_the_workforce(register):
    text = (
        "Pemkab Sigi ingin memperluas jaminan sosial BPJS Ketenagakerjaan. Menurut Dinas "
        "Tenaga Kerja, pekerja rentan di Kabupaten Sigi ada sebanyak 31.500 jiwa, mulai dari "
        "buruh harian hingga pedagang kecil."
    )
    assert ("workforce", "vulnerable", "31500", "Kabupaten Sigi") in read(text, register)


def test_a_group_described_by_its_examples_keeps_the_group(register):
    text = (
        "Pemkab Sigi ingin memperluas jaminan sosial BPJS Ketenagakerjaan. Pekerja rentan di "
        "Kabupaten Sigi meliputi guru ngaji, marbot, ketua RT, relawan bencana dan pedagang "
        "kecil yang jumlahnya sebanyak 9.870."
    )
    assert ("workforce", "vulnerable", "9870", "Kabupaten Sigi") in read(text, register)


def test_recorded_vulnerable_workers_who_receive_help_are_participants(register):
    # near miss: the sentence says they receive the protection
    text = (
        "Dinas Sosial Kabupaten Sigi mencatat sebanyak 12.480 pekerja rentan di wilayahnya "
        "telah menerima bantuan perlindungan BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12480", "Kabupaten Sigi") in got
    assert ("workforce", "vulnerable", "12480", "Kabupaten Sigi") not in got
