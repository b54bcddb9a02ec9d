"""What a checked file comes to: each good row's outcome (new, changed with
the fields that change, or the same), the problems with the rows and cells
they name, and the preview the admin shows of it (kept as JSON by the check
job until the user confirms)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils import translation
from django.utils.translation import gettext

from ..formatting import date_id, number_id
from . import columns as cols
from .columns import Problem, gettext_noop
from .places import RegionIndex, region_label
from .specs import CREATE, SAME, SPECS, UPDATE

UNSOURCED_ROW = gettext_noop(
    "Tanpa sumber lengkap (media/penerbit, judul dan URL sumber): disimpan sebagai belum "
    "bersumber, tidak tampil di halaman publik dan ekspor."
)


@dataclass(frozen=True)
class Checked:
    """What a good row's form leaves once checked: the record as saving it
    will write it, and whether it goes in as unverified (no complete source).
    Only this is kept of the form (10 000 forms held until the write were
    most of an import's memory)."""

    instance: Any
    saved_unverified: bool = False

    def save(self, commit: bool = False):
        return self.instance


@dataclass
class RowOutcome:
    number: int
    action: str
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    #: the checked record (``Checked``); None for a row that changes nothing
    form: Checked | None = field(default=None, repr=False)
    was_primary: bool = False
    columns: tuple = field(default=(), repr=False)
    #: the figure's data-quality warning, as saving it will record it
    warning: str = ""
    #: far outside its series' own history (quality_selectors); never a refusal
    history_warning: str = ""

    @property
    def values(self) -> list[tuple[str, str]]:
        """(header, value as the preview shows it), computed when shown."""
        obj = self.form.instance
        return [(c.header, display(c, obj)) for c in self.columns if c.field]


@dataclass
class BadRow:
    """A row with problems, as the preview shows it: its cells as typed,
    each with the messages about it, and the messages about the row."""

    number: int
    cells: list[tuple[str, str, list[str]]]
    messages: list[str]


@dataclass
class ImportReport:
    kind: str
    rows: list[RowOutcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    raw_rows: dict[int, dict[str, str]] = field(default_factory=dict, repr=False)
    written: bool = False
    total: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def created(self) -> int:
        return self.count(CREATE)

    @property
    def updated(self) -> int:
        return self.count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(SAME)

    def messages(self) -> list[str]:
        return [p.text(gettext) for p in self.problems]

    def unverified_rows(self) -> list[int]:
        """Rows saved as unverified: no complete source in the file."""
        return [r.number for r in self.rows if r.form is not None and r.form.saved_unverified]

    @property
    def history_warnings(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.history_warning]

    def summary_items(self) -> list[dict]:
        """The error summary: each message with the anchor of the cell or
        row it names in the preview table (None for the whole file)."""
        items = []
        for problem in self.problems:
            anchor = None
            if problem.row is not None and problem.row in self.raw_rows:
                anchor = f"baris-{problem.row}"
                if problem.column in self.headers:
                    anchor += f"-{problem.column}"
            items.append({"text": problem.text(gettext), "anchor": anchor})
        return items

    def bad_rows(self) -> list[BadRow]:
        by_row: dict[int, list[Problem]] = {}
        for problem in self.problems:
            if problem.row is not None and problem.row in self.raw_rows:
                by_row.setdefault(problem.row, []).append(problem)
        rows = []
        for number in sorted(by_row):
            found = by_row[number]
            raw = self.raw_rows[number]
            cells = [
                (header, raw.get(header, ""),
                 [p.reason_text(gettext) for p in found if p.column == header])
                for header in self.headers
            ]  # fmt: skip
            loose = [p.reason_text(gettext) for p in found if p.column not in self.headers]
            rows.append(BadRow(number, cells, loose))
        return rows


def field_value(obj, name: str):
    return obj.region_id if name == "region" else getattr(obj, name)


def display(column: cols.Column, obj, index: RegionIndex | None = None) -> str:
    """A value as the preview shows it: Indonesian numbers and dates, labels."""
    if column.type == cols.REGION:
        region = obj.region if index is None else index.by_pk.get(obj.region_id)
        return region_label(region) if region else ""
    if column.type == cols.REGION_NAME:
        return ""
    value = getattr(obj, column.field)
    if value is None or value == "":
        return ""
    if column.type == cols.CHOICE:
        return str(getattr(obj, f"get_{column.field}_display")())
    if column.type == cols.BOOL:
        return gettext("ya") if value else gettext("tidak")
    if column.type == cols.COUNT:
        return number_id(value)
    if column.type == cols.INTEGER:
        return str(value)
    if column.type == cols.DECIMAL:
        decimals = max(0, -value.normalize().as_tuple().exponent)
        return number_id(value, decimals)
    if column.type == cols.DATE:
        precision = getattr(obj, column.precision_field) if column.precision_field else "day"
        return date_id(value, precision, translation.get_language() or "id")
    if column.type == cols.PRECISION:
        return str(getattr(obj, f"get_{column.field}_display")())
    return str(value)


#: rows of each list the preview keeps (the counts cover them all)
PREVIEW_ROWS = 500


def preview_data(report: ImportReport) -> dict:
    """What the admin's preview shows of a checked file, as JSON (kept in
    the check job's row until the user confirms): counts, the problems with
    the cells they name, the warnings, and the first ``PREVIEW_ROWS`` rows
    that would change. Texts in the active language."""
    spec = SPECS[report.kind]
    changing = [r for r in report.rows if r.action != SAME]
    shown = [c.header for c in spec.kind.columns if c.field and c.header in report.headers]
    bad_rows = report.bad_rows()
    return {
        "kind": report.kind,
        "ok": report.ok,
        "total": report.total,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "headers": report.headers,
        "shown_headers": shown,
        "problem_count": len(report.problems),
        "summary_items": report.summary_items()[:PREVIEW_ROWS],
        "bad_rows": [
            {"number": b.number, "cells": b.cells, "messages": b.messages}
            for b in bad_rows[:PREVIEW_ROWS]
        ],
        "history_warnings": [
            {
                "number": r.number,
                "region": r.form.instance.region.name,
                "segment": str(r.form.instance.get_segment_display()),
                "as_of": r.form.instance.as_of.isoformat(),
                "text": r.history_warning,
            }
            for r in report.history_warnings[:PREVIEW_ROWS]
        ],
        "rows": [
            {
                "number": r.number,
                "action": r.action,
                "changes": r.changes,
                "warning": r.warning,
                "history_warning": r.history_warning,
                "values": [v for h, v in r.values if h in shown],
            }
            for r in changing[:PREVIEW_ROWS]
        ],
        "rows_hidden": max(0, len(changing) - PREVIEW_ROWS),
        "unverified_rows": report.unverified_rows()[:PREVIEW_ROWS],
    }
