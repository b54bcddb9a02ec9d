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


def column_paths(columns: list[str], row: Mapping[str, Any]) -> list[tuple[str, ...]]:
    """Where each column's value sits in rows shaped like ``row``: a key,
    or a key of a nested mapping (``citation_outlet`` -> ``citation``,
    ``outlet``), as ``flatten`` names them.

    >>> column_paths(["id", "citation_outlet"], {"id": 1, "citation": {"outlet": "A"}})
    [('id',), ('citation', 'outlet')]
    """
    paths = []
    for name in columns:
        if name in row:
            paths.append((name,))
            continue
        nested = [
            (key, name[len(key) + 1 :])
            for key, value in row.items()
            if isinstance(value, Mapping) and name.startswith(f"{key}_")
        ]
        paths.append(nested[0] if nested else (name,))
    return paths


def csv_block(paths: list[tuple[str, ...]], rows: Iterable[Mapping[str, Any]]) -> str:
    """Many rows as CSV text in one write (no header), each cell where
    ``column_paths`` says; the same text as ``csv_lines`` gives them.

    >>> rows = [{"id": 1, "citation": {"outlet": "A, B"}}, {"id": 2, "citation": {}}]
    >>> csv_block([("id",), ("citation", "outlet")], rows)
    '1,"A, B"\\r\\n2,\\r\\n'
    """
    buffer = io.StringIO()
    lines = []
    for row in rows:
        line = []
        for path in paths:
            value = row.get(path[0])
            if len(path) == 2:
                value = value.get(path[1]) if value is not None else None
            line.append(cell(value))
        lines.append(line)
    csv.writer(buffer).writerows(lines)
    return buffer.getvalue()
