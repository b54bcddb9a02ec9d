import django_tables2 as tables
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import formatting
from .filters import VERDICT_CHOICES

VERDICT_LABELS = dict(VERDICT_CHOICES)


def _language() -> str:
    return (get_language() or "id")[:2]


class RegionTable(tables.Table):
    """The region list. HTML cells use the page's formats (47,38 % on the
    Indonesian page, 47.38% on the English one); CSV/XLSX exports
    carry plain values (dots as decimal points, ISO dates) for analysts."""

    code = tables.Column(verbose_name=_("Kode"), accessor="region__code")
    name = tables.Column(verbose_name=_("Wilayah"), accessor="region__name")
    level = tables.Column(verbose_name=_("Tingkat"), accessor="region__level")
    province = tables.Column(
        verbose_name=_("Provinsi"), accessor="province__name", default="", orderable=True
    )
    percent = tables.Column(
        verbose_name=_("Cakupan terakhir (%)"),
        accessor="figure__percent",
        attrs={"td": {"class": "num"}, "th": {"class": "num"}},
    )
    as_of = tables.Column(verbose_name=_("Per"), accessor="figure__as_of")
    publisher = tables.Column(verbose_name=_("Penerbit"), accessor="figure__publisher", default="")
    target = tables.Column(
        verbose_name=_("Target (%)"),
        accessor="target__target_percent",
        attrs={"td": {"class": "num"}, "th": {"class": "num"}},
    )
    target_date = tables.Column(verbose_name=_("Tenggat"), accessor="target__target_date")
    verdict = tables.Column(verbose_name=_("Kemajuan"), accessor="verdict")

    class Meta:
        template_name = "django_tables2/cakupan_table.html"
        attrs = {"class": "data-table"}
        empty_text = _("Tidak ada wilayah yang cocok dengan filter ini.")
        order_by = ("code",)

    def render_name(self, record, value):
        url = reverse("regions:region_detail", args=[record.region.code])
        return format_html('<a href="{}">{}</a>', url, value)

    def render_level(self, record):
        return record.region.get_level_display()

    def render_percent(self, record, value):
        text = formatting.percent_id(value, _language())
        if record.figure is not None and record.figure.is_synthetic:
            text = format_html(
                '{} <span class="tag tag-synthetic" title="{}">{}</span>',
                text,
                _("Data sintetis untuk uji beban (generate_demo_data), bukan angka nyata."),
                _("sintetis"),
            )
        if record.figure is not None and record.figure.exceeds_estimate:
            text = format_html(
                '{}<br><small class="note--above" title="{}">{}</small>',
                text,
                _(
                    "Penyebut adalah perkiraan BPS; peserta terdaftar di wilayah ini melebihi "
                    "perkiraan pekerja."
                ),
                _("di atas perkiraan pekerja"),
            )
        return text

    def render_target(self, value):
        return formatting.percent_id(value, _language())

    def render_as_of(self, record):
        return formatting.date_id(record.figure.as_of, record.figure.as_of_precision, _language())

    def render_target_date(self, record):
        return formatting.date_id(
            record.target.target_date, record.target.target_date_precision, _language()
        )

    def render_verdict(self, value):
        return VERDICT_LABELS.get(value, value)

    # Exports carry plain values: analysts compute with them.
    def value_name(self, value):
        return value

    def value_percent(self, value):
        return value

    def value_target(self, value):
        return value

    def value_as_of(self, value):
        return value.isoformat() if value else ""

    def value_target_date(self, value):
        return value.isoformat() if value else ""

    def value_verdict(self, value):
        return value

    def value_level(self, record):
        return record.region.level


# The plain value of each column of a list row (pages.ListRow) in an
# export (an empty one is an empty cell): what the value_* methods above
# give, read straight from the row.
EXPORT_VALUES = {
    "code": lambda row: row.region.code,
    "name": lambda row: row.region.name,
    "level": lambda row: row.region.level,
    "province": lambda row: row.province.name if row.province else None,
    "percent": lambda row: row.figure.percent if row.figure else None,
    "as_of": lambda row: row.figure.as_of.isoformat() if row.figure else None,
    "publisher": lambda row: row.figure.publisher if row.figure else None,
    "target": lambda row: row.target.target_percent if row.target else None,
    "target_date": lambda row: row.target.target_date.isoformat() if row.target else None,
    "verdict": lambda row: row.verdict,
}


def export_lines(table: RegionTable):
    """The header, then one list of plain values per row of the (filtered,
    sorted) table: the lines of its CSV, as django-tables2's export writes
    them, without resolving every cell through the table's machinery."""
    columns = [c for c in table.columns.iterall() if not c.column.exclude_from_export]
    yield [force_str(c.header, strings_only=True) for c in columns]
    cells = [(EXPORT_VALUES[c.name], c.column.empty_values) for c in columns]
    for row in table.data:
        line = []
        for value_of, empty in cells:
            value = value_of(row)
            line.append(None if value in empty else value)  # an empty cell
        yield line
