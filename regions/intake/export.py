"""Records out in the import's columns: an export of a queryset (CSV or
XLSX, which imports back to the same records) and the empty template with an
example row and, in XLSX, a sheet explaining every column."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext

from . import columns as cols
from .specs import SPECS
from .write import write_csv, write_xlsx


def export_value(column: cols.Column, obj):
    """A record's value for one column, typed (the writers format it)."""
    if column.type == cols.REGION:
        return obj.region.code
    if column.type == cols.REGION_NAME:
        return obj.region.name
    value = getattr(obj, column.field)
    if column.type == cols.PRECISION:
        return cols.PRECISION_OUT.get(value, value)
    return value


def export_rows(kind: str, queryset) -> tuple[list[str], list[list]]:
    spec = SPECS[kind]
    columns = spec.kind.columns
    queryset = queryset.select_related("region")
    if not queryset.ordered:
        queryset = queryset.order_by(*spec.model._meta.ordering, "pk")
    rows = [[export_value(c, obj) for c in columns] for obj in queryset.iterator(chunk_size=2000)]
    return spec.kind.headers, rows


def records_export(*, kind: str, queryset, fmt: str) -> bytes:
    """The records of ``queryset`` in the import columns, CSV or XLSX; the
    file imports back to the same records."""
    spec = SPECS[kind]
    header, rows = export_rows(kind, queryset)
    if fmt == "csv":
        return write_csv(header, rows)
    return write_xlsx(
        header,
        rows,
        title=spec.file_stem,
        notes_title=gettext("keterangan"),
        notes=column_notes(kind),
    )


def column_notes(kind: str) -> list[list[str]]:
    """The explanation of each column: name, required, what goes in, example."""
    spec = SPECS[kind]
    notes = [[gettext("kolom"), gettext("wajib"), gettext("isi"), gettext("contoh")]]
    for column in spec.kind.columns:
        text = gettext(column.description)
        if column.type == cols.CHOICE:
            choices = spec.model._meta.get_field(column.field).choices or []
            listed = "; ".join(f"{value} = {label}" for value, label in choices if value)
            text += " " + gettext("Pilihan: %(choices)s.") % {"choices": listed}
        notes.append(
            [column.header, gettext("ya") if column.required else "", text, column.example]
        )
    return notes


def import_template(*, kind: str, fmt: str) -> bytes:
    """The header row and one example row; in XLSX a second sheet
    ("keterangan") explains every column."""
    spec = SPECS[kind]
    header = spec.kind.headers
    example = [c.example for c in spec.kind.columns]
    if fmt == "csv":
        return write_csv(header, [example])
    return write_xlsx(
        header,
        [example],
        title=spec.file_stem,
        notes_title=gettext("keterangan"),
        notes=column_notes(kind),
    )


def export_filename(kind: str, fmt: str, *, template: bool = False) -> str:
    stem = SPECS[kind].file_stem
    if template:
        return f"templat-{stem}.{fmt}"
    return f"{stem}-{timezone.localdate():%Y-%m-%d}.{fmt}"
