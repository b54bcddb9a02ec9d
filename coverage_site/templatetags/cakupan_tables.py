"""``{% data_table "app.tables.SomeTable" rows %}``: a page's table, built
from the rows the page already holds (``SomeTable.of(rows, **options)``),
sorted as the request asks, rendered through the site's one table template."""

from django import template
from django.template import Context
from django.template.loader import get_template
from django.utils.module_loading import import_string

register = template.Library()

#: the modules a template may name a table from
TABLE_MODULES = ("regions.tables", "articles.tables", "awards.tables", "meeting.tables")


def table_class(path: str):
    module, _, name = path.rpartition(".")
    if module not in TABLE_MODULES or not name.endswith("Table"):
        raise template.TemplateSyntaxError(f"{path!r} is not a data table")
    return import_string(path)


@register.simple_tag(takes_context=True)
def data_table(context, path, source, **options):
    from coverage_site.tables import configure

    table = table_class(path).of(source, **options)
    request = context.get("request")
    configure(table, request)
    # A plain context (the request only, for the sort links): the page's
    # context processors ran once already, and some of them query.
    plain = Context({"table": table, "request": request}, autoescape=context.autoescape)
    return get_template(table.template_name).template.render(plain)
