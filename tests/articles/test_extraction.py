"""Tests of the articles.extraction package: numbers, regions, the figures proposed from
short news-style texts written for these tests, and from the five seed articles.
Pure: no database."""

import datetime as dt
import json
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.extraction import (
    METRICS,
    SEGMENTS,
    Figure,
    RegionEntry,
    RegionIndex,
    extract_figures,
    parse_indonesian_number,
    parse_ordinal,
    region_index_from_fixture,
)

SEED_DIR = Path(__file__).parent / "seed_texts"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("46,44 persen", "46.44"),
        ("46,44%", "46.44"),
        ("10,6 persen", "10.6"),
        ("53", "53"),
        ("24.874", "24874"),
        ("1.300.000", "1300000"),
        ("1,300,000", "1300000"),
        ("1,3 juta", "1300000"),
        ("1,3 jt", "1300000"),
        ("4,2 ribu", "4200"),
        ("12 rb", "12000"),
        ("Rp16 miliar", "16000000000"),
        ("Rp 16 miliar", "16000000000"),
        ("Rp. 850 juta", "850000000"),
        ("Rp5,9 miliar", "5900000000"),
        ("1 Milyar", "1000000000"),
        ("Rp2 triliun", "2000000000000"),
        ("Rp1,5 M", "1500000000"),
        ("Rp16.000.000.000,00", "16000000000"),
        ("Rp16.800", "16800"),
        ("0,64 juta", "640000"),
        ("99.5 persen", "99.5"),
        ("keempat", "4"),
        ("tertinggi keempat", "4"),
        ("ke-4", "4"),
    ],
)
def test_parse_indonesian_number(text, expected):
    value = parse_indonesian_number(text)
    assert value == Decimal(expected)
    assert "E" not in str(value)


@pytest.mark.parametrize("text", ["", "persen", "Rp", "juta pekerja", "tidak ada angka"])
def test_parse_indonesian_number_rejects_text_without_a_number(text):
    with pytest.raises(ValueError, match="no number"):
        parse_indonesian_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pertama", 1),
        ("kedua", 2),
        ("keempat", 4),
        ("kesepuluh", 10),
        ("ke-4", 4),
        ("ke 16", 16),
        ("tertinggi keempat", 4),
        ("juara 1", 1),
        ("Juara III", 3),
        ("peringkat kedua", 2),
        ("urutan ke-3", 3),
    ],
)
def test_parse_ordinal(text, expected):
    assert parse_ordinal(text) == expected


def test_parse_ordinal_rejects_plain_words():
    with pytest.raises(ValueError, match="no ordinal"):
        parse_ordinal("tertinggi")


# --------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Sulsel", "73"),
        ("SULSEL", "73"),
        ("sulsel", "73"),
        ("Sulawesi Selatan", "73"),
        ("Provinsi Sulawesi Selatan", "73"),
        ("Pemprov Sulsel", "73"),
        ("Kabupaten Kepulauan Selayar", "73.01"),
        ("Kab. Kepulauan Selayar", "73.01"),
        ("kab kepulauan selayar", "73.01"),
        ("Selayar", "73.01"),
        ("Pemkab Selayar", "73.01"),
        ("Kota Makassar", "73.71"),
        ("Makassar", "73.71"),
        ("Kabupaten Banjar", "63.03"),
        ("Kota Banjar", "32.79"),
        ("Kota Bengkulu", "17.71"),
        ("Bengkulu", "17"),
        ("Kupang", "53.71"),
        ("Kab. Kupang", "53.01"),
        ("Indonesia", "ID"),
        ("ID", "ID"),
    ],
)
def test_region_index_resolves_names_and_aliases(region_index, name, code):
    assert region_index.resolve(name).code == code


@pytest.mark.parametrize("name", ["", "Sulawesi", "Kalimantan", "Jakarta Raya", "Kota"])
def test_region_index_returns_none_for_unknown_names(region_index, name):
    assert region_index.resolve(name) is None


def test_region_index_lists_both_meanings_of_an_ambiguous_bare_name(region_index):
    assert set(region_index.candidates("Banjar")) == {"32.79", "63.03"}


def test_find_mentions_prefers_the_longest_name(region_index):
    text = "Pemerintah Kabupaten Kepulauan Selayar dan Provinsi Sulawesi Selatan."
    mentions = region_index.find_mentions(text)
    assert [(m.text, m.code) for m in mentions] == [
        ("Pemerintah Kabupaten Kepulauan Selayar", "73.01"),
        ("Provinsi Sulawesi Selatan", "73"),
    ]


def test_find_mentions_needs_a_capital_for_bare_names(region_index):
    # "puncak" (peak) and lower-case "bali" are ordinary words; "Kabupaten
    # Puncak" is the place.
    mentions = region_index.find_mentions("puncak acara di bali. Puncak acara. Kabupaten Puncak.")
    assert [m.code for m in mentions] == ["94.05"]


