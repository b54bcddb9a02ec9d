"""BPS region codes beside Kemendagri's: reading a code in either system,
and building the bridge between them. Pure (no Django imports).

BPS (Sakernas, the statistical tables) numbers regions with plain digits,
``73`` for a province and ``7301`` for a regency or city; Kemendagri, the
register's key, writes ``73`` and ``73.01``. Most codes agree digit for
digit, not all: in Aceh BPS ``1101`` (Simeulue) is Kemendagri ``11.09``, and
the Papua provinces are numbered differently (BPS ``94`` is Kemendagri ``91``,
Papua). So a code is never converted by moving a dot; it is looked up in the
bridge table (``fixtures/bps_codes.csv``, see ``fixtures/README.md``).

How a code given by a user or a spreadsheet is read (``classify``):

- ``ID``, ``73.01`` (with a dot): Kemendagri;
- ``7301`` (four digits, no dot): BPS (Kemendagri regency codes always carry
  the dot);
- ``73`` (two digits): Kemendagri, as the register is keyed; a province's BPS
  code that differs (the Papua ones) is asked for as ``bps:94``;
- a prefix ``bps:`` or ``kemendagri:`` says which system is meant.
"""

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

KEMENDAGRI = "kemendagri"
BPS = "bps"

_KEMENDAGRI = re.compile(r"^(ID|\d{2}(\.\d{2})?)$")
_BPS = re.compile(r"^\d{2}(\d{2})?$")
_PREFIX = re.compile(r"^(bps|kemendagri)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class CodeRef:
    """A region code and the system it is written in."""

    system: str  # KEMENDAGRI or BPS
    code: str


def classify(raw: str) -> CodeRef | None:
    """Which system a region code is written in, or None when it is neither.

    >>> classify("73.01")
    CodeRef(system='kemendagri', code='73.01')
    >>> classify(" 7301 ")
    CodeRef(system='bps', code='7301')
    >>> classify("73")
    CodeRef(system='kemendagri', code='73')
    >>> classify("BPS:94")
    CodeRef(system='bps', code='94')
    >>> classify("id")
    CodeRef(system='kemendagri', code='ID')
    >>> classify("kemendagri:7301") is None
    True
    >>> classify("Sulawesi Selatan") is None
    True
    """
    text = (raw or "").strip()
    prefixed = _PREFIX.match(text)
    if prefixed:
        system, code = prefixed.group(1).lower(), prefixed.group(2).strip()
        pattern = _BPS if system == BPS else _KEMENDAGRI
        code = code.upper() if system == KEMENDAGRI else code
        return CodeRef(system, code) if pattern.match(code) else None
    if text.upper() == "ID":
        return CodeRef(KEMENDAGRI, "ID")
    if _KEMENDAGRI.match(text):
        return CodeRef(KEMENDAGRI, text)
    if _BPS.match(text):
        return CodeRef(BPS, text)
    return None


def looks_like_code(raw: str) -> bool:
    """Whether a cell holds a region code (of either system) rather than a name.

    >>> looks_like_code("7301"), looks_like_code("73.01"), looks_like_code("Selayar")
    (True, True, False)
    """
    return classify(raw) is not None


def resolve(raw: str, bps_to_kemendagri: Mapping[str, str]) -> str | None:
    """The Kemendagri code a code of either system names, or None when it
    is not a code or a BPS code the bridge does not hold. Whether the
    Kemendagri code exists in the register is the caller's question.

    >>> bridge = {"7301": "73.01", "1101": "11.09", "94": "91"}
    >>> resolve("7301", bridge), resolve("1101", bridge), resolve("73.01", bridge)
    ('73.01', '11.09', '73.01')
    >>> resolve("bps:94", bridge), resolve("94", bridge)
    ('91', '94')
    >>> resolve("9999", bridge) is None
    True
    """
    ref = classify(raw)
    if ref is None:
        return None
    if ref.system == KEMENDAGRI:
        return ref.code
    return bps_to_kemendagri.get(ref.code)


# ---------------------------------------------------------------------------
# The bridge table


def normal_name(name: str) -> str:
    """A region name reduced for comparison across the two tables: no
    "Kabupaten"/"Kab."/"Kota"/"Provinsi" prefix, no "Adm.", no accents,
    punctuation or spaces, upper case.

    >>> normal_name("Kabupaten Kepulauan Selayar") == normal_name("KAB. KEPULAUAN SELAYAR")
    True
    >>> normal_name("Kota Baubau") == normal_name("KOTA BAU-BAU")
    True
    >>> normal_name("KEP. BANGKA BELITUNG") == normal_name("Kepulauan Bangka Belitung")
    True
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()
    text = re.sub(r"^(KABUPATEN|KAB\.?|KOTA|PROVINSI)\s+", "", text.strip())
    text = re.sub(r"^ADM\.?\s+", "", text)
    text = re.sub(r"\bADMINISTRASI\b", "", text)
    text = re.sub(r"\bKEP\.", "KEPULAUAN", text)
    return re.sub(r"[^A-Z0-9]", "", text)


def same_region(name: str, *others: str) -> bool:
    """Whether a register name and a source's names (BPS's, Kemendagri's as
    the source wrote it, sometimes cut short) are the same region; a leading
    "Kepulauan" may be left out.

    >>> same_region("Kabupaten Kepulauan Siau Tagulandang Biaro", "SIAU TAGULANDANG BIARO")
    True
    >>> same_region("Kabupaten Toba", "TOBA SAMOSIR", "KAB. TOBA SAMOSIR")
    False
    """

    def forms(text: str) -> set[str]:
        base = normal_name(text)
        return {base, base.removeprefix("KEPULAUAN")}

    wanted = forms(name)
    return any(forms(other) & wanted for other in others if other)


def dotted(compact: str) -> str:
    """A Kemendagri code written without its dot, dotted.

    >>> dotted("7301"), dotted("73")
    ('73.01', '73')
    """
    return f"{compact[:2]}.{compact[2:]}" if len(compact) == 4 else compact


@dataclass(frozen=True)
class BridgeRow:
    kemendagri_code: str  # dotted, as the register
    bps_code: str
    bps_name: str


@dataclass(frozen=True)
class Mismatch:
    bps_code: str
    bps_name: str
    kemendagri_code: str
    reason: str


def read_source(lines: Iterable[str]) -> list[dict[str, str]]:
    """Rows of a BPS bridging table (CSV with ``kode_bps``, ``nama_bps``,
    ``kode_dagri``, ``nama_dagri``)."""
    return [dict(row) for row in csv.DictReader(lines)]


def match(
    source: Iterable[Mapping[str, str]], register: Mapping[str, str]
) -> tuple[list[BridgeRow], list[Mismatch]]:
    """Bridge rows for the register (Kemendagri code -> name): a source row
    is taken when its Kemendagri code is in the register under the same name
    (so a code reused since the table was made is not taken on trust), else
    reported. Each register code and each BPS code is used at most once.

    >>> register = {"73": "Sulawesi Selatan", "73.01": "Kabupaten Kepulauan Selayar",
    ...             "91.01": "Kabupaten Jayapura"}
    >>> rows, problems = match([
    ...     {"kode_bps": "73", "nama_bps": "SULAWESI SELATAN", "kode_dagri": "73",
    ...      "nama_dagri": "SULAWESI SELATAN"},
    ...     {"kode_bps": "7301", "nama_bps": "KEPULAUAN SELAYAR", "kode_dagri": "7301",
    ...      "nama_dagri": "KAB. KEPULAUAN SELAYAR"},
    ...     {"kode_bps": "9401", "nama_bps": "MERAUKE", "kode_dagri": "9101",
    ...      "nama_dagri": "KAB. MERAUKE"},
    ... ], register)
    >>> [(r.kemendagri_code, r.bps_code) for r in rows]
    [('73', '73'), ('73.01', '7301')]
    >>> problems[0].reason
    'the register names 91.01 Kabupaten Jayapura'
    """
    rows: list[BridgeRow] = []
    problems: list[Mismatch] = []
    used_kemendagri: set[str] = set()
    used_bps: set[str] = set()
    for item in source:
        bps_code = item["kode_bps"].strip()
        code = dotted(item["kode_dagri"].strip())
        registered = register.get(code)
        if registered is None:
            reason = f"{code} is not in the register"
        elif not same_region(registered, item["nama_bps"], item.get("nama_dagri", "")):
            reason = f"the register names {code} {registered}"
        elif code in used_kemendagri or bps_code in used_bps:
            reason = "code used twice in the source"
        else:
            rows.append(BridgeRow(code, bps_code, item["nama_bps"].strip()))
            used_kemendagri.add(code)
            used_bps.add(bps_code)
            continue
        problems.append(Mismatch(bps_code, item["nama_bps"].strip(), code, reason))
    rows.sort(key=lambda row: row.kemendagri_code)
    return rows, problems


BRIDGE_COLUMNS = ["kemendagri_code", "bps_code", "bps_name"]


def write_bridge(rows: Iterable[BridgeRow]) -> str:
    """The bridge as CSV text (``fixtures/bps_codes.csv``)."""
    lines = [",".join(BRIDGE_COLUMNS)]
    for row in rows:
        name = f'"{row.bps_name}"' if "," in row.bps_name else row.bps_name
        lines.append(f"{row.kemendagri_code},{row.bps_code},{name}")
    return "\n".join(lines) + "\n"


def read_bridge(lines: Iterable[str]) -> dict[str, str]:
    """Kemendagri code -> BPS code from the bridge CSV.

    >>> read_bridge(["kemendagri_code,bps_code,bps_name", "73.01,7301,KEPULAUAN SELAYAR"])
    {'73.01': '7301'}
    """
    return {row["kemendagri_code"]: row["bps_code"] for row in csv.DictReader(lines)}
