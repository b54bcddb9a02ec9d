from dataclasses import dataclass
from functools import partial

import django_tables2 as tables
from django.template import Context
from django.template.loader import get_template
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from coverage_site.tables import NUM, BaseTable, CellColumn

from . import cache, formatting
from .filters import VERDICT_CHOICES
from .templatetags.cakupan import indonesian, number_id, number_id2

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

    #: The part of a row's cache key shared by every row (regions.cache.row_key),
    #: set by the view; None renders every row.
    row_cache_key = None

    def rows_html(self) -> list[str]:
        """The HTML of this page's rows (regions/region_table.html). A row's
        cells are the same in every filtered, sorted or paged address that
        shows its region: cached per region and the time its summary was
        written (an edit re-renders the rows of the regions it touched), all
        of the page's read in one round trip; its ``<tr>`` (odd or even) is
        the page's."""
        cells = get_template(ROW_CELLS).template
        rows = list(self.paginated_rows)
        html = cache.fragments(
            self.row_cache_key,
            [
                (
                    f"region_row:{row.record.region.pk}:{row.record.stamp}",
                    partial(lambda row: cells.render(Context({"row": row})), row),
                )
                for row in rows
            ],
        )
        # Without row_attrs, a row's attributes are its parity alone.
        openings = {}

        def opening(row) -> str:
            if self.row_attrs:
                return row.attrs.as_html()
            parity = row.get_even_odd_css_class()
            if parity not in openings:
                openings[parity] = row.attrs.as_html()
            return openings[parity]

        return [
            mark_safe(f"\n<tr {opening(row)}>{part}\n</tr>\n")  # noqa: S308 - rendered HTML
            for row, part in zip(rows, html, strict=True)
        ]

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


ROW_CELLS = "regions/partials/_region_row_cells.html"


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


# ---- the region page's tables (rows from regions.pages.RegionPage) ----------------

CELLS = "regions/partials/cells/"


class FigureTable(BaseTable):
    """Every figure of the region shown on its page (the newest ones), with
    its source: date, segment and coverage first (what a phone shows
    without scrolling)."""

    as_of = CellColumn(CELLS + "_figure_as_of.html", verbose_name=_("Per"),
                       accessor="record__as_of", orderable=True)  # fmt: skip
    segment = tables.Column(verbose_name=_("Segmen"), accessor="record__segment")
    percent = CellColumn(CELLS + "_figure_percent.html", verbose_name=_("Cakupan"),
                         accessor="record__percent", orderable=True, attrs=NUM)  # fmt: skip
    covered = CellColumn(CELLS + "_figure_covered.html", verbose_name=_("Terlindungi"),
                         accessor="record__covered", orderable=True, attrs=NUM)  # fmt: skip
    eligible = CellColumn(CELLS + "_figure_eligible.html", verbose_name=_("Penyebut"),
                          accessor="record__eligible", attrs=NUM)  # fmt: skip
    publisher = CellColumn(CELLS + "_figure_publisher.html", verbose_name=_("Penerbit"),
                           accessor="record__publisher", orderable=True)  # fmt: skip
    source = CellColumn(CELLS + "_citation.html", verbose_name=_("Sumber"), accessor="citation")

    class Meta(BaseTable.Meta):
        prefix = "angka-"
        row_attrs = {"id": lambda record: f"coveragefigure-{record.record.pk}"}

    def render_segment(self, record):
        return record.record.get_segment_display()


@dataclass(frozen=True)
class ChildRow:
    """A kab/kota (or province) in its parent's ranking: its place by
    coverage (None without a figure), the region and its latest figure."""

    rank: int | None
    region: object
    figure: object | None