def test_region_index_ancestry(region_index):
    assert region_index.is_ancestor("73", "73.01")
    assert region_index.is_ancestor("ID", "73.01")
    assert not region_index.is_ancestor("63", "73.01")


def test_region_index_from_fixture_reads_plain_json(tmp_path):
    regions = [
        {"model": "regions.kanwil", "fields": {"code": "sulama", "name": "Kanwil Sulama"}},
        {
            "model": "regions.region",
            "fields": {"code": "ID", "name": "Indonesia", "level": "nation", "parent": None},
        },
        {
            "model": "regions.region",
            "fields": {
                "code": "73",
                "name": "Sulawesi Selatan",
                "level": "province",
                "parent": ["ID"],
            },
        },
        {
            "model": "regions.region",
            "fields": {
                "code": "73.01",
                "name": "Kabupaten Kepulauan Selayar",
                "level": "regency",
                "parent": ["73"],
            },
        },
    ]
    (tmp_path / "regions.json").write_text(json.dumps(regions))
    (tmp_path / "aliases.json").write_text(json.dumps({"73": ["Sulsel"], "73.01": ["Selayar"]}))
    index = region_index_from_fixture(tmp_path / "regions.json", tmp_path / "aliases.json")
    assert len(index) == 3
    assert index.nation_code == "ID"
    assert index.resolve("Sulsel").code == "73"
    assert index.resolve("Selayar").parent_code == "73"


# --------------------------------------------------------------------------
# The Figure object
# --------------------------------------------------------------------------


def test_figure_to_dict_gives_int_or_float_values():
    common = dict(
        segment="total",
        region_code="73",
        region_name="Sulawesi Selatan",
        as_of="2023",
        quote="q",
        start=0,
        end=1,
    )
    whole = Figure(metric="participants", value=Decimal("1300000"), **common).to_dict()
    part = Figure(metric="coverage_pct", value=Decimal("46.44"), **common).to_dict()
    assert whole["value"] == 1300000
    assert isinstance(whole["value"], int)
    assert part["value"] == 46.44
    assert isinstance(part["value"], float)
    assert set(whole) == {
        "metric",
        "segment",
        "value",
        "region_code",
        "region_name",
        "as_of",
        "quote",
        "start",
        "end",
        "pattern",
        "confidence",
    }
    json.dumps(whole)


# --------------------------------------------------------------------------
# Test texts written for these tests, each with every figure it states
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expected: tuple[tuple[str, str, str, str | None, str | None], ...]
    published: dt.date | None = None


def _key(figure):
    return (figure.metric, figure.segment, figure.value, figure.region_code, figure.as_of)


def _expected_keys(case):
    return {(m, s, Decimal(v), r, a) for m, s, v, r, a in case.expected}


