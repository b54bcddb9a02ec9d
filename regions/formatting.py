"""Number, percent, rupiah and date formats in the page's language. Pure:
no Django; the caller passes the language (the template filters in
regions/templatetags/cakupan.py pass the active one).

Indonesian (the default):  46,44 %    1.300.000    Rp16 miliar     10 Juli 2025
English:                   46.44%     1,300,000    Rp16 billion    10 July 2025

English writes the percent sign without a space, as English style guides
(and the Unicode CLDR's English pattern) do; Indonesian with one, as the
Indonesian CLDR pattern and BPJS Ketenagakerjaan's releases do.
"""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni",
           "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"],
}  # fmt: skip
SCALE_WORDS = {
    "id": ("triliun", "miliar", "juta"),
    "en": ("trillion", "billion", "million"),
}


#: the language's (thousands separator, decimal mark, text between a number and "%")
SEPARATORS = {
    "id": (".", ",", " "),
    "en": (",", ".", ""),
}


def _separators(language: str) -> tuple[str, str, str]:
    return SEPARATORS.get(language, SEPARATORS["id"])


def number_id(value: int | Decimal | float | None, decimals: int = 0, language: str = "id") -> str:
    """
    >>> number_id(1300000), number_id(1300000, language="en")
    ('1.300.000', '1,300,000')
    >>> number_id(Decimal("46.44"), 2), number_id(Decimal("1234.5"), 2, "en")
    ('46,44', '1,234.50')
    """
    if value is None:
        return "–"
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"  # 1,234.50
    thousands, decimal_mark, _space = _separators(language)
    return text.replace(",", "\x00").replace(".", decimal_mark).replace("\x00", thousands)


def percent_id(value: Decimal | float | None, language: str = "id") -> str:
    """Two decimals unless the value is whole; a space before the sign in
    Indonesian, none in English.

    >>> percent_id(Decimal("46.44")), percent_id(Decimal("53.00")), percent_id(Decimal("10.60"))
    ('46,44 %', '53 %', '10,6 %')
    >>> percent_id(Decimal("47.38"), "en"), percent_id(Decimal("1233"), "en")
    ('47.38%', '1,233%')
    """
    if value is None:
        return "–"
    number = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    decimals = max(0, -number.as_tuple().exponent)
    space = _separators(language)[2]
    return f"{number_id(number, decimals, language)}{space}%"


def rupiah(value: int | None, language: str = "id") -> str:
    """Large sums in words the way news writes them.

    >>> rupiah(16_000_000_000), rupiah(1_000_000_000), rupiah(10_080_000_000), rupiah(16_800)
    ('Rp16 miliar', 'Rp1 miliar', 'Rp10,08 miliar', 'Rp16.800')
    >>> rupiah(16_000_000_000, "en"), rupiah(10_080_000_000, "en"), rupiah(16_800, "en")
    ('Rp16 billion', 'Rp10.08 billion', 'Rp16,800')
    """
    if value is None:
        return "–"
    words = SCALE_WORDS.get(language, SCALE_WORDS["id"])
    for size, word in zip((10**12, 10**9, 10**6), words, strict=True):
        if abs(value) >= size:
            scaled = (Decimal(value) / size).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            scaled = scaled.normalize()
            decimals = max(0, -scaled.as_tuple().exponent)
            return f"Rp{number_id(scaled, decimals, language)} {word}"
    return f"Rp{number_id(value, 0, language)}"


def date_id(value: date | None, precision: str = "day", language: str = "id") -> str:
    """
    >>> date_id(date(2025, 7, 10)), date_id(date(2023, 12, 31), "year")
    ('10 Juli 2025', '2023')
    >>> date_id(date(2025, 6, 30), "month"), date_id(date(2025, 7, 10), language="en")
    ('Juni 2025', '10 July 2025')
    """
    months = MONTHS.get(language, MONTHS["id"])
    if value is None:
        return "–"
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{months[value.month - 1]} {value.year}"
    return f"{value.day} {months[value.month - 1]} {value.year}"
