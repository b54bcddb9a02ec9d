"""The tables of an edition's page (django-tables2): criteria and weights,
the panel's ranking and the panel itself. They show what awards.pages hands
them and nothing more: the ranking table exists only on the deliberation
view (#22: no score, mean, rank or panel name reaches the public before the
results are published). Rendering adds no query."""

from dataclasses import dataclass

import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _

from coverage_site.tables import NUM, BaseTable, CellColumn
from regions.templatetags.cakupan import number_id2, percent_id

CELLS = "awards/partials/cells/"
NUM_FOOT = {**NUM, "tf": {"class": "num"}}


class CriterionTable(BaseTable):
    """A category's criteria and weights, their sum in the footer."""

    name = tables.Column(verbose_name=_("Aspek"), footer=_("Jumlah"))
    description = tables.Column(verbose_name=_("Yang dinilai"), default="–")
    weight = tables.Column(
        verbose_name=_("Bobot"), attrs=NUM_FOOT, footer=lambda table: percent_id(table.weight_total)
    )

    class Meta(BaseTable.Meta):
        pass

    @classmethod
    def of(cls, block, **kwargs):
        """The criteria of a category block (the panel's or the public's);
        the description column only when some criterion has one."""
        shown = getattr(block, "has_descriptions", False)
        table = cls(block.criteria, exclude=() if shown else ("description",), **kwargs)
        total = getattr(block, "ranking", None)
        table.weight_total = total.weight_total if total is not None else block.weight_total
        return table

    def render_weight(self, value):
        return percent_id(value)


class MeanColumn(tables.Column):
    """The panel's mean score of one criterion (its header: name and weight)."""

    def __init__(self, index: int, criterion, **kwargs):
        header = format_html(
            "{}<br><small>{}</small>", criterion.name, percent_id(criterion.weight)
        )
        super().__init__(
            verbose_name=header, accessor="means", empty_values=(), attrs=NUM, **kwargs
        )
        self.index = index

    def render(self, record):
        return number_id2(record.means[self.index])


class RankingTable(BaseTable):
    """A category's nominees ranked by weighted total: rank and nominee
    first, a column per criterion, the total, the latest coverage of a
    government nominee's region, how complete its scores are."""

    rank = CellColumn(CELLS + "_rank.html", verbose_name=_("Peringkat"), accessor="standing")
    nominee = CellColumn(CELLS + "_nominee.html", verbose_name=_("Nomine"), accessor="nominee")
    total = tables.Column(
        verbose_name=_("Nilai total"), accessor="standing__total", empty_values=(),
        attrs={"td": {"class": "num total"}, "th": {"class": "num"}},
    )  # fmt: skip
    coverage = CellColumn(CELLS + "_coverage.html", verbose_name=_("Cakupan terakhir"),
                          accessor="coverage", attrs=NUM)  # fmt: skip
    status = CellColumn(CELLS + "_status.html", verbose_name=_("Status"), accessor="standing")

    row_header = "nominee"

    class Meta(BaseTable.Meta):
        sequence = ("rank", "nominee", "...", "total", "coverage", "status")
        row_attrs = {
            "id": lambda record: f"nomine-{record.nominee.pk}",
            "class": lambda record: "no-data" if record.standing.rank is None else "",
        }

    @classmethod
    def of(cls, block, **kwargs):
        category = block.category
        means = [(f"mean_{i}", MeanColumn(i, k)) for i, k in enumerate(block.criteria)]
        table = cls(
            block.rows,
            extra_columns=means,
            exclude=() if category.is_government else ("coverage",),
            attrs={"class": "data-table ranking", "id": f"peringkat-{category.pk}"},
            **kwargs,
        )
        table.caption = _gettext("Peringkat %(category)s") % {"category": category.name}
        return table

    def render_total(self, value):
        return format_html("<strong>{}</strong>", number_id2(value))


@dataclass(frozen=True)
class PanelRow:
    member: object
    citation: object | None


class PanelTable(BaseTable):
    """The panel of an edition, each seat with the source naming it."""

    role = tables.Column(verbose_name=_("Peran"), accessor="member__role")
    seat = tables.Column(verbose_name=_("Unsur"), accessor="member__seat")
    office = tables.Column(verbose_name=_("Jabatan"), accessor="member__office", default="–")
    name = tables.Column(verbose_name=_("Nama"), accessor="member__person_name", default="–")
    source = CellColumn("regions/partials/cells/_citation.html", verbose_name=_("Sumber"),
                        accessor="citation")  # fmt: skip

    class Meta(BaseTable.Meta):
        pass

    @classmethod
    def of(cls, panel, **kwargs):
        return cls([PanelRow(m, c) for m, c in panel], **kwargs)

    def render_role(self, record):
        return record.member.get_role_display()

    def render_seat(self, record):
        return record.member.get_seat_display()
