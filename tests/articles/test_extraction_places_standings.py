"""Round five of issue 13 (extract-b), standings: places in a list of the
provinces with the most participants are no award or coverage ranks even when
the words that make it that list are some paragraphs up; a coverage standing
named after them still is. Each text is written for this test; full region
register from fixtures/, no database."""

import datetime as dt

from articles.extraction import extract_figures

PUBLISHED = dt.date(2025, 1, 6)


def ranks(text, register):
    return {
        (str(f.value), f.region_name)
        for f in extract_figures(text, register, published=PUBLISHED)
        if f.metric == "award_rank"
    }


def test_a_count_standing_named_paragraphs_up_gives_no_ranks(register):
    text = (
        "Tingkat kepesertaan aktif menjadi indikator penting perlindungan pekerja.\n"
        "Berikut provinsi dengan jumlah peserta aktif BPJS Ketenagakerjaan terbanyak "
        "pada 2024.\n"
        "Data diolah dari Kementerian Ketenagakerjaan.\n"
        "Sebagian besar peserta bekerja di sektor industri.\n"
        "Jawa Tengah menempati posisi pertama. Jawa Timur berada di posisi kedua.\n"
    )
    assert ranks(text, register) == set()


def test_a_coverage_standing_after_a_count_list_is_a_rank(register):
    text = (
        "Berikut provinsi dengan jumlah peserta aktif BPJS Ketenagakerjaan terbanyak "
        "pada 2024.\n"
        "Jawa Tengah dan Jawa Timur mengisi posisi atas.\n"
        "Untuk cakupan kepesertaan, Bali menempati posisi pertama.\n"
    )
    assert ranks(text, register) == {("1", "Bali")}