CASES = (
    Case(
        id="pontianak_ucj_with_jkn_trap",
        text=(
            "PONTIANAK – Universal Coverage Jamsostek (UCJ) di Kota Pontianak per Juni 2024 "
            "tercatat 41,2 persen, naik dari posisi akhir 2023.\n"
            "Wali Kota menyebut capaian itu masih jauh dari cakupan Jaminan Kesehatan Nasional "
            "(JKN) kota yang sudah 98,5 persen.\n"
            '"Sesuai Inpres Nomor 2 Tahun 2021, kami akan memperluas kepesertaan pekerja '
            'informal," ujarnya, Selasa (16/7/2024).\n'
            "Sebanyak 18.450 pekerja bukan penerima upah kini terdaftar sebagai peserta aktif "
            "BPJS Ketenagakerjaan di Pontianak.\n"
        ),
        expected=(
            ("coverage_pct", "total", "41.2", "61.71", "2024-06"),
            ("participants", "informal", "18450", "61.71", "2024-07-16"),
        ),
    ),
    Case(
        id="ntb_target_current_growth_trap",
        text=(
            "Mataram (ANTARA) - Pemerintah Provinsi Nusa Tenggara Barat menargetkan cakupan "
            "kepesertaan BPJS Ketenagakerjaan mencapai 62,22 persen pada 2025, sementara capaian "
            "saat ini baru 32 persen.\n\n"
            "Gubernur NTB optimistis pertumbuhan ekonomi NTB tahun ini bisa menembus 5,3 persen "
            "sehingga lebih banyak pekerja formal yang terdaftar.\n\n"
            "Berdasarkan data BPS, jumlah angkatan kerja yang bekerja di NTB mencapai 3,11 juta "
            "orang.\n"
        ),
        published=dt.date(2025, 6, 20),
        expected=(
            ("target_pct", "total", "62.22", "52", "2025"),
            ("coverage_pct", "total", "32", "52", "2025-06-20"),
            ("workforce", "total", "3110000", "52", "2025-06-20"),
        ),
    ),
    Case(
        id="jatim_pu_bpu_counts_and_tim9_trap",
        text=(
            "SURABAYA – Hingga Desember 2023, peserta aktif BPJS Ketenagakerjaan di Jawa Timur "
            "tercatat 4.336.959 orang, terdiri atas 3.300.717 peserta penerima upah (PU) dan "
            "1.036.242 peserta bukan penerima upah (BPU).\n"
            "Jumlah peserta itu setara dengan cakupan 29,84 persen dari 14.531.668 penduduk "
            "bekerja di Jatim pada 2023.\n"
            "Penilaian Paritrana Award tingkat provinsi dilakukan Tim 9 yang beranggotakan 7 orang "
            "unsur pemerintah, pengusaha dan serikat pekerja.\n"
        ),
        published=dt.date(2024, 2, 15),
        expected=(
            ("participants", "total", "4336959", "35", "2023-12"),
            ("participants", "formal", "3300717", "35", "2023-12"),
            ("participants", "informal", "1036242", "35", "2023-12"),
            ("coverage_pct", "total", "29.84", "35", "2023"),
            ("workforce", "total", "14531668", "35", "2023"),
        ),
    ),
    Case(
        id="badung_award_and_inferred_date",
        text=(
            "Kabupaten Badung Raih Juara 1 Paritrana Award Tingkat Provinsi Bali\n\n"
            "DENPASAR, balipost.id – Pemerintah Kabupaten Badung meraih juara 1 kategori "
            "pemerintah kabupaten/kota pada ajang Paritrana Award tingkat Provinsi Bali 2024 yang "
            "diserahkan di Denpasar, Senin (15/7).\n"
            "Kepala Kantor Cabang BPJS Ketenagakerjaan Badung menyebut cakupan kepesertaan di "
            "Badung per 31 Maret 2024 mencapai 58,68 persen, tertinggi di Bali.\n"
            "Sementara Kabupaten Bangli saat ini berada di posisi terendah dengan 35,52 persen.\n"
        ),
        expected=(
            ("award_rank", "other", "1", "51.03", "2024"),
            ("coverage_pct", "total", "58.68", "51.03", "2024-03-31"),
            ("coverage_pct", "total", "35.52", "51.06", "2024-07-15"),
        ),
    ),
    Case(
        id="mamuju_budget_with_premium_and_benefit_traps",
        text=(
            "MAMUJU – Pemerintah Kabupaten Mamuju mengalokasikan APBD sebesar Rp2,5 miliar pada "
            "tahun anggaran 2025 untuk mendaftarkan 12.400 pekerja rentan sebagai peserta, seperti "
            "nelayan dan petani.\n"
            "Iuran program Jaminan Kecelakaan Kerja dan Jaminan Kematian untuk pekerja bukan "
            "penerima upah sebesar Rp16.800 per orang per bulan.\n"
            "Ahli waris peserta yang meninggal dunia berhak atas santunan Rp42 juta.\n"
        ),
        published=dt.date(2025, 1, 14),
        expected=(
            ("budget_idr", "total", "2500000000", "76.02", "2025"),
            ("participants", "vulnerable", "12400", "76.02", "2025"),
        ),
    ),
    Case(
        id="national_segments",
        text=(
            "JAKARTA – Secara nasional, jumlah peserta aktif BPJS Ketenagakerjaan per April 2025 "
            "tercatat 39,7 juta orang.\n"
            "Rinciannya per April 2025, 25,43 juta peserta penerima upah, 8,99 juta peserta bukan "
            "penerima upah, 4,64 juta pekerja jasa konstruksi dan 0,64 juta pekerja migran "
            "Indonesia.\n"
            "Cakupan kepesertaan nasional pada 2025 ditargetkan 52,15 persen, sedangkan "
            "realisasinya baru 35,68 persen.\n"
        ),
        published=dt.date(2025, 5, 20),
        expected=(
            ("participants", "total", "39700000", "ID", "2025-04"),
            ("participants", "formal", "25430000", "ID", "2025-04"),
            ("participants", "informal", "8990000", "ID", "2025-04"),
            ("participants", "construction", "4640000", "ID", "2025-04"),
            ("participants", "migrant", "640000", "ID", "2025-04"),
            ("target_pct", "total", "52.15", "ID", "2025"),
            ("coverage_pct", "total", "35.68", "ID", "2025"),
        ),
    ),
    Case(
        id="banjar_regency_workforce_and_uhc_trap",
        text=(
            "MARTAPURA – Capaian Universal Coverage Jamsostek Kabupaten Banjar hingga Agustus 2025 "
            "mencapai 26,10 persen dari sekitar 206.000 pekerja.\n"
            "Pemkab Banjar menargetkan angka itu naik menjadi 29,47 persen pada akhir 2025.\n"
            "Untuk jaminan kesehatan, Banjar sudah meraih predikat UHC dengan kepesertaan JKN 97 "
            "persen.\n"
            "Santunan kematian sebesar Rp42 juta juga diserahkan kepada ahli waris pekerja di "
            "Banjar.\n"
        ),
        published=dt.date(2025, 9, 10),
        expected=(
            ("coverage_pct", "total", "26.1", "63.03", "2025-08"),
            ("workforce", "total", "206000", "63.03", "2025-08"),
            ("target_pct", "total", "29.47", "63.03", "2025"),
        ),
    ),
    Case(
        id="aceh_formal_informal_and_poverty_trap",
        text=(
            "Banda Aceh – Pemerintah Aceh mencatat cakupan jaminan sosial ketenagakerjaan per "
            "Agustus 2025 sebesar 25,46 persen.\n"
            "Rinciannya, per Agustus 2025 cakupan pekerja formal 47,04 persen, sedangkan pekerja "
            "informal baru 8,20 persen.\n"
            "Angka kemiskinan Aceh masih 12,64 persen, sehingga perlindungan pekerja rentan "
            "menjadi prioritas sesuai Peraturan Gubernur Nomor 5 Tahun 2024.\n"
        ),
        published=dt.date(2025, 9, 2),
        expected=(
            ("coverage_pct", "total", "25.46", "11", "2025-08"),
            ("coverage_pct", "formal", "47.04", "11", "2025-08"),
            ("coverage_pct", "informal", "8.2", "11", "2025-08"),
        ),
    ),
    Case(
        id="semarang_rank_time_and_phone_traps",
        text=(
            "Kota Semarang Peringkat Kedua Cakupan Jamsostek di Jawa Tengah\n\n"
            "SEMARANG – Kota Semarang menempati peringkat kedua cakupan kepesertaan BPJS "
            "Ketenagakerjaan di Jawa Tengah tahun 2024, diumumkan dalam rapat koordinasi, Kamis "
            "(6/3) pukul 10.00 WIB.\n"
            "Sebanyak 612.300 pekerja di Kota Semarang telah terdaftar sebagai peserta aktif, atau "
            "52,3 persen dari potensi pekerja.\n"
            "Informasi lebih lanjut dapat menghubungi layanan 0812-3456-7890.\n"
        ),
        expected=(
            ("award_rank", "other", "2", "33.74", "2024"),
            ("participants", "total", "612300", "33.74", "2025-03-06"),
            ("coverage_pct", "total", "52.3", "33.74", "2025-03-06"),
        ),
    ),
    Case(
        id="sulsel_dateline_city_but_province_figures",
        text=(
            "MAKASSAR – Kepesertaan BPJS Ketenagakerjaan di Sulawesi Selatan per 31 Juli 2024 "
            "mencapai 1.159.887 pekerja dari 2.871.182 semesta coverage atau 40,40 persen.\n"
            "Kabupaten Luwu mencatat cakupan tertinggi se-Sulsel dengan 58,17 persen, sementara "
            "Jeneponto terendah dengan 23,41 persen.\n"
            "Kanwil BPJS Ketenagakerjaan Sulawesi Maluku menargetkan cakupan provinsi naik menjadi "
            "62,93 persen tahun depan.\n"
        ),
        published=dt.date(2024, 8, 12),
        expected=(
            ("participants", "total", "1159887", "73", "2024-07-31"),
            ("workforce", "total", "2871182", "73", "2024-07-31"),
            ("coverage_pct", "total", "40.4", "73", "2024-07-31"),
            # the regencies' rates are read from the same 31 July data
            ("coverage_pct", "total", "58.17", "73.17", "2024-07-31"),
            # "tertinggi se-Sulsel" is a standing: first in the province, ranked on
            # the same 31 July data (no prize named: dated as the rates it ranks)
            ("award_rank", "other", "1", "73.17", "2024-07-31"),
            ("coverage_pct", "total", "23.41", "73.04", "2024-07-31"),
            ("target_pct", "total", "62.93", "73", "2025"),
        ),
    ),
    Case(
        id="ntt_headline_repeat_and_city_budget",
        text=(
            "Cakupan Jamsostek di NTT Capai 33,7 Persen\n\n"
            "KUPANG, POS KUPANG – Universal coverage jaminan sosial ketenagakerjaan di Nusa "
            "Tenggara Timur hingga Juni 2024 tercatat 33,7 persen.\n"
            "Untuk pekerja formal cakupannya sudah 65,9 persen, tetapi pekerja informal baru 13,6 "
            "persen.\n"
            "Pemerintah Kota Kupang sendiri menganggarkan Rp750 juta tahun ini untuk melindungi "
            "5.000 pekerja rentan.\n"
        ),
        published=dt.date(2024, 7, 25),
        expected=(
            ("coverage_pct", "total", "33.7", "53", "2024-06"),
            # the breakdown of the June figure shares its date (the figure's own
            # date, not the article's: issue 13)
            ("coverage_pct", "formal", "65.9", "53", "2024-06"),
            ("coverage_pct", "informal", "13.6", "53", "2024-06"),
            ("budget_idr", "total", "750000000", "53.71", "2024"),
        ),
    ),
    Case(
        id="gowa_jkn_and_jamsostek_in_one_sentence",
        text=(
            "SUNGGUMINASA – Pemkab Gowa berada di urutan ke-3 penerima Paritrana Award 2023 "
            "tingkat Sulawesi Selatan.\n"
            "Saat ini kepesertaan BPJS Kesehatan di Gowa sudah 96 persen, sementara cakupan BPJS "
            "Ketenagakerjaan baru 26,5 persen.\n"
            "Sekitar 60 persen warga Gowa bekerja di sektor pertanian.\n"
            "Bupati juga meminta seluruh OPD menjalankan Inpres Nomor 2 Tahun 2021.\n"
        ),
        published=dt.date(2024, 5, 3),
        expected=(
            ("award_rank", "other", "3", "73.06", "2023"),
            ("coverage_pct", "total", "26.5", "73.06", "2024-05-03"),
        ),
    ),
    Case(
        id="mataram_growth_hope_and_budget",
        text=(
            "BPJS Ketenagakerjaan Cabang Mataram mencatat jumlah peserta di Kota Mataram naik 12 "
            "persen dibanding tahun lalu.\n"
            "Kini jumlah peserta aktif di kota itu mencapai 98.500 orang.\n"
            "Wali Kota berharap Mataram bisa meraih juara 1 Paritrana Award tahun depan.\n"
            "Pemkot juga menyiapkan anggaran Rp1,2 miliar untuk iuran pekerja rentan pada 2025.\n"
        ),
        published=dt.date(2024, 11, 4),
        expected=(
            ("participants", "total", "98500", "52.71", "2024-11-04"),
            ("budget_idr", "total", "1200000000", "52.71", "2025"),
        ),
    ),
    Case(
        id="kota_banjar_west_java_not_kalsel",
        text=(
            "BANJAR – Cakupan BPJS Ketenagakerjaan di Kota Banjar, Jawa Barat, per Maret 2025 baru "
            "31,5%.\n"
            "Pemerintah Kota Banjar mengalokasikan Rp. 850 juta dari APBD 2025 bagi 4,2 ribu "
            "pekerja rentan yang kini terdaftar sebagai peserta.\n"
        ),
        published=dt.date(2025, 4, 8),
        expected=(
            ("coverage_pct", "total", "31.5", "32.79", "2025-03"),
            ("budget_idr", "total", "850000000", "32.79", "2025"),
            ("participants", "vulnerable", "4200", "32.79", "2025"),
        ),
    ),
)

