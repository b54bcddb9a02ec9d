"""Issue 13, pooled round "poolseg": kinds of segment and region errors that
recur across at least three real-news sets, each on a text written for this
test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read

# -- a place named after the figure in another role: a national benchmark, a
# government that pays together with another ---------------------------------


def test_a_rate_before_the_national_target_keeps_its_own_region(register):
    text = (
        "BPJS Ketenagakerjaan Kota Bontang Kejar Kepesertaan\n\n"
        "Bontang - BPJS Ketenagakerjaan Kota Bontang terus menambah peserta. Saat ini cakupan "
        "kepesertaan baru mencapai 58 persen, masih jauh dari target nasional "
        "sebesar 75 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "58", "Kota Bontang") in got
    assert ("target_pct", "total", "75", "Indonesia") in got


def test_a_rate_then_padahal_national_target_keeps_the_region_named_before(register):
    text = (
        "Sekitar 310 ribu tenaga kerja di Kabupaten Madiun, yang terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan baru 31 persen, padahal target nasional minimal 45 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "31", "Kabupaten Madiun") in got


def test_a_province_paying_together_with_the_regency_is_not_the_workers_place(register):
    text = (
        "Pemkab Kuningan Perluas Perlindungan Pekerja Rentan\n\n"
        "Kuningan - Sebanyak 12.480 pekerja rentan mulai menerima kepesertaan BPJS "
        "Ketenagakerjaan yang iurannya ditanggung pemerintah daerah bersama Pemerintah "
        "Provinsi Jawa Barat."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12480", "Kabupaten Kuningan") in got
    assert not any(r == "Jawa Barat" for *_x, r in got)


# -- workers counted by village: village staff, the "other" segment --------------


def test_villages_with_so_many_workers_are_village_staff(register):
    text = (
        "Jumlah desa di Kabupaten Klaten yang sudah terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan sebanyak 214 desa dengan 3.140 tenaga kerja."
    )
    got = read(text, register)
    assert ("participants", "other", "3140", "Kabupaten Klaten") in got
    # a named group counted from villages keeps its group
    text = (
        "Sebanyak 6.200 pekerja rentan dari 62 desa di Kabupaten Klaten kini terdaftar "
        "sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6200", "Kabupaten Klaten") in got


def test_workers_in_the_villages_are_village_staff(register):
    text = (
        'Pemkab Bone mendaftarkan pekerjanya ke BPJS Ketenagakerjaan. "Kalau saya rinci, '
        'pekerja rentan kurang lebih 9.000. Kemudian 4.300 tenaga kerja di desa," katanya.'
    )
    got = read(text, register)
    assert ("participants", "other", "4300", "Kabupaten Bone") in got
    assert ("participants", "vulnerable", "9000", "Kabupaten Bone") in got


def test_a_per_village_count_summed_is_village_staff(register):
    text = (
        "Baru 90 desa di Kabupaten Bireuen tercatat sebagai peserta aktif BPJS "
        "Ketenagakerjaan. Dari 90 desa itu, rata-rata per desa 5 orang. Jika ditotalkan "
        "berjumlah 450 peserta."
    )
    got = read(text, register)
    assert ("participants", "other", "450", "Kabupaten Bireuen") in got
    # a sum restating a count given with its group keeps that group
    text = (
        "Sebanyak 6.200 pekerja rentan dari 62 desa di Kabupaten Klaten kini terdaftar "
        'sebagai peserta BPJS Ketenagakerjaan. "Kami lindungi 100 pekerja per desa. '
        'Totalnya 6.200 peserta dari 62 desa," ujar Bupati.'
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6200", "Kabupaten Klaten") in got
    assert ("participants", "other", "6200", "Kabupaten Klaten") not in got


# -- government money for the counted workers' membership: the vulnerable --------


def test_a_budget_for_so_many_workers_pays_for_vulnerable_workers(register):
    text = (
        "Pemkab Sidrap Anggarkan Rp740 Juta untuk 18.250 Pekerja Jadi Peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "18250", "Kabupaten Sidenreng Rappang") in got


def test_funds_to_pay_the_membership_of_so_many_workers(register):
    text = (
        "DPRD Kabupaten Boalemo menyetujui anggaran sekitar Rp 2,1 miliar. Dana ini untuk "
        "membiayai kepesertaan BPJS Ketenagakerjaan bagi 9.400 masyarakat pekerja di Boalemo."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "9400", "Kabupaten Boalemo") in got
    # money for a plan makes no participants
    text = (
        '"Untuk meningkatkan kepesertaan di 2026, Pemkot Binjai mengalokasikan untuk 6.000 '
        'pekerja rentan," kata Wali Kota.'
    )
    got = read(text, register)
    assert not any(m == "participants" and v == "6000" for m, _s, v, _r in got)


def test_a_programme_whose_payer_is_named_soon_after(register):
    text = (
        "Pemkab Kaur memperluas perlindungan pekerja informal.\n\n"
        "Pada tahap awal program ini, sudah ada sekitar 1.350 pekerja informal di Kabupaten "
        "Kaur yang telah terdaftar sebagai peserta BPJS Ketenagakerjaan.\n\n"
        "Untuk mendanai program di tahap awal, Pemkab Kaur telah mengalokasikan anggaran "
        "sekitar Rp70 juta dari APBD Tahun 2025."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "1350", "Kabupaten Kaur") in got


# -- a sentence that goes on about the group of the one before ------------------


def test_bahkan_goes_on_about_the_group_named_before(register):
    text = (
        "Kabupaten Soppeng mencatat potensi kepesertaan per segmen.\n\n"
        "Sementara segmen Penerima Upah (PU) berpotensi 21.400 pekerja.\n\n"
        "Bahkan, peserta aktif BPJS mencapai 22.910 pekerja."
    )
    got = read(text, register)
    assert ("participants", "formal", "22910", "Kabupaten Soppeng") in got


def test_a_rate_of_the_count_referred_back_takes_its_group(register):
    text = (
        "Di Kabupaten Jombang, jumlah peserta aktif BPJS Ketenagakerjaan berstatus penerima "
        "upah (PU) mencapai 98.400 orang. Jumlah pekerja terlindungi itu setara 41,7% dari "
        "jumlah penduduk bekerja."
    )
    got = read(text, register)
    assert ("coverage_pct", "formal", "41.7", "Kabupaten Jombang") in got


def test_this_category_is_the_group_named_before(register):
    text = (
        "Untuk pekerja non-ASN di Kabupaten Pemalang, termasuk perangkat desa dan RT/RW, "
        "jumlah peserta tercatat sebanyak 8.210 dari potensi 19.400 orang.\n\n"
        "\u201cTingkat perlindungan untuk kategori ini baru menyentuh 42,3 persen,\u201d "
        "katanya."
    )
    got = read(text, register)
    assert ("coverage_pct", "other", "42.3", "Kabupaten Pemalang") in got
    # after a list of groups, "Jumlah ini" is the whole's
    text = (
        "Dari 610.000 pekerja di Kabupaten Gresik tercatat 301.000 orang menjadi peserta "
        "BPJS Ketenagakerjaan. Sebanyak 250.000 pekerja penerima upah (PU). Selain itu ada "
        "21.000 pekerja bukan penerima upah. Sedangkan 30.000 lainnya adalah pekerja "
        "konstruksi.\n\nJumlah ini baru sekitar 49,34 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "49.34", "Kabupaten Gresik") in got
