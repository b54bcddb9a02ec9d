"""Issue 13, set J (segtune): kinds of sentences about workers whose premiums
a government pays, and other segment readings, each shown on a text written
for this test (other places, other numbers, other words). Full region register
from fixtures/, no database."""

from tests.articles.readings import read


def test_a_government_that_gives_or_finances_the_premiums_makes_them_vulnerable(register):
    text = (
        "Tahun 2024 Pemerintah Kabupaten Jepara memberikan iuran BPJS Ketenagakerjaan "
        "kepada sebanyak 4.250 petani penggarap. Sebelumnya, Pemkab Jepara hanya mampu "
        "membiayai premi BPJS Ketenagakerjaan untuk sekitar 1.300 buruh tani."
    )
    got = read(text, register, published=None)
    assert ("participants", "vulnerable", "4250", "Kabupaten Jepara") in got
    assert ("participants", "vulnerable", "1300", "Kabupaten Jepara") in got


def test_premiums_allocated_for_named_regions_count_their_workers(register):
    # an allocation of premium aid (PBI) already made is no planned headcount
    text = (
        "Pada 2025 terdapat dua kabupaten yang mengalokasikan PBI BPJS Ketenagakerjaan "
        "melalui APBD, yaitu Kabupaten Boven Digoel sebanyak 3.410 pekerja dan "
        "Kabupaten Mappi 1.975 pekerja."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3410", "Kabupaten Boven Digoel") in got
    assert ("participants", "vulnerable", "1975", "Kabupaten Mappi") in got


def test_the_next_sentence_can_say_who_pays_for_the_workers_counted(register):
    text = (
        "BPJS Ketenagakerjaan mencatat sebanyak 2.640 nelayan di Kabupaten Rembang telah "
        "mendapatkan perlindungan.\n\n"
        "Perlindungan itu diberikan melalui mekanisme Dana Bagi Hasil Cukai Hasil "
        "Tembakau (DBHCHT) tahun 2025."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2640", "Kabupaten Rembang") in got
    assert not {seg for _m, seg, *_ in got} - {"vulnerable"}


def test_a_next_sentence_about_others_or_only_naming_a_donation_leaves_the_total(register):
    # the sentence after names no one paid for: the count keeps its own segment
    text = (
        "BPJS Ketenagakerjaan mencatat sebanyak 2.640 pekerja di Kabupaten Rembang "
        "telah terdaftar sebagai peserta aktif.\n\n"
        '"Mereka terdiri atas 2.100 penerima upah dan 540 bukan penerima upah," '
        "kata Kepala Cabang usai menghadiri penyerahan bantuan premi oleh bank daerah."
    )
    got = read(text, register)
    assert ("participants", "total", "2640", "Kabupaten Rembang") in got
    assert ("participants", "formal", "2100", "Kabupaten Rembang") in got


def test_another_name_for_a_group_does_not_change_its_segment(register):
    text = (
        "Untuk pekerja bukan penerima upah, atau yang sering disebut pekerja rentan, "
        "capaian kepesertaan BPJS Ketenagakerjaan di Provinsi Maluku mencapai 38,12 "
        "persen dari total 210.450 orang."
    )
    got = read(text, register)
    assert ("coverage_pct", "informal", "38.12", "Maluku") in got
    assert ("workforce", "informal", "210450", "Maluku") in got
