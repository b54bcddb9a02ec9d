"""The region register: Kemendagri provinces and kabupaten/kota read from the
CSV files of the npm package idn-area-data, checked, nicely named, and joined
with the project's own Kanwil mapping and aliases (regions/register_data.py).

A pure module (no Django): it returns plain dataclasses and dicts, and
``build_fixture`` turns them into the objects of a Django fixture. The
management command ``build_region_register`` does the file handling.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .register_data import CURATED_ALIASES, DISPLAY_NAMES, KANWIL

NATION_CODE = "ID"
NATION_NAME = "Indonesia"

# Values of regions.choices.RegionLevel (repeated here to keep this module
# free of Django; a test checks they agree).
NATION = "nation"
PROVINCE = "province"
REGENCY = "regency"
CITY = "city"

EXPECTED_PROVINCES = 38
EXPECTED_REGENCIES = 514  # 416 kabupaten + 98 kota (Kepmendagri 2025)

PROVINCE_CODE_RE = re.compile(r"^\d{2}$")
REGENCY_CODE_RE = re.compile(r"^\d{2}\.\d{2}$")

PROVINCES_HEADER = ["code", "name"]
REGENCIES_HEADER = ["code", "province_code", "name"]

# Words kept in capitals, and words kept in lower case (unless first), when a
# name is re-cased. "DI" is the Daerah Istimewa of "DI Yogyakarta".
ACRONYMS = frozenset({"DKI", "DI", "DIY", "NTB", "NTT"})
LOWERCASE_WORDS = frozenset({"dan"})

# Longest prefix first: "Kabupaten Administrasi Kepulauan Seribu" is a
# kabupaten whose bare name is "Kepulauan Seribu".
REGENCY_PREFIXES = ("Kabupaten Administrasi ", "Kabupaten ")
CITY_PREFIXES = ("Kota Administrasi ", "Kota ")


@dataclass(frozen=True)
class RegionRow:
    code: str
    name: str
    level: str
    parent_code: str
    source_name: str = ""

    @property
    def bare_name(self) -> str:
        """The name without "Kabupaten"/"Kota" ("Gowa" for "Kabupaten Gowa")."""
        for prefix in REGENCY_PREFIXES + CITY_PREFIXES:
            if self.name.startswith(prefix):
                return self.name[len(prefix) :]
        return self.name


@dataclass(frozen=True)
class KanwilRow:
    code: str
    name: str
    seat: str
    provinces: tuple[tuple[str, str], ...]  # (province code, basis)


@dataclass(frozen=True)
class Register:
    provinces: tuple[RegionRow, ...]
    regencies: tuple[RegionRow, ...]

    @property
    def rows(self) -> tuple[RegionRow, ...]:
        return self.provinces + self.regencies

    def by_code(self) -> dict[str, RegionRow]:
        return {row.code: row for row in self.rows}


@dataclass
class AliasResult:
    aliases: dict[str, list[str]]
    # alias -> codes that would have shared it, for generated names left out
    dropped: dict[str, list[str]] = field(default_factory=dict)


# --- Names --------------------------------------------------------------------


def _capitalise(part: str) -> str:
    for index, char in enumerate(part):
        if char.isalpha():
            return part[:index] + char.upper() + part[index + 1 :].lower()
    return part


def nice_case(name: str) -> str:
    """Title-case an Indonesian region name, whatever its input casing.

    "KABUPATEN PANGKAJENE DAN KEPULAUAN" -> "Kabupaten Pangkajene dan Kepulauan",
    "dki jakarta" -> "DKI Jakarta", "KABUPATEN TOLI-TOLI" -> "Kabupaten Toli-Toli".
    """
    words = name.split()
    cased = []
    for index, word in enumerate(words):
        if word.strip("().,").upper() in ACRONYMS:
            cased.append(word.upper())
        elif index > 0 and word.lower() in LOWERCASE_WORDS:
            cased.append(word.lower())
        else:
            cased.append("-".join(_capitalise(part) for part in word.split("-")))
    return " ".join(cased)


def display_name(source_name: str) -> str:
    """The name the dashboard shows: nicely cased, with the short forms of
    register_data.DISPLAY_NAMES ("DKI Jakarta" for the package's
    "Daerah Khusus Ibukota Jakarta")."""
    cased = nice_case(source_name)
    return DISPLAY_NAMES.get(cased, cased)


def regency_level(name: str) -> str | None:
    if name.startswith("Kabupaten "):
        return REGENCY
    if name.startswith("Kota "):
        return CITY
    return None


# --- Parsing ------------------------------------------------------------------


def _text(source: str | os.PathLike[str]) -> str:
    """A str is CSV text; a path (pathlib.Path, os.PathLike) is read."""
    if isinstance(source, os.PathLike):
        return Path(source).read_text(encoding="utf-8")
    return source


def _rows(text: str, filename: str, header: list[str]) -> Iterable[tuple[int, list[str]]]:
    """Yield (line number, cells) of the data rows, after checking the header."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    seen_header = False
    for cells in reader:
        line = reader.line_num
        if not cells or all(not cell.strip() for cell in cells):
            continue
        cells = [cell.strip() for cell in cells]
        if not seen_header:
            if cells != header:
                raise ValueError(
                    f"{filename}, line {line}: expected header {','.join(header)!r}, "
                    f"found {','.join(cells)!r}"
                )
            seen_header = True
            continue
        if len(cells) != len(header):
            raise ValueError(
                f"{filename}, line {line}: expected {len(header)} columns, found {len(cells)}"
            )
        yield line, cells
    if not seen_header:
        raise ValueError(f"{filename}: empty file, expected header {','.join(header)!r}")


