"""The region register: CSV parser, Kanwil mapping, aliases, the fixture in
fixtures/ and the build_region_register command."""

import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from regions import register
from regions.choices import BasisKind, RegionLevel
from regions.models import Kanwil, Region, RegionAlias
from regions.register_data import AMBIGUOUS_BARE_NAMES, DISPLAY_NAMES

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
REGIONS_JSON = FIXTURES / "regions.json"
ALIASES_JSON = FIXTURES / "region_aliases.json"

PROVINCES_CSV = """code,name
73,SULAWESI SELATAN
63,Kalimantan Selatan
"""

REGENCIES_CSV = """code,province_code,name
73.71,73,KOTA MAKASSAR
73.01,73,KABUPATEN KEPULAUAN SELAYAR
63.03,63,Kabupaten Banjar
"""


def parse(provinces=PROVINCES_CSV, regencies=REGENCIES_CSV):
    return register.parse_register(provinces, regencies, check_counts=False)


# --- Names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("SULAWESI SELATAN", "Sulawesi Selatan"),
        ("KABUPATEN KEPULAUAN SELAYAR", "Kabupaten Kepulauan Selayar"),
        ("kota makassar", "Kota Makassar"),
        ("DKI JAKARTA", "DKI Jakarta"),
        ("di yogyakarta", "DI Yogyakarta"),
        ("KEPULAUAN BANGKA BELITUNG", "Kepulauan Bangka Belitung"),
        ("KABUPATEN PANGKAJENE DAN KEPULAUAN", "Kabupaten Pangkajene dan Kepulauan"),
        ("KABUPATEN TOLI-TOLI", "Kabupaten Toli-Toli"),
        ("NUSA  TENGGARA   BARAT", "Nusa Tenggara Barat"),
        ("Kabupaten Pangkajene dan Kepulauan", "Kabupaten Pangkajene dan Kepulauan"),
    ],
)
def test_nice_case(raw, expected):
    assert register.nice_case(raw) == expected


def test_display_name_uses_short_province_forms():
    assert register.display_name("DAERAH KHUSUS IBUKOTA JAKARTA") == "DKI Jakarta"
    assert register.display_name("Daerah Istimewa Yogyakarta") == "DI Yogyakarta"
    assert register.display_name("SULAWESI BARAT") == "Sulawesi Barat"


def test_levels_match_model_choices():
    assert {register.NATION, register.PROVINCE, register.REGENCY, register.CITY} == set(
        RegionLevel.values
    )
    assert {"confirmed", "inferred"} == set(BasisKind.values)


def test_register_module_imports_no_django():
    code = "import sys, regions.register; sys.exit('django' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


# --- Parsing ------------------------------------------------------------------


def test_parse_small_register():
    reg = parse()
    assert [(r.code, r.name, r.level, r.parent_code) for r in reg.provinces] == [
        ("63", "Kalimantan Selatan", "province", "ID"),
        ("73", "Sulawesi Selatan", "province", "ID"),
    ]
    assert [(r.code, r.name, r.level, r.parent_code) for r in reg.regencies] == [
        ("63.03", "Kabupaten Banjar", "regency", "63"),
        ("73.01", "Kabupaten Kepulauan Selayar", "regency", "73"),
        ("73.71", "Kota Makassar", "city", "73"),
    ]
    assert reg.by_code()["73.01"].bare_name == "Kepulauan Selayar"
    assert reg.by_code()["73.01"].source_name == "KABUPATEN KEPULAUAN SELAYAR"


def test_parse_accepts_crlf_bom_and_blank_lines():
    provinces = "\ufeffcode,name\r\n73,Sulawesi Selatan\r\n\r\n63,Kalimantan Selatan\r\n"
    assert [r.code for r in parse(provinces=provinces).provinces] == ["63", "73"]


