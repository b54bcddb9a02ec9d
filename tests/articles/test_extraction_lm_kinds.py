"""Issue 13, sets L and M (lmtune): workers whose premiums someone else pays
(the vulnerable segment) in the phrasings those sets showed, places named as
examples or by a speaker's introduction, workforce wholes and standings
written without "peringkat". Each kind on a text written for this test (other
places, other numbers, other words). Full region register from fixtures/, no
database."""

from tests.articles.readings import read

# -- who pays the premiums ----------------------------------------------------


def test_workers_covered_free_of_charge_are_vulnerable(register):
    text = (
        "Sebanyak 2.450 petambak di Kabupaten Demak kini terlindungi BPJS "
        "Ketenagakerjaan secara gratis."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2450", "Kabupaten Demak") in got


def test_an_occupation_noun_makes_a_count_of_people(register):
    text = (
        "Hingga Oktober, sebanyak 860 penyadap karet di Kabupaten Muara Enim telah "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "860", "Kabupaten Muara Enim") in got


def test_workers_of_a_programme_paid_by_a_revenue_share_are_vulnerable(register):
    # the programme and its payer are in the sentence before the count
    text = (
        "Pemerintah Kabupaten Kampar juga melanjutkan perlindungan bagi buruh kebun "
        "melalui skema Dana Bagi Hasil (DBH) Sawit. Hingga kini, 5.214 pekerja sudah "
        "terdaftar melalui program tersebut."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "5214", "Kabupaten Kampar") in got


def test_workers_of_a_programme_said_earlier_to_be_funded_by_the_apbd_are_vulnerable(
    register,
):
    # the payer is named paragraphs before "program ini" refers back to it
    text = (
        "Pemerintah Kabupaten Dharmasraya meluncurkan perlindungan jaminan sosial bagi "
        "pekerja miskin. Program ini didanai melalui Anggaran Pendapatan dan Belanja "
        "Daerah (APBD).\n\n"
        "Kepala dinas mengatakan layanan klaim dibuka di setiap kecamatan.\n\n"
        "Jumlah pekerja yang sudah didaftarkan dalam program ini naik dari 2.104 orang "
        "pada 2023 menjadi 9.870 peserta pada 2025."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2104", "Kabupaten Dharmasraya") in got
    assert ("participants", "vulnerable", "9870", "Kabupaten Dharmasraya") in got


def test_a_programme_with_no_payer_leaves_its_workers_in_the_total(register):
    text = (
        "Pemerintah Kabupaten Dharmasraya meluncurkan program sosialisasi jaminan sosial "
        "bagi pekerja. Jumlah pekerja yang sudah terdaftar dalam program ini mencapai "
        "9.870 peserta."
    )
    got = read(text, register)
    assert ("participants", "total", "9870", "Kabupaten Dharmasraya") in got


def test_a_government_budgeting_protection_for_workers_pays_for_them(register):
    text = (
        "Pada tahun 2024, pemerintah daerah di Provinsi Maluku telah menganggarkan "
        "program perlindungan jaminan sosial ketenagakerjaan kepada 12.870 pekerja."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12870", "Maluku") in got


def test_workers_an_allocation_protects_against_work_accidents_are_counted(register):
    # "jaminan kecelakaan kerja" names a benefit, not an accident that happened
    text = (
        "Tahun ini Pemkot Madiun mengalokasikan anggaran sebesar Rp1,2 miliar untuk "
        "perlindungan 9.300 pekerja rentan, mencakup jaminan kecelakaan kerja dan jaminan "
        "kematian."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "9300", "Kota Madiun") in got


def test_an_accident_that_befell_workers_is_still_no_count_of_members(register):
    text = (
        "Di Kota Madiun, kecelakaan kerja menimpa 130 pekerja sepanjang tahun lalu, "
        "kata Kepala BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert not [g for g in got if g[2] == "130"]


def test_a_short_sentence_naming_the_payer_makes_the_next_count_vulnerable(register):
    text = (
        "Kepala dinas di Kota Depok menjelaskan skema perlindungan pekerja informal.\n\n"
        '"Semuanya dibayar oleh APBD. Kalau ditambah yang hari ini, jadi totalnya '
        'sekitar 31.000 peserta," ucapnya.'
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "31000", "Kota Depok") in got


# -- places -----------------------------------------------------------------


def test_the_first_of_a_province_in_a_headline_is_a_scope(register):
    text = (
        "Pertama di Jatim, 8.200 Pekerja Rentan di Madiun Terlindungi BPJS Ketenagakerjaan\n\n"
        "Sebanyak 8.200 pekerja rentan di Kota Madiun resmi terlindungi BPJS "
        "Ketenagakerjaan. Program ini menjadi yang pertama di Provinsi Jawa Timur."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8200", "Kota Madiun") in got
    assert not [g for g in got if g[2] == "8200" and g[3] == "Jawa Timur"]


def test_a_place_named_as_an_example_after_a_figure_is_not_its_place(register):
    text = (
        "Kepesertaan di Provinsi Nusa Tenggara Timur terus tumbuh. Sebanyak 4.120 "
        "nelayan telah menjadi peserta BPJS Ketenagakerjaan di wilayah pesisir, termasuk "
        "Kabupaten Alor."
    )
    got = read(text, register)
    assert ("participants", "total", "4120", "Nusa Tenggara Timur") in got


def test_an_example_with_its_own_figure_keeps_that_figure(register):
    text = (
        "Sebanyak 4.120 nelayan di Nusa Tenggara Timur telah menjadi peserta, "
        "termasuk Kabupaten Alor sebanyak 610 peserta."
    )
    got = read(text, register)
    assert ("participants", "total", "610", "Kabupaten Alor") in got


def test_a_quote_speaks_of_the_region_its_speaker_was_introduced_with(register):
    # the article is about a regency; the governor's quote is the province's
    text = (
        "Kendal Dukung Perlindungan Pekerja Rentan\n\n"
        "KENDAL - Pemerintah Kabupaten Kendal hadir dalam peluncuran program itu. Bupati "
        "Kendal menyebut Kendal siap mendukung.\n\n"
        "Dalam sambutannya, Gubernur Jawa Tengah menegaskan komitmen melindungi pekerja "
        "rentan di seluruh Jawa Tengah.\n\n"
        '"Tahun ini ditetapkan sebanyak 41.300 pekerja rentan sebagai penerima bantuan '
        'iuran," jelasnya.'
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "41300", "Jawa Tengah") in got


def test_the_parts_of_a_whole_keep_the_wholes_region(register):
    text = (
        "Pemerintah Provinsi Riau menetapkan 15.200 pekerja rentan sebagai penerima "
        "bantuan iuran. Dari jumlah itu, 11.050 merupakan pekerja kebun di 12 "
        "kabupaten/kota, sementara 4.150 lainnya nelayan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "11050", "Riau") in got
    assert ("participants", "vulnerable", "4150", "Riau") in got