CASES = (
    *CASES,
    Case(
        id="sulsel_share_of_potential_gap_and_ecosystem",
        text=(
            "MAKASSAR – Universal Coverage Jamsostek (UCJ) Sulsel per Juni 2025 mencapai 47,38 "
            "persen atau sekitar 1,32 juta pekerja dari 2,8 juta potensi pekerja.\n"
            "Artinya masih ada 1,48 juta pekerja di Sulsel yang belum terlindungi jaminan sosial "
            "ketenagakerjaan.\n"
            "Untuk ekosistem pemerintahan, sebanyak 23.446 pegawai non-ASN atau 64,04 persen sudah "
            "menjadi peserta, sedangkan perangkat desa tercatat 80,38 persen.\n"
        ),
        published=dt.date(2025, 7, 15),
        expected=(
            ("coverage_pct", "total", "47.38", "73", "2025-06"),
            ("participants", "total", "1320000", "73", "2025-06"),
            ("workforce", "total", "2800000", "73", "2025-06"),
            # undated figures after "per Juni 2025" share that status date
            ("participants", "other", "23446", "73", "2025-06"),
            ("coverage_pct", "other", "64.04", "73", "2025-06"),
            ("coverage_pct", "other", "80.38", "73", "2025-06"),
        ),
    ),
)

