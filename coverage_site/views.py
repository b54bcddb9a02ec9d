"""One list base for every table page: a django-filter FilterSet over the
query string, a django-tables2 table, pagination, and export of exactly the
filtered rows as CSV or XLSX. A list view declares only what differs. And
the handler of server errors."""

import sys

from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django_filters.views import FilterView
from django_tables2 import RequestConfig, SingleTableMixin
from django_tables2.export import ExportMixin

from . import exports
from .tables import ListData, sortable_request

#: the most rows one page of a list shows, whatever ?per_page= asks
MAX_PER_PAGE = 200


class BoundedPaginator(Paginator):
    """Rows per page between 1 and MAX_PER_PAGE: ``?per_page=-1`` or
    ``?per_page=1000000`` from the address bar get the nearest bound."""

    def __init__(self, object_list, per_page, *args, **kwargs):
        per_page = min(max(int(per_page), 1), MAX_PER_PAGE)
        super().__init__(object_list, per_page, *args, **kwargs)


class FilteredTableView(ExportMixin, SingleTableMixin, FilterView):
    paginate_by = 50
    paginator_class = BoundedPaginator
    export_formats = ("csv", "xlsx")
    filterset_class = None
    table_class = None
    export_name = "table"

    def get_table(self, **kwargs):
        """SingleTableMixin's table, after dropping from ``?sort=`` what names
        no sortable column (django-tables2 would read "73.01" as a path of
        attributes, and soon refuse it)."""
        table = self.get_table_class()(data=self.get_table_data(), **kwargs)
        self.request = sortable_request(table, self.request)
        return RequestConfig(self.request, paginate=self.get_table_pagination(table)).configure(
            table
        )

    def get_table_data(self):
        """Rows for the table: override ``rows`` to turn the filtered queryset
        into the objects the table shows."""
        data = self.rows(self.object_list)
        return ListData(data) if isinstance(data, list) else data

    def rows(self, queryset):
        return queryset

    def get_export_filename(self, export_format):
        return f"{self.export_name}.{export_format}"

    def create_export(self, export_format):
        """The filtered, sorted rows of the table's exported columns, written
        by the site's one export path (coverage_site.exports)."""
        table = self.get_table(**self.get_table_kwargs())
        return exports.table_response(
            table, fmt=export_format, name=self.export_name, title=self.export_name
        )


@requires_csrf_token
def server_error(request):
    """handler500: a database that cannot be reached (down, restarting, out
    of connections) is a 503 with the site's page and a Retry-After; any
    other error the site's 500 page. Rendered without the request's context
    processors, which may need the database themselves."""
    error = sys.exc_info()[1]
    # The page is in the language of its address (set by the middleware
    # before the error); its language switch is plain links.
    context = {}
    if isinstance(error, OperationalError | InterfaceError):
        body = loader.get_template("503.html").render(context)
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "60"
        return response
    return HttpResponse(loader.get_template("500.html").render(context), status=500)
