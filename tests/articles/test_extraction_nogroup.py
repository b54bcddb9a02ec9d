"""Round "nogroup": in a story of a government's programme, a count naming no
group of its own is the programme's (vulnerable workers) when a paying or giving
act is for it, here or where the text writes it again; the region's overall
count of members stays the total. Texts written for this test (other places,
other numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- a count that a paying or giving act is for -------------------------------


def test_a_count_a_headline_says_the_government_pays_for_is_vulnerable(register):
    text = (
        "Pemkot Bayarkan Iuran BPJS Ketenagakerjaan untuk 3.417 Warga\n\n"
        "Kota Madiun - Pemerintah Kota Madiun memperluas perlindungan sosial. Tahun "
        "ini, sebanyak 3.417 pekerja telah terdaftar dalam program BPJS "
        "Ketenagakerjaan, tersebar di tiga kecamatan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3417", "Kota Madiun") in got
    assert ("participants", "total", "3417", "Kota Madiun") not in got


def test_the_same_count_said_as_paid_for_later_is_vulnerable(register):
    text = (
        "Kabupaten Blora - Tahun ini sebanyak 2.960 jiwa di Kabupaten Blora mendapatkan "
        "jaminan BPJS Ketenagakerjaan dari pemerintah daerah, kata Kepala Dinas.\n\n"
        "Ia menjelaskan, sebanyak 2.960 orang yang dibiayai pemerintah itu didata oleh "
        "desa masing-masing."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "2960", "Kabupaten Blora") in got
    assert ("participants", "total", "2960", "Kabupaten Blora") not in got


def test_a_headline_launch_for_workers_is_vulnerable(register):
    text = (
        "Kabupaten Sragen Luncurkan Perlindungan Jaminan Sosial Ketenagakerjaan bagi "
        "6.412 Tenaga Kerja\n\n"
        "Bupati Sragen meresmikan program itu di pendapa kabupaten pada Senin pagi."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6412", "Kabupaten Sragen") in got


def test_workers_a_region_gives_protection_to_are_vulnerable(register):
    text = (
        "Bandung - Kabupaten Garut juga memberikan perlindungan kepada 18.500 pekerja "
        "yang bekerja sebagai penyadap getah."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "18500", "Kabupaten Garut") in got


def test_the_overall_membership_in_such_a_story_stays_total(register):
    # the region's members are nobody's gift: no paying act is for them
    text = (
        "Pemkab Tanggung Iuran 1.200 Pekerja Rentan\n\n"
        "Kabupaten Blora - Pemerintah Kabupaten Blora menanggung iuran BPJS "
        "Ketenagakerjaan bagi pekerja rentan. Secara keseluruhan, sebanyak 58.314 "
        "pekerja di Kabupaten Blora telah terlindungi BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "58314", "Kabupaten Blora") in got
    # nor the members the agency itself protects
    text = (
        "Bandung - BPJS Ketenagakerjaan telah memberikan perlindungan kepada 4.180.000 "
        "pekerja di Jawa Barat sepanjang tahun lalu."
    )
    got = read(text, register)
    assert ("participants", "total", "4180000", "Jawa Barat") in got


def test_workers_an_employer_pays_for_are_no_programme_of_a_government(register):
    # an employer's act is no programme's, even when the agency was named just
    # before (its name in the sentence before does not count)
    text = (
        "Kudus - Sebanyak 3.150 pekerja di Kabupaten Kudus telah terdaftar di BPJS "
        "Ketenagakerjaan. Perusahaan rokok itu menanggung biaya jaminan sosial bagi "
        "3.150 pekerja tersebut."
    )
    got = read(text, register)
    assert ("participants", "total", "3150", "Kabupaten Kudus") in got
    text = (
        "Kudus - Sebanyak 3.150 pekerja di Kabupaten Kudus telah terdaftar di BPJS "
        "Ketenagakerjaan. Pemkab Kudus menanggung biaya jaminan sosial bagi 3.150 "
        "pekerja tersebut."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "3150", "Kabupaten Kudus") in got
