"""Writing rows back out as CSV and XLSX: values typed so that the file
reads back to the same records, text that a spreadsheet would take for a
formula guarded with an apostrophe. Pure: no Django imports.

>>> write_csv(["a", "b"], [[1, "=1+1"]]).decode("utf-8-sig")
"a,b\\r\\n1,'=1+1\\r\\n"
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from .columns import BOOL_OUT
from .normalise import neutralise

# Floats hold whole numbers exactly up to 2**53; larger ones go out as text.
MAX_EXACT_FLOAT_INT = 2**53


def cell_out(value) -> str:
    """A value as CSV text that reads back to the same value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return BOOL_OUT[value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return neutralise(str(value))


def write_csv(header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads it as UTF-8), comma-separated."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell_out(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_out(value):
    """A value as an XLSX cell value: numbers as numbers (whole numbers past
    2**53 as text, so no digit is lost), dates as dates, text guarded."""
    if value is None:
        return None
    if isinstance(value, bool):
        return BOOL_OUT[value]
    if isinstance(value, int) and abs(value) > MAX_EXACT_FLOAT_INT:
        return str(value)
    if isinstance(value, int | Decimal | dt.date):
        return value
    return neutralise(str(value))


def write_xlsx(
    header: Sequence[str],
    rows: Iterable[Sequence],
    *,
    title: str,
    notes_title: str = "",
    notes: Sequence[Sequence[str]] = (),
) -> bytes:
    """The data sheet (bold, frozen header; dates as yyyy-mm-dd) and, when
    ``notes`` are given, a second sheet explaining each column."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    for index, name in enumerate(header):
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = max(12, min(40, len(name) + 4))

    def header_cells(ws, names):
        cells = []
        for name in names:
            cell = WriteOnlyCell(ws, value=name)
            cell.font = bold
            cells.append(cell)
        return cells

    sheet.append(header_cells(sheet, header))
    for row in rows:
        cells = []
        for value in row:
            out = xlsx_out(value)
            if isinstance(out, dt.date):
                cell = WriteOnlyCell(sheet, value=out)
                cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            elif isinstance(out, str):
                cell = WriteOnlyCell(sheet, value=out)
                cell.data_type = "s"  # never a formula
                cells.append(cell)
            else:
                cells.append(out)
        sheet.append(cells)
    if notes:
        info = workbook.create_sheet(notes_title[:31] or "keterangan")
        widths = [22, 10, 80, 30]
        for index, width in enumerate(widths):
            info.column_dimensions[get_column_letter(index + 1)].width = width
        info.append(header_cells(info, notes[0]))
        for note in notes[1:]:
            info.append([neutralise(str(v)) for v in note])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
