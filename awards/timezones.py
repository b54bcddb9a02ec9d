"""Indonesia's three time zones by province (Kemendagri code). Pure: no
Django.

Source: Keputusan Presiden No. 41 Tahun 1987 on the division of Indonesia
into three time zones (WIB UTC+7: Sumatra, Java, West and Central
Kalimantan; WITA UTC+8: Bali, Nusa Tenggara, South, East and North
Kalimantan, Sulawesi; WIT UTC+9: Maluku and Papua), with the provinces
formed since (Kalimantan Utara 2012 from Kalimantan Timur; the four Papua
provinces of 2022 from Papua and Papua Barat) in the zone of the province
they were formed from. Codes as in domain.md §6.1.

>>> zone_of("73").abbreviation, zone_of("73.01").abbreviation, zone_of("31").abbreviation
('WITA', 'WITA', 'WIB')
>>> zone_of("96").tz, zone_of(None).abbreviation
('Asia/Jayapura', 'WIB')
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Zone:
    abbreviation: str
    tz: str  # IANA name
    utc_offset: int


WIB = Zone("WIB", "Asia/Jakarta", 7)
WITA = Zone("WITA", "Asia/Makassar", 8)
WIT = Zone("WIT", "Asia/Jayapura", 9)

WITA_PROVINCES = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
WIT_PROVINCES = {"81", "82", "91", "92", "93", "94", "95", "96"}


def zone_of(code: str | None) -> Zone:
    """The zone of a province or of a region inside it (by its code's first
    two digits); national (no code): WIB, the capital's."""
    province = (code or "")[:2]
    if province in WITA_PROVINCES:
        return WITA
    if province in WIT_PROVINCES:
        return WIT
    return WIB
