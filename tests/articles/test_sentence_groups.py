"""The groups a claim's sentence names, offered on the review desk beside the
segment (articles.extraction.sentence_groups)."""

from articles.extraction.sentence_groups import groups_named


def test_each_group_is_named_once_in_the_order_first_named():
    sentence = (
        "Dari 20.000 peserta, 12.000 pekerja rentan, 5.000 peserta BPU, "
        "2.000 pekerja rentan lainnya dan 1.000 pekerja jasa konstruksi."
    )
    assert groups_named(sentence) == ["vulnerable", "informal", "construction"]


def test_the_longer_name_wins_over_the_word_inside_it():
    # "bukan penerima upah" holds "penerima upah" (formal), but names the informal
    assert groups_named("sebanyak 4.200 pekerja bukan penerima upah terdaftar") == ["informal"]
    assert groups_named("sebanyak 4.200 pekerja penerima upah terdaftar") == ["formal"]


def test_migrants_and_village_staff_and_abbreviations_in_capitals_only():
    assert groups_named("1.300 PMI dan 900 perangkat desa") == ["migrant", "other"]
    assert groups_named("PU tercatat 50.000 orang") == ["formal"]
    assert groups_named("pu tercatat 50.000 orang") == []


def test_a_sentence_naming_no_group_gets_none():
    assert groups_named("Cakupan kepesertaan di kota itu mencapai 41,5 persen.") == []
    assert groups_named("") == []
