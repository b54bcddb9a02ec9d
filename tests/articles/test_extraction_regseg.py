"""Round "regseg": informal workers a government pays for or covers are the
vulnerable segment when the text (or the count's own clause) said so before the
count, while a breakdown of the members by group keeps its informal part; and
workers counted as those of the firms named right after them ("N tenaga kerja
dari M perusahaan", "... yang bekerja pada M perusahaan") are the formal, as is
the part of them the sentence goes on to ("dari jumlah itu, baru ..."), while
firms counted with their workers stay the total. Texts written for this test
(other places, other numbers, other words). Full register from fixtures/, no
database."""

from tests.articles.readings import read

# -- informal workers counted after a government's cover for them --------------


def test_informal_workers_a_regency_covers_are_vulnerable(register):
    text = (
        "Kabupaten Wonosobo - Pemerintah Kabupaten Wonosobo memberikan perlindungan "
        "kepada pekerja sektor informal seperti pedagang pasar dan penjahit. Hingga "
        "kini jumlah pekerja informal yang sudah dilindungi mencapai 2.436 pekerja."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2436", "Kabupaten Wonosobo") in got
    assert ("participants", "informal", "2436", "Kabupaten Wonosobo") not in got


def test_informal_workers_a_subsidy_is_for_in_the_same_clause_are_vulnerable(register):
    # no government names itself in the sentence: the subsidy for the group does
    text = (
        "Kota Madiun - Kepala Dinas Tenaga Kerja Kota Madiun menyebut penyaluran "
        "subsidi iuran Jamsostek untuk pekerja informal sebanyak 4.918 jiwa terus "
        "bertambah."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "4918", "Kota Madiun") in got


def test_informal_workers_after_a_budget_for_them_are_vulnerable(register):
    text = (
        "Kota Jambi - Pemerintah Kota Jambi menyiapkan anggaran sebesar Rp2,1 miliar "
        "untuk memperluas kepesertaan BPJS Ketenagakerjaan bagi pekerja informal.\n\n"
        "Kepala Dinas Tenaga Kerja mengatakan pendataan masih berjalan.\n\n"
        "Saat ini pekerja informal yang sudah tercover sebanyak 6.207 orang."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6207", "Kota Jambi") in got


# -- near misses: what stays informal --------------------------------------------


def test_informal_members_with_no_payer_stay_informal(register):
    text = (
        "Kota Madiun - Jumlah pekerja informal di Kota Madiun yang terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan mencapai 4.918 orang, kata kepala kantor cabang."
    )
    got = read(text, register)
    assert ("participants", "informal", "4918", "Kota Madiun") in got


def test_the_agency_covering_informal_workers_is_no_payer(register):
    text = (
        "Kota Madiun - BPJS Ketenagakerjaan terus memberikan perlindungan kepada "
        "pekerja informal. Jumlah pekerja informal di Kota Madiun yang terdaftar "
        "mencapai 4.918 orang."
    )
    got = read(text, register)
    assert ("participants", "informal", "4918", "Kota Madiun") in got


def test_a_breakdown_of_the_members_by_group_keeps_its_informal_part(register):
    text = (
        "Kabupaten Wonosobo - Pemerintah Kabupaten Wonosobo menanggung iuran premi "
        "bagi pekerja informal yang miskin. Menurut data kantor cabang, peserta di "
        "Kabupaten Wonosobo terdiri dari 21.540 pekerja formal, 8.316 pekerja "
        "informal, dan 1.207 pekerja jasa konstruksi."
    )
    got = read(text, register)
    assert ("participants", "informal", "8316", "Kabupaten Wonosobo") in got


# -- workers counted as those of the firms named right after them ----------------


def test_workers_from_so_many_firms_are_formal(register):
    text = (
        "Kota Madiun - Hingga Juni, tercatat 8.214 tenaga kerja aktif dari total 356 "
        "badan usaha di Kota Madiun yang terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "formal", "8214", "Kota Madiun") in got
    assert ("participants", "total", "8214", "Kota Madiun") not in got


def test_the_part_of_workers_at_so_many_firms_is_formal_too(register):
    text = (
        "Kabupaten Wonosobo - Menurut data dinas, terdapat 23.480 tenaga kerja di "
        "Kabupaten Wonosobo yang bekerja pada 912 perusahaan, dari jumlah itu, baru "
        "14.066 orang yang sudah menjadi peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "formal", "14066", "Kabupaten Wonosobo") in got


def test_firms_counted_with_their_workers_stay_total(register):
    # the firms are what is counted; the workers are given as theirs
    text = (
        "Kota Madiun - Di Kota Madiun terdapat 356 perusahaan dengan 8.214 tenaga "
        "kerja yang terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "8214", "Kota Madiun") in got


def test_a_part_of_a_whole_of_no_group_stays_total(register):
    text = (
        "Kabupaten Wonosobo - Menurut data dinas, terdapat 23.480 tenaga kerja di "
        "Kabupaten Wonosobo, dari jumlah itu, baru 14.066 orang yang sudah menjadi "
        "peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "14066", "Kabupaten Wonosobo") in got


def test_members_said_first_then_their_firms_stay_total(register):
    # the region's members are the subject; the firms only say where they come from
    text = (
        "Kota Madiun - Jumlah peserta BPJS Ketenagakerjaan di Kota Madiun mencapai "
        "31.870 pekerja dari 1.204 perusahaan pada akhir tahun lalu."
    )
    got = read(text, register)
    assert ("participants", "total", "31870", "Kota Madiun") in got
