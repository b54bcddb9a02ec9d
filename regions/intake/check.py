"""Checking a file, row by row, in batches: every row validated by the
admin's own ModelForm (``regions/forms.py``), so an import and the admin
apply the same rules with the same messages, which come back as
"Baris 7, kolom persen: ...".

The steps, each its own function: the header (the right kind of file, the
known columns), then per batch of rows: normalise the cells, resolve the
region, load the batch's existing records (one query), and per row: the
natural key seen twice, a record the importer may not change, the form.
After the last batch: one primary target per region and segment, and the
figures far outside their series' history (warnings, never refusals).

The form is told what the file answers for it, through explicit options
(``KindSpec.form_options``, ``ImportRowForm``): the natural key's
uniqueness is checked here for the whole file, the region comes from the
file's index, and the constraints are evaluated in Python
(``constraints.py``) instead of one query per constraint and row. What a
field, or a check constraint, makes of values it has already seen in the
file is remembered for the file (``FieldMemo``, ``ConstraintCheck``): a
file repeats most of its values, and each answer is the same every time.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import AutoField, FileField
from django.db.models.expressions import DatabaseDefault
from django.forms.models import construct_instance
from django.utils.html import strip_tags
from django.utils.translation import gettext

from ..models import CoverageFigure, CoverageTarget
from ..quality_selectors import add_history_warnings
from ..scoping import EDIT, region_ids_in_scope
from . import columns as cols
from .columns import Problem, gettext_noop
from .constraints import ConstraintCheck, proven_by_the_file
from .normalise import HeaderMap, RowData, map_header, normalise_row
from .places import IndexedRegionField, RegionIndex, resolve_region
from .report import UNSOURCED_ROW, Checked, ImportReport, RowOutcome, display, field_value
from .specs import CREATE, SAME, UPDATE, KindSpec, choice_maps, key_of, key_of_instance

Progress = Callable[[str, int, int], None]

#: rows normalised and validated together (one query for their existing records)
CHECK_BATCH = 1000


# ---- the form of one row --------------------------------------------------------------


class IsoDateField(forms.DateField):
    """A date field for form data the import wrote itself: the normaliser
    gives every date as ISO (``2025-07-10``), read directly instead of
    trying each of the language's input formats in turn (most of a check's
    time). Anything else goes the usual way, with the usual message."""

    def to_python(self, value):
        if isinstance(value, str) and len(value) == 10:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        return super().to_python(value)


def _iso_dates(fields: dict) -> None:
    for name, old in list(fields.items()):
        if type(old) is forms.DateField:
            new = IsoDateField(required=old.required, label=old.label)
            new.validators, new.error_messages = old.validators, old.error_messages
            fields[name] = new


class _SharedFields(dict):
    """Form fields every row's form uses as they are: a form deep-copies
    its fields when it is made (20 fields, a third of the check's time);
    these forms set nothing on their fields, so one set serves the file."""

    def __deepcopy__(self, memo):
        return self


def _memo_key(name: str, value) -> tuple | None:
    """A value's key in a file's memo: equal keys mean the same value
    written the same way (Decimal("1.0") and Decimal("1") differ); None
    when the value cannot be a key."""
    if isinstance(value, Decimal):
        return (name, Decimal, str(value))
    try:
        hash(value)
    except TypeError:
        return None
    return (name, type(value), value)


#: cleaned values a memo may hand to several rows: none can be changed in place
IMMUTABLE = (str, int, float, Decimal, dt.date, dt.time, type(None))


class FieldMemo:
    """What a field makes of a value, remembered for one file: form and
    model fields are pure functions of the value (their parsing and their
    validators), and a file repeats most of its values row after row (the
    publisher, the segment, the source). Only values that pass, cleaned to
    something immutable, are kept; a value that fails is checked again, so
    each row gets its own error."""

    def __init__(self):
        self.form_values: dict = {}
        self.model_values: dict = {}

    @staticmethod
    def _cleaned(memo: dict, key: tuple | None, clean: Callable):
        if key is None:
            return clean()
        try:
            return memo[key]
        except KeyError:
            cleaned = clean()
            if isinstance(cleaned, IMMUTABLE):
                memo[key] = cleaned
            return cleaned

    def form_clean(self, name: str, form_field, value):
        return self._cleaned(
            self.form_values, _memo_key(name, value), lambda: form_field.clean(value)
        )

    def model_clean(self, model_field, value, instance):
        if model_field.is_relation:  # a relation's check may ask the database
            return model_field.clean(value, instance)
        return self._cleaned(
            self.model_values,
            _memo_key(model_field.name, value),
            lambda: model_field.clean(value, instance),
        )


def model_field_errors(instance, exclude: set, memo: FieldMemo) -> dict:
    """Django's ``Model.clean_fields`` (every field not excluded, its value
    made canonical and validated; an empty value of a blank field skipped),
    each field's answer for a value taken from ``memo``."""
    errors = {}
    for f in instance._meta.fields:
        if f.name in exclude or f.generated:
            continue
        raw_value = getattr(instance, f.attname)
        if f.blank and raw_value in f.empty_values:
            continue
        if isinstance(raw_value, DatabaseDefault):
            continue
        try:
            setattr(instance, f.attname, memo.model_clean(f, raw_value, instance))
        except ValidationError as error:
            errors[f.name] = error.error_list
    return errors


