"""The BPS <-> Kemendagri bridge: its data file, its loading into the
register, and the pure code reader (regions/bps.py)."""

import doctest
import json
from pathlib import Path

import pytest

import api.datapackage
import api.pages
import api.tabular
import regions.bps
from regions import bps, imports
from regions import spreadsheets as sheets
from regions.intake import places
from regions.models import Region

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("module", [regions.bps, api.tabular, api.datapackage, api.pages])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0


def test_bridge_file_fits_the_register():
    with open(ROOT / "fixtures" / "bps_codes.csv", encoding="utf-8", newline="") as handle:
        bridge = bps.read_bridge(handle)
    register = {
        obj["fields"]["code"]
        for obj in json.loads((ROOT / "fixtures" / "regions.json").read_text("utf-8"))
        if obj["model"] == "regions.region"
    }
    assert set(bridge) <= register
    assert len(set(bridge.values())) == len(bridge)  # one region per BPS code
    assert len(bridge) > 500
    # Digits that differ between the two systems.
    assert bridge["73.01"] == "7301"
    assert bridge["11.09"] == "1101"  # Simeulue
    assert bridge["91"] == "94"
    assert bridge["92"] == "91"
    for code, bps_code in bridge.items():
        assert bps_code[:2] == bridge[code[:2]] or code[:2] not in bridge, code


@pytest.mark.django_db
def test_the_seed_gives_regions_their_bps_code(seeded):
    assert Region.objects.get(code="73.01").bps_code == "7301"
    assert Region.objects.get(code="91").bps_code == "94"
    # New Papua provinces (2022) are not in the 2020 BPS table: no code, not a guess.
    assert Region.objects.get(code="93").bps_code == ""
    assert Region.objects.exclude(bps_code="").count() > 500


@pytest.mark.django_db
def test_an_import_row_may_name_its_region_by_bps_code(seeded):
    index = places.RegionIndex()
    assert index.find("7301").code == "73.01"
    assert index.find("73.01").code == "73.01"
    assert index.find("bps:94").code == "91"
    assert index.find("9999") is None
    rows = [
        {"kode_wilayah": code, "segmen": "total", "per_tanggal": "2025-06-30", "persen": percent,
         "penerbit": "Uji Impor BPS", "jenis_penerbit": "bpjs_branch"}
        for code, percent in (("7301", "50"), ("1101", "40"), ("9999", "30"))
    ]  # fmt: skip
    lines = [",".join(rows[0])] + [",".join(row.values()) for row in rows]
    table = sheets.read_table(("\n".join(lines) + "\n").encode(), "x.csv")
    result = imports.records_import(kind="figures", table=table, user=None, commit=False)
    problems = [(p.row, p.column) for p in result.problems]
    # BPS 7301 is Selayar, BPS 1101 is Simeulue (Kemendagri 11.09); 9999 is no region.
    assert problems == [(4, "kode_wilayah")]
    assert "9999" in result.problems[0].text()
