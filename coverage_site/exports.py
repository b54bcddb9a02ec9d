"""The one way a page's rows leave the site as a file: CSV or XLSX, with the
same rules everywhere.

- Machine values: numbers with a dot as decimal point and no thousands
  separator, ISO dates, codes rather than labels; an empty value is an
  empty cell.
- Text that a spreadsheet would read as a formula is guarded with an
  apostrophe (the import's own ``neutralise``, so an exported file reads
  back through the import unchanged).
- CSV: UTF-8 without a byte-order mark (a program reading the file gets
  the first column's name as written; spreadsheet users have the XLSX),
  comma-separated, CRLF; streamed a chunk of lines at a time.
- XLSX: the data sheet first (bold, frozen header, dates as dates), then a
  sheet naming the source and the licence (the import's ``write_xlsx``).
- File name: a stem, the region code when there is one, and the date.

A django-tables2 table exports exactly the columns it shows, through its
``value_*`` methods (``table_lines``).

>>> csv_cell("=HYPERLINK(1)"), csv_cell(Decimal("47.380")), csv_cell(None)
("'=HYPERLINK(1)", '47.380', '')
>>> b"".join(c.encode() for c in csv_chunks([["a", "b"], [1, "-x"]]))
b"a,b\\r\\n1,'-x\\r\\n"
>>> filename("angka-cakupan", "csv", code="73.01", on=date(2026, 12, 3))
'angka-cakupan-73.01-2026-12-03.csv'
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.utils.encoding import force_str
from django.utils.translation import gettext as _

from regions.intake.normalise import neutralise
from regions.intake.write import write_xlsx

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

#: lines a streamed CSV sends per write (a write a line would cost a system
#: call a line under gunicorn)
CHUNK_LINES = 200


def source_note() -> list[list[str]]:
    """The rows of the XLSX "source" sheet: where the numbers come from and
    under which licence the region register is shared."""
    return [
        [_("Keterangan")],
        [_("Dari Cakupan, dasbor cakupan BPJS Ketenagakerjaan per wilayah.")],
        [
            _(
                "Angka dikutip dari sumber yang disebut pada tiap baris; daftar wilayah berisi "
                "informasi dari idn-area-data (ODbL 1.0), kode BPS dari tabel bridging kode "
                "wilayah BPS."
            )
        ],
    ]


def csv_cell(value) -> str:
    """One value as CSV text: machine numbers and ISO dates; text guarded
    against formula injection. Booleans stay ``True``/``False``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return neutralise(force_str(value))


class _Echo:
    """A file-like object whose write returns the line, for csv.writer."""

    def write(self, value):
        return value


def csv_chunks(lines: Iterable[Sequence], size: int = CHUNK_LINES) -> Iterator[str]:
    """The CSV text of ``lines`` (the header first), ``size`` lines a chunk."""
    writer = csv.writer(_Echo())
    chunk = []
    for line in lines:
        chunk.append(writer.writerow([csv_cell(value) for value in line]))
        if len(chunk) >= size:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


def filename(stem: str, fmt: str, *, code: str = "", on: date | None = None) -> str:
    """``stem[-code][-date].fmt``."""
    parts = [stem, code, on.isoformat() if on else ""]
    return "-".join(part for part in parts if part) + "." + fmt


def _attach(response, name: str):
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def check_format(fmt: str) -> str:
    if fmt not in CONTENT_TYPES:
        raise Http404(_("Format unduhan tidak dikenal."))
    return fmt


def csv_stream(lines: Iterable[Sequence], *, name: str) -> StreamingHttpResponse:
    """A CSV download streamed as its lines are read (``lines`` may be a
    database iterator)."""
    response = StreamingHttpResponse(csv_chunks(lines), content_type=CONTENT_TYPES["csv"])
    return _attach(response, name)


def chunks_response(chunks: Iterable[str], *, name: str) -> StreamingHttpResponse:
    """A CSV download of chunks already written by ``csv_chunks`` (kept in a
    cache, say)."""
    response = StreamingHttpResponse(iter(chunks), content_type=CONTENT_TYPES["csv"])
    return _attach(response, name)


def sheet_title(title) -> str:
    """A title XLSX accepts: none of ``[]:*?/\\``, at most 31 characters.

    >>> sheet_title("Kab/Kota: [uji]")
    'Kab-Kota- -uji-'
    """
    return _SHEET_FORBIDDEN.sub("-", force_str(title))[:31].strip() or "data"


def xlsx_bytes(header: Sequence, rows: Iterable[Sequence], *, title: str) -> bytes:
    return write_xlsx(
        [force_str(h) for h in header],
        rows,
        title=sheet_title(title),
        notes_title=_("Sumber"),
        notes=source_note(),
    )


def response(
    header: Sequence, rows: Iterable[Sequence], *, fmt: str, name: str, title: str = ""
) -> HttpResponse:
    """The rows as a download of format ``fmt`` ("csv" or "xlsx"; any other
    is a 404) named ``name`` (the extension is added)."""
    check_format(fmt)
    if fmt == "csv":
        body = "".join(csv_chunks([[force_str(h) for h in header], *rows]))
        result = HttpResponse(body, content_type=CONTENT_TYPES["csv"])
    else:
        result = HttpResponse(
            xlsx_bytes(header, rows, title=title or name), content_type=CONTENT_TYPES["xlsx"]
        )
    return _attach(result, f"{name}.{fmt}")


def table_lines(table) -> Iterator[list]:
    """The header, then each row's plain values, of the columns a
    django-tables2 table shows and exports (its ``value_*`` methods)."""
    yield from table.as_values()


def table_response(table, *, fmt: str, name: str, title: str = "") -> HttpResponse:
    """The table's rows as a download (see ``table_lines``)."""
    lines = table_lines(table)
    header = next(lines)
    return response(header, lines, fmt=fmt, name=name, title=title)
