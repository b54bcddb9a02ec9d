"""Reading numbers typed by people in Indonesia. Pure: no Django imports.

46,44   46.44   46,44 %   1.300.000   1300000   Rp16.000.000
"""

import re
from decimal import Decimal, InvalidOperation

_GROUPED_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_GROUPED_COMMAS = re.compile(r"^\d{1,3}(,\d{3})+$")


class NumberError(ValueError):
    """A human-readable reason, in Indonesian, why the text is not a number."""


def parse_decimal(text: str) -> Decimal:
    """A decimal number in Indonesian or plain form.

    >>> parse_decimal("46,44"), parse_decimal("46.44 %"), parse_decimal("1.300.000")
    (Decimal('46.44'), Decimal('46.44'), Decimal('1300000'))
    >>> parse_decimal("1.300.000,5")
    Decimal('1300000.5')
    """
    raw = str(text).strip()
    cleaned = re.sub(r"(?i)^rp\.?\s*", "", raw).replace("%", "").replace(" ", "").strip()
    if not cleaned:
        raise NumberError("Isian kosong.")
    negative = cleaned.startswith("-")
    body = cleaned[1:] if cleaned[:1] in "+-" else cleaned
    if "," in body and "." in body:
        if body.rfind(",") > body.rfind("."):  # 1.300.000,5
            body = body.replace(".", "").replace(",", ".")
        else:  # 1,300,000.5
            body = body.replace(",", "")
    elif "," in body:
        body = body.replace(",", "") if _GROUPED_COMMAS.match(body) else body.replace(",", ".")
    elif _GROUPED_DOTS.match(body):
        body = body.replace(".", "")
    if not re.fullmatch(r"\d+(\.\d+)?", body):
        raise NumberError(f"“{raw}” bukan angka. Contoh: 46,44 atau 1.300.000.")
    try:
        value = Decimal(body)
    except InvalidOperation as error:  # pragma: no cover - guarded by the regex
        raise NumberError(f"“{raw}” bukan angka.") from error
    return -value if negative else value


def parse_count(text: str) -> int:
    """A whole number of people or rupiah.

    >>> parse_count("1.300.000"), parse_count("24874"), parse_count("Rp16.000.000.000")
    (1300000, 24874, 16000000000)
    """
    value = parse_decimal(text)
    if value != value.to_integral_value():
        raise NumberError(f"“{text}” harus bilangan bulat (tanpa pecahan).")
    return int(value)
