"""Round "percents2": coverage and target percents a careful reader records
that the extractor did not propose, or proposed as the other of the two. Each
on a text written for this test (other places, other numbers, other words).
Full register from fixtures/, no database."""

from tests.articles.readings import read

# -- a target vs a level -----------------------------------------------------------


def test_the_level_a_target_rises_from_is_the_coverage(register):
    text = (
        "BPJS Ketenagakerjaan Cabang Tegal menargetkan peningkatan cakupan kepesertaan "
        "di Kabupaten Tegal dari 27,45 persen menjadi 35 persen pada tahun 2026."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "27.45", "Kabupaten Tegal") in got
    assert ("target_pct", "total", "27.45", "Kabupaten Tegal") not in got
    assert ("target_pct", "total", "35", "Kabupaten Tegal") in got


def test_a_percent_from_which_nothing_rises_stays_a_target(register):
    # near miss: "dari" before the percent, but no level after it
    text = (
        "Pemkab Tegal menargetkan cakupan kepesertaan BPJS Ketenagakerjaan mencapai "
        "35 persen dari seluruh pekerja di Kabupaten Tegal."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "35", "Kabupaten Tegal") not in got


def test_a_level_reached_in_a_year_now_is_no_future_target(register):
    text = (
        "Cakupan jaminan sosial ketenagakerjaan di Provinsi Jambi pada tahun 2025 sudah "
        "mencapai 31,08% dan ditargetkan pada tahun 2030 nanti mencapai 60,5%."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "31.08", "Jambi") in got
    assert ("target_pct", "total", "31.08", "Jambi") not in got


def test_already_in_a_year_to_come_is_still_a_target(register):
    # near miss: "sudah" said of a year still to come
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi tahun ini 40 persen, "
        "dan di tahun 2027 itu sudah mencapai 58 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "58", "Jambi") not in got
    assert ("target_pct", "total", "58", "Jambi") in got


def test_rising_to_reach_a_level_is_the_level(register):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi saat ini 33,1 persen. "
        "Tahun depan diharapkan dapat meningkat mencapai 47,2% pekerja terlindungi."
    )
    got = read(text, register)
    assert ("target_pct", "total", "47.2", "Jambi") in got


def test_rising_by_a_percent_is_still_a_change(register):
    # near miss: "meningkat sebesar" is the change, not the level
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi meningkat sebesar "
        "12,4 persen dibandingkan tahun lalu."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "12.4", "Jambi") not in got
    assert ("target_pct", "total", "12.4", "Jambi") not in got


# -- a percent vetoed as a share wrongly --------------------------------------------


def test_workers_recorded_as_active_members_are_the_coverage(register):
    text = (
        "Hingga Mei 2025, dari 96.300 pekerja konstruksi di Kabupaten Tegal baru 51.210 "
        "tenaga kerja (sekitar 53 persen) yang tercatat sebagai peserta aktif BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("coverage_pct", "construction", "53", "Kabupaten Tegal") in got


def test_a_share_that_is_active_members_is_no_coverage(register):
    # near miss: the share of the registered who are active
    text = (
        "Dari seluruh peserta BPJS Ketenagakerjaan di Kabupaten Tegal, 71 persen "
        "tercatat sebagai peserta aktif."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "71", "Kabupaten Tegal") not in got


def test_a_percent_of_a_target_given_its_size_is_the_coverage(register):
    text = (
        "BPJS Ketenagakerjaan Jambi mencatat 402.118 tenaga kerja aktif, atau mencapai "
        "38,64 persen dari target kepesertaan yang sebesar 1.040.700 pekerja."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "38.64", "Jambi") in got


def test_a_percent_of_a_bare_target_is_no_coverage(register):
    # near miss: "dari target" with no size: an achievement of a target
    text = (
        "Kepesertaan BPJS Ketenagakerjaan di Provinsi Jambi tahun ini mencapai 91,5 persen "
        "dari target yang dibebankan kepada kantor wilayah."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "91.5", "Jambi") not in got


def test_a_percent_of_members_given_their_size_is_the_coverage(register):
    text = (
        "Di Provinsi Jambi, pekerja yang terlindungi BPJS Ketenagakerjaan sebanyak 0,6 juta "
        "orang atau 29 persen dari total jumlah peserta yang ada dua juta orang."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "29", "Jambi") in got


def test_a_percent_of_the_members_is_no_coverage(register):
    # near miss: the whole is the members, named without a size
    text = (
        "Di Provinsi Jambi, pekerja penerima upah mencapai 64 persen dari total jumlah "
        "peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "64", "Jambi") not in got
    assert ("coverage_pct", "formal", "64", "Jambi") not in got
