"""A small hand-written region register for the pure extraction tests (no
database): the nation, a dozen provinces and the regencies/cities the test
texts name, with the short names the news uses."""

from pathlib import Path

import pytest

from articles.extraction import RegionEntry, RegionIndex, region_index_from_fixture

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

REGION_ENTRIES = (
    RegionEntry("ID", "Indonesia", "nation", None),
    RegionEntry("11", "Aceh", "province", "ID", ("NAD",)),
    RegionEntry("11.71", "Kota Banda Aceh", "city", "11"),
    RegionEntry("17", "Bengkulu", "province", "ID"),
    RegionEntry("17.71", "Kota Bengkulu", "city", "17"),
    RegionEntry("32", "Jawa Barat", "province", "ID", ("Jabar",)),
    RegionEntry("32.79", "Kota Banjar", "city", "32"),
    RegionEntry("33", "Jawa Tengah", "province", "ID", ("Jateng",)),
    RegionEntry("33.22", "Kabupaten Semarang", "regency", "33", ("Kab. Semarang",)),
    RegionEntry("33.74", "Kota Semarang", "city", "33"),
    RegionEntry("35", "Jawa Timur", "province", "ID", ("Jatim",)),
    RegionEntry("35.07", "Kabupaten Malang", "regency", "35", ("Kab. Malang",)),
    RegionEntry("35.73", "Kota Malang", "city", "35"),
    RegionEntry("35.78", "Kota Surabaya", "city", "35", ("Surabaya",)),
    RegionEntry("51", "Bali", "province", "ID"),
    RegionEntry("51.03", "Kabupaten Badung", "regency", "51", ("Badung",)),
    RegionEntry("51.06", "Kabupaten Bangli", "regency", "51", ("Bangli",)),
    RegionEntry("51.71", "Kota Denpasar", "city", "51", ("Denpasar",)),
    RegionEntry("52", "Nusa Tenggara Barat", "province", "ID", ("NTB",)),
    RegionEntry("52.01", "Kabupaten Lombok Barat", "regency", "52", ("Lobar",)),
    RegionEntry("52.71", "Kota Mataram", "city", "52", ("Mataram",)),
    RegionEntry("53", "Nusa Tenggara Timur", "province", "ID", ("NTT",)),
    RegionEntry("53.01", "Kabupaten Kupang", "regency", "53", ("Kab. Kupang",)),
    RegionEntry("53.71", "Kota Kupang", "city", "53"),
    RegionEntry("61", "Kalimantan Barat", "province", "ID", ("Kalbar",)),
    RegionEntry("61.71", "Kota Pontianak", "city", "61", ("Pontianak",)),
    RegionEntry("63", "Kalimantan Selatan", "province", "ID", ("Kalsel",)),
    RegionEntry("63.03", "Kabupaten Banjar", "regency", "63", ("Kab. Banjar",)),
    RegionEntry("63.71", "Kota Banjarmasin", "city", "63", ("Banjarmasin",)),
    RegionEntry("63.72", "Kota Banjarbaru", "city", "63", ("Banjarbaru",)),
    RegionEntry("73", "Sulawesi Selatan", "province", "ID", ("Sulsel",)),
    RegionEntry(
        "73.01",
        "Kabupaten Kepulauan Selayar",
        "regency",
        "73",
        ("Kab. Kepulauan Selayar", "Kepulauan Selayar", "Selayar", "Kab. Selayar"),
    ),
    RegionEntry("73.04", "Kabupaten Jeneponto", "regency", "73", ("Jeneponto",)),
    RegionEntry("73.06", "Kabupaten Gowa", "regency", "73", ("Gowa",)),
    RegionEntry("73.17", "Kabupaten Luwu", "regency", "73", ("Luwu",)),
    RegionEntry("73.71", "Kota Makassar", "city", "73", ("Makassar",)),
    RegionEntry("76", "Sulawesi Barat", "province", "ID", ("Sulbar",)),
    RegionEntry("76.02", "Kabupaten Mamuju", "regency", "76", ("Mamuju",)),
    RegionEntry("81", "Maluku", "province", "ID"),
    RegionEntry("94", "Papua Tengah", "province", "ID"),
    RegionEntry("94.05", "Kabupaten Puncak", "regency", "94"),
)


@pytest.fixture(scope="session")
def region_index():
    return RegionIndex(REGION_ENTRIES)


@pytest.fixture(scope="session")
def register():
    """The whole register (38 provinces, 514 regencies and cities, their
    aliases) from fixtures/, as the extractor reads real articles."""
    return region_index_from_fixture(FIXTURES / "regions.json", FIXTURES / "region_aliases.json")
