"""Round "regseg": informal workers a government pays for or covers are the
vulnerable segment when the text (or the count's own clause) said so before the
count; a breakdown of the members by group keeps its informal part. Texts
written for this test (other places, other numbers, other words). Full register
from fixtures/, no database."""

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