# Cases the extractor is known to get wrong: {case id: reason}. Empty: all pass.
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_extracts_every_figure_of_the_test_text(region_index, case):
    if case.id in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[case.id])
    figures = extract_figures(case.text, region_index, published=case.published)
    assert sorted(map(_key, figures)) == sorted(_expected_keys(case))
    for figure in figures:
        assert case.text[figure.start : figure.end] == figure.quote
        assert figure.region_name == region_index.name_of(figure.region_code)


def test_precision_and_recall_over_the_test_texts(region_index, capsys):
    found = expected = correct = 0
    for case in CASES:
        if case.id in KNOWN_FAILURES:
            continue
        got = {_key(f) for f in extract_figures(case.text, region_index, published=case.published)}
        want = _expected_keys(case)
        found += len(got)
        expected += len(want)
        correct += len(got & want)
    precision = correct / found if found else 1.0
    recall = correct / expected if expected else 1.0
    with capsys.disabled():
        print(
            f"\nextraction over {len(CASES)} test texts: {expected} figures expected, "
            f"{found} proposed, precision {precision:.3f}, recall {recall:.3f}"
        )
    assert len(CASES) >= 10
    assert precision == 1.0
    assert recall == 1.0


def test_quote_is_the_sentence_without_the_dateline(region_index):
    text = CASES[0].text
    figure = extract_figures(text, region_index)[0]
    assert figure.quote.startswith("Universal Coverage Jamsostek (UCJ) di Kota Pontianak")
    assert figure.quote.endswith("posisi akhir 2023.")


