"""Who publishes coverage figures, with the names news articles use for
them. Pure: no Django imports.

A figure is "already recorded" when region, segment, date and publisher
match; publishers are compared by their canonical name, so
"BPJamsostek Kanwil Sulawesi Maluku" and "BPJS Ketenagakerjaan Kantor
Wilayah Sulawesi Maluku" are one publisher.

>>> canonical("BP Jamsostek")
'BPJS Ketenagakerjaan'
>>> canonical("bpjamsostek kanwil Sulawesi Maluku")
'BPJS Ketenagakerjaan Kantor Wilayah Sulawesi Maluku'
>>> publisher_key("Kemnaker") == publisher_key("Kementerian Ketenagakerjaan")
True
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Publisher:
    name: str
    kind: str  # regions.choices.PublisherKind value
    aliases: tuple[str, ...] = ()


#: the publishers figures come from, with the names articles give them
PUBLISHERS: tuple[Publisher, ...] = (
    Publisher(
        "BPJS Ketenagakerjaan",
        "bpjs_national",
        ("BPJamsostek", "BP Jamsostek", "BPJS TK", "BPJSTK", "BPJS Naker", "Jamsostek"),
    ),
    Publisher("Kementerian Ketenagakerjaan", "kemnaker", ("Kemnaker", "Kemenaker")),
    Publisher("Kementerian Dalam Negeri", "kemendagri", ("Kemendagri",)),
    Publisher(
        "Kementerian Perencanaan Pembangunan Nasional/Bappenas",
        "other",
        ("Bappenas", "Kementerian PPN", "Kementerian PPN/Bappenas"),
    ),
    Publisher("Dewan Jaminan Sosial Nasional", "other", ("DJSN",)),
    Publisher("Badan Pusat Statistik", "bps", ("BPS",)),
    Publisher(
        "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
        "other",
        ("Kemenko PMK",),
    ),
)

#: words inside a name that have a long form (a branch of a canonical publisher)
UNIT_WORDS = {
    "kanwil": "Kantor Wilayah",
    "kacab": "Kantor Cabang",
    "kc": "Kantor Cabang",
    "kcp": "Kantor Cabang Perintis",
    "pemprov": "Pemerintah Provinsi",
    "pemkab": "Pemerintah Kabupaten",
    "pemkot": "Pemerintah Kota",
    "disnaker": "Dinas Tenaga Kerja",
    "disnakertrans": "Dinas Tenaga Kerja dan Transmigrasi",
    # BPJS Ketenagakerjaan's regional offices by the short names news uses
    "banuspa": "Bali, Nusa Tenggara, dan Papua",
    "sulama": "Sulawesi Maluku",
    "sumbagut": "Sumatera Bagian Utara",
    "sumbagsel": "Sumatera Bagian Selatan",
    "sumbarriau": "Sumatera Barat dan Riau",
}

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w/ ]+", re.UNICODE)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.lower())).strip()


def _alias_table() -> list[tuple[str, str]]:
    pairs = []
    for publisher in PUBLISHERS:
        for name in (publisher.name, *publisher.aliases):
            pairs.append((_fold(name), publisher.name))
    return sorted(pairs, key=lambda pair: -len(pair[0]))  # longest alias first


_ALIASES = _alias_table()


def canonical(name: str) -> str:
    """The publisher's name as the register writes it: a known alias at the
    start becomes its canonical name, unit words their long form, the rest
    is kept as written (a branch or an office name).

    >>> canonical("  Pemprov Sulsel ")
    'Pemerintah Provinsi Sulsel'
    >>> canonical("BPJS Ketenagakerjaan Cabang Palu")
    'BPJS Ketenagakerjaan Cabang Palu'
    >>> canonical("")
    ''
    """
    text = _SPACE.sub(" ", (name or "").strip())
    if not text:
        return ""
    folded = _fold(text)
    head, rest = "", text
    for alias, canon in _ALIASES:
        if folded == alias or folded.startswith(alias + " "):
            head = canon
            words = text.split(" ")
            rest = " ".join(words[len(alias.split(" ")) :])
            break
    tail = " ".join(UNIT_WORDS.get(word.lower().strip(".,"), word) for word in rest.split(" "))
    return " ".join(part for part in (head, tail.strip()) if part)


def publisher_key(name: str) -> str:
    """What two publisher names are compared by.

    >>> publisher_key("BPJamsostek Kanwil Sulawesi Maluku") == publisher_key(
    ...     "BPJS Ketenagakerjaan Kantor Wilayah Sulawesi  Maluku")
    True
    >>> publisher_key("BPJamsostek Kanwil Banuspa") == publisher_key(
    ...     "BPJS Ketenagakerjaan Kanwil Bali, Nusa Tenggara, dan Papua")
    True
    """
    return _fold(canonical(name))


def kind_of(name: str) -> str:
    """The publisher kind a known publisher has, or "".

    >>> kind_of("BPJamsostek Kanwil Bali"), kind_of("Pemprov Bali"), kind_of("Entah")
    ('bpjs_kanwil', 'pemprov', '')
    >>> kind_of("BPJS Ketenagakerjaan Cabang Palu"), kind_of("BPJamsostek")
    ('bpjs_branch', 'bpjs_national')
    """
    name = canonical(name)
    if name.startswith("BPJS Ketenagakerjaan "):
        unit = name[len("BPJS Ketenagakerjaan ") :].lower()
        if unit.startswith(("kantor wilayah", "wilayah")):
            return "bpjs_kanwil"
        if unit.startswith(("kantor cabang", "cabang")):
            return "bpjs_branch"
    for publisher in PUBLISHERS:
        if name == publisher.name or name.startswith(publisher.name + " "):
            return publisher.kind
    if name.startswith("Pemerintah Provinsi"):
        return "pemprov"
    if name.startswith(("Pemerintah Kabupaten", "Pemerintah Kota")):
        return "pemda"
    return ""


def choices(extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The names a reviewer picks from: the known publishers, then the
    names already in the register, each once (by key), in that order.

    >>> choices(["BPJamsostek", "BPJS Ketenagakerjaan Cabang Palu"])[-1]
    'BPJS Ketenagakerjaan Cabang Palu'
    """
    seen, result = set(), []
    for name in [p.name for p in PUBLISHERS] + [canonical(n) for n in extra]:
        key = publisher_key(name)
        if key and key not in seen:
            seen.add(key)
            result.append(name)
    return result
