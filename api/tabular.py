"""Rows of the API as CSV cells. Pure: no Django imports.

Nested objects become prefixed columns (``citation.outlet`` ->
``citation_outlet``), lists are joined with ``"; "``, booleans are
``true``/``false``, missing values an empty cell, and numbers keep the
machine's decimal point (``47.38``), whatever the page's language.
"""

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """A nested row as one level of keys.

    >>> flatten({"id": 1, "citation": {"outlet": "ANTARA", "date": None}})
    {'id': 1, 'citation_outlet': 'ANTARA', 'citation_date': None}
    """
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if type(value) is dict or (type(value) is not str and isinstance(value, Mapping)):
            flat.update(flatten(value, f"{name}_"))
        else:
            flat[name] = value
    return flat


def cell(value: Any) -> str:
    """One value as CSV text.

    >>> [cell(v) for v in (Decimal("47.38"), 1300000, True, None, ["Sulsel", "Sul-Sel"])]
    ['47.38', '1300000', 'true', '', 'Sulsel; Sul-Sel']
    >>> cell(date(2025, 7, 10)), cell(47.5)
    ('2025-07-10', '47.5')
    """
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        return value
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(cell(item) for item in value)
    return str(value)


def csv_line(values: Iterable[Any]) -> str:
    """One CSV line (RFC 4180 quoting, CRLF ending).

    >>> csv_line(["73", 'Kata "kutipan", koma', 47.38])
    '73,"Kata ""kutipan"", koma",47.38\\r\\n'
    """
    buffer = io.StringIO()
    csv.writer(buffer).writerow([cell(value) for value in values])
    return buffer.getvalue()


def csv_lines(columns: list[str] | None, rows: Iterable[Mapping[str, Any]]) -> Iterable[str]:
    """The header and one line per row; the columns are the given ones, in
    their order (the table's definition), else the first row's keys. One
    writer and buffer for all the lines (a download can have 300.000).

    >>> list(csv_lines(["code", "percent"], [{"code": "73", "percent": Decimal("47.38")}]))
    ['code,percent\\r\\n', '73,47.38\\r\\n']
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    header_sent = False
    for row in rows:
        flat = flatten(row)
        if columns is None:
            columns = list(flat)
        if not header_sent:
            yield line(columns)
            header_sent = True
        yield line([cell(flat.get(name)) for name in columns])
    if not header_sent and columns is not None:
        yield line(columns)
