"""Round five of issue 13 (extract-b), region names: the short forms the
regencies and the press use ("Muba", "Lotim", "OKU Timur", "Limapuluh Kota")
and a name two regencies share ("Toraja": Tana Toraja and Toraja Utara), which
places no single region. Full region register from fixtures/, no database."""

import datetime as dt

import pytest

from articles.extraction import extract_figures

PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Muba", "Kabupaten Musi Banyuasin"),
        ("Muratara", "Kabupaten Musi Rawas Utara"),
        ("OKU Timur", "Kabupaten Ogan Komering Ulu Timur"),
        ("PALI", "Kabupaten Penukal Abab Lematang Ilir"),
        ("Lotim", "Kabupaten Lombok Timur"),
        ("Limapuluh Kota", "Kabupaten Lima Puluh Kota"),
        ("Tanjabbar", "Kabupaten Tanjung Jabung Barat"),
        ("Halsel", "Kabupaten Halmahera Selatan"),
    ],
)
def test_short_forms_name_their_regency(register, alias, name):
    assert register.resolve(alias).name == name
    text = f"Cakupan kepesertaan BPJS Ketenagakerjaan di {alias} mencapai 47,5 persen."
    figures = extract_figures(text, register, published=PUBLISHED)
    assert [(f.metric, f.region_name) for f in figures] == [("coverage_pct", name)]


def test_toraja_names_no_single_regency(register):
    assert register.resolve("Toraja") is None
    assert register.resolve("Tana Toraja").name == "Kabupaten Tana Toraja"
    assert register.resolve("Torut").name == "Kabupaten Toraja Utara"
    text = (
        "Di Sulawesi Selatan beberapa kabupaten sudah progresif, seperti Toraja dengan "
        "cakupan kepesertaan BPJS Ketenagakerjaan 70 persen, dan Makassar di angka 53 persen."
    )
    got = {
        (str(f.value), f.region_name) for f in extract_figures(text, register, published=PUBLISHED)
    }
    assert got == {("70", None), ("53", "Kota Makassar")}