def test_read_register_from_paths_names_the_file(tmp_path):
    provinces = tmp_path / "provinces.csv"
    regencies = tmp_path / "regencies.csv"
    provinces.write_text(PROVINCES_CSV, encoding="utf-8")
    regencies.write_text(REGENCIES_CSV + "73.01,73,Kabupaten Lagi\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"regencies\.csv, line 5: duplicate code '73\.01'"):
        register.read_register(provinces, regencies, check_counts=False)
    with pytest.raises(ValueError, match=str(regencies)):
        register.read_register(provinces, regencies, check_counts=False)


@pytest.mark.parametrize(
    ("provinces", "regencies", "message"),
    [
        (
            "code,name\n73,Sulawesi Selatan\n7,Bad\n",
            "code,province_code,name\n",
            r"provinces\.csv, line 3: province code '7' is not two digits",
        ),
        (
            "code,name\n73,Sulawesi Selatan\n73,Sulsel Lagi\n",
            "code,province_code,name\n",
            r"provinces\.csv, line 3: duplicate code '73' \(first on line 2\)",
        ),
        (
            PROVINCES_CSV,
            "code,province_code,name\n73.01,73,Kabupaten Kepulauan Selayar\n7301,73,Kota X\n",
            r"regencies\.csv, line 3: kabupaten/kota code '7301' is not of the form PP\.KK",
        ),
        (
            PROVINCES_CSV,
            "code,province_code,name\n73.1,73,Kabupaten X\n",
            r"regencies\.csv, line 2: kabupaten/kota code '73\.1'",
        ),
        (
            PROVINCES_CSV,
            "code,province_code,name\n73.01,73,Kabupaten A\n74.01,74,Kabupaten Buton\n",
            r"regencies\.csv, line 3: province '74' of 74\.01 is not in the province list",
        ),
        (
            PROVINCES_CSV,
            "code,province_code,name\n73.71,73,Kota Makassar\n73.71,73,Kota Makassar\n",
            r"regencies\.csv, line 3: duplicate code '73\.71' \(first on line 2\)",
        ),
        (
            PROVINCES_CSV,
            "code,province_code,name\n63.01,73,Kabupaten Tanah Laut\n",
            r"regencies\.csv, line 2: code 63\.01 does not start with its province code 73",
        ),
        (
            PROVINCES_CSV,
            "code,province_code,name\n73.01,73,Selayar\n",
            r"regencies\.csv, line 2: name 'Selayar' starts with neither",
        ),
        (
            PROVINCES_CSV,
            "code,province_code,name\n73.02,73,Kota Bulukumba\n",
            r"regencies\.csv, line 2: 'Kota Bulukumba' is a city but code 73\.02",
        ),
        (
            PROVINCES_CSV,
            "code,province_code,name\n73.01,73\n",
            r"regencies\.csv, line 2: expected 3 columns, found 2",
        ),
        (
            "kode,nama\n73,Sulawesi Selatan\n",
            "code,province_code,name\n",
            r"provinces\.csv, line 1: expected header 'code,name'",
        ),
        (
            "code,name\n73,\n",
            "code,province_code,name\n",
            r"provinces\.csv, line 2: empty name",
        ),
        ("", "code,province_code,name\n", r"provinces\.csv: empty file"),
    ],
)
def test_bad_input_raises_value_error_naming_file_and_line(provinces, regencies, message):
    with pytest.raises(ValueError, match=message):
        parse(provinces, regencies)


def test_counts_are_checked_by_default():
    with pytest.raises(ValueError, match=r"provinces\.csv: expected 38 provinces, found 2"):
        register.parse_register(PROVINCES_CSV, REGENCIES_CSV)


# --- Kanwil -------------------------------------------------------------------


def test_kanwil_mapping_follows_domain_notes():
    kanwil = {k.code: k for k in register.kanwil_rows()}
    assert len(kanwil) == 11
    covered = [code for k in kanwil.values() for code, _ in k.provinces]
    assert len(covered) == len(set(covered)) == 38
    assert dict(kanwil["sulama"].provinces) == dict.fromkeys(
        ["71", "72", "73", "74", "75", "76", "81", "82"], "confirmed"
    )
    assert kanwil["sulama"].seat == "Makassar"
    assert dict(kanwil["sumbagsel"].provinces) == {
        "15": "inferred",
        "16": "confirmed",
        "17": "inferred",
        "18": "inferred",
        "19": "inferred",
    }
    assert set(dict(kanwil["banuspa"].provinces).values()) == {"inferred"}
    assert len(kanwil["banuspa"].provinces) == 9
    for code in ("dki-jakarta", "banten", "jawa-timur"):
        assert set(dict(kanwil[code].provinces).values()) == {"inferred"}
    for code in ("sumbagut", "sumbarriau", "jawa-barat", "jateng-diy", "kalimantan"):
        assert set(dict(kanwil[code].provinces).values()) == {"confirmed"}
    assert kanwil["sumbagut"].name == "Kanwil Sumatera Bagian Utara"


def test_kanwil_strict_needs_every_province():
    with pytest.raises(ValueError, match="unknown provinces"):
        register.kanwil_rows(parse())
    partial = {k.code: k.provinces for k in register.kanwil_rows(parse(), strict=False)}
    assert partial["sulama"] == (("73", "confirmed"),)
    assert partial["sumbagut"] == ()


# --- Aliases (pure) -------------------------------------------------------------


def test_aliases_of_small_register():
    result = register.build_aliases(parse(), strict=False)
    assert result.aliases["73"] == ["Sulsel"]
    assert result.aliases["73.01"] == [
        "Kab. Kepulauan Selayar",
        "Kab. Selayar",
        "Kepulauan Selayar",
        "Selayar",
    ]
    assert result.aliases["73.71"] == ["Kota Angin Mamiri", "Kota Daeng", "Makassar"]
    assert result.aliases["63.03"] == ["Banjar", "Kab. Banjar"]
    assert result.dropped == {}


def test_ambiguous_bare_name_is_left_out():
    regencies = REGENCIES_CSV + "63.73,63,Kota Banjar\n"  # a made-up code, no curated alias
    result = register.build_aliases(parse(regencies=regencies), strict=False)
    assert result.aliases["63.03"] == ["Kab. Banjar"]
    assert "63.73" not in result.aliases
    assert result.dropped == {"Banjar": ["63.03", "63.73"]}


def test_bare_name_equal_to_a_province_is_left_out():
    provinces = PROVINCES_CSV + "17,Bengkulu\n"
    regencies = REGENCIES_CSV + "17.71,17,Kota Bengkulu\n"
    result = register.build_aliases(parse(provinces, regencies), strict=False)
    assert "17.71" not in result.aliases
    assert result.dropped == {"Bengkulu": ["17", "17.71"]}


def test_curated_alias_code_is_checked_against_its_name():
    regencies = "code,province_code,name\n73.01,73,Kabupaten Bulukumba\n"
    with pytest.raises(ValueError, match="expect 'Kabupaten Kepulauan Selayar'"):
        register.build_aliases(parse(regencies=regencies), strict=False)


def regions_fixture():
    return json.loads(REGIONS_JSON.read_text(encoding="utf-8"))


def register_from_fixture():
    """Rebuild the parsed register from fixtures/regions.json (the package's
    long spellings come back through DISPLAY_NAMES)."""
    long_names = {short: long for long, short in DISPLAY_NAMES.items()}
    rows = [
        register.RegionRow(
            f["code"], f["name"], f["level"], f["parent"][0], long_names.get(f["name"], f["name"])
        )
        for obj in regions_fixture()
        if obj["model"] == "regions.region" and (f := obj["fields"])["level"] != "nation"
    ]
    return register.Register(
        provinces=tuple(r for r in rows if r.level == "province"),
        regencies=tuple(r for r in rows if r.level != "province"),
    )


def test_alias_file_and_ambiguity_list_are_in_step_with_the_code():
    result = register.build_aliases(register_from_fixture())
    assert result.aliases == json.loads(ALIASES_JSON.read_text(encoding="utf-8"))
    assert list(result.dropped) == list(AMBIGUOUS_BARE_NAMES)


def test_fixture_is_in_step_with_the_code():
    reg = register_from_fixture()
    assert register.build_fixture(reg, register.kanwil_rows(reg)) == regions_fixture()


# --- Committed fixture files ----------------------------------------------------


def test_fixture_has_natural_keys_and_no_pk():
    objects = regions_fixture()
    assert all("pk" not in obj for obj in objects)
    models = [obj["model"] for obj in objects]
    assert models == ["regions.kanwil"] * 11 + ["regions.region"] * (1 + 38 + 514)
    regions = [obj["fields"] for obj in objects if obj["model"] == "regions.region"]
    assert regions[0] == {
        "code": "ID",
        "name": "Indonesia",
        "level": "nation",
        "parent": None,
        "kanwil": None,
        "kanwil_basis": "",
    }
    codes = [r["code"] for r in regions[1:]]
    assert codes[:38] == sorted(codes[:38])
    assert codes[38:] == sorted(codes[38:])


def test_alias_file_is_unique_and_points_at_known_regions():
    aliases = json.loads(ALIASES_JSON.read_text(encoding="utf-8"))
    regions = {
        obj["fields"]["code"]: obj["fields"]["name"]
        for obj in regions_fixture()
        if obj["model"] == "regions.region"
    }
    assert set(aliases) <= set(regions)
    flat = [name for names in aliases.values() for name in names]
    assert len({name.casefold() for name in flat}) == len(flat)
    official = {name.casefold() for name in regions.values()}
    assert not [name for name in flat if name.casefold() in official]
    assert list(aliases) == sorted(aliases)

    owner = {name: code for code, names in aliases.items() for name in names}
    expected = {
        "Sulsel": "73",
        "Sulbar": "76",
        "Sulteng": "72",
        "Sultra": "74",
        "Sulut": "71",
        "Kalsel": "63",
        "Kaltim": "64",
        "Kalbar": "61",
        "Kalteng": "62",
        "Kaltara": "65",
        "Jatim": "35",
        "Jateng": "33",
        "Jabar": "32",
        "DKI": "31",
        "Jakarta": "31",
        "DIY": "34",
        "Yogyakarta": "34",
        "Sumut": "12",
        "Sumbar": "13",
        "Sumsel": "16",
        "Babel": "19",
        "Kepri": "21",
        "NTB": "52",
        "NTT": "53",
        "Malut": "82",
        "PBD": "96",
        "Selayar": "73.01",
        "Kepulauan Selayar": "73.01",
        "Kab. Kepulauan Selayar": "73.01",
        "Makassar": "73.71",
        "Banjarmasin": "63.71",
        "Gowa": "73.06",
        "Kab. Gowa": "73.06",
        "Kab. Banjar": "63.03",
        "Daerah Khusus Ibukota Jakarta": "31",
    }
    assert {name: owner.get(name) for name in expected} == expected
    for ambiguous in ("Bengkulu", "Banjar", "Bogor", "Gorontalo", "Jambi"):
        assert ambiguous not in owner


# --- Loading into the database --------------------------------------------------


def region_counts():
    return {level: Region.objects.filter(level=level).count() for level in RegionLevel.values}


@pytest.mark.django_db
def test_loaddata_gives_the_full_register_and_is_idempotent():
    call_command("loaddata", str(REGIONS_JSON), verbosity=0)
    counts = region_counts()
    assert counts == {"nation": 1, "province": 38, "regency": 416, "city": 98}
    assert Kanwil.objects.count() == 11
    assert Region.objects.values("code").distinct().count() == Region.objects.count() == 553

    selayar = Region.objects.get(code="73.01")
    assert selayar.name == "Kabupaten Kepulauan Selayar"
    assert selayar.parent.code == "73"
    sulsel = Region.objects.get(code="73")
    assert sulsel.kanwil.code == "sulama"
    assert sulsel.kanwil_basis == "confirmed"
    assert sulsel.parent.code == "ID"
    assert Region.objects.get(code="15").kanwil_basis == "inferred"
    assert Region.objects.get(code="ID").parent is None
    assert not Region.objects.filter(level="province", kanwil__isnull=True).exists()

    pks = dict(Region.objects.values_list("code", "pk"))
    call_command("loaddata", str(REGIONS_JSON), verbosity=0)
    assert region_counts() == counts
    assert Kanwil.objects.count() == 11
    assert dict(Region.objects.values_list("code", "pk")) == pks


@pytest.mark.django_db
def test_alias_file_loads_under_the_case_insensitive_constraint():
    call_command("loaddata", str(REGIONS_JSON), verbosity=0)
    regions = dict(Region.objects.values_list("code", "pk"))
    aliases = json.loads(ALIASES_JSON.read_text(encoding="utf-8"))
    RegionAlias.objects.all().delete()  # the seeded session database has them already
    RegionAlias.objects.bulk_create(
        RegionAlias(region_id=regions[code], name=name)
        for code, names in aliases.items()
        for name in names
    )
    assert RegionAlias.objects.count() == sum(len(names) for names in aliases.values())


# --- The command ----------------------------------------------------------------


def write_package(root: Path) -> Path:
    data = root / "package" / "data"
    data.mkdir(parents=True)
    (root / "package" / "package.json").write_text('{"version": "9.9.9"}', encoding="utf-8")
    (data / "provinces.csv").write_text(
        "code,name\n73,SULAWESI SELATAN\n31,DAERAH KHUSUS IBUKOTA JAKARTA\n63,Kalimantan Selatan\n",
        encoding="utf-8",
    )
    (data / "regencies.csv").write_text(
        "code,province_code,name\n"
        "73.71,73,KOTA MAKASSAR\n"
        "73.01,73,KABUPATEN KEPULAUAN SELAYAR\n"
        "73.06,73,KABUPATEN GOWA\n"
        "63.71,63,KOTA BANJARMASIN\n"
        "31.71,31,KOTA ADMINISTRASI JAKARTA PUSAT\n",
        encoding="utf-8",
    )
    return root / "package"


def build(package: Path, out: Path, *extra: str) -> tuple[list, dict]:
    stdout = io.StringIO()
    call_command(
        "build_region_register",
        str(package),
        "--output",
        str(out / "regions.json"),
        *extra,
        stdout=stdout,
    )
    (out / "stdout.txt").write_text(stdout.getvalue(), encoding="utf-8")
    regions = json.loads((out / "regions.json").read_text(encoding="utf-8"))
    aliases = json.loads((out / "region_aliases.json").read_text(encoding="utf-8"))
    return regions, aliases


@pytest.mark.django_db
def test_command_builds_fixture_from_a_small_package(tmp_path):
    package = write_package(tmp_path / "pkg")
    out = tmp_path / "out"
    out.mkdir()
    regions, aliases = build(package, out, "--partial")

    text = (out / "regions.json").read_text(encoding="utf-8")
    assert text.endswith("]\n")
    assert text == json.dumps(regions, indent=1, ensure_ascii=False) + "\n"
    assert "idn-area-data 9.9.9" in (out / "stdout.txt").read_text()

    kanwil = [o["fields"]["code"] for o in regions if o["model"] == "regions.kanwil"]
    assert kanwil == sorted(kanwil)
    assert len(kanwil) == 11
    rows = [o["fields"] for o in regions if o["model"] == "regions.region"]
    assert [r["code"] for r in rows] == [
        "ID",
        "31",
        "63",
        "73",
        "31.71",
        "63.71",
        "73.01",
        "73.06",
        "73.71",
    ]
    by_code = {r["code"]: r for r in rows}
    assert by_code["73"] == {
        "code": "73",
        "name": "Sulawesi Selatan",
        "level": "province",
        "parent": ["ID"],
        "kanwil": ["sulama"],
        "kanwil_basis": "confirmed",
    }
    assert by_code["31"]["name"] == "DKI Jakarta"
    assert by_code["31"]["kanwil_basis"] == "inferred"
    assert by_code["73.01"] == {
        "code": "73.01",
        "name": "Kabupaten Kepulauan Selayar",
        "level": "regency",
        "parent": ["73"],
        "kanwil": None,
        "kanwil_basis": "",
    }
    assert by_code["31.71"]["level"] == "city"
    assert all("pk" not in o for o in regions)

    assert aliases["73.01"] == [
        "Kab. Kepulauan Selayar",
        "Kab. Selayar",
        "Kepulauan Selayar",
        "Selayar",
    ]
    assert aliases["73.71"] == ["Kota Angin Mamiri", "Kota Daeng", "Makassar"]
    assert aliases["63.71"] == ["Banjarmasin", "Kota Seribu Sungai"]
    assert aliases["73.06"] == ["Gowa", "Kab. Gowa"]
    assert aliases["31.71"] == ["Jakarta Pusat", "Jakpus", "Kota Jakarta Pusat"]
    assert "Daerah Khusus Ibukota Jakarta" in aliases["31"]

    # The session database may already hold the register (tests/conftest.py
    # seeds it): loading adds the missing rows and updates the others in place.
    codes = set(by_code)
    before = set(Region.objects.values_list("code", flat=True))
    call_command("loaddata", str(out / "regions.json"), verbosity=0)
    assert set(Region.objects.values_list("code", flat=True)) == before | codes
    assert Region.objects.get(code="73.01").parent.code == "73"
    assert Region.objects.get(code="73").kanwil.code == "sulama"


def test_command_reads_the_tgz_like_the_directory(tmp_path):
    package = write_package(tmp_path / "pkg")
    archive = tmp_path / "idn-area-data-9.9.9.tgz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(package, arcname="package")
    from_dir, from_tgz = tmp_path / "dir", tmp_path / "tgz"
    from_dir.mkdir()
    from_tgz.mkdir()
    assert build(package, from_dir, "--partial") == build(archive, from_tgz, "--partial")
    assert (from_dir / "regions.json").read_bytes() == (from_tgz / "regions.json").read_bytes()


def test_command_refuses_a_partial_package_unless_told(tmp_path):
    package = write_package(tmp_path / "pkg")
    with pytest.raises(CommandError, match=r"provinces\.csv: expected 38 provinces, found 3"):
        call_command("build_region_register", str(package), "--output", str(tmp_path / "r.json"))
    assert not (tmp_path / "r.json").exists()


def test_command_reports_bad_csv_with_file_and_line(tmp_path):
    package = write_package(tmp_path / "pkg")
    csv_path = package / "data" / "regencies.csv"
    csv_path.write_text(csv_path.read_text() + "7301,73,Kabupaten X\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"regencies\.csv, line 7: kabupaten/kota code '7301'"):
        call_command(
            "build_region_register", str(package), "--partial", "--output", str(tmp_path / "r.json")
        )


def test_command_rejects_a_path_without_the_csv_files(tmp_path):
    with pytest.raises(CommandError, match="no data/provinces.csv"):
        call_command("build_region_register", str(tmp_path))