class ImportRowForm:
    """Mixed into a kind's admin form for an import (``row_form_class``).
    Its checks are Django's, field by field, then the form's ``clean``, then
    the model's (``Model.full_clean``), with three answers known for the
    whole file instead of worked out again each row: the region exists (it
    came from the file's RegionIndex), the constraints go through
    ``constraint_check`` (evaluated in Python, the natural key and the
    primary target checked for the whole file), and what a field makes of a
    value it has seen before in the file (``field_memo``). The form's fields
    are read without a BoundField each (``lean_fields``: no prefix, no
    disabled, file or ``clean_<field>`` fields, which ``row_form_class``
    checks)."""

    constraint_check: ConstraintCheck
    field_memo: FieldMemo
    lean_fields: bool = False
    #: the model fields ``construct_instance`` sets (``lean_fields`` only)
    model_fields: tuple = ()

    def _clean_fields(self):
        if not self.lean_fields:
            super()._clean_fields()
            return
        memo, data, files = self.field_memo, self.data, self.files
        for name, form_field in self.fields.items():
            value = form_field.widget.value_from_datadict(data, files, name)
            try:
                self.cleaned_data[name] = memo.form_clean(name, form_field, value)
            except ValidationError as error:
                self.add_error(name, error)

    def _post_clean(self):
        exclude = self._get_validation_exclusions()
        try:
            self._construct_instance()
        except ValidationError as error:
            self._update_errors(error)
        errors = self._model_errors(exclude)
        if errors:
            self._update_errors(ValidationError(errors))
        if self._validate_unique:
            if errors:  # fields that just failed are left out, as Django does
                exclude = self._get_validation_exclusions()
            try:
                self.instance.validate_unique(exclude=exclude)
            except ValidationError as error:
                self._update_errors(error)

    def _construct_instance(self) -> None:
        """Django's ``construct_instance`` (the cleaned values onto the
        record; a field with a default keeps the record's value when the
        row leaves it out and it cleans to empty), the form's field read
        without a BoundField when ``lean_fields``."""
        if not self.lean_fields:
            self.instance = construct_instance(
                self, self.instance, self._meta.fields, self._meta.exclude
            )
            return
        cleaned, instance = self.cleaned_data, self.instance
        for f in self.model_fields:
            if f.name not in cleaned:
                continue
            form_field = self.fields[f.name]
            if (
                f.has_default()
                and form_field.widget.value_omitted_from_data(self.data, self.files, f.name)
                and cleaned.get(f.name) in form_field.empty_values
            ):
                continue
            f.save_form_data(instance, cleaned[f.name])

    def _model_errors(self, exclude: set) -> dict:
        instance = self.instance
        errors = model_field_errors(instance, {*exclude, "region"}, self.field_memo)
        try:
            instance.clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        failed = {name for name in errors if name != NON_FIELD_ERRORS}
        for name, found in self.constraint_check.errors(instance, {*exclude, *failed}).items():
            errors.setdefault(name, []).extend(found)
        return errors


