"""Round "recall": counts of members a careful reader records that the
extractor never proposed, each on a text written for this test (other places,
other numbers, other words). Full register from fixtures/, no database."""

from tests.articles.readings import read, values

# -- a bare count, its word of participation right after it -------------------


def test_a_part_among_the_whole_before_that_is_registered_is_members(register):
    text = (
        "Menurut Disnaker, jumlah pekerja di Kabupaten Klaten ada 512.300 orang. "
        "Dari jumlah sebanyak itu 201.450 di antaranya sudah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "201450", "Kabupaten Klaten") in got


def test_a_bare_count_that_is_registered_is_members(register):
    text = (
        "Di Provinsi Bengkulu terdapat sekitar 900 ribu pekerja. Namun, hanya 64.210 yang "
        "terdaftar di BPJS Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "64210", "Bengkulu") in got


def test_a_part_protected_through_the_regional_budget_is_vulnerable(register):
    text = (
        "Saat ini lebih dari 98 ribu pekerja di Kabupaten Kediri terdaftar dalam program ini. "
        "Sebanyak 12 ribu di antaranya terlindungi lewat alokasi Anggaran Pendapatan dan "
        "Belanja Daerah (APBD)."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "12000", "Kabupaten Kediri") in got


def test_a_part_of_a_count_of_villages_is_no_count_of_members(register):
    # near miss: the villages registered, not people
    text = (
        "Kepala BPJS Ketenagakerjaan Cabang Sumbawa mengatakan, dari 157 desa di Kabupaten "
        "Sumbawa, 151 sudah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert "151" not in values(read(text, register))


def test_a_bare_count_not_yet_registered_is_no_count_of_members(register):
    # near miss: "belum" is no word that lets the count through
    text = (
        "Di Kabupaten Klaten ada 512.300 pekerja, dan 301.450 yang belum terdaftar di BPJS "
        "Ketenagakerjaan."
    )
    got = read(text, register)
    assert ("participants", "total", "301450", "Kabupaten Klaten") not in got


# -- a count of the programme's group, in a government's programme story -------

_LEAD = (
    "Pemkab Sragen Lindungi Ribuan Pekerja Rentan\n"
    "SRAGEN - Pemerintah Kabupaten Sragen memperluas perlindungan jaminan sosial "
    "ketenagakerjaan bagi pekerja rentan dan aparatur desa tahun ini.\n"
)


def test_a_group_listed_then_counted_in_a_programme_story_is_members(register):
    text = _LEAD + (
        "Pekerja rentan meliputi buruh tani, pemulung, tukang becak, dan lain-lain, dengan "
        "jumlah 8.300 orang dan alokasi anggaran Rp 412.000.000."
    )
    got = read(text, register)
    assert ("participants", "vulnerable", "8300", "Kabupaten Sragen") in got


def test_staff_budgeted_for_in_a_programme_story_are_members(register):
    text = _LEAD + "Tahun ini telah dianggarkan totalnya sebanyak 1.234 orang tenaga honorer."
    got = read(text, register)
    assert ("participants", "other", "1234", "Kabupaten Sragen") in got


def test_an_item_of_a_whole_made_of_groups_is_no_count_of_members(register):
    # near miss: the bullet list of a whole's make-up (labelled in some sets only)
    text = _LEAD + (
        "Jumlahnya 6.120 pekerja rentan dari sektor non-ASN, meliputi 2.010 Tenaga Harian "
        "Lepas (THL), 317 kepala desa, dan 3.793 perangkat desa."
    )
    assert "317" not in values(read(text, register))


def test_staff_to_be_covered_later_are_no_count_of_members(register):
    # near miss: a plan ("ke depan") is no member yet
    text = _LEAD + '"Ke depan, 1.834 guru honorer kami jamin juga," kata Bupati.'
    assert "1834" not in values(read(text, register))


def test_a_group_counted_in_a_story_without_a_government_is_no_count_of_members(register):
    # near miss: the lead tells of no government's programme
    text = (
        "Kisah Para Pemulung di Sragen\n"
        "SRAGEN - Komunitas pemulung di Kabupaten Sragen mengenal BPJS Ketenagakerjaan dari "
        "relawan kampus.\n"
        "Dalam cakupan komunitas itu, pekerja rentan meliputi buruh tani, pemulung, dan "
        "lain-lain, dengan jumlah 8.300 orang."
    )
    assert "8300" not in values(read(text, register))


def test_a_count_the_count_rules_ruled_out_stays_out_in_a_programme_story(register):
    # near miss: an age range is no count of people, group named or not
    text = _LEAD + (
        "Pekerja rentan yang didata berusia 18 hingga 65 tahun, seperti pemulung, tukang "
        "becak, dan buruh tani."
    )
    assert "18" not in values(read(text, register))
