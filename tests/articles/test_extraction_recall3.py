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


def test_a_count_as_active_members(register):
    text = (
        "Di Kota Palu, semesta kepesertaan sektor bukan penerima upah tercatat 30.400 orang. "
        "Dari jumlah itu, sebanyak 27,67 persen atau 8.412 sebagai peserta aktif."
    )
    got = read(text, register)
    assert any(f[0] == "participants" and f[2] == "8412" for f in got)
