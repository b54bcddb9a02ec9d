"""Counts of a sub-district (kecamatan) are no region's figure: the register
has no row for them. Texts written for this test; full register, no database."""

from tests.articles.readings import read, values


def test_a_list_of_counts_by_sub_district_gives_none_of_them(register):
    text = (
        "Pekerja rentan Kabupaten Kolaka yang iurannya dibayar APBD sebanyak 5.310 orang, "
        "tersebar di Kecamatan Wundulako 1.204 orang, Pomalaa 987 orang dan di Kecamatan "
        "Samaturu 3.119 orang, kata Kepala Dinas Tenaga Kerja."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "5310", "Kabupaten Kolaka") in got
    assert not {"1204", "987", "3119"} & values(got)


def test_a_count_for_some_sub_districts_is_not_the_regency_s(register):
    text = (
        "Pemerintah Kabupaten Kolaka menyerahkan kartu peserta BPJS Ketenagakerjaan kepada "
        "420 pekerja rentan di tiga kecamatan, yakni Wundulako, Pomalaa dan Samaturu."
    )
    assert "420" not in values(read(text, register))


def test_a_count_spread_over_all_sub_districts_is_the_regency_s(register):
    # near miss: "tersebar di 12 kecamatan" and "se-Kabupaten" say all of them
    text = (
        "Sebanyak 5.310 pekerja rentan di Kabupaten Kolaka sudah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan, tersebar di 12 kecamatan."
    )
    assert ("participants", "vulnerable", "5310", "Kabupaten Kolaka") in read(text, register)
    text = (
        "Dari 135 desa di 12 kecamatan se-Kabupaten Kolaka, terdata 2.430 perangkat desa "
        "yang sudah menjadi peserta BPJS Ketenagakerjaan."
    )
    assert "2430" in values(read(text, register))