def test_same_figure_repeated_is_proposed_once_at_its_first_mention(region_index):
    text = (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kalsel baru 46,44 persen untuk pekerja "
        "formal.\nKepala cabang menegaskan cakupan di Kalsel baru 46,44 persen untuk pekerja "
        "formal."
    )
    figures = extract_figures(text, region_index)
    assert len(figures) == 1
    assert figures[0].start == 0


@pytest.mark.parametrize(
    "text",
    [
        "Sesuai Inpres Nomor 2 Tahun 2021, 24 Kementerian/Lembaga diminta mendukung kepesertaan.",
        "Panitia disebut Tim 9 dengan 7 anggota lain.",
        "Cakupan kepesertaan di Kalsel belum mencapai 50 persen.",
        "Pertumbuhan ekonomi 8 persen menjadi target pemerintah.",
        "Kepesertaan JKN di Selayar diatas 95 persen dari total penduduk.",
        "Cakupan UHC Kota Makassar mencapai 98 persen.",
        "Baca Juga Ahli Waris Terima Santunan BPJS Ketenagakerjaan Sebesar 42 Juta",
        "Jumlah peserta BPJS Ketenagakerjaan di Sulsel naik 14,01 persen.",
        "Kami berharap Sulsel meraih juara 1 Paritrana Award tahun ini.",
        "Sebanyak 1,76 juta pekerja di Sulsel belum terlindungi BPJS Ketenagakerjaan.",
        "Rapat digelar Kamis (9/2/2023) pukul 09.30 WITA di Banjarmasin.",
        "Sosialisasi kepesertaan BPJS Ketenagakerjaan di Makassar diikuti 150 peserta.",
        "Kejati Sulsel memulihkan tunggakan iuran peserta Rp5,9 miliar dari 159 badan usaha.",
        "Iuran pekerja bukan penerima upah Rp16.800 per bulan dari anggaran desa.",
        "Sebanyak 12 dari 24 kabupaten/kota di Sulsel sudah punya regulasi kepesertaan.",
    ],
)
def test_traps_are_not_figures(region_index, text):
    assert extract_figures(text, region_index) == []


def test_no_break_spaces_are_read_as_spaces_and_kept_in_the_quote(region_index):
    text = (
        "Cakupan kepesertaan di Kalsel baru 46,44\u00a0persen, dengan anggaran Rp\u00a016 miliar."
    )
    figures = extract_figures(text, region_index)
    assert [(f.metric, f.value) for f in figures] == [
        ("coverage_pct", Decimal("46.44")),
        ("budget_idr", Decimal("16000000000")),
    ]
    assert all(text[f.start : f.end] == f.quote and "\u00a0" in f.quote for f in figures)


def test_published_may_be_a_datetime(region_index):
    text = "Saat ini cakupan kepesertaan di Kalsel baru 46,44 persen."
    (figure,) = extract_figures(text, region_index, published=dt.datetime(2023, 2, 9, 14, 30))
    assert figure.as_of == "2023-02-09"


def test_empty_and_blank_text_give_nothing(region_index):
    assert extract_figures("", region_index) == []
    assert extract_figures(" \n\t ", region_index) == []


def test_figure_without_any_region_has_no_region(region_index):
    figures = extract_figures("Cakupan kepesertaan baru 40 persen.", region_index)
    assert [(f.metric, f.region_code, f.region_name) for f in figures] == [
        ("coverage_pct", None, None)
    ]


# --------------------------------------------------------------------------
# The five seed articles
# --------------------------------------------------------------------------


def _seed(prefix):
    (path,) = SEED_DIR.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


