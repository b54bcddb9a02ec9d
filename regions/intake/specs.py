"""What the import knows about each kind of file beyond its columns: the
model, the admin form that checks a row, the file name, and how a row's
natural key reads (the key that makes a row update a record instead of
adding one)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django import forms
from django.db import models
from django.utils import translation

from ..forms import BudgetAllocationForm, CoverageFigureForm, CoverageTargetForm
from ..models import BudgetAllocation, CoverageFigure, CoverageTarget
from . import columns as cols

CREATE, UPDATE, SAME = "create", "update", "same"


@dataclass(frozen=True)
class KindSpec:
    kind: cols.Kind
    model: type[models.Model]
    form: type[forms.ModelForm]
    file_stem: str
    #: options the import gives the form: what the import checks for the
    #: whole file, the form need not ask the database row by row
    form_options: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.kind.name


SPECS: dict[str, KindSpec] = {
    cols.FIGURES: KindSpec(
        cols.FIGURE_KIND, CoverageFigure, CoverageFigureForm, "angka-cakupan",
        # the natural key's uniqueness: the records loaded for the file answer it
        form_options={"refuse_duplicate": False},
    ),
    cols.TARGETS: KindSpec(
        cols.TARGET_KIND, CoverageTarget, CoverageTargetForm, "target-cakupan"
    ),
    cols.BUDGETS: KindSpec(
        cols.BUDGET_KIND, BudgetAllocation, BudgetAllocationForm, "anggaran-perlindungan"
    ),
}  # fmt: skip
KIND_OF_MODEL = {spec.model: name for name, spec in SPECS.items()}


def choice_maps(spec: KindSpec) -> dict[str, dict[str, str]]:
    """Per choice field: every word a cell may say (values, labels in both
    languages, synonyms) -> the stored value."""
    maps = {}
    for column in spec.kind.columns:
        if column.type != cols.CHOICE:
            continue
        choices = spec.model._meta.get_field(column.field).choices or []
        labelled = []
        for language in ("id", "en"):
            with translation.override(language):
                labelled += [(value, str(label)) for value, label in choices]
        maps[column.field] = cols.choice_map(labelled, cols.SYNONYMS.get(column.field, {}))
    return maps


def _typed(model_field, raw):
    if isinstance(model_field, models.ForeignKey):
        return int(raw)
    if isinstance(model_field, models.DateField):
        return dt.date.fromisoformat(raw)
    if isinstance(model_field, models.IntegerField):
        return int(str(raw).strip())
    return str(raw).strip()


def key_of(spec: KindSpec, data: dict[str, str]) -> tuple | None:
    """The natural key of a row's form data, typed as the model holds it;
    None when part of it is missing or malformed (the form reports why)."""
    parts = []
    for name in spec.kind.natural_key:
        raw = data.get(name, "")
        if raw in ("", None):
            return None
        try:
            parts.append(_typed(spec.model._meta.get_field(name), raw))
        except ValueError:
            return None
    return tuple(parts)


def key_of_instance(spec: KindSpec, obj) -> tuple:
    return tuple(
        getattr(obj, f"{name}_id" if name == "region" else name) for name in spec.kind.natural_key
    )
