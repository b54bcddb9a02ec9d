"""The model's constraints, checked in Python for a whole file.

Django validates a model's constraints with one query per constraint and
row (nine queries a figure), which makes a file of 10 000 rows take
minutes. The same rules are checked here without the database: check
constraints by evaluating their conditions in Python (SQL's three-valued
logic: a check fails only when its condition is false), and the uniqueness
of the natural key, and of the primary target, from the records loaded once
for the file (``check.py``). Anything the evaluator does not understand
goes to Django's own check. The database still holds every constraint:
a bulk write that breaks one fails and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import operator
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import CheckConstraint, F, Q, UniqueConstraint

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


def _combine(node: Q, results: list) -> bool | None:
    if node.connector == Q.AND:
        value = False if False in results else (None if None in results else True)
    elif node.connector == Q.OR:
        value = True if True in results else (None if None in results else False)
    else:
        raise _Unsupported
    return value if value is None or not node.negated else not value


def _compare(lookup_path: str, expected, instance, exclude: set) -> bool | None:
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


def condition_value(node, instance, exclude: set) -> bool | None:
    """True, False, or None (unknown, as SQL NULL) for a Q condition."""
    if isinstance(node, Q):
        return _combine(node, [condition_value(c, instance, exclude) for c in node.children])
    if not isinstance(node, tuple) or len(node) != 2:
        raise _Unsupported
    return _compare(node[0], node[1], instance, exclude)


def proven_by_the_file(model, natural_key: tuple[str, ...]) -> set[str]:
    """Unique constraints the import checks for the whole file: the natural
    key (from the records loaded for the file) and one primary target per
    region and segment (``check.primary_problems``)."""
    names = set()
    for constraint in model._meta.constraints:
        if not isinstance(constraint, UniqueConstraint):
            continue
        whole_key = constraint.condition is None and set(constraint.fields) == set(natural_key)
        if whole_key or constraint.name.endswith("_one_primary"):
            names.add(constraint.name)
    return names


def condition_fields(node) -> set[str] | None:
    """The fields a Q condition reads (None when the evaluator would not
    understand it).

    >>> sorted(condition_fields(Q(a__gte=0) | Q(b__isnull=True) & ~Q(c=F("d"))))
    ['a', 'b', 'c', 'd']
    """
    if isinstance(node, Q):
        names: set[str] = set()
        for child in node.children:
            found = condition_fields(child)
            if found is None:
                return None
            names |= found
        return names
    if not isinstance(node, tuple) or len(node) != 2:
        return None
    names = {node[0].partition("__")[0]}
    if isinstance(node[1], F):
        names.add(node[1].name)
    return names


def _value_key(value):
    # Decimal("1.0") and Decimal("1") are equal; a condition sees them alike
    return (type(value), value)


_PASSES, _FAILS = "passes", "fails"


class ConstraintCheck:
    """A model's constraints less those the file proves, for one row's record.
    A check constraint's verdict is remembered for the values it reads (a
    file repeats them row after row), so it is worked out once per file for
    each combination."""

    def __init__(self, model, proven: set[str]):
        self.model = model
        self.constraints = [c for c in model._meta.constraints if c.name not in proven]
        self.reads: dict[str, tuple | None] = {}
        for constraint in self.constraints:
            names = None
            if isinstance(constraint, CheckConstraint):
                names = condition_fields(constraint.condition)
            self.reads[constraint.name] = self._attnames(names)
        self.verdicts: dict = {}

    def _attnames(self, names: set[str] | None) -> tuple | None:
        if names is None:
            return None
        try:
            return tuple((name, self.model._meta.get_field(name).attname) for name in sorted(names))
        except FieldDoesNotExist:
            return None

    def _memo_key(self, constraint, instance, exclude: set):
        reads = self.reads[constraint.name]
        if reads is None:
            return None
        key = [constraint.name]
        for name, attname in reads:
            key.append(None if name in exclude else _value_key(getattr(instance, attname)))
        key = tuple(key)
        try:
            hash(key)
        except TypeError:
            return None
        return key

    def _check_one(self, constraint, instance, exclude: set) -> None:
        if not isinstance(constraint, CheckConstraint):
            constraint.validate(self.model, instance, exclude=exclude)
            return
        key = self._memo_key(constraint, instance, exclude)
        verdict = self.verdicts.get(key) if key is not None else None
        if verdict is None:
            try:
                passes = condition_value(constraint.condition, instance, exclude)
            except _Skip:
                passes = True
            except _Unsupported:
                constraint.validate(self.model, instance, exclude=exclude)
                return
            verdict = _FAILS if passes is False else _PASSES
            if key is not None:
                self.verdicts[key] = verdict
        if verdict == _FAILS:
            raise ValidationError(
                constraint.get_violation_error_message(), code=constraint.violation_error_code
            )

    def errors(self, instance, exclude: set) -> dict:
        """{field or NON_FIELD_ERRORS: [errors]}, as ``validate_constraints`` raises them."""
        errors: dict = {}
        for constraint in self.constraints:
            try:
                self._check_one(constraint, instance, exclude)
            except ValidationError as error:
                errors = error.update_error_dict(errors)
        return errors
