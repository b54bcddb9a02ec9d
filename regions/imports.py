"""Importing and exporting coverage figures, targets and budgets as CSV/XLSX.

The one service behind the admin's upload (preview, then confirm) and the
``import_figures`` command:

- ``records_import(kind=..., table=..., user=..., commit=...)`` checks every
  row of a file and, when ``commit`` is true and nothing is wrong, writes them
  all in one transaction; one bad row and nothing is written. Each row is
  validated by the admin's own ModelForm (``regions/forms.py``), so an import
  and the admin apply the same rules with the same messages; the form's
  errors come back as "Baris 7, kolom persen: ...".
- A row whose natural key (figures: region, segment, date, publisher;
  targets: region, segment, deadline, issuer; budgets: region, year, funding
  source, purpose) already exists *updates* that record: the preview lists it
  with the fields that change, and unchanged rows are left alone. So an
  exported file, corrected in Excel and imported again, updates in place, and
  importing the same file twice writes nothing the second time.
- Rows for regions outside the importer's edit scope are errors.
- ``records_export`` writes the same columns; ``import_template`` the empty
  template with an example row (and, in XLSX, a sheet explaining the columns).
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import IntegrityError, connections, models, router, transaction
from django.db.models import CheckConstraint, F, Q, UniqueConstraint
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext

from . import spreadsheets as sheets
from .formatting import date_id, number_id
from .forms import BudgetAllocationForm, CoverageFigureForm, CoverageTargetForm
from .models import BudgetAllocation, CoverageFigure, CoverageTarget, Region, RegionAlias
from .quality_selectors import add_history_warnings
from .scoping import EDIT, region_ids_in_scope
from .spreadsheets import Problem, SpreadsheetError, Table, gettext_noop, payload_digest

__all__ = [
    "SPECS",
    "ImportReport",
    "Problem",
    "SpreadsheetError",
    "Table",
    "import_template",
    "payload_digest",
    "read_upload",
    "records_export",
    "records_import",
]

CREATE, UPDATE, SAME = "create", "update", "same"
UNSOURCED_ROW = gettext_noop(
    "Tanpa sumber lengkap (media/penerbit, judul dan URL sumber): disimpan sebagai belum "
    "bersumber, tidak tampil di halaman publik dan ekspor."
)

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class KindSpec:
    kind: sheets.Kind
    model: type[models.Model]
    form: type[forms.ModelForm]
    file_stem: str

    @property
    def name(self) -> str:
        return self.kind.name


SPECS: dict[str, KindSpec] = {
    sheets.FIGURES: KindSpec(
        sheets.FIGURE_KIND, CoverageFigure, CoverageFigureForm, "angka-cakupan"
    ),
    sheets.TARGETS: KindSpec(
        sheets.TARGET_KIND, CoverageTarget, CoverageTargetForm, "target-cakupan"
    ),
    sheets.BUDGETS: KindSpec(
        sheets.BUDGET_KIND, BudgetAllocation, BudgetAllocationForm, "anggaran-perlindungan"
    ),
}
KIND_OF_MODEL = {spec.model: name for name, spec in SPECS.items()}


# ---- reading ------------------------------------------------------------------------


def read_upload(upload) -> Table:
    """An uploaded file (Django ``UploadedFile`` or any object with ``size``,
    ``name`` and ``read``) -> Table; SpreadsheetError when it cannot be read.
    The size is checked before anything is read into memory."""
    size = getattr(upload, "size", None)
    if size is not None and size > sheets.MAX_BYTES:
        raise SpreadsheetError(
            gettext_noop("Berkas terlalu besar (%(size)s MB); batasnya %(max)s MB."),
            size=f"{size / 1024 / 1024:.1f}".replace(".", ","),
            max=sheets.MAX_BYTES // (1024 * 1024),
        )
    data = upload.read(sheets.MAX_BYTES + 1)
    return sheets.read_table(data, getattr(upload, "name", "") or "")


def upload_bytes(upload) -> bytes:
    """The bytes of an uploaded file, its size checked before it is read
    (the job that checks it parses them); SpreadsheetError when too big."""
    size = getattr(upload, "size", None)
    if size is not None and size > sheets.MAX_BYTES:
        raise SpreadsheetError(
            gettext_noop("Berkas terlalu besar (%(size)s MB); batasnya %(max)s MB."),
            size=f"{size / 1024 / 1024:.1f}".replace(".", ","),
            max=sheets.MAX_BYTES // (1024 * 1024),
        )
    data = upload.read(sheets.MAX_BYTES + 1)
    if len(data) > sheets.MAX_BYTES:
        raise SpreadsheetError(
            gettext_noop("Berkas terlalu besar (%(size)s MB); batasnya %(max)s MB."),
            size=f"{len(data) / 1024 / 1024:.1f}".replace(".", ","),
            max=sheets.MAX_BYTES // (1024 * 1024),
        )
    return data


# ---- regions ------------------------------------------------------------------------


def _token(text: str) -> str:
    return " ".join(str(text).split()).casefold()


class RegionIndex:
    """Every region by code, name and alias: two queries for a whole file."""

    def __init__(self):
        regions = list(Region.objects.only("pk", "code", "name", "level", "parent_id"))
        self.by_pk = {r.pk: r for r in regions}
        self.by_code = {r.code.casefold(): r for r in regions}
        self.by_name = {_token(r.name): r for r in regions}
        self.by_alias = {
            _token(name): self.by_pk[region_id]
            for name, region_id in RegionAlias.objects.values_list("name", "region_id")
            if region_id in self.by_pk
        }

    def find(self, text: str) -> Region | None:
        key = _token(text)
        if not key:
            return None
        if len(key) == 4 and key[:2].isdigit() and key[2] == "." and key[3].isdigit():
            key += "0"  # 73.1 from a numeric Excel cell is 73.10
        return self.by_code.get(key) or self.by_name.get(key) or self.by_alias.get(key)


def _region_label(region: Region) -> str:
    return f"{region.name} ({region.code})"


class IndexedRegionField(forms.ModelChoiceField):
    """The form's region field, answered from the RegionIndex instead of a
    query per row."""

    def __init__(self, index: RegionIndex, **kwargs):
        self.index = index
        super().__init__(queryset=Region.objects.none(), **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return self.index.by_pk[int(value)]
        except (KeyError, ValueError, TypeError) as error:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from error


# ---- constraints, checked in Python -------------------------------------------------------
#
# The model form validates the model's constraints; Django does that with one
# query per constraint and row (nine queries a figure), which makes a file of
# 10 000 rows take minutes. The same rules are checked here without the
# database: the check constraints by evaluating their conditions in Python
# (SQL's three-valued logic: a check fails only when its condition is
# false), and the uniqueness of the natural key from the records loaded once
# for the whole file. Anything the evaluator does not understand goes to
# Django's own check.

_COMPARE = {
    "exact": operator.eq,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


class _Skip(Exception):
    """The condition names a field left out of validation: Django skips it too."""


class _Unsupported(Exception):
    pass


def _attribute(instance, name: str, exclude: set):
    if name in exclude:
        raise _Skip
    try:
        model_field = instance._meta.get_field(name)
    except FieldDoesNotExist as error:
        raise _Unsupported from error
    return getattr(instance, model_field.attname)


def condition_value(node, instance, exclude: set) -> bool | None:
    """True, False, or None (unknown, as SQL NULL) for a Q condition."""
    if isinstance(node, Q):
        results = [condition_value(child, instance, exclude) for child in node.children]
        if node.connector == Q.AND:
            value = False if False in results else (None if None in results else True)
        elif node.connector == Q.OR:
            value = True if True in results else (None if None in results else False)
        else:
            raise _Unsupported
        return value if value is None or not node.negated else not value
    if not isinstance(node, tuple) or len(node) != 2:
        raise _Unsupported
    lookup_path, expected = node
    name, _, lookup = lookup_path.partition("__")
    lookup = lookup or "exact"
    value = _attribute(instance, name, exclude)
    if lookup == "isnull":
        return (value is None) == bool(expected)
    if lookup not in _COMPARE:
        raise _Unsupported
    if isinstance(expected, F):
        expected = _attribute(instance, expected.name, exclude)
    elif not isinstance(expected, int | Decimal | str | dt.date):
        raise _Unsupported
    if value is None or expected is None:
        return None
    return _COMPARE[lookup](value, expected)


def _no_duplicate_query(data) -> None:
    return None


def _proven_constraints(spec: KindSpec) -> set[str]:
    """Unique constraints the import checks itself: the natural key (from
    the records loaded for the file) and one primary target per region and
    segment (``_primary_check``)."""
    names = set()
    for constraint in spec.model._meta.constraints:
        if not isinstance(constraint, UniqueConstraint):
            continue
        if constraint.condition is None and set(constraint.fields) == set(spec.kind.natural_key):
            names.add(constraint.name)
        elif constraint.name.endswith("_one_primary"):
            names.add(constraint.name)
    return names


def _validate_constraints_quickly(instance, proven: set[str]):
    def validate_constraints(exclude=None):
        exclude = set(exclude or ())
        errors: dict = {}
        for model_class, constraints in instance.get_constraints():
            for constraint in constraints:
                if constraint.name in proven:
                    continue
                try:
                    if isinstance(constraint, CheckConstraint):
                        try:
                            passes = condition_value(constraint.condition, instance, exclude)
                        except _Skip:
                            continue
                        except _Unsupported:
                            constraint.validate(model_class, instance, exclude=exclude)
                            continue
                        if passes is False:
                            raise ValidationError(
                                constraint.get_violation_error_message(),
                                code=constraint.violation_error_code,
                            )
                    else:
                        constraint.validate(model_class, instance, exclude=exclude)
                except ValidationError as error:
                    errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    return validate_constraints


class _SharedFields(dict):
    """Form fields every row's form uses as they are: a form deep-copies
    its fields when it is made (20 fields, a third of the check's time);
    these forms set nothing on their fields, so one set serves the file."""

    def __deepcopy__(self, memo):
        return self


def _shared_fields_form(form: type[forms.ModelForm], region_field) -> type[forms.ModelForm]:
    fields = _SharedFields(copy.deepcopy(form.base_fields))
    fields["region"] = region_field
    shared = type(form.__name__, (form,), {})
    shared.base_fields = fields  # after the metaclass, which sets its own
    return shared


def _clean_fields_known_region(instance):
    """The model's field checks, less the region's: Django asks the
    database whether the region exists (a query per row); the region came
    from the RegionIndex, so it does."""
    original = instance.clean_fields

    def clean_fields(exclude=None):
        return original(exclude={*(exclude or ()), "region"})

    return clean_fields


# ---- checking -----------------------------------------------------------------------


@dataclass
class RowOutcome:
    number: int
    action: str
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    form: Any = field(default=None, repr=False)
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
        return [(c.header, _display(c, obj)) for c in self.columns if c.field]


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
        return [r.number for r in self.rows if getattr(r.form, "saved_unverified", False)]

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


def _form_messages(error) -> list[str]:
    return [html.unescape(strip_tags(str(m))) for m in error.messages]


def _choice_maps(spec: KindSpec) -> dict[str, dict[str, str]]:
    maps = {}
    for column in spec.kind.columns:
        if column.type != sheets.CHOICE:
            continue
        choices = spec.model._meta.get_field(column.field).choices or []
        labelled = []
        for language in ("id", "en"):
            with translation.override(language):
                labelled += [(value, str(label)) for value, label in choices]
        maps[column.field] = sheets.choice_map(labelled, sheets.SYNONYMS.get(column.field, {}))
    return maps


def _key_of(spec: KindSpec, data: dict[str, str]) -> tuple | None:
    """The natural key of a row's form data, typed as the model holds it;
    None when part of it is missing or malformed (the form reports why)."""
    parts = []
    for name in spec.kind.natural_key:
        raw = data.get(name, "")
        if raw in ("", None):
            return None
        model_field = spec.model._meta.get_field(name)
        try:
            if isinstance(model_field, models.ForeignKey):
                value = int(raw)
            elif isinstance(model_field, models.DateField):
                value = dt.date.fromisoformat(raw)
            elif isinstance(model_field, models.IntegerField):
                value = int(str(raw).strip())
            else:
                value = str(raw).strip()
        except ValueError:
            return None
        parts.append(value)
    return tuple(parts)


def _key_of_instance(spec: KindSpec, obj) -> tuple:
    return tuple(
        getattr(obj, f"{name}_id" if name == "region" else name) for name in spec.kind.natural_key
    )


def _field_value(obj, name: str):
    return obj.region_id if name == "region" else getattr(obj, name)


def _display(column: sheets.Column, obj, index: RegionIndex | None = None) -> str:
    """A value as the preview shows it: Indonesian numbers and dates, labels."""
    if column.type == sheets.REGION:
        region = obj.region if index is None else index.by_pk.get(obj.region_id)
        return _region_label(region) if region else ""
    if column.type == sheets.REGION_NAME:
        return ""
    value = getattr(obj, column.field)
    if value is None or value == "":
        return ""
    if column.type == sheets.CHOICE:
        return str(getattr(obj, f"get_{column.field}_display")())
    if column.type == sheets.BOOL:
        return gettext("ya") if value else gettext("tidak")
    if column.type == sheets.COUNT:
        return number_id(value)
    if column.type == sheets.INTEGER:
        return str(value)
    if column.type == sheets.DECIMAL:
        decimals = max(0, -value.normalize().as_tuple().exponent)
        return number_id(value, decimals)
    if column.type == sheets.DATE:
        precision = getattr(obj, column.precision_field) if column.precision_field else "day"
        return date_id(value, precision, translation.get_language() or "id")
    if column.type == sheets.PRECISION:
        return str(getattr(obj, f"get_{column.field}_display")())
    return str(value)


def _check(spec: KindSpec, table: Table, user, progress: Progress | None) -> ImportReport:
    kind = spec.kind
    report = ImportReport(kind=kind.name, total=len(table.rows))
    detected = sheets.detect_kind(table.header)
    if detected and detected != kind.name:
        report.problems.append(
            Problem(
                None,
                None,
                gettext_noop("Berkas ini berisi %(found)s, bukan %(kind)s (lihat baris judulnya)."),
                {"found": gettext(sheets.KINDS[detected].title), "kind": gettext(kind.title)},
            )
        )
        return report
    header = sheets.map_header(table.header, kind, table.header_row)
    report.problems += header.problems
    if header.problems:
        return report
    report.headers = [c.header for c in kind.columns if c.header in header.present]

    index = RegionIndex()
    scope = None if user is None else region_ids_in_scope(user, EDIT)
    model_name = spec.model._meta.model_name
    may_change = user is None or user.has_perm(f"regions.change_{model_name}")
    choices = _choice_maps(spec)

    rows = []
    for number, cells in table.rows:
        row = sheets.normalise_row(number, cells, kind, header, choices)
        report.raw_rows[number] = row.cells
        _resolve_region(row, index, scope, header)
        rows.append(row)

    region_ids = {int(r.data["region"]) for r in rows if r.data.get("region")}
    existing = {
        _key_of_instance(spec, obj): obj
        for obj in spec.model.objects.filter(region_id__in=region_ids)
    }
    primaries = _primary_check(spec, rows, existing) if spec.model is CoverageTarget else {}
    proven = _proven_constraints(spec)
    base_region_field = spec.form.base_fields["region"]
    region_field = IndexedRegionField(
        index, label=base_region_field.label, required=base_region_field.required
    )

    form_class = _shared_fields_form(spec.form, region_field)
    first_seen: dict[tuple, int] = {}
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        problems = list(row.problems)
        key = _key_of(spec, row.data)
        instance = existing.get(key) if key else None
        if key is not None:
            if key in first_seen:
                problems.append(
                    Problem(
                        row.number,
                        None,
                        gettext_noop(
                            "sama dengan baris %(first)s (%(key)s sama); satu data cukup "
                            "satu baris."
                        ),
                        {"first": first_seen[key], "key": ", ".join(kind.key_headers())},
                    )
                )
            else:
                first_seen[key] = row.number
        if instance is not None and not may_change:
            problems.append(
                Problem(
                    row.number,
                    None,
                    gettext_noop("data ini sudah ada dan Anda tidak berhak mengubahnya."),
                )
            )
        problems += primaries.get(row.number, [])
        old = copy.copy(instance) if instance is not None else None
        was_primary = bool(instance is not None and getattr(instance, "is_primary", False))
        target = instance or spec.model()
        target.validate_constraints = _validate_constraints_quickly(target, proven)
        target.clean_fields = _clean_fields_known_region(target)
        form = form_class(data=row.data, instance=target)
        if hasattr(form, "_refuse_duplicate"):
            # The figure form's duplicate check is the natural key's
            # uniqueness, which the records loaded for the file answer.
            form._refuse_duplicate = _no_duplicate_query
        form.is_valid()
        for name, errors in form.errors.as_data().items():
            if name in row.bad_fields:
                continue
            column = kind.column_for_field(name) if name != "__all__" else None
            for error in errors:
                for message in _form_messages(error):
                    if spec.model is CoverageTarget and "one_primary" in message:
                        continue  # _primary_check says it in words
                    problems.append(Problem(row.number, column.header if column else None, message))
        if problems:
            report.problems += problems
        else:
            obj = form.instance
            if old is None:
                action, changes = CREATE, []
            else:
                changes = [
                    (c.header, _display(c, old, index), _display(c, obj, index))
                    for c in kind.columns
                    if c.field and _field_value(old, c.field) != _field_value(obj, c.field)
                ]
                action = UPDATE if changes else SAME
            warning = ""
            if hasattr(obj, "refresh_quality_warning"):
                obj.refresh_quality_warning()
                warning = obj.quality_warning
            if form.saved_unverified:
                warning = " ".join(filter(None, [warning, gettext(UNSOURCED_ROW)]))
            report.rows.append(
                RowOutcome(row.number, action, changes, form, was_primary, kind.columns, warning)
            )
        if progress:
            progress("check", done, total)
    if spec.model is CoverageFigure:
        add_history_warnings(report.rows)
    order = {header: i for i, header in enumerate(kind.headers)}
    report.problems.sort(
        key=lambda p: (
            -1 if p.row is None else p.row,
            -1 if p.column is None else order.get(p.column, len(order)),
        )
    )
    return report


def _resolve_region(row: sheets.RowData, index: RegionIndex, scope, header) -> None:
    """Put the region's id in the row's form data, or say what is wrong:
    unknown, not matching its name column, or outside the importer's scope."""
    region = None
    if row.region_text:
        region = index.find(row.region_text)
        if region is None:
            row.problems.append(
                Problem(
                    row.number,
                    "kode_wilayah",
                    gettext_noop(
                        "“%(value)s” bukan kode, nama atau nama lain wilayah yang dikenal."
                    ),
                    {"value": row.region_text},
                )
            )
    if row.region_name:
        named = index.find(row.region_name)
        if region is None and not row.region_text:
            region = named
            if named is None:
                row.problems.append(
                    Problem(
                        row.number,
                        "nama_wilayah",
                        gettext_noop("“%(value)s” bukan nama wilayah yang dikenal."),
                        {"value": row.region_name},
                    )
                )
        elif region is not None and named != region:
            row.problems.append(
                Problem(
                    row.number,
                    "nama_wilayah",
                    gettext_noop("“%(value)s” tidak cocok dengan kode_wilayah %(region)s."),
                    {"value": row.region_name, "region": _region_label(region)},
                )
            )
    if region is None:
        row.data["region"] = ""
        if row.region_text or row.region_name:
            row.bad_fields.add("region")
        else:
            row.problems.append(
                Problem(
                    row.number,
                    "kode_wilayah",
                    gettext_noop("wilayah kosong; isi kode_wilayah atau nama_wilayah."),
                )
            )
            row.bad_fields.add("region")
        return
    row.data["region"] = str(region.pk)
    if scope is not None and region.pk not in scope:
        row.problems.append(
            Problem(
                row.number,
                "kode_wilayah" if "kode_wilayah" in header.present else "nama_wilayah",
                gettext_noop("%(region)s di luar wilayah yang boleh Anda ubah."),
                {"region": _region_label(region)},
            )
        )


def _primary_check(spec: KindSpec, rows, existing: dict) -> dict[int, list[Problem]]:
    """At most one primary target per region and segment, counting the file
    and the database together; a file may move the mark from one target to
    another if it also clears it on the old one."""
    problems: dict[int, list[Problem]] = {}
    # keys the file marks as not primary
    cleared = {_key_of(spec, row.data) for row in rows if row.data.get("is_primary") != "true"}
    wanted: dict[tuple, int] = {}  # (region, segment) -> first row marking one primary
    for row in rows:
        if row.data.get("is_primary") != "true":
            continue
        key = _key_of(spec, row.data)
        pair = (row.data.get("region"), row.data.get("segment"))
        if "" in pair or None in pair:
            continue
        if pair in wanted:
            problems.setdefault(row.number, []).append(
                Problem(
                    row.number,
                    "target_utama",
                    gettext_noop(
                        "baris %(first)s sudah menandai target utama untuk wilayah dan segmen "
                        "ini; hanya satu yang boleh."
                    ),
                    {"first": wanted[pair]},
                )
            )
            continue
        wanted[pair] = row.number
        for other_key, other in existing.items():
            if (
                other.is_primary
                and (str(other.region_id), other.segment) == pair
                and other_key != key
                and other_key not in cleared
            ):
                problems.setdefault(row.number, []).append(
                    Problem(
                        row.number,
                        "target_utama",
                        gettext_noop(
                            "sudah ada target utama untuk wilayah dan segmen ini (%(other)s); "
                            "isi “tidak” pada salah satunya."
                        ),
                        {"other": str(other)},
                    )
                )
    return problems


# ---- writing ------------------------------------------------------------------------


def _bump_data_version() -> None:
    try:
        from .cache import bump_data_version
    except ImportError:  # pragma: no cover - the cache module is optional
        return
    bump_data_version()


def records_import(
    *,
    kind: str,
    table: Table,
    user=None,
    commit: bool = False,
    progress: Progress | None = None,
    reason: str = "",
    before_commit: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Check every row of ``table``; with ``commit``, write them all when
    none has a problem, in one transaction (checks included, so what is
    written is what was checked). ``user`` None means unrestricted (the
    command without --user); otherwise the user's edit scope applies and
    becomes ``entered_by`` of new records and the author of their history.
    ``before_commit(report)`` runs inside that transaction after the write
    (a job marks itself done there); if it raises, nothing is written."""
    spec = SPECS[kind]
    report = ImportReport(kind=kind, total=len(table.rows))
    try:
        with transaction.atomic():
            report = _check(spec, table, user, progress)
            if commit and report.ok:
                _write(report, user, progress, reason)
                if before_commit is not None:
                    before_commit(report)
    except IntegrityError as error:
        # Someone wrote a conflicting record between the check and the write.
        report.written = False
        report.problems.append(
            Problem(
                None,
                None,
                gettext_noop(
                    "Basis data menolak impor (%(reason)s); tidak ada yang disimpan. "
                    "Periksa dan unggah lagi."
                ),
                {"reason": str(error)[:200]},
            )
        )
    return report


#: rows per INSERT statement (and per history insert)
WRITE_BATCH = 1000
#: rows per UPDATE ... FROM (VALUES ...) statement
UPDATE_BATCH = 500
#: columns save() may change besides those the file sets
DERIVED_FIELDS = ("status", "source_kind", "quality_warning", "previous_percent",
                  "previous_covered", "previous_eligible", "revised_at", "updated_at")  # fmt: skip


def _update_from_values(model, objs, fields) -> None:
    """One ``UPDATE t SET c = v.c FROM (VALUES (...), ...) AS v WHERE
    t.id = v.id`` for a batch (PostgreSQL, and SQLite since 3.33): Django's
    ``bulk_update`` builds a CASE per column and row in Python, which made
    10 000 updated rows take minutes. VALUES columns are column1, column2...
    in both; PostgreSQL gets each value cast to its column's type."""
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    pk = model._meta.pk
    columns = [model._meta.get_field(name) for name in fields]
    typed = connection.vendor == "postgresql"

    def slot(field) -> str:
        if not typed:
            return "%s"
        return f"%s::{field.rel_db_type(connection) if field is pk else field.db_type(connection)}"

    row = "(" + ", ".join(slot(f) for f in (pk, *columns)) + ")"
    table = quote(model._meta.db_table)
    sets = ", ".join(
        f"{quote(f.column)} = v.column{i}" for i, f in enumerate(columns, start=2)
    )
    params: list = []
    for obj in objs:
        params.append(pk.get_db_prep_value(obj.pk, connection))
        params += [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in columns]
    sql = (
        f"UPDATE {table} SET {sets} FROM (VALUES {', '.join([row] * len(objs))}) AS v "
        f"WHERE {table}.{quote(pk.column)} = v.column1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _update_fields(spec: KindSpec, changes) -> tuple[str, ...]:
    """The columns an update of a row writes: those its changes name (the
    preview's list), and those save() derives."""
    by_header = {c.header: c.field for c in spec.kind.columns if c.field}
    names = {spec.model._meta.get_field(by_header[h]).name for h, _, _ in changes}
    concrete = {f.name for f in spec.model._meta.concrete_fields}
    names |= {name for name in DERIVED_FIELDS if name in concrete}
    return tuple(sorted(names))


def _prepare(obj, now) -> None:
    """What the model's save() does before writing, for a bulk write:
    the source rule, and for figures the quality warning and the revision
    note (a published value that changes keeps the value it replaces)."""
    obj.apply_source_rule()
    if isinstance(obj, CoverageFigure):
        obj.refresh_quality_warning()
        obj.note_revision()
    obj.updated_at = now


def _write(report: ImportReport, user, progress: Progress | None, reason: str) -> None:
    """Write every new or changed row with ``bulk_create``/``bulk_update``
    in batches, and their history rows in bulk (who and why on each). A
    target losing its primary mark is updated in a batch of its own first,
    so the one gaining it never meets it in the database."""
    from simple_history.utils import bulk_create_with_history

    spec = SPECS[report.kind]
    model = spec.model
    now = timezone.now()
    creates, updates, losing = [], [], []
    for outcome in report.rows:
        if outcome.action == SAME:
            continue
        obj = outcome.form.save(commit=False)
        if outcome.action == CREATE and user is not None:
            obj.entered_by = user
        _prepare(obj, now)
        if outcome.action == CREATE:
            creates.append(obj)
        elif outcome.was_primary and not getattr(obj, "is_primary", True):
            losing.append((obj, outcome.changes))
        else:
            updates.append((obj, outcome.changes))
    total = len(creates) + len(updates) + len(losing)
    history = {"default_user": user, "default_change_reason": reason[:100] or None}
    done = 0
    for group in (losing, updates):
        # An UPDATE names only the columns that change in its rows (and what
        # save() derives from them): bulk_update's CASE per column and row
        # costs time in proportion to both.
        by_fields: dict[tuple, list] = {}
        for obj, changed in group:
            by_fields.setdefault(_update_fields(spec, changed), []).append(obj)
        for fields, objs in by_fields.items():
            for start in range(0, len(objs), UPDATE_BATCH):
                batch = objs[start : start + UPDATE_BATCH]
                _update_from_values(model, batch, fields)
                model.history.bulk_history_create(batch, update=True, **history)
                done += len(batch)
                if progress:
                    progress("write", done, total)
    for start in range(0, len(creates), WRITE_BATCH):
        batch = creates[start : start + WRITE_BATCH]
        bulk_create_with_history(batch, model, batch_size=WRITE_BATCH, **history)
        done += len(batch)
        if progress:
            progress("write", done, total)
    report.written = True
    if total:
        regions = {obj.region_id for obj in creates}
        regions |= {obj.region_id for obj, _ in (*updates, *losing)}
        _mark_dirty(regions)
        transaction.on_commit(_bump_data_version)


def _mark_dirty(region_ids: set[int]) -> None:
    """Bulk writes send no signals: have the regions' summaries refreshed
    when the transaction commits (regions/summaries.py)."""
    try:
        from .summaries import mark_dirty
    except ImportError:  # pragma: no cover - summaries not installed
        return
    mark_dirty(region_ids)


# ---- the preview, kept by a job ------------------------------------------------------

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


# ---- export and templates -------------------------------------------------------------


def export_value(column: sheets.Column, obj):
    """A record's value for one column, typed (the writers format it)."""
    if column.type == sheets.REGION:
        return obj.region.code
    if column.type == sheets.REGION_NAME:
        return obj.region.name
    value = getattr(obj, column.field)
    if column.type == sheets.PRECISION:
        return sheets.PRECISION_OUT.get(value, value)
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
        return sheets.write_csv(header, rows)
    return sheets.write_xlsx(
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
        if column.type == sheets.CHOICE:
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
        return sheets.write_csv(header, [example])
    return sheets.write_xlsx(
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
