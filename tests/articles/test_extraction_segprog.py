"""Round "segprog": the group of a figure whose value, metric and region are
read right. A series of the vulnerable stops at a figure of the whole; a rate
or potential of workers named both informal and vulnerable is the informal
segment's; a sentence after a list of counts that says all their premiums are
paid names the list's payer; a breakdown of a whole said twice takes the group
it was said with first; a sentence opening with its group ("Sedangkan untuk
peserta jasa konstruksi ...") speaks of it in its later clauses. Texts written
for this test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read

# -- a series of the vulnerable stops at a figure of the whole --------------------


def test_covered_workers_after_the_whole_workforce_are_the_total(register):
    text = (
        "Kabupaten Klaten - Pemerintah Kabupaten Klaten telah mendaftarkan 8.200 pekerja "
        "rentan dalam program BPJS Ketenagakerjaan, kata Kepala Disnaker, Senin.\n"
        "Ia menambahkan, saat ini jumlah masyarakat pekerja yang ada di Kabupaten Klaten "
        "sebanyak 540 ribu jiwa. Namun, baru 210 ribu pekerja yang terlindungi program "
        "jaminan sosial ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "210000", "Kabupaten Klaten") in got
    assert ("participants", "vulnerable", "210000", "Kabupaten Klaten") not in got


def test_a_series_with_no_figure_between_goes_on(register):
    text = (
        "Kabupaten Klaten - Pemerintah Kabupaten Klaten telah mendaftarkan 8.200 pekerja "
        "rentan dalam program BPJS Ketenagakerjaan, kata Kepala Disnaker, Senin.\n"
        "Namun, baru 5.100 pekerja yang terlindungi program jaminan sosial ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "5100", "Kabupaten Klaten") in got


# -- rates and potentials of workers named both informal and vulnerable ------------


def test_a_rate_of_informal_and_vulnerable_workers_is_the_informal(register):
    text = (
        "Kepala Kantor Wilayah BPJS Ketenagakerjaan Jawa Timur mengatakan kepesertaan "
        "pekerja formal di Jawa Timur sudah mencapai 58 persen. Sementara itu, untuk "
        "kategori pekerja bukan penerima upah dan pekerja rentan, cakupannya masih di "
        "angka 14 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "informal", "14", "Jawa Timur") in got
    assert ("coverage_pct", "vulnerable", "14", "Jawa Timur") not in got


def test_a_potential_of_informal_and_vulnerable_workers_is_the_informal(register):
    text = (
        "Kota Madiun - Menurut data dinas, potensi pekerja rentan atau pekerja bukan "
        "penerima upah di Kota Madiun mencapai 31 ribu orang, kata Kepala Disnaker kepada "
        "wartawan."
    )
    got = read(text, register)
    assert ("workforce", "informal", "31000", "Kota Madiun") in got


def test_members_named_both_informal_and_vulnerable_stay_vulnerable(register):
    text = (
        "Kota Madiun - Sebanyak 4.500 pekerja rentan atau pekerja bukan penerima upah di "
        "Kota Madiun telah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4500", "Kota Madiun") in got


def test_workers_named_informal_and_vulnerable_in_one_phrase_are_the_vulnerable(register):
    # one group named by both words, not two names joined by "atau"/"dan"
    text = (
        "GOWA - Pemkab Gowa terus mendorong perlindungan BPJS Ketenagakerjaan bagi pekerja "
        "rentan. Tercatat jumlah pekerja informal rentan di Kabupaten Gowa saat ini mencapai "
        "38.681 orang. Sementara cakupan pekerja informal rentan yang terlindungi baru 14 "
        "persen."
    )
    got = read(text, register)
    assert ("workforce", "vulnerable", "38681", "Kabupaten Gowa") in got
    assert ("coverage_pct", "vulnerable", "14", "Kabupaten Gowa") in got


# -- all premiums paid, said after a list of counts --------------------------------


def test_counts_whose_premiums_the_next_sentence_says_are_paid_are_vulnerable(register):
    text = (
        "Kupang - Program kepesertaan BPJS Ketenagakerjaan bagi pekerja rentan digulirkan "
        "Pemerintah Provinsi NTT tahun ini.\n"
        "Untuk wilayah selatan, total penerima manfaat mencapai 5.210 orang, terdiri atas "
        "Kabupaten Kupang 3.100 peserta dan Kabupaten Rote Ndao 2.110 peserta. Seluruh "
        "iuran peserta ditanggung melalui APBD Provinsi NTT."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3100", "Kabupaten Kupang") in got
    assert ("participants", "vulnerable", "2110", "Kabupaten Rote Ndao") in got


def test_counts_with_no_payer_after_them_stay_the_total(register):
    text = (
        "Kupang - Kepesertaan BPJS Ketenagakerjaan di NTT terus bertambah tahun ini.\n"
        "Untuk wilayah selatan, total peserta mencapai 5.210 orang, terdiri atas Kabupaten "
        "Kupang 3.100 peserta dan Kabupaten Rote Ndao 2.110 peserta. Kantor cabang terus "
        "melakukan sosialisasi."
    )
    got = read(text, register)
    assert ("participants", "total", "3100", "Kabupaten Kupang") in got
    assert ("participants", "total", "2110", "Kabupaten Rote Ndao") in got


# -- a breakdown of a whole said twice ----------------------------------------------


def test_a_breakdown_of_fishers_said_again_as_candidates_is_theirs(register):
    text = (
        "Mamuju - Sebanyak 9.000 nelayan di Sulawesi Barat segera mendapatkan perlindungan "
        "jaminan sosial ketenagakerjaan melalui BPJS Ketenagakerjaan.\n"
        "Program ini diharapkan mengurangi kemiskinan. Data 9.000 jiwa calon peserta telah "
        "diverifikasi. Rinciannya: Kabupaten Majene (5.000 jiwa) dan Kabupaten Mamuju "
        "(4.000 jiwa)."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "5000", "Kabupaten Majene") in got
    assert ("participants", "vulnerable", "4000", "Kabupaten Mamuju") in got


def test_a_breakdown_of_another_whole_stays_the_total(register):
    text = (
        "Mamuju - Sebanyak 9.000 nelayan di Sulawesi Barat segera mendapatkan perlindungan "
        "jaminan sosial ketenagakerjaan melalui BPJS Ketenagakerjaan.\n"
        "Secara keseluruhan, peserta BPJS Ketenagakerjaan di Sulawesi Barat mencapai 120.000 "
        "jiwa. Rinciannya: Kabupaten Majene 65.000 jiwa dan Kabupaten Mamuju 50.000 jiwa."
    )
    got = read(text, register)
    assert ("participants", "total", "65000", "Kabupaten Majene") in got
    assert ("participants", "total", "50000", "Kabupaten Mamuju") in got


# -- a sentence opening with its group -----------------------------------------------


def test_a_count_in_a_later_clause_of_a_group_sentence_is_the_group(register):
    text = (
        "Kabupaten Sikka - Kepala BPJS Ketenagakerjaan menyebut jumlah tenaga kerja formal "
        "di Kabupaten Sikka yang ditargetkan sebanyak 5.100 TK, terealisasi sebanyak 6.020 "
        "TK. Sedangkan untuk peserta jasa konstruksi ditargetkan sebanyak 3.100, "
        "terealisasi sebanyak 3.870 TK."
    )
    got = read(text, register)
    assert ("participants", "construction", "3870", "Kabupaten Sikka") in got
    assert ("participants", "total", "3870", "Kabupaten Sikka") not in got


def test_a_whole_after_the_group_of_a_sentence_stays_the_total(register):
    text = (
        "Kabupaten Sikka - Kepala BPJS Ketenagakerjaan menyebut jumlah tenaga kerja formal "
        "di Kabupaten Sikka terealisasi sebanyak 6.020 TK. Sedangkan untuk peserta jasa "
        "konstruksi terealisasi sebanyak 3.870 TK, sehingga total peserta mencapai 41.800 "
        "orang."
    )
    got = read(text, register)
    assert ("participants", "total", "41800", "Kabupaten Sikka") in got
