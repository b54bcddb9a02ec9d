"""Issue 13, pooled round "poolprec": counts of people that are no region's
members or workers (read as participants or workforce before), kinds that
recur across at least three real-news sets, each on a text written for this
test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read, values

# -- a number for each unit (village, district, company) -----------------------


def test_a_count_for_each_village_is_no_figure(register):
    text = (
        "Bupati Kabupaten Sigi meminta setiap desa mendaftarkan paling sedikit 40 pekerja "
        "rentan sebagai peserta BPJS Ketenagakerjaan. Saat ini sebanyak 6.120 pekerja rentan "
        "di Kabupaten Sigi telah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert "40" not in values(got)
    assert ("participants", "vulnerable", "6120", "Kabupaten Sigi") in got


def test_a_count_per_district_after_it_is_no_figure(register):
    text = (
        "Pemkab Kabupaten Sigi membentuk relawan perlindungan pekerja yang terdaftar "
        "sebagai peserta BPJS Ketenagakerjaan, jumlahnya 15 orang, per-kecamatan."
    )
    assert "15" not in values(read(text, register))
    text = (
        "Kartu peserta BPJS Ketenagakerjaan diserahkan kepada 12 orang perwakilan pekerja "
        "dari masing-masing kecamatan di Kabupaten Sigi."
    )
    assert "12" not in values(read(text, register))


def test_one_village_so_many_workers_is_a_slogan(register):
    text = (
        "Pemkab Kabupaten Sigi menjalankan program \u201c1 desa 60 pekerja rentan\u201d "
        "agar terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert "60" not in values(read(text, register))


def test_the_sum_of_a_count_per_village_keeps_its_group(register):
    text = (
        "Jika tiap desa rata-rata terdapat 12 perangkat desa yang terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan, maka dari 150 desa di Kabupaten Sigi jumlah seluruhnya "
        "mencapai 1.800 orang."
    )
    got = read(text, register)
    assert "12" not in values(got)
    assert ("participants", "other", "1800", "Kabupaten Sigi") in got