def _check_name(name: str, filename: str, line: int) -> None:
    if not name:
        raise ValueError(f"{filename}, line {line}: empty name")


def parse_provinces(
    source: str | os.PathLike[str], filename: str = "provinces.csv"
) -> list[RegionRow]:
    """Parse provinces.csv (``code,name``)."""
    rows: list[RegionRow] = []
    seen: dict[str, int] = {}
    for line, (code, name) in _rows(_text(source), filename, PROVINCES_HEADER):
        if not PROVINCE_CODE_RE.match(code):
            raise ValueError(
                f"{filename}, line {line}: province code {code!r} is not two digits (e.g. 73)"
            )
        if code in seen:
            raise ValueError(
                f"{filename}, line {line}: duplicate code {code!r} (first on line {seen[code]})"
            )
        _check_name(name, filename, line)
        seen[code] = line
        rows.append(RegionRow(code, display_name(name), PROVINCE, NATION_CODE, name))
    return rows


def parse_regencies(
    source: str | os.PathLike[str],
    province_codes: Iterable[str],
    filename: str = "regencies.csv",
) -> list[RegionRow]:
    """Parse regencies.csv (``code,province_code,name``); every row's province
    must be among ``province_codes``."""
    provinces = set(province_codes)
    rows: list[RegionRow] = []
    seen: dict[str, int] = {}
    for line, (code, province_code, name) in _rows(_text(source), filename, REGENCIES_HEADER):
        if not REGENCY_CODE_RE.match(code):
            raise ValueError(
                f"{filename}, line {line}: kabupaten/kota code {code!r} is not of the form "
                "PP.KK (e.g. 73.01)"
            )
        if code in seen:
            raise ValueError(
                f"{filename}, line {line}: duplicate code {code!r} (first on line {seen[code]})"
            )
        if not PROVINCE_CODE_RE.match(province_code):
            raise ValueError(
                f"{filename}, line {line}: province code {province_code!r} is not two digits"
            )
        if province_code not in provinces:
            raise ValueError(
                f"{filename}, line {line}: province {province_code!r} of {code} is not in "
                "the province list"
            )
        if code[:2] != province_code:
            raise ValueError(
                f"{filename}, line {line}: code {code} does not start with its province "
                f"code {province_code}"
            )
        _check_name(name, filename, line)
        cased = display_name(name)
        level = regency_level(cased)
        if level is None:
            raise ValueError(
                f"{filename}, line {line}: name {name!r} starts with neither 'Kabupaten' nor 'Kota'"
            )
        # Permendagri 58/2021: KK 01-69 is a kabupaten, 71-99 a kota.
        if (int(code[3:]) < 70) != (level == REGENCY):
            raise ValueError(
                f"{filename}, line {line}: {cased!r} is a {level} but code {code} is in the "
                f"{'kabupaten (01-69)' if int(code[3:]) < 70 else 'kota (71-99)'} range"
            )
        seen[code] = line
        rows.append(RegionRow(code, cased, level, province_code, name))
    return rows


