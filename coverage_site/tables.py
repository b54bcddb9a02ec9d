"""The base of every data table (django-tables2) and how a page's table is
configured from the request. Tables take the rows their page already built:
rendering one adds no query."""

from functools import cmp_to_key
from itertools import pairwise

import django_tables2 as tables
from django.template import Context
from django.template.loader import get_template
from django.utils.translation import get_language
from django_tables2 import RequestConfig
from django_tables2.data import TableListData
from django_tables2.utils import Accessor, OrderBy

NUM = {"td": {"class": "num"}, "th": {"class": "num"}}


def _compare(a, b) -> int:
    """-1, 0 or 1 as django-tables2 orders two cell values: equal values
    tie (the next sort column decides), values that cannot be compared
    order by truth, then by type (as django-tables2 does, "not less" is 1)."""
    if a == b:
        return 0
    try:
        return -1 if a < b else 1
    except TypeError:
        if bool(a) is not bool(b):
            return -1 if bool(a) < bool(b) else 1
        ta, tb = (repr(type(a)), id(type(a))), (repr(type(b)), id(type(b)))
        return -1 if ta < tb else 1


class RowSet:
    """All the rows of a list in its base order, shared read-only by the
    addresses that show some of them (cached once per version). ListData
    sorts a part of them (``part``) by the places of its rows in the whole
    sorted once per order and process: a stable sort of a part, in the
    whole's order, is the part of the sorted whole, so a list of 552 rows
    is sorted once per order instead of once per address. That holds when
    the comparison orders every column's values consistently (values of
    one type, and None, which sorts first), as for the region list; a
    column mixing numbers and text could order three values in a circle."""

    def __init__(self, rows):
        self.rows = list(rows)
        self._reset()

    def _reset(self) -> None:
        self.place = {id(row): n for n, row in enumerate(self.rows)}
        self.orders: dict[tuple, dict[int, int]] = {}

    def __getstate__(self):
        return {"rows": self.rows}  # places and orders are of this process's objects

    def __setstate__(self, state):
        self.rows = state["rows"]
        self._reset()

    def part(self, rows: list) -> list:
        """``rows`` (some of the whole's, in any order) as data for ListData:
        sorted through the whole when they are in its order, else as any
        list."""
        places = [self.place.get(id(row)) for row in rows]
        if None in places or any(a >= b for a, b in pairwise(places)):
            return list(rows)
        return Part(rows, self)

    #: the most orders kept (``?sort=`` can name many column combinations)
    ORDERS_KEPT = 32

    def rank(self, order: tuple, sort) -> dict[int, int] | None:
        """Each row's place (by id) in the whole sorted by ``sort``, done
        once per ``order`` (its key); None when ORDERS_KEPT other orders
        are kept already."""
        found = self.orders.get(order)
        if found is None and len(self.orders) < self.ORDERS_KEPT:
            found = {id(row): n for n, row in enumerate(sort(self.rows))}
            self.orders[order] = found
        return found


class Part(list):
    """Rows of a RowSet, in its order."""

    def __init__(self, rows, whole: RowSet):
        super().__init__(rows)
        self.whole = whole


class ListData(TableListData):
    """django-tables2's data for a list of rows, sorted the same way but with
    each row's sort values read once: django-tables2 reads both rows'
    values at every comparison (for the 552-row region list, some 53 000
    lookups per sorted address). Rows that are a ``RowSet.part`` are placed
    as in their whole, sorted once per order."""

    def order_by(self, aliases):
        accessors = []
        for alias in aliases:
            column = self.table.columns[OrderBy(alias).bare]
            if alias[0] != column.order_by_alias[0]:
                accessors += column.order_by.opposite
            else:
                accessors += column.order_by
        readers = [Accessor(order.bare) for order in accessors]
        descending = [order.is_descending for order in accessors]

        def compare(x, y) -> int:
            for a, b, reverse in zip(x[0], y[0], descending, strict=True):
                found = _compare(b, a) if reverse else _compare(a, b)
                if found:
                    return found
            return 0

        def sort(rows: list) -> list:
            keyed = [(tuple(r.resolve(row, quiet=True) for r in readers), row) for row in rows]
            keyed.sort(key=cmp_to_key(compare))
            return [row for _values, row in keyed]

        rank = None
        if isinstance(self.data, Part):
            order = tuple((str(r), d) for r, d in zip(readers, descending, strict=True))
            rank = self.data.whole.rank(order, sort)
        if rank is not None:
            self.data = sorted(self.data, key=lambda row: rank[id(row)])
        else:
            self.data = sort(self.data)


class CellColumn(tables.Column):
    """A cell drawn by a small template (a partial under ``*/partials/
    cells/``) that sees ``record``, ``value`` and ``LANGUAGE_CODE``: the
    same markup, filters and translated words as the rest of the page.
    Rendered with a plain context (no context processors), so a cell costs
    no query; an empty value is the template's to show. Give it an
    ``accessor`` that every row has: a failed lookup would describe the row
    (its ``repr``), and a model's ``__str__`` may query."""

    def __init__(self, template_name: str, **kwargs):
        kwargs.setdefault("empty_values", ())
        kwargs.setdefault("orderable", False)
        super().__init__(**kwargs)
        self.template_name = template_name

    def render(self, record, value):
        context = Context({"record": record, "value": value, "LANGUAGE_CODE": get_language()})
        return get_template(self.template_name).template.render(context)


class BaseTable(tables.Table):
    """The site's table: the one template (templates/django_tables2/
    cakupan_table.html), the ``data-table`` class, an optional caption, and
    ``of(source)`` to build it from what its page holds. A subclass
    declares ``class Meta(BaseTable.Meta)``: django-tables2 does not inherit
    an undeclared Meta."""

    caption = ""
    #: the column whose cells head their rows (``<th scope="row">``), if any
    row_header = ""

    class Meta:
        template_name = "django_tables2/cakupan_table.html"
        attrs = {"class": "data-table"}
        orderable = False

    @classmethod
    def of(cls, source, **kwargs):
        """The table of ``source`` (a page's rows, or the page object the
        subclass reads them from)."""
        return cls(source, **kwargs)


def sortable_request(table, request):
    """``request`` with, in the table's ``sort`` parameter, only names of its
    sortable columns (django-tables2 would read "73.01" as a path of
    attributes, and soon refuse it); the request itself when nothing went."""
    field = table.prefixed_order_by_field
    sortable = {column.name for column in table.columns if column.orderable}
    asked = request.GET.getlist(field)
    kept = [
        part for value in asked for part in value.split(",") if part.removeprefix("-") in sortable
    ]
    if kept != asked:
        query = request.GET.copy()
        query.setlist(field, kept)
        request.GET = query
    return request


def configure(table, request, *, paginate=False):
    """Sort (and paginate) ``table`` as the request's query string asks."""
    if request is None:
        return table
    RequestConfig(sortable_request(table, request), paginate=paginate).configure(table)
    return table
