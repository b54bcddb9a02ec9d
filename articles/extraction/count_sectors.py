"""A count of one economic field in a breakdown by field: "Terdiri dari, 81.662
pekerja di bidang pertanian .... Ada 1.082 orang di bidang pertambangan dan
penggalian. Ada 86.507 orang di bidang industri pengolahan." Economic fields
are not segments (the segments are who pays: wage earners, the self-employed,
construction projects, the vulnerable), so none of the field's counts is a
figure; a single "N pekerja di bidang konstruksi" in a sentence of segments is
not a breakdown by field and is read as before. The field may also come before
the number ("Rinciannya di sektor pertanian ... 151.811 pekerja. Di sektor
perdagangan ... 129.756 orang"). Read by ``count_vetoes``."""

from __future__ import annotations

import re

from .tokens import _maybe

# "81.662 pekerja di bidang", "1.082 orang di bidang", "di sektor usaha"
_FIELD_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:orang|pekerja|tenaga[ \t]+kerja)[ \t]+)?(?:yang[ \t]+bekerja[ \t]+)?"
    r"(?:di[ \t]+)?(?:bidang|lapangan[ \t]+usaha|sektor[ \t]+usaha)\b",
    re.IGNORECASE,
)
_FIELD_ITEM_RE = re.compile(
    r"\d[\d.,]*[ \t]+(?:(?:orang|pekerja|tenaga[ \t]+kerja)[ \t]+)?(?:yang[ \t]+bekerja[ \t]+)?"
    r"(?:di[ \t]+)?(?:bidang|lapangan[ \t]+usaha|sektor[ \t]+usaha)\b",
    re.IGNORECASE,
)
# the field named before the number: "di sektor pertanian, perhutanan dan
# perikanan tembus di angka 151.811", "Di sektor perdagangan besar ... 129.756
# orang", "sektor kehutanan sebanyak 1.000 pekerja" (not a segment: "sektor
# informal sebanyak", "sektor jasa konstruksi", "sektor tersebut")
_NOT_A_FIELD = (
    r"(?!(?:formal|informal|nonformal|non[ \t-]formal|jasa[ \t]+kon\w*|kon[st]\w*|penerima"
    r"|bukan|pu|bpu|ppu|jakon|pekerja|tenaga|peserta|pmi|migran|rentan|tersebut|itu|ini"
    r"|pemerintah|swasta|usaha[ \t]+(?:kecil|mikro))\b)"
)
_FIELD_BEFORE = (
    r"\b(?:bidang|sektor|lapangan[ \t]+usaha)[ \t]+"
    + _NOT_A_FIELD
    + r"[^\W\d_][^\d.;:!?\"\u201c\u201d]{0,90}"
)
_FIELD_TAIL_RE = re.compile(_FIELD_BEFORE + r"$", re.IGNORECASE)
_FIELD_BEFORE_ITEM_RE = re.compile(_FIELD_BEFORE + r"(?<![\d.,])\d", re.IGNORECASE)
_FIELD_STEMS = ("bidang", "sektor", "lapangan")
_AROUND = 500  # characters either side where the other fields' counts are looked for
_LEAST_FIELDS = 3  # counts by field that make a breakdown by field


def is_field_count(self, k) -> bool:
    """Whether the count is one field's in a breakdown by economic field."""
    c, text = k.c, self.text
    lo, hi = max(0, c.start - _AROUND), min(len(text), c.end + _AROUND)
    if _FIELD_AFTER_RE.match(text, c.end, k.s.hi):
        return len(_FIELD_ITEM_RE.findall(text, lo, hi)) >= _LEAST_FIELDS
    # the field named before the number, in a breakdown that names its fields so
    near = k.tail[-100:]
    if not (_maybe(near.lower(), _FIELD_STEMS) and _FIELD_TAIL_RE.search(near)):
        return False
    items = len(_FIELD_ITEM_RE.findall(text, lo, hi))
    return items + len(_FIELD_BEFORE_ITEM_RE.findall(text, lo, hi)) >= _LEAST_FIELDS