def parse_register(
    provinces: str | os.PathLike[str],
    regencies: str | os.PathLike[str],
    *,
    provinces_file: str = "provinces.csv",
    regencies_file: str = "regencies.csv",
    check_counts: bool = True,
) -> Register:
    """Parse both CSV files (text, or paths) into a checked Register.

    With ``check_counts`` (the default) there must be exactly 38 provinces and
    514 kabupaten/kota; turn it off only for small test packages.
    """
    province_rows = parse_provinces(provinces, provinces_file)
    regency_rows = parse_regencies(regencies, [r.code for r in province_rows], regencies_file)
    if check_counts:
        if len(province_rows) != EXPECTED_PROVINCES:
            raise ValueError(
                f"{provinces_file}: expected {EXPECTED_PROVINCES} provinces, "
                f"found {len(province_rows)}"
            )
        if len(regency_rows) != EXPECTED_REGENCIES:
            raise ValueError(
                f"{regencies_file}: expected {EXPECTED_REGENCIES} kabupaten/kota, "
                f"found {len(regency_rows)}"
            )
    return Register(
        provinces=tuple(sorted(province_rows, key=lambda r: r.code)),
        regencies=tuple(sorted(regency_rows, key=lambda r: r.code)),
    )


def read_register(
    provinces_path: str | os.PathLike[str],
    regencies_path: str | os.PathLike[str],
    *,
    check_counts: bool = True,
) -> Register:
    """Parse the two CSV files at the given paths."""
    provinces_path, regencies_path = Path(provinces_path), Path(regencies_path)
    return parse_register(
        provinces_path,
        regencies_path,
        provinces_file=str(provinces_path),
        regencies_file=str(regencies_path),
        check_counts=check_counts,
    )


# --- Kanwil -------------------------------------------------------------------


def kanwil_rows(register: Register | None = None, *, strict: bool = True) -> list[KanwilRow]:
    """The Kanwil of register_data, checked: no province in two Kanwil.

    Given a register and ``strict``, every province must be covered exactly
    once and every covered province must exist. Not strict, provinces absent
    from the register are left out (for partial test packages).
    """
    rows = [KanwilRow(code, name, seat, tuple(provinces)) for code, name, seat, provinces in KANWIL]
    owner: dict[str, str] = {}
    for kanwil in rows:
        for province_code, basis in kanwil.provinces:
            if basis not in ("confirmed", "inferred"):
                raise ValueError(f"Kanwil {kanwil.code}: bad basis {basis!r} for {province_code}")
            if province_code in owner:
                raise ValueError(
                    f"province {province_code} is in Kanwil {owner[province_code]} "
                    f"and {kanwil.code}"
                )
            owner[province_code] = kanwil.code
    if register is None:
        return rows
    known = {row.code for row in register.provinces}
    if strict:
        unknown = sorted(set(owner) - known)
        uncovered = sorted(known - set(owner))
        if unknown:
            raise ValueError(f"Kanwil mapping names unknown provinces: {', '.join(unknown)}")
        if uncovered:
            raise ValueError(f"provinces in no Kanwil: {', '.join(uncovered)}")
        return rows
    return [
        KanwilRow(k.code, k.name, k.seat, tuple(p for p in k.provinces if p[0] in known))
        for k in rows
    ]


# --- Aliases ------------------------------------------------------------------


def _generated_aliases(row: RegionRow) -> list[str]:
    bare = row.bare_name
    if row.level == REGENCY:
        names = [f"Kab. {bare}", bare]
        if row.name.startswith("Kabupaten Administrasi "):
            names.append(f"Kabupaten {bare}")
        return names
    if row.level == CITY:
        names = [bare]
        if row.name.startswith("Kota Administrasi "):
            names.append(f"Kota {bare}")
        return names
    return []


def build_aliases(register: Register, *, strict: bool = True) -> AliasResult:
    """All aliases of the register, keyed by region code.

    Curated aliases (register_data.CURATED_ALIASES) and the package's own
    spelling where the display name differs must be unique and must not be any
    region's official name, or this raises ValueError. Generated names ("Kab.
    Gowa", "Gowa", "Makassar") are dropped, and reported in ``dropped``, when
    two regions would share them, when they are an official name, or when a
    curated alias of another region has them. Uniqueness is case-insensitive,
    like RegionAlias's constraint.

    Not strict, curated aliases of codes absent from the register are skipped.
    """
    official = _official_names(register)
    fixed = _fixed_aliases(register, official, strict=strict)
    aliases, dropped = _merge_generated(_generated_claims(register), fixed, official)
    return AliasResult(
        aliases={
            code: sorted(names.values(), key=lambda a: (a.casefold(), a))
            for code, names in sorted(aliases.items())
        },
        dropped=dict(sorted(dropped.items(), key=lambda item: item[0].casefold())),
    )


def _official_names(register: Register) -> dict[str, str]:
    """Each official name (case-folded) and the code of its region."""
    official = {NATION_NAME.casefold(): NATION_CODE}
    for row in register.rows:
        official.setdefault(row.name.casefold(), row.code)
    return official