SEED_PUBLISHED = {
    "000": dt.date(2024, 1, 27),
    "001": dt.date(2025, 7, 10),
    "002": dt.date(2024, 8, 11),
    "003": dt.date(2023, 9, 29),
    "004": dt.date(2023, 2, 9),
}


def _figures(prefix, index, *, published=True):
    text = _seed(prefix)
    figures = extract_figures(text, index, published=SEED_PUBLISHED[prefix] if published else None)
    for figure in figures:
        assert text[figure.start : figure.end] == figure.quote
    return figures


def _brief(figures):
    return sorted((f.metric, f.segment, f.value, f.region_code) for f in figures)


@pytest.mark.parametrize("published", [True, False], ids=["published", "no-date"])
def test_seed_000_antara_sulsel(region_index, published):
    figures = _figures("000", region_index, published=published)
    assert [(f.metric, f.value, f.region_code, f.as_of) for f in figures] == [
        ("participants", 1300000, "73", "2023"),
        ("budget_idr", 16000000000, "73", "2024"),
        ("award_rank", 1, "73", "2023"),
    ]
    # an award rank is the "other" segment (the label convention), the rest the total
    assert [f.segment for f in figures] == ["total", "total", "other"]
    assert figures[0].quote == (
        "Berdasarkan data tahun 2023, jumlah tenaga kerja yang tercover BPJSTK baru berkisar "
        "1,3 juta pekerja."
    )
    assert "terbaik di zona Sulawesi" in figures[2].quote
    assert figures[0].region_name == "Sulawesi Selatan"


@pytest.mark.parametrize("published", [True, False], ids=["published", "no-date"])
def test_seed_001_rakyatsulsel_target(region_index, published):
    figures = _figures("001", region_index, published=published)
    assert _brief(figures) == [
        ("coverage_pct", "total", 47, "73"),
        ("target_pct", "total", 68, "73"),
    ]
    coverage = next(f for f in figures if f.metric == "coverage_pct")
    target = next(f for f in figures if f.metric == "target_pct")
    assert coverage.as_of == "2025-07-10"
    assert "saat ini baru mencapai 47 persen" in coverage.quote
    # no deadline is named: the target is dated by the day it was stated
    assert target.as_of == "2025-07-10"
    assert target.quote == coverage.quote
    assert all("pertumbuhan ekonomi" not in f.quote for f in figures)


@pytest.mark.parametrize("published", [True, False], ids=["published", "no-date"])
def test_seed_002_porostengah_selayar(region_index, published):
    figures = _figures("002", region_index, published=published)
    assert _brief(figures) == [
        ("award_rank", "other", 4, "73.01"),
        ("budget_idr", "vulnerable", 1000000000, "73.01"),
        ("coverage_pct", "total", 53, "73.01"),
        ("participants", "formal", 24874, "73.01"),
        ("participants", "informal", 47257, "73.01"),
    ]
    by_metric = {f.metric: f for f in figures}
    assert by_metric["award_rank"].as_of == "2023"
    assert by_metric["budget_idr"].as_of == "2024"
    assert by_metric["coverage_pct"].as_of == "2024-08-11"
    assert "mencapai 53 persen" in by_metric["coverage_pct"].quote
    assert all("95 persen" not in f.quote for f in figures)
    assert {f.region_name for f in figures} == {"Kabupaten Kepulauan Selayar"}


@pytest.mark.parametrize("published", [True, False], ids=["published", "no-date"])
def test_seed_003_rakyatsulbar_has_no_figures(region_index, published):
    assert _figures("003", region_index, published=published) == []


@pytest.mark.parametrize("published", [True, False], ids=["published", "no-date"])
def test_seed_004_klikkalsel_formal_and_informal(region_index, published):
    figures = _figures("004", region_index, published=published)
    assert [(f.metric, f.segment, f.value, f.region_code, f.as_of) for f in figures] == [
        ("coverage_pct", "formal", Decimal("46.44"), "63", "2023-02-09"),
        ("coverage_pct", "informal", Decimal("10.6"), "63", "2023-02-09"),
    ]
    assert "baru mencapai 46,44 persen untuk pekerja formal" in figures[0].quote


