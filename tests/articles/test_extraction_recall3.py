"""Round "recall3": labelled figures the extractor did not propose at all,
each on a text written for this test (other places, other numbers, other
words). Full register from fixtures/, no database."""

from tests.articles.readings import read, values

# -- people named by an abbreviation or after "sebagai" ------------------------


def test_tk_after_a_count_is_people(register):
    text = (
        "Pemkab Ende menanggung iuran BPJS Ketenagakerjaan lewat APBD 2024. Kepesertaan yang "
        "dibiayai meliputi Guru Honorer 1.310TK (100%), Kader Posyandu 905TK (100%) dan "
        "Marbot 412TK."
    )
    got = values(read(text, register))
    assert {"1310", "905", "412"} <= got


def test_tk_as_a_kindergarten_is_no_count_of_people(register):
    # near miss: "TK" before "dan SD" is a school
    text = (
        "Pemkab Ende mendaftarkan guru honorer ke BPJS Ketenagakerjaan. Mereka mengajar di "
        "312 TK dan 480 SD di seluruh kabupaten."
    )
    assert "312" not in values(read(text, register))


def test_oap_after_a_count_is_people(register):
    text = (
        "Dana CSR perusahaan tambang di Kabupaten Nabire mengcover kepesertaan BPJS "
        "Ketenagakerjaan sebanyak 2.350 OAP selama enam bulan."
    )
    got = read(text, register)
    assert any(f[0] == "participants" and f[2] == "2350" for f in got)


def test_a_count_of_the_vulnerable_group_is_people(register):
    text = (
        "Pemkot Bima menanggung pembayaran premi BPJS Ketenagakerjaan bagi 2.310 kelompok "
        "rentan di Kota Bima sepanjang 2025."
    )
    got = read(text, register)
    assert any(f[0] == "participants" and f[2] == "2310" for f in got)


def test_a_count_as_active_members(register):
    text = (
        "Di Kota Palu, semesta kepesertaan sektor bukan penerima upah tercatat 30.400 orang. "
        "Dari jumlah itu, sebanyak 27,67 persen atau 8.412 sebagai peserta aktif."
    )
    got = read(text, register)
    assert any(f[0] == "participants" and f[2] == "8412" for f in got)


# -- premium budgets said in words the budget rules did not know ---------------


def test_premiums_a_government_paid_in_total_are_a_budget(register):
    text = (
        "Sebanyak 3.200 pekerja rentan di Kabupaten Sumba Timur kini terlindungi BPJS "
        "Ketenagakerjaan. Iuran BPJS Ketenagakerjaan yang dibayarkan Pemkab Sumba Timur itu "
        "tercatat di Dinas Sosial sebesar Rp645.120.000 sepanjang tahun ini."
    )
    got = read(text, register)
    assert any(f[0] == "budget_idr" and f[2] == "645120000" for f in got)


def test_benefits_after_premiums_paid_are_no_budget(register):
    # near miss: a benefit named between the premiums paid and the amount
    text = (
        "Iuran pekerja rentan yang ditanggung pemerintah daerah berjalan lancar, sementara "
        "manfaat JHT yang dicairkan di Kabupaten Sumba Timur mencapai Rp2,4 miliar."
    )
    assert "2400000000" not in values(read(text, register))


def test_a_second_budget_beside_the_first_is_a_budget(register):
    text = (
        "Tahun ini Pemprov Jambi mengalokasikan Rp4,2 miliar untuk iuran 20.000 pekerja "
        "rentan, ditambah dengan anggaran sebesar Rp1,8 miliar yang ditanggung pemerintah "
        "kabupaten untuk 8.000 pekerja rentan lainnya."
    )
    assert {"4200000000", "1800000000"} <= values(read(text, register))


def test_a_budget_increment_is_still_no_budget(register):
    # near miss: "menambahkan anggaran" is an increment
    text = (
        "Tahun ini Pemprov Jambi menambahkan anggaran sebesar Rp1,8 miliar untuk iuran "
        "pekerja rentan BPJS Ketenagakerjaan."
    )
    assert "1800000000" not in values(read(text, register))


def test_a_headline_that_budgets_is_a_budget(register):
    text = (
        "Pemkot Bitung Anggarkan Rp740 Juta untuk Iuran BPJS Ketenagakerjaan Pekerja Rentan\n"
        "BITUNG - Pemerintah Kota Bitung melindungi nelayan dan pedagang kecil lewat "
        "program jaminan sosial ketenagakerjaan."
    )
    got = read(text, register)
    assert any(f[0] == "budget_idr" and f[2] == "740000000" for f in got)