def _fixed_aliases(
    register: Register, official: dict[str, str], *, strict: bool
) -> dict[str, tuple[str, str]]:
    """The curated aliases and the package's own spellings, by case-folded
    alias: (code, alias). Raises ValueError on a clash (see build_aliases)."""
    by_code = register.by_code()
    fixed: dict[str, tuple[str, str]] = {}

    def add_fixed(code: str, alias: str, origin: str) -> None:
        key = alias.casefold()
        if key in official:
            raise ValueError(
                f"{origin}: alias {alias!r} of {code} is the official name of {official[key]}"
            )
        if key in fixed and fixed[key][0] != code:
            raise ValueError(
                f"{origin}: alias {alias!r} is given to both {fixed[key][0]} and {code}"
            )
        fixed.setdefault(key, (code, alias))

    for code, (expected_name, aliases) in CURATED_ALIASES.items():
        row = by_code.get(code)
        if row is None:
            if strict:
                raise ValueError(f"curated aliases name unknown region {code}")
            continue
        if row.name != expected_name:
            raise ValueError(
                f"curated aliases of {code} expect {expected_name!r}, the register has {row.name!r}"
            )
        for alias in aliases:
            add_fixed(code, alias, "register_data.CURATED_ALIASES")
    for row in register.rows:
        source = nice_case(row.source_name) if row.source_name else row.name
        if source != row.name:
            add_fixed(row.code, source, "package name")
    return fixed


def _generated_claims(register: Register) -> dict[str, list[tuple[str, str]]]:
    """Each generated name (case-folded) and the regions that would take it:
    [(code, alias), ...], one entry per region."""
    generated: dict[str, list[tuple[str, str]]] = {}
    for row in register.rows:
        for alias in _generated_aliases(row):
            claims = generated.setdefault(alias.casefold(), [])
            if all(code != row.code for code, _ in claims):
                claims.append((row.code, alias))
    return generated


def _merge_generated(
    generated: dict[str, list[tuple[str, str]]],
    fixed: dict[str, tuple[str, str]],
    official: dict[str, str],
) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """The fixed aliases plus the generated names one region alone claims
    and no official name or fixed alias has; the dropped names with the
    codes that contended for them."""
    aliases: dict[str, dict[str, str]] = {}
    dropped: dict[str, list[str]] = {}
    for key, (code, alias) in fixed.items():
        aliases.setdefault(code, {})[key] = alias
    for key, claims in generated.items():
        codes = [code for code, _ in claims]
        if key in fixed:
            if codes != [fixed[key][0]]:
                others = [c for c in codes if c != fixed[key][0]]
                dropped[claims[0][1]] = sorted({fixed[key][0], *others})
            continue
        if key in official or len(claims) > 1:
            dropped[claims[0][1]] = sorted({*codes, *([official[key]] if key in official else [])})
            continue
        code, alias = claims[0]
        aliases.setdefault(code, {})[key] = alias
    return aliases, dropped


# --- Fixture ------------------------------------------------------------------


def build_fixture(register: Register, kanwil: list[KanwilRow]) -> list[dict]:
    """The objects of a Django fixture with natural keys and no pk: the
    Kanwil, the nation row, then provinces and kabupaten/kota in code order.
    Loading it twice updates the rows in place."""
    province_kanwil = {
        province_code: (k.code, basis) for k in kanwil for province_code, basis in k.provinces
    }
    objects: list[dict] = [
        {
            "model": "regions.kanwil",
            "fields": {"code": k.code, "name": k.name, "seat": k.seat},
        }
        for k in sorted(kanwil, key=lambda k: k.code)
    ]
    objects.append(
        {
            "model": "regions.region",
            "fields": {
                "code": NATION_CODE,
                "name": NATION_NAME,
                "level": NATION,
                "parent": None,
                "kanwil": None,
                "kanwil_basis": "",
            },
        }
    )
    for row in register.provinces:
        kanwil_code, basis = province_kanwil.get(row.code, (None, ""))
        objects.append(
            {
                "model": "regions.region",
                "fields": {
                    "code": row.code,
                    "name": row.name,
                    "level": row.level,
                    "parent": [row.parent_code],
                    "kanwil": [kanwil_code] if kanwil_code else None,
                    "kanwil_basis": basis,
                },
            }
        )
    for row in register.regencies:
        objects.append(
            {
                "model": "regions.region",
                "fields": {
                    "code": row.code,
                    "name": row.name,
                    "level": row.level,
                    "parent": [row.parent_code],
                    "kanwil": None,
                    "kanwil_basis": "",
                },
            }
        )
    return objects