def _lean_fields(form: type, fields: dict) -> bool:
    """True when the form's fields can be read without a BoundField each:
    none disabled or a file, no ``clean_<field>`` method, no file field in
    the model (``construct_instance`` sets those last)."""
    return not any(
        form_field.disabled
        or isinstance(form_field, forms.FileField)
        or hasattr(form, f"clean_{name}")
        for name, form_field in fields.items()
    ) and not any(isinstance(f, FileField) for f in form._meta.model._meta.fields)


def _constructed_fields(form: type, fields: dict) -> tuple:
    """The model fields ``construct_instance`` may set from the form: editable,
    not the automatic key, named by the form's Meta and its fields."""
    meta = form._meta
    return tuple(
        f
        for f in meta.model._meta.fields
        if f.editable
        and not isinstance(f, AutoField)
        and f.name in fields
        and (meta.fields is None or f.name in meta.fields)
        and not (meta.exclude and f.name in meta.exclude)
    )


def row_form_class(spec: KindSpec, index: RegionIndex) -> type:
    """The kind's admin form as an import uses it for one file: shared
    fields, the region field answered from ``index``, the constraint check."""
    base_region = spec.form.base_fields["region"]
    fields = _SharedFields(copy.deepcopy(spec.form.base_fields))
    _iso_dates(fields)
    fields["region"] = IndexedRegionField(
        index, label=base_region.label, required=base_region.required
    )
    check = ConstraintCheck(spec.model, proven_by_the_file(spec.model, spec.kind.natural_key))
    form = type(
        spec.form.__name__,
        (ImportRowForm, spec.form),
        {
            "constraint_check": check,
            "field_memo": FieldMemo(),
            "lean_fields": _lean_fields(spec.form, fields),
            "model_fields": _constructed_fields(spec.form, fields),
        },
    )
    form.base_fields = fields  # after the metaclass, which sets its own
    return form


def _form_messages(error) -> list[str]:
    return [html.unescape(strip_tags(str(m))) for m in error.messages]


def form_problems(form, row: RowData, kind: cols.Kind) -> list[Problem]:
    """The form's errors as problems naming the row and column, less those
    about a cell that already has its own problem."""
    problems = []
    for name, errors in form.errors.as_data().items():
        if name in row.bad_fields:
            continue
        column = kind.column_for_field(name) if name != NON_FIELD_ERRORS else None
        for error in errors:
            for message in _form_messages(error):
                problems.append(Problem(row.number, column.header if column else None, message))
    return problems


# ---- one file -----------------------------------------------------------------------


@dataclass
class PrimaryMark:
    """What the primary-target check needs of a target row."""

    number: int
    key: tuple | None
    pair: tuple
    primary: bool
    cells: dict


