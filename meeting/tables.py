import django_tables2 as tables
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from coverage_site.tables import NUM, BaseTable, configure
from regions import formatting


class StateColumn(tables.Column):
    """The state of a kab/kota's newest row of one step; sorted done first."""

    def __init__(self, kind, **kwargs):
        super().__init__(
            accessor=kind, order_by=(f"{kind}_rank",), default=_("belum tercatat"), **kwargs
        )

    def render(self, value):
        return format_html(
            '<span class="state state--{}">{}</span>', value.state, value.get_state_display()
        )


class InpresChildTable(BaseTable):
    """The kab/kota of a province and where each stands on each step."""

    name = tables.Column(verbose_name=_("Kabupaten/kota"), accessor="region__name",
                         order_by=("region__code",))  # fmt: skip
    regulation = StateColumn("regulation", verbose_name=_("Perbup/Perwali"))
    budget = StateColumn("budget", verbose_name=_("APBD"))
    licensing = StateColumn("licensing", verbose_name=_("Perizinan"))
    prosecutor = StateColumn("prosecutor", verbose_name=_("Kejaksaan"))
    groups = tables.Column(verbose_name=_("Kepesertaan ekosistem"), orderable=False, default="")
    done = tables.Column(verbose_name=_("Butir sudah"), attrs=NUM)
    latest = tables.Column(verbose_name=_("Data terakhir"), default="")

    class Meta(BaseTable.Meta):
        orderable = True
        attrs = {"class": "data-table", "id": "kabkota"}
        empty_text = _("Belum ada tindak lanjut kab/kota yang tercatat.")
        order_by = ("name",)

    @classmethod
    def for_page(cls, page, request):
        if not page.is_province:
            return None
        return configure(cls(page.children), request)

    def render_name(self, record, value):
        url = reverse("meeting:inpres", args=[record["region"].code])
        return format_html('<a href="{}">{}</a>', url, value)

    def render_regulation(self, value):
        text = format_html(
            '<span class="state state--{}">{}</span>', value.state, value.get_state_display()
        )
        if value.regulation_number:
            return format_html("{}<br><small>{}</small>", text, value.regulation_number)
        return text

    def render_groups(self, value):
        if not value:
            return ""
        return format_html(
            "<br>".join(["{}: {}"] * len(value)),
            *[
                part
                for item in value
                for part in (
                    item.get_group_display(),
                    formatting.percent_id(item.share, _language()) if item.share is not None
                    else formatting.number_id(item.count, language=_language()),
                )
            ],
        )  # fmt: skip

    def render_latest(self, value):
        return formatting.date_id(value, language=_language())


def _language() -> str:
    from django.utils.translation import get_language

    return (get_language() or "id")[:2]