def test_seeds_with_the_full_region_register():
    regions, aliases = FIXTURES / "regions.json", FIXTURES / "region_aliases.json"
    if not regions.exists():
        pytest.skip("fixtures/regions.json is not there")
    index = region_index_from_fixture(regions, aliases)
    assert len(index) > 500
    assert index.resolve("Sulsel").code == "73"
    assert index.resolve("Kab. Kepulauan Selayar").code == "73.01"
    assert _brief(_figures("000", index)) == [
        ("award_rank", "other", 1, "73"),
        ("budget_idr", "total", 16000000000, "73"),
        ("participants", "total", 1300000, "73"),
    ]
    assert _brief(_figures("001", index)) == [
        ("coverage_pct", "total", 47, "73"),
        ("target_pct", "total", 68, "73"),
    ]
    assert _brief(_figures("002", index)) == [
        ("award_rank", "other", 4, "73.01"),
        ("budget_idr", "vulnerable", 1000000000, "73.01"),
        ("coverage_pct", "total", 53, "73.01"),
        ("participants", "formal", 24874, "73.01"),
        ("participants", "informal", 47257, "73.01"),
    ]
    assert _figures("003", index) == []
    assert _brief(_figures("004", index)) == [
        ("coverage_pct", "formal", Decimal("46.44"), "63"),
        ("coverage_pct", "informal", Decimal("10.6"), "63"),
    ]
    for case in CASES:
        got = {_key(f) for f in extract_figures(case.text, index, published=case.published)}
        assert got == _expected_keys(case), case.id


# --------------------------------------------------------------------------
# Any input: never raises, quotes are exact, values are sane
# --------------------------------------------------------------------------

WORDS = [
    "cakupan",
    "kepesertaan",
    "peserta",
    "persen",
    "%",
    "Rp",
    "juta",
    "miliar",
    "Milyar",
    "ribu",
    "pekerja",
    "formal",
    "informal",
    "PU",
    "BPU",
    "rentan",
    "Sulsel",
    "Makassar",
    "Kabupaten",
    "Kota",
    "Selayar",
    "Kalsel",
    "Indonesia",
    "nasional",
    "target",
    "ditargetkan",
    "menjadi",
    "dari",
    "baru",
    "saat",
    "ini",
    "belum",
    "mencapai",
    "JKN",
    "UHC",
    "Inpres",
    "Nomor",
    "Tahun",
    "Tim",
    "juara",
    "peringkat",
    "keempat",
    "ke-4",
    "terbaik",
    "di",
    "zona",
    "tertinggi",
    "anggaran",
    "APBD",
    "santunan",
    "Kamis",
    "Jumat",
    "Ahad",
    "Februari",
    "Juni",
    "2023",
    "2024",
    ".",
    ",",
    ";",
    "(",
    ")",
    "/",
    "-",
    "–",
    "\n",
    "\n\n",
    "“",
    "”",
    "BPJS",
    "Ketenagakerjaan",
]
NUMBERS = st.from_regex(r"(Rp\.? ?)?\d{1,4}([.,]\d{1,3}){0,3}( ?(persen|%|juta|miliar))?")
TOKENS = st.one_of(st.sampled_from(WORDS), NUMBERS, st.text(max_size=6))
ARTICLE_LIKE = st.lists(TOKENS, max_size=80).map(" ".join)


def _check_invariants(text, figures):
    for figure in figures:
        assert text[figure.start : figure.end] == figure.quote
        assert figure.quote
        assert figure.start < figure.end
        assert figure.metric in METRICS
        assert figure.segment in SEGMENTS
        assert figure.value >= 0
        if figure.metric in ("coverage_pct", "target_pct"):
            assert figure.value <= 100
        if figure.as_of is not None:
            assert len(figure.as_of) in (4, 7, 10)
        json.dumps(figure.to_dict())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text())
def test_random_text_never_raises(region_index, text):
    _check_invariants(text, extract_figures(text, region_index))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=ARTICLE_LIKE,
    published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))),
)
def test_article_like_text_gives_sane_figures(region_index, text, published):
    _check_invariants(text, extract_figures(text, region_index, published=published))


@settings(max_examples=100, deadline=None)
@given(prefix=st.text(max_size=40), suffix=st.text(max_size=40))
def test_seed_figures_survive_surrounding_noise(region_index, prefix, suffix):
    text = prefix + "\n" + _seed("002") + "\n" + suffix
    _check_invariants(text, extract_figures(text, region_index))


@pytest.mark.parametrize(
    "text",
    [
        "." * 100_000 + "x",
        "Kamis" + " " * 100_000 + "x",
        "1." * 50_000 + "x",
        "1," * 50_000,
        "Rp" * 50_000,
        "5 persen cakupan " * 6_000,
        "juara " * 20_000,
        "(" * 100_000,
        "Nomor " * 20_000 + "1",
        "Sulsel Makassar Kabupaten Gowa " * 4_000,
        "\u0130" * 100_000 + " 5 persen cakupan",
        "1" * 100_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_input_stays_linear(region_index, text):
    # A guard against catastrophic regex backtracking, not a benchmark: each
    # input takes well under a second; quadratic behaviour would take minutes.
    began = time.perf_counter()
    _check_invariants(text, extract_figures(text, region_index))
    assert time.perf_counter() - began < 20


def test_region_index_accepts_iterables_of_entries():
    index = RegionIndex(e for e in [RegionEntry("73", "Sulawesi Selatan", "province", None)])
    assert index.resolve("sulawesi selatan").code == "73"
