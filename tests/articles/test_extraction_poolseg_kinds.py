"""Issue 13, pooled round "poolseg": kinds of segment and region errors that
recur across at least three real-news sets, each on a text written for this
test (other places, other numbers, other words). Full register from
fixtures/, no database."""

from tests.articles.readings import read

# -- a place named after the figure in another role: a national benchmark, a
# government that pays together with another ---------------------------------


def test_a_rate_before_the_national_target_keeps_its_own_region(register):
    text = (
        "BPJS Ketenagakerjaan Kota Bontang Kejar Kepesertaan\n\n"
        "Bontang - BPJS Ketenagakerjaan Kota Bontang terus menambah peserta. Saat ini cakupan "
        "kepesertaan baru mencapai 58 persen, masih jauh dari target nasional "
        "sebesar 75 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "58", "Kota Bontang") in got
    assert ("target_pct", "total", "75", "Indonesia") in got


def test_a_rate_then_padahal_national_target_keeps_the_region_named_before(register):
    text = (
        "Sekitar 310 ribu tenaga kerja di Kabupaten Madiun, yang terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan baru 31 persen, padahal target nasional minimal 45 persen."
    )
    got = read(text, register)
    assert ("coverage_pct", "total", "31", "Kabupaten Madiun") in got


def test_a_province_paying_together_with_the_regency_is_not_the_workers_place(register):
    text = (
        "Pemkab Kuningan Perluas Perlindungan Pekerja Rentan\n\n"
        "Kuningan - Sebanyak 12.480 pekerja rentan mulai menerima kepesertaan BPJS "
        "Ketenagakerjaan yang iurannya ditanggung pemerintah daerah bersama Pemerintah "
        "Provinsi Jawa Barat."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12480", "Kabupaten Kuningan") in got
    assert not any(r == "Jawa Barat" for *_x, r in got)
