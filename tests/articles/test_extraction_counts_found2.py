"""Round "recall2": counts of people a government pays for, that no word of
participation stands near, each on a text written for this test (other places,
other numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read, values

# -- "membiayai N pekerja": the verb of paying right before the count ----------


def test_people_a_government_funds_are_members(register):
    text = (
        "Jumlah kepesertaan yang dibiayai pemerintah daerah turun tahun ini. Pada 2023 "
        "Pemprov Jambi mampu membiayai hingga 31.500 pekerja informal, tahun ini lebih sedikit."
    )
    got = read(text, register)
    assert any(f[0] == "participants" and f[2] == "31500" for f in got)


def test_a_plan_to_fund_is_no_count_of_members(register):
    # near miss: "akan membiayai" is a plan
    text = "Pemprov Jambi akan membiayai 31.500 pekerja informal pada 2026, kata Kepala Disnaker."
    assert "31500" not in values(read(text, register))


# -- "N petani ... sudah dibayarkan Pemko X iuran" ---------------------------

# a lead that names no government (else the programme-group reading takes the count)
_OFFICE_LEAD = (
    "BPJS Ketenagakerjaan Cabang Padang Catat Kenaikan Peserta\n"
    "PADANG - Kantor BPJS Ketenagakerjaan Cabang Padang mencatat kenaikan peserta sepanjang "
    "tahun ini.\n"
    "Cakupan kepesertaan di Kota Padang tahun ini 48 persen, kata Kepala Cabang.\n"
)


def test_people_whose_premiums_a_government_paid_are_members(register):
    text = _OFFICE_LEAD + (
        "Sebelumnya, kata Kepala Dinas, ada 742 petani yang juga pekerja rentan ini sudah "
        "dibayarkan Pemko Padang iuran jaminan sosial ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "742", "Kota Padang") in got


def test_people_whose_premiums_are_not_yet_paid_are_no_members(register):
    # near miss: "belum dibayarkan" is no payment
    text = _OFFICE_LEAD + (
        "Sebelumnya, kata Kepala Dinas, ada 742 petani yang juga pekerja rentan ini belum "
        "dibayarkan Pemko Padang iuran jaminan sosial ketenagakerjaan."
    )
    assert "742" not in values(read(text, register))


# -- a government's budget set aside "untuk mendanai cakupan bagi N pekerja" ----


def test_people_a_regional_budget_was_set_aside_for_are_vulnerable_members(register):
    text = (
        "Pemerintah Provinsi Maluku mengalokasikan Rp2,3 miliar dalam APBD 2024 untuk mendanai "
        "cakupan bagi lebih dari 6.250 pekerja bukan penerima upah, kata Kepala Disnaker."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "6250", "Maluku") in got


def test_a_purpose_with_no_budget_set_aside_is_no_count_of_members(register):
    # near miss: a purpose, no budget set aside for it
    text = (
        "Pemerintah Provinsi Maluku mengadakan rapat untuk mendanai cakupan bagi lebih dari "
        "6.250 pekerja bukan penerima upah, kata Kepala Disnaker."
    )
    assert "6250" not in values(read(text, register))
