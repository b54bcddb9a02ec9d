from datetime import date
from decimal import Decimal

import pytest

from regions import formatting, periods, quality


@pytest.mark.parametrize(
    ("covered", "eligible", "percent", "expected"),
    [
        (935_079, 1_873_899, Decimal("50.88"), Decimal("49.90")),  # Bali, quoted wrongly
        (1_159_887, 2_871_182, Decimal("40.40"), None),  # Sulsel July 2024, correct
        (1_327_000, 2_800_000, Decimal("47"), None),  # rounded to whole points
        (None, 2_800_000, Decimal("47"), None),
        (1_327_000, None, Decimal("47"), None),
        (1_327_000, 2_800_000, None, None),
    ],
)
def test_percent_mismatch(covered, eligible, percent, expected):
    assert quality.percent_mismatch(covered, eligible, percent) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023", (date(2023, 12, 31), "year")),
        ("2025-02", (date(2025, 2, 28), "month")),
        ("2024-02", (date(2024, 2, 29), "month")),
        ("2025-07-10", (date(2025, 7, 10), "day")),
    ],
)
def test_parse_partial_date(text, expected):
    assert periods.parse_partial_date(text) == expected
    assert periods.format_partial_date(*expected) == text


@pytest.mark.parametrize("text", ["", "23", "2025-13", "2025-02-30", "10/07/2025", None])
def test_parse_partial_date_refuses_other_shapes(text):
    with pytest.raises(ValueError, match="date|month"):
        periods.parse_partial_date(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("46.44"), "46,44 %"),
        (Decimal("10.6"), "10,6 %"),
        (Decimal("53"), "53 %"),
        (Decimal("0"), "0 %"),
        (None, "–"),
    ],
)
def test_percent_id(value, expected):
    assert formatting.percent_id(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (16_000_000_000, "Rp16 miliar"),
        (10_080_000_000, "Rp10,08 miliar"),
        (963_180_000, "Rp963,18 juta"),
        (2_500_000_000_000, "Rp2,5 triliun"),
        (201_600, "Rp201.600"),
    ],
)
def test_rupiah(value, expected):
    assert formatting.rupiah(value) == expected


def test_number_and_date_formats():
    assert formatting.number_id(1_300_000) == "1.300.000"
    assert formatting.number_id(24874) == "24.874"
    assert formatting.date_id(date(2025, 7, 10)) == "10 Juli 2025"
    assert formatting.date_id(date(2023, 2, 9)) == "9 Februari 2023"
