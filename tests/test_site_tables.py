"""coverage_site.tables.ListData sorts rows exactly as django-tables2's own
list data does, reading each row's sort values once."""

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import django_tables2 as tables
import pytest
from django_tables2.data import TableListData

from coverage_site.tables import ListData


@dataclass
class Place:
    name: str


@dataclass
class Row:
    place: Place
    percent: Decimal | None
    as_of: date | None
    note: object


class Table(tables.Table):
    name = tables.Column(accessor="place__name")
    percent = tables.Column(accessor="percent")
    as_of = tables.Column(accessor="as_of")
    note = tables.Column(accessor="note")


def rows(seed: int) -> list[Row]:
    draw = random.Random(seed)
    values = [None, Decimal("0"), Decimal("47.38"), Decimal("47.38"), Decimal("101.2")]
    notes = [None, "", "a", 3, "b", 0]  # strings and numbers cannot be compared
    return [
        Row(
            Place(draw.choice(["Gowa", "Bone", "Maros", "gowa"])),
            draw.choice(values),
            draw.choice([None, date(2025, 12, 31), date(2026, 6, 30)]),
            draw.choice(notes),
        )
        for _ in range(60)
    ]


@pytest.mark.parametrize(
    "order",
    [
        ("name",),
        ("-percent",),
        ("percent", "-name"),
        ("-as_of", "name"),
        ("note",),
        ("-note", "percent"),
    ],
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_list_data_orders_rows_as_django_tables2_does(order, seed):
    data = rows(seed)
    theirs = Table(TableListData(list(data)), order_by=order)
    ours = Table(ListData(list(data)), order_by=order)
    assert [id(r) for r in ours.data] == [id(r) for r in theirs.data]


def test_the_region_list_is_sorted_through_it(client, seeded):
    """The list's ?sort= goes through ListData: highest coverage first."""
    page = client.get("/wilayah/?level=province&sort=-percent")
    table = page.context["table"]
    assert isinstance(table.data, ListData)
    shown = [row.percent for row in table.data if row.percent is not None]
    assert shown == sorted(shown, reverse=True)
    assert len(shown) > 3