class ChildTable(BaseTable):
    """The regions one level down, ranked by their latest total coverage;
    those without a figure last. On a phone: no rank, no publisher."""

    rank = tables.Column(verbose_name="#", default="–", orderable=True)
    name = CellColumn(CELLS + "_region_link.html", verbose_name=_("Wilayah"),
                      accessor="region__name", orderable=True)  # fmt: skip
    percent = CellColumn(CELLS + "_child_percent.html", verbose_name=_("Cakupan"),
                         accessor="figure__percent", orderable=True, attrs=NUM)  # fmt: skip
    as_of = tables.Column(verbose_name=_("Per"), accessor="figure__as_of", default="",
                          orderable=True)  # fmt: skip
    publisher = tables.Column(verbose_name=_("Penerbit"), accessor="figure__publisher",
                              default="", orderable=True)  # fmt: skip

    caption = _("Cakupan terakhir tiap wilayah")

    class Meta(BaseTable.Meta):
        prefix = "wilayah-"
        attrs = {"class": "data-table chart-companion"}
        row_attrs = {"class": lambda record: "" if record.figure else "no-data"}

    @classmethod
    def of(cls, page, **kwargs):
        rows = [ChildRow(n, row.region, row.figure) for n, row in enumerate(page.children, 1)]
        rows += [ChildRow(None, region, None) for region in page.children_missing]
        return cls(rows, **kwargs)

    def render_as_of(self, record):
        return formatting.date_id(record.figure.as_of, record.figure.as_of_precision, _language())


class BudgetTable(BaseTable):
    """Budgets for workers' protection, with the workers they pay for."""

    year = CellColumn(CELLS + "_budget_year.html", verbose_name=_("Tahun"),
                      accessor="budget__year", orderable=True)  # fmt: skip
    amount = CellColumn(CELLS + "_budget_amount.html", verbose_name=_("Jumlah"),
                        accessor="budget__amount", orderable=True, attrs=NUM)  # fmt: skip
    purpose = tables.Column(verbose_name=_("Peruntukan"), accessor="budget__purpose", default="")
    funding = tables.Column(verbose_name=_("Sumber dana"), accessor="budget__funding_source")
    workers = CellColumn(CELLS + "_budget_workers.html", verbose_name=_("Pekerja (menurut sumber)"),
                         accessor="budget__workers_funded", orderable=True, attrs=NUM)  # fmt: skip
    workers_computed = tables.Column(verbose_name=_("Setara pekerja setahun"), attrs=NUM,
                                     orderable=True)  # fmt: skip
    source = CellColumn(CELLS + "_citation.html", verbose_name=_("Sumber"), accessor="citation")

    class Meta(BaseTable.Meta):
        prefix = "anggaran-"
        row_attrs = {"id": lambda record: f"budgetallocation-{record.budget.pk}"}

    def render_purpose(self, value):
        return indonesian(value)

    def render_funding(self, record):
        return record.budget.get_funding_source_display()

    def render_workers_computed(self, value):
        return formatting.number_id(value, language=_language())


@dataclass(frozen=True)
class QualityRow:
    """A finding of the reviewers' quality page, numbered within its list."""

    kind: str
    number: int
    row: object  # regions.quality_selectors' row: figure, finding, region, message


class ImpactColumn(tables.Column):
    """How far a finding goes: whole months, or points with two decimals."""

    def __init__(self, *, decimals: int, **kwargs):
        super().__init__(empty_values=(), **kwargs)
        self.decimals = decimals

    def render(self, value):
        return number_id2(value) if self.decimals else number_id(value)


class QualityTable(BaseTable):
    """One list of the quality page (unusual, contradictory, stale or
    pending figures): what was checked, why, and by how much. On a phone
    each finding reads as a card (static/css/quality.css)."""

    number = tables.Column(verbose_name="#")
    figure = CellColumn(CELLS + "_quality_figure.html", verbose_name=_("Angka yang diperiksa"),
                        accessor="row")  # fmt: skip
    reason = CellColumn(CELLS + "_quality_reason.html", verbose_name=_("Mengapa"), accessor="row")

    class Meta(BaseTable.Meta):
        attrs = {"class": "data-table quality-table"}
        row_attrs = {"id": lambda record: f"{record.kind}-{record.row.figure.pk}"}

    @classmethod
    def of(cls, rows, *, kind: str, **kwargs):
        """The table of one list; its last column counts months for stale
        figures and points of change for the others."""
        stale = kind == "stale"
        header = _("Bulan lewat") if stale else _("Geser (poin)")
        impact = ImpactColumn(
            decimals=0 if stale else 2,
            verbose_name=header,
            accessor="row__finding__impact",
            attrs={"th": {"class": "num"}, "td": {"class": "num", "data-label": f"{header}:"}},
        )
        data = [QualityRow(kind, n, row) for n, row in enumerate(rows, 1)]
        return cls(data, extra_columns=[("impact", impact)], **kwargs)
