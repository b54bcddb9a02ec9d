"""A count of one economic field in a breakdown by field: "Terdiri dari, 81.662
pekerja di bidang pertanian .... Ada 1.082 orang di bidang pertambangan dan
penggalian. Ada 86.507 orang di bidang industri pengolahan." Economic fields
are not segments (the segments are who pays: wage earners, the self-employed,
construction projects, the vulnerable), so none of the field's counts is a
figure; a single "N pekerja di bidang konstruksi" in a sentence of segments is
not a breakdown by field and is read as before. Read by ``count_vetoes``."""

from __future__ import annotations

import re

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
_AROUND = 500  # characters either side where the other fields' counts are looked for
_LEAST_FIELDS = 3  # counts by field that make a breakdown by field


def is_field_count(self, k) -> bool:
    """Whether the count is one field's in a breakdown by economic field."""
    c = k.c
    if not _FIELD_AFTER_RE.match(self.text, c.end, k.s.hi):
        return False
    lo, hi = max(0, c.start - _AROUND), min(len(self.text), c.end + _AROUND)
    return len(_FIELD_ITEM_RE.findall(self.text, lo, hi)) >= _LEAST_FIELDS
