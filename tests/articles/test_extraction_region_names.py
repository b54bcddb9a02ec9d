"""Issue 13, region names the press writes that the register missed: "Kep."
and "Kepl." for Kepulauan in any name that has it ("Banggai Kep.", "Kep.
Selayar"); nicknames that name one region ("Kota Delta" for Sidoarjo, "Bumi
Anoa" for Sulawesi Tenggara); and phrases holding a region's name that name no
region ("Polda Metro Jaya", "Metro TV", coal written "Batu bara"). Full region
register from fixtures/, no database."""

import datetime as dt
import json
from pathlib import Path

import pytest
from django.conf import settings

from articles.extraction import extract_figures

PUBLISHED = dt.date(2025, 3, 4)
ALIASES_JSON = Path(settings.BASE_DIR) / "fixtures" / "region_aliases.json"


def mentions(register, text):
    return [(m.text, m.code) for m in register.find_mentions(text)]


# --- "Kep." / "Kepl." for Kepulauan --------------------------------------------


@pytest.mark.parametrize(
    ("text", "found", "code"),
    [
        ("5.842 orang di Banggai Kep", "Banggai Kep", "72.07"),
        ("peserta di Banggai Kep. sebanyak", "Banggai Kep", "72.07"),
        ("Pemkab Banggai Kep menargetkan", "Pemkab Banggai Kep", "72.07"),
        ("Kab. Banggai Kep. mencatat", "Kab. Banggai Kep", "72.07"),
        ("Pemkab Kep. Selayar menargetkan", "Pemkab Kep. Selayar", "73.01"),
        ("di Kepl. Selayar", "Kepl. Selayar", "73.01"),
        ("Kabupaten Kep Sangihe", "Kabupaten Kep Sangihe", "71.03"),
        ("di Kep. Siau Tagulandang Biaro", "Kep. Siau Tagulandang Biaro", "71.09"),
        ("Pemkot Tidore Kep. mencatat", "Pemkot Tidore Kep", "82.72"),
        ("di Konawe Kep. tercatat", "Konawe Kep", "74.12"),
        ("di Pangkajene dan Kep. tercatat", "Pangkajene dan Kep", "73.10"),
        ("Provinsi Kepl. Riau", "Provinsi Kepl. Riau", "21"),
    ],
)
def test_kep_is_kepulauan_before_and_after_the_name(register, text, found, code):
    assert mentions(register, text) == [(found, code)]


def test_every_kepulauan_name_of_the_register_has_its_short_forms(register):
    names = [e for e in register if "Kepulauan" in e.name]
    assert len(names) == 18
    for entry in names:
        for short in ("Kep.", "Kep", "Kepl."):
            written = entry.name.replace("Kepulauan", short)
            assert register.resolve(written) == entry, written


def test_banggai_kep_places_its_figure_on_banggai_kepulauan(register):
    text = "Cakupan kepesertaan BPJS Ketenagakerjaan di Banggai Kep. mencapai 31 persen."
    figures = extract_figures(text, register, published=PUBLISHED)
    assert [f.region_name for f in figures] == ["Kabupaten Banggai Kepulauan"]


def test_banggai_alone_is_still_kabupaten_banggai(register):
    assert mentions(register, "di Banggai tercatat") == [("Banggai", "72.01")]
    assert mentions(register, "Kota Kupang") == [("Kota Kupang", "53.71")]


# --- Nicknames -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nickname", "code"),
    [
        ("Kota Delta", "35.15"),
        ("Kota Daeng", "73.71"),
        ("Kota Angin Mamiri", "73.71"),
        ("Kota Seribu Sungai", "63.71"),
        ("Kota Pahlawan", "35.78"),
        ("Kota Hujan", "32.71"),
        ("Kota Kembang", "32.73"),
        ("Serambi Mekkah", "11"),
        ("Kota Tepian", "64.72"),
        ("Bumi Anoa", "74"),
        ("Bumi Sembada", "34.04"),
        ("Kota Khatulistiwa", "61.71"),
    ],
)
def test_a_nickname_names_its_region(register, nickname, code):
    assert mentions(register, f"Pekerja rentan di {nickname} belum terlindungi.") == [
        (nickname, code)
    ]
    assert register.resolve(nickname).code == code


@pytest.mark.parametrize(
    "text",
    [
        "Varian Delta menyebar cepat.",
        "hujan deras di Delta Mahakam",
        "di kota hujan itu",
        "Kota delta itu",
        "Taman Makam Pahlawan",
        "harga Minyak goreng",
    ],
)
def test_a_nickname_is_read_only_whole_and_capitalised(register, text):
    assert mentions(register, text) == []


def test_a_nickname_places_a_figure(register):
    text = (
        "Dari 989.563 pekerja di Kota Delta, cakupan kepesertaan BPJS Ketenagakerjaan "
        "mencapai 53 persen."
    )
    figures = extract_figures(text, register, published=PUBLISHED)
    assert {f.region_name for f in figures} == {"Kabupaten Sidoarjo"}


# --- Phrases that hold a region's name but name no region -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Polda Metro Jaya mencatat",
        "Kapolda Metro Jaya",
        "seperti dilaporkan Metro TV kemarin",
        "Tambang Batu Bara Ditutup",
        "Harga Batu Bara Naik",
        "Batu bara menjadi andalan ekspor.",
        "Ekspor naik. Batu bara menjadi andalan.",
        "tambang batu bara dan batubara",
    ],
)
def test_names_inside_other_things_are_no_region(register, text):
    assert mentions(register, text) == []


@pytest.mark.parametrize(
    ("text", "found", "code"),
    [
        ("Capaian tertinggi ada di Kota Metro, disusul", "Kota Metro", "18.72"),
        ("Pemkot Metro menargetkan", "Pemkot Metro", "18.72"),
        ("di Metro sebanyak 1.200 pekerja", "Metro", "18.72"),
        ("Pemkab Batu Bara menargetkan", "Pemkab Batu Bara", "12.19"),
        ("di kabupaten batu bara", "kabupaten batu bara", "12.19"),
        ("peserta di Batu Bara sebanyak", "Batu Bara", "12.19"),
        ("Peserta di Bau-bau dan Pare-pare", "Bau-bau", "74.72"),
    ],
)
def test_the_regions_themselves_are_still_found(register, text, found, code):
    assert mentions(register, text)[0] == (found, code)


# --- No alias changes its meaning ----------------------------------------------------


# alone these are ordinary words or the lake; they name the region only after a
# level word (test_extraction_region_abbreviations.py)
WORD_LIKE = {"Mitra", "Batubara", "Benteng", "Toba", "Puncak"}


def test_every_alias_still_means_its_region(register):
    aliases = json.loads(ALIASES_JSON.read_text(encoding="utf-8"))
    wrong = [
        (code, alias)
        for code, names in aliases.items()
        for alias in names
        if alias not in WORD_LIKE and code not in register.candidates(alias)
    ]
    assert wrong == []
    assert register.resolve("Kota Delta").code == "35.15"
    assert register.resolve("Delta") is None
