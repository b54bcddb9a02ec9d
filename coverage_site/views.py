"""One list base for every table page: a django-filter FilterSet over the
query string, a django-tables2 table, pagination, and export of exactly the
filtered rows as CSV or XLSX. A list view declares only what differs."""

from django_filters.views import FilterView
from django_tables2 import SingleTableMixin
from django_tables2.export import ExportMixin


class FilteredTableView(ExportMixin, SingleTableMixin, FilterView):
    paginate_by = 50
    export_formats = ("csv", "xlsx")
    filterset_class = None
    table_class = None
    export_name = "table"

    def get_table_data(self):
        """Rows for the table: override ``rows`` to turn the filtered queryset
        into the objects the table shows."""
        return self.rows(self.object_list)

    def rows(self, queryset):
        return queryset

    def get_export_filename(self, export_format):
        return f"{self.export_name}.{export_format}"