@dataclass
class FileCheck:
    """What checking one file needs, made once, and what it learns as the
    batches go by (the records loaded, the keys seen)."""

    spec: KindSpec
    header: HeaderMap
    index: RegionIndex
    scope: set | None
    may_change: bool
    choices: dict
    form_class: type
    existing: dict = field(default_factory=dict)
    loaded_regions: set = field(default_factory=set)
    first_seen: dict = field(default_factory=dict)
    marks: list[PrimaryMark] = field(default_factory=list)

    @classmethod
    def start(cls, spec: KindSpec, header: HeaderMap, user) -> FileCheck:
        index = RegionIndex()
        model_name = spec.model._meta.model_name
        return cls(
            spec=spec, header=header, index=index,
            scope=None if user is None else region_ids_in_scope(user, EDIT),
            may_change=user is None or user.has_perm(f"regions.change_{model_name}"),
            choices=choice_maps(spec), form_class=row_form_class(spec, index),
        )  # fmt: skip

    # -- per batch

    def normalised(self, number: int, cells: list[str]) -> RowData:
        row = normalise_row(number, cells, self.spec.kind, self.header, self.choices)
        resolve_region(row, self.index, self.scope, self.header)
        return row

    def load_existing(self, rows: list[RowData]) -> None:
        """The records of the batch's regions not loaded yet (one query)."""
        ids = {int(r.data["region"]) for r in rows if r.data.get("region")}
        ids -= self.loaded_regions
        if not ids:
            return
        for obj in self.spec.model.objects.filter(region_id__in=ids):
            self.existing[key_of_instance(self.spec, obj)] = obj
        self.loaded_regions |= ids

    # -- per row

    def _duplicate(self, row: RowData, key: tuple | None) -> list[Problem]:
        if key is None:
            return []
        if key not in self.first_seen:
            self.first_seen[key] = row.number
            return []
        return [
            Problem(
                row.number, None,
                gettext_noop(
                    "sama dengan baris %(first)s (%(key)s sama); satu data cukup satu baris."
                ),
                {"first": self.first_seen[key], "key": ", ".join(self.spec.kind.key_headers())},
            )
        ]  # fmt: skip

    def _not_allowed(self, row: RowData, instance) -> list[Problem]:
        if instance is None or self.may_change:
            return []
        return [
            Problem(
                row.number, None,
                gettext_noop("data ini sudah ada dan Anda tidak berhak mengubahnya."),
            )
        ]  # fmt: skip

    def _mark(self, row: RowData, key: tuple | None) -> None:
        if self.spec.model is CoverageTarget:
            pair = (row.data.get("region"), row.data.get("segment"))
            primary = row.data.get("is_primary") == "true"
            self.marks.append(PrimaryMark(row.number, key, pair, primary, row.cells))

    def check_row(self, row: RowData, report: ImportReport) -> None:
        key = key_of(self.spec, row.data)
        instance = self.existing.get(key) if key else None
        self._mark(row, key)
        problems = [*row.problems, *self._duplicate(row, key), *self._not_allowed(row, instance)]
        old = copy.copy(instance) if instance is not None else None
        was_primary = bool(instance is not None and getattr(instance, "is_primary", False))
        form = self.form_class(
            data=row.data, instance=instance or self.spec.model(), **self.spec.form_options
        )
        form.is_valid()
        problems += form_problems(form, row, self.spec.kind)
        if problems:
            report.problems += problems
            report.raw_rows[row.number] = row.cells
            return
        report.rows.append(self.outcome(row.number, form, old, was_primary))

    def outcome(self, number: int, form, old, was_primary: bool) -> RowOutcome:
        """A good row: new, changed (with what changes) or the same."""
        kind, obj = self.spec.kind, form.instance
        changes = []
        if old is not None:
            changes = [
                (c.header, display(c, old, self.index), display(c, obj, self.index))
                for c in kind.columns
                if c.field and field_value(old, c.field) != field_value(obj, c.field)
            ]
        action = CREATE if old is None else (UPDATE if changes else SAME)
        warning = ""
        if hasattr(obj, "refresh_quality_warning"):
            obj.refresh_quality_warning()
            warning = obj.quality_warning
        if form.saved_unverified:
            warning = " ".join(filter(None, [warning, gettext(UNSOURCED_ROW)]))
        checked = None if action == SAME else Checked(obj, form.saved_unverified)
        return RowOutcome(number, action, changes, checked, was_primary, kind.columns, warning)


# ---- one primary target per region and segment ------------------------------------------


def _primary_taken(mark: PrimaryMark, first: int) -> Problem:
    return Problem(
        mark.number, "target_utama",
        gettext_noop(
            "baris %(first)s sudah menandai target utama untuk wilayah dan segmen ini; "
            "hanya satu yang boleh."
        ),
        {"first": first},
    )  # fmt: skip


