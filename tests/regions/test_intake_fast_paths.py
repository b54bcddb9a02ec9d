"""The import's shortcuts (issue 16) give what the long way gives: a field's
answer remembered for a file, a constraint's verdict remembered for the
values it reads, the model's field checks, and history rows copied by the
database."""

import datetime as dt
from decimal import Decimal

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import F, Q

from regions.intake import store
from regions.intake.check import FieldMemo, _memo_key, model_field_errors
from regions.intake.constraints import ConstraintCheck, condition_fields, proven_by_the_file
from regions.intake.specs import SPECS
from regions.models import CoverageFigure, Region
from tests import factories


def unsaved(**values) -> CoverageFigure:
    """A figure of a region that is not in the database (no query needed)."""
    return factories.figure(Region(pk=1, code="73"), save=False, **values)


# ---- a field's answer, remembered ----------------------------------------------------


class CountingField(forms.IntegerField):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.calls = 0

    def clean(self, value):
        self.calls += 1
        return super().clean(value)


def test_memo_key_tells_apart_decimals_written_differently_and_types():
    assert _memo_key("p", Decimal("1.0")) != _memo_key("p", Decimal("1"))
    assert _memo_key("p", True) != _memo_key("p", 1)
    assert _memo_key("p", "1") == _memo_key("p", "1")
    assert _memo_key("p", ["unhashable"]) is None


def test_field_memo_cleans_a_value_once_when_it_repeats():
    memo, field = FieldMemo(), CountingField()
    assert [memo.form_clean("n", field, "7") for _ in range(3)] == [7, 7, 7]
    assert field.calls == 1


def test_field_memo_checks_a_failing_value_again_when_it_repeats():
    memo, field = FieldMemo(), CountingField(min_value=0)
    for _ in range(2):
        with pytest.raises(ValidationError):
            memo.form_clean("n", field, "-1")
    assert field.calls == 2


def test_field_memo_keeps_no_cleaned_value_that_could_be_changed_in_place():
    class ListField(forms.CharField):
        def clean(self, value):
            return value.split(",")

    memo, field = FieldMemo(), ListField()
    first = memo.form_clean("daftar", field, "a,b")
    first.append("c")
    assert memo.form_clean("daftar", field, "a,b") == ["a", "b"]


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"percent": Decimal("12.345")},
        {"percent": Decimal("-1")},
        {"publisher": "x" * 201},
        {"segment": "bukan-segmen"},
        {"source_url": "bukan url"},
    ],
)
def test_model_field_errors_agree_with_djangos_clean_fields_when_values_repeat(values):
    memo = FieldMemo()
    exclude = {"region", "entered_by"}
    for _ in range(2):  # the second round answers from the memo
        ours, django = unsaved(**values), unsaved(**values)
        found = model_field_errors(ours, exclude, memo)
        try:
            django.clean_fields(exclude=exclude)
            expected = {}
        except ValidationError as error:
            expected = error.error_dict
        assert {k: [e.messages for e in v] for k, v in found.items()} == {
            k: [e.messages for e in v] for k, v in expected.items()
        }
        assert [getattr(ours, f.attname) for f in CoverageFigure._meta.concrete_fields] == [
            getattr(django, f.attname) for f in CoverageFigure._meta.concrete_fields
        ]


# ---- a constraint's verdict, remembered ----------------------------------------------


def checker() -> ConstraintCheck:
    """The figures' check constraints, as an import checks them (the natural
    key is the file's to prove: no query)."""
    key = SPECS["figures"].kind.natural_key
    return ConstraintCheck(CoverageFigure, proven_by_the_file(CoverageFigure, key))


def test_condition_fields_names_every_field_a_condition_reads():
    condition = Q(a__gte=0) | Q(b__isnull=True) & ~Q(c=F("d"))
    assert condition_fields(condition) == {"a", "b", "c", "d"}


def test_condition_fields_is_none_when_the_condition_is_not_understood():
    assert condition_fields(Q(("a", 1, 2))) is None


@pytest.mark.parametrize("percent", [Decimal("50"), Decimal("-3"), Decimal("10000")])
def test_constraint_verdict_stays_the_same_when_answered_from_the_memo(percent):
    check, fresh = checker(), checker()
    for _ in range(3):
        record = unsaved(percent=str(percent))
        assert str(check.errors(record, set())) == str(fresh.errors(record, set()))
        fresh.verdicts.clear()
    assert check.verdicts


def test_constraint_memo_keeps_an_excluded_field_apart_from_its_value():
    check = checker()
    record = unsaved(percent="-3")
    assert check.errors(record, {"percent"}) == {}
    assert check.errors(record, set())


# ---- history copied by the database --------------------------------------------------


def test_history_columns_pair_every_copied_column_with_the_records():
    pairs = store.history_columns(CoverageFigure)
    assert {h.name for h, _ in pairs} == {s.name for _, s in pairs}
    assert {"percent", "region", "status", "id"} <= {s.name for _, s in pairs}


@pytest.mark.django_db
def test_inserted_records_get_keys_and_one_history_row_each_with_who_and_why(seeded):
    author = factories.user("pengimpor")
    made = [
        factories.figure("73.01", "40", as_of=dt.date(2020, m, 28), save=False) for m in (1, 2, 3)
    ]
    store.insert_with_history(CoverageFigure, made, user=author, reason="uji")
    assert all(obj.pk and not obj._state.adding for obj in made)
    rows = CoverageFigure.history.filter(id__in=[obj.pk for obj in made])
    assert sorted(r.id for r in rows) == sorted(obj.pk for obj in made)
    for row in rows:
        saved = CoverageFigure.objects.get(pk=row.id)
        assert (row.history_type, row.history_user_id, row.history_change_reason) == (
            "+", author.pk, "uji",
        )  # fmt: skip
        assert [getattr(row, s.attname) for _, s in store.history_columns(CoverageFigure)] == [
            getattr(saved, s.attname) for _, s in store.history_columns(CoverageFigure)
        ]
        assert saved.created_at is not None


@pytest.mark.django_db
def test_changed_records_get_a_change_row_copied_from_what_was_written(seeded):
    record = factories.figure("73.01", "40")
    record.percent = Decimal("41.50")
    store.update_from_values(CoverageFigure, [record], ("percent",))
    store.write_history(CoverageFigure, [record], history_type="~", user=None, reason=None)
    last = CoverageFigure.history.filter(id=record.pk).order_by("-history_id").first()
    assert (last.history_type, last.percent, last.history_user_id) == ("~", Decimal("41.50"), None)
