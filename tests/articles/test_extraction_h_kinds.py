"""Issue 13, round four (extract-c, tuned on set H): kinds of sentences the
extractor misread in set H, each shown on a text written for this test (other
places, other numbers, other words). Full region register from fixtures/, no
database."""

from tests.articles.readings import read, values


def test_the_workers_a_place_has_and_their_parts_are_the_workforce(register):
    # "BPJS Ketenagakerjaan" is only the source of the data: no one is said to
    # be registered, so the place's workers are the denominator
    text = (
        "Menurut data BPJS Ketenagakerjaan, terdapat sekitar 1,8 juta pekerja di "
        "Kabupaten Garut, terdiri dari 700 ribu pekerja formal dan 1,1 juta pekerja "
        "informal. Selain itu, terdapat 250 ribu pekerja rentan yang berisiko jatuh "
        "miskin."
    )
    got = read(text, register)
    assert got == {
        ("workforce", "total", "1800000", "Kabupaten Garut"),
        ("workforce", "formal", "700000", "Kabupaten Garut"),
        ("workforce", "informal", "1100000", "Kabupaten Garut"),
        ("workforce", "vulnerable", "250000", "Kabupaten Garut"),
    }


def test_the_parts_of_a_participant_count_stay_participants(register):
    text = (
        "Jumlah peserta aktif BPJS Ketenagakerjaan di Kabupaten Garut mencapai "
        "420.000 orang, terdiri dari 310.000 penerima upah dan 110.000 bukan "
        "penerima upah."
    )
    got = read(text, register)
    assert ("participants", "total", "420000", "Kabupaten Garut") in got
    assert ("participants", "formal", "310000", "Kabupaten Garut") in got
    assert ("participants", "informal", "110000", "Kabupaten Garut") in got


def test_registered_workers_a_place_has_are_participants(register):
    text = (
        "Kabupaten Garut kini memiliki 95.000 pekerja yang terdaftar sebagai "
        "peserta BPJS Ketenagakerjaan."
    )
    assert read(text, register) == {("participants", "total", "95000", "Kabupaten Garut")}


def test_members_of_a_group_described_as_workers_are_participants(register):
    # "peserta dari kelompok ... atau pekerja informal": the workers' word only
    # names the group of the members counted
    text = (
        "Di Jawa Timur, peserta dari kelompok bukan penerima upah atau pekerja "
        "mandiri tercatat sebanyak 812.400 orang, dan peserta dari sektor jasa "
        "konstruksi sebanyak 290.100 orang."
    )
    got = read(text, register)
    assert ("participants", "informal", "812400", "Jawa Timur") in got
    assert ("participants", "construction", "290100", "Jawa Timur") in got
    assert not {m for m, *_ in got} - {"participants"}


def test_an_exclusion_covers_every_group_joined_to_it(register):
    text = (
        "Di Kalimantan Barat, peserta penerima upah di luar sektor jasa konstruksi "
        "dan pekerja migran Indonesia (PMI) sebanyak 310.250 orang, sedangkan peserta "
        "jakon sebanyak 45.800 orang."
    )
    got = read(text, register)
    assert ("participants", "formal", "310250", "Kalimantan Barat") in got
    assert ("participants", "construction", "45800", "Kalimantan Barat") in got


def test_members_added_in_a_period_are_no_count_of_members(register):
    text = (
        "Peserta aktif BPJS Ketenagakerjaan di Sumatera Barat sampai akhir Juni 2024 "
        "sebanyak 512.300 orang. Angka itu sudah termasuk penambahan peserta selama "
        "Januari hingga Juni 2024 yang sebanyak 61.200 orang.\n"
        "Dengan penambahan peserta dari program desa, jumlah peserta di Kota Padang "
        "kini mencapai 98.400 orang."
    )
    got = read(text, register)
    assert ("participants", "total", "512300", "Sumatera Barat") in got
    assert ("participants", "total", "98400", "Kota Padang") in got
    assert "61200" not in values(got)


def test_households_of_workers_insured_are_counted_as_the_insured(register):
    # one worker insured a household ("rumah tangga nelayan"); households of no
    # named work are not people counted
    text = (
        "Pada tahun 2024 Pemprov Kalimantan Barat menanggung iuran 21.400 rumah "
        "tangga nelayan dengan anggaran Rp4,2 miliar.\n"
        "Program itu juga menjangkau 3.100 rumah tangga di Kota Pontianak yang "
        "terdaftar dalam data bantuan sosial."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "21400", "Kalimantan Barat") in got
    assert "3100" not in values(got)


def test_a_headcount_in_a_year_to_come_is_planned_not_members(register):
    # told in March 2025: members of 2024 are counted, those of 2026 are a plan
    text = (
        "Pemprov Kalimantan Barat mengalokasikan anggaran Rp5,1 miliar untuk "
        "perlindungan bagi 26.800 pekerja rentan pada tahun 2026. Pada tahun 2024, "
        "Pemprov Kalimantan Barat menanggung iuran 19.950 pekerja rentan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "19950", "Kalimantan Barat") in got
    assert "26800" not in values(got)


def test_workers_paid_for_by_a_regional_budget_are_the_vulnerable(register):
    text = (
        "Saat ini hanya 1,2 juta pekerja di Jawa Tengah yang sudah ditanggung oleh "
        "pembiayaan APBD dan APBDes.\n"
        "Di Jawa Barat, 1,3 juta pekerja sudah dibiayai Anggaran Pendapatan dan "
        "Belanja Desa."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "1200000", "Jawa Tengah") in got
    assert ("participants", "vulnerable", "1300000", "Jawa Barat") in got


def test_the_group_workers_are_classed_in_is_their_segment(register):
    text = (
        "Jumlah pekerja informal di Jawa Tengah mencapai 9,1 juta orang per Desember "
        "2024. Dari jumlah tersebut, sebanyak 3,2 juta pekerja tergolong sebagai "
        "pekerja rentan."
    )
    got = read(text, register)
    assert ("workforce", "informal", "9100000", "Jawa Tengah") in got
    assert ("workforce", "vulnerable", "3200000", "Jawa Tengah") in got


def test_the_reach_in_a_group_named_before_takes_that_group(register):
    text = (
        "Di Kota Bengkulu ada beberapa sasaran, antara lain 12 ribu pekerja jasa "
        "konstruksi (jakon), dengan capaian saat ini 5,4 ribu pekerja."
    )
    got = read(text, register)
    assert ("participants", "construction", "5400", "Kota Bengkulu") in got


def test_a_group_counted_then_its_registered_part_in_the_next_sentence(register):
    text = (
        "Untuk kategori bukan penerima upah (BPU) di Kota Bengkulu, jumlahnya "
        "mencapai 48 ribu orang. Namun, yang sudah menjadi peserta baru 15 ribu, atau "
        "sekitar 31 persen."
    )
    assert read(text, register) == {
        ("workforce", "informal", "48000", "Kota Bengkulu"),
        ("participants", "informal", "15000", "Kota Bengkulu"),
        ("coverage_pct", "informal", "31", "Kota Bengkulu"),
    }


def test_a_gap_in_percent_is_no_coverage(register):
    text = (
        "Capaian universal coverage jamsostek Kabupaten Kupang baru 28,4 persen. "
        "Menyikapi gap sebesar 71,6 persen tersebut, BPJS Ketenagakerjaan membentuk "
        "forum kepatuhan."
    )
    assert read(text, register) == {("coverage_pct", "total", "28.4", "Kabupaten Kupang")}