def _primary_in_database(mark: PrimaryMark, existing: dict, cleared: set) -> Iterator[Problem]:
    for other_key, other in existing.items():
        if (
            other.is_primary
            and (str(other.region_id), other.segment) == mark.pair
            and other_key != mark.key
            and other_key not in cleared
        ):
            yield Problem(
                mark.number, "target_utama",
                gettext_noop(
                    "sudah ada target utama untuk wilayah dan segmen ini (%(other)s); "
                    "isi “tidak” pada salah satunya."
                ),
                {"other": str(other)},
            )  # fmt: skip


def primary_problems(marks: list[PrimaryMark], existing: dict) -> dict[int, list[Problem]]:
    """At most one primary target per region and segment, counting the file
    and the database together; a file may move the mark from one target to
    another if it also clears it on the old one."""
    problems: dict[int, list[Problem]] = {}
    cleared = {m.key for m in marks if not m.primary}
    wanted: dict[tuple, int] = {}  # (region, segment) -> first row marking one primary
    for mark in marks:
        if not mark.primary or "" in mark.pair or None in mark.pair:
            continue
        if mark.pair in wanted:
            problems.setdefault(mark.number, []).append(_primary_taken(mark, wanted[mark.pair]))
            continue
        wanted[mark.pair] = mark.number
        found = list(_primary_in_database(mark, existing, cleared))
        if found:
            problems.setdefault(mark.number, []).extend(found)
    return problems


def _apply_primary_problems(check: FileCheck, report: ImportReport) -> None:
    problems = primary_problems(check.marks, check.existing)
    if not problems:
        return
    cells = {m.number: m.cells for m in check.marks}
    for number, found in problems.items():
        report.problems += found
        report.raw_rows[number] = cells[number]
    report.rows = [r for r in report.rows if r.number not in problems]


# ---- the file -------------------------------------------------------------------------


def header_problems(spec: KindSpec, header: list[str], header_row: int) -> tuple:
    """(HeaderMap or None, problems): the file is of another kind, or its
    header has unknown, repeated or missing columns."""
    detected = cols.detect_kind(header)
    if detected and detected != spec.name:
        found = Problem(
            None, None,
            gettext_noop("Berkas ini berisi %(found)s, bukan %(kind)s (lihat baris judulnya)."),
            {"found": gettext(cols.KINDS[detected].title), "kind": gettext(spec.kind.title)},
        )  # fmt: skip
        return None, [found]
    mapped = map_header(header, spec.kind, header_row)
    return (None if mapped.problems else mapped), mapped.problems


def batches(rows: Iterable, size: int = CHECK_BATCH) -> Iterator[list]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _sort_problems(report: ImportReport, kind: cols.Kind) -> None:
    order = {header: i for i, header in enumerate(kind.headers)}
    report.problems.sort(
        key=lambda p: (
            -1 if p.row is None else p.row,
            -1 if p.column is None else order.get(p.column, len(order)),
        )
    )


def check_file(spec: KindSpec, table, user, progress: Progress | None) -> ImportReport:
    """Every row of ``table`` (a Table, or a Sheet streamed from its file)
    checked; the report lists the good rows' outcomes and every problem."""
    report = ImportReport(kind=spec.name, total=table.total)
    header, report.problems = header_problems(spec, table.header, table.header_row)
    if header is None:
        return report
    report.headers = [c.header for c in spec.kind.columns if c.header in header.present]
    check = FileCheck.start(spec, header, user)
    done = 0
    for batch in batches(table.rows):
        rows = [check.normalised(number, cells) for number, cells in batch]
        check.load_existing(rows)
        for row in rows:
            check.check_row(row, report)
            done += 1
            if progress:
                progress("check", done, max(done, report.total))
    if progress and done != max(done, report.total):
        progress("check", done, done)  # the estimate counted blank lines
    report.total = done
    _apply_primary_problems(check, report)
    if spec.model is CoverageFigure:
        add_history_warnings(report.rows)
    _sort_problems(report, spec.kind)
    return report
