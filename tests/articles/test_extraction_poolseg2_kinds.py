"""Issue 13, pooled round "poolseg2": kinds of segment and region errors that
recur across at least three real-news sets (the newer sets X to AD among
them), each on a text written for this test (other places, other numbers,
other words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- a sentence going on about the one before carries only a group a figure
# there took (not one the figure leaves out) ---------------------------------


def test_a_group_left_out_of_the_figure_before_is_not_carried(register):
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Lahat\n\n"
        "Lahat - Jumlah angkatan kerja di Kabupaten Lahat tercatat 212.340 jiwa di luar "
        "TNI, Polri, PNS dan P3K. Dari jumlah angkatan kerja tersebut, 61.870 jiwa atau "
        "29,14% telah terlindungi BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "total", "212340", "Kabupaten Lahat") in got
    assert ("participants", "total", "61870", "Kabupaten Lahat") in got
    assert ("coverage_pct", "total", "29.14", "Kabupaten Lahat") in got
    # a group the figure before took is still carried
    text = (
        "Di Kabupaten Lahat, segmen penerima upah (PU) berpotensi 41.200 pekerja. Bahkan, "
        "peserta aktif BPJS Ketenagakerjaan sudah mencapai 30.515 pekerja."
    )
    got = read(text, register)
    assert ("participants", "formal", "30515", "Kabupaten Lahat") in got


def test_a_count_after_a_sentence_that_only_leaves_groups_out_is_the_whole(register):
    # the sentence before names groups only to leave them out; the count that
    # restates it ("Jumlahnya ...") and the part of it after are everyone's
    text = (
        "Angkatan kerja yang dimaksud adalah penduduk Kabupaten Lahat di luar TNI, Polri, "
        "PNS dan P3K. Jumlahnya ada 212.340 jiwa. Dari jumlah angkatan kerja tersebut, "
        "61.870 jiwa atau 29,14% telah terlindungi BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("workforce", "total", "212340", "Kabupaten Lahat") in got
    assert ("participants", "total", "61870", "Kabupaten Lahat") in got
    assert ("coverage_pct", "total", "29.14", "Kabupaten Lahat") in got
    # a group the sentence before names as its subject is still taken
    text = (
        "Pekerja rentan di Kabupaten Lahat kini terlindungi BPJS Ketenagakerjaan. "
        "Jumlahnya mencapai 8.300 orang."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8300", "Kabupaten Lahat") in got


# -- informal workers a government's own budget pays for are vulnerable ---------


def test_informal_workers_paid_from_the_regional_budget_are_vulnerable(register):
    # the budget as the fund, in the count's clause
    text = (
        "Pemkab Klaten mendapat apresiasi atas perlindungan BPJS Ketenagakerjaan untuk "
        "Jaminan Kecelakaan Kerja (JKK) melalui Mekanisme Anggaran Pemerintah Daerah TA 2025 "
        "sebanyak 1.830 tenaga kerja informal."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "1830", "Kabupaten Klaten") in got
    # a programme the sentence before says the budget funds
    text = (
        "Program perlindungan di Kota Madiun menyasar pedagang kecil dan tukang ojek. "
        "Pendanaannya berasal dari Dana Bagi Hasil Cukai Hasil Tembakau (DBHCHT). Hingga "
        "Mei 2025, sebanyak 4.120 pekerja informal di Kota Madiun telah mendapatkan "
        "perlindungan melalui program ini."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4120", "Kota Madiun") in got
    # a headline's government and its short verb
    text = (
        "Pemkot Madiun Beri Perlindungan BPJS Ketenagakerjaan 2.750 Pekerja Nonformal\n"
        "MADIUN - Pemerintah Kota Madiun menyerahkan kartu kepesertaan kepada para pekerja."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2750", "Kota Madiun") in got


def test_informal_members_without_a_payer_stay_informal(register):
    text = (
        "Peserta BPJS Ketenagakerjaan di Kota Madiun dari sektor informal tercatat "
        "sebanyak 6.410 pekerja informal. Pemkot berharap APBD kelak dapat membantu."
    )
    got = read(text, register)
    assert ("participants", "informal", "6410", "Kota Madiun") in got


# -- a count followed by a list of the membership groups is their total ----------


def test_a_count_followed_by_a_list_of_groups_is_the_total(register):
    text = (
        "Kepala Disnaker Kota Madiun mengatakan, cakupan pekerja yang telah terlindungi "
        "BPJS Ketenagakerjaan di Kota Madiun meliputi 61.240 pekerja sektor penerima upah, "
        "bukan penerima upah, dan jasa konstruksi."
    )
    got = read(text, register)
    assert ("participants", "total", "61240", "Kota Madiun") in got
    text = (
        "Melalui program BPJS Ketenagakerjaan, sebanyak 38.115 pekerja sektor formal, "
        "informal, perangkat desa hingga pekerja rentan di Kabupaten Ngawi telah terlindungi."
    )
    got = read(text, register)
    assert ("participants", "total", "38115", "Kabupaten Ngawi") in got
    # the whole after the list is of the same groups
    text = (
        "Cakupan di Provinsi Gorontalo mencapai 37,5 persen atau sebanyak 120.400 pekerja "
        "baik dari sektor penerima upah, bukan penerima upah dan juga jasa konstruksi dari "
        "semesta coverage sebesar 321.070 pekerja."
    )
    got = read(text, register)
    assert ("workforce", "total", "321070", "Gorontalo") in got
    # one group named after the number is still its own
    text = (
        "Di Kota Madiun terdapat 15.300 pekerja sektor informal yang sudah menjadi peserta "
        "BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "informal", "15300", "Kota Madiun") in got


def test_construction_workers_under_the_common_misspelling(register):
    text = (
        "BPJS Ketenagakerjaan mencatat peserta sektor jasa kontruksi di Kabupaten Lahat "
        "sebanyak 2.415 pekerja."
    )
    got = read(text, register)
    assert ("participants", "construction", "2415", "Kabupaten Lahat") in got
