"""The base of every data table (django-tables2) and how a page's table is
configured from the request. Tables take the rows their page already built:
rendering one adds no query."""

import django_tables2 as tables
from django.template import Context
from django.template.loader import get_template
from django.utils.translation import get_language
from django_tables2 import RequestConfig

NUM = {"td": {"class": "num"}, "th": {"class": "num"}}


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
