"""The articles' tables (django-tables2): the list of sources and the
figures read from one article. Rows come from the pages (articles.pages,
articles.selectors): rendering adds no query."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from coverage_site.tables import NUM, BaseTable, CellColumn
from regions.templatetags.cakupan import date_id

CELLS = "articles/partials/cells/"


class ArticleTable(BaseTable):
    """One page of the sources list (the view paginates): date, title, outlet
    and how many figures were taken from each."""

    published = CellColumn(CELLS + "_article_date.html", verbose_name=_("Tanggal"),
                           accessor="published_date")  # fmt: skip
    title = CellColumn(CELLS + "_article_title.html", verbose_name=_("Judul"), accessor="title")
    outlet = tables.Column(verbose_name=_("Media"))
    accepted_claims = tables.Column(verbose_name=_("Angka tercatat"), attrs=NUM)

    class Meta(BaseTable.Meta):
        empty_text = _("Belum ada artikel.")

    @classmethod
    def of(cls, page, **kwargs):
        """The articles of one page of the list (a Paginator page)."""
        return cls(list(page), **kwargs)


class ClaimTable(BaseTable):
    """The figures an article states, each with the sentence it quotes and a
    link to the record it became."""

    metric = tables.Column(verbose_name=_("Jenis"))
    segment = tables.Column(verbose_name=_("Segmen"))
    value = CellColumn(CELLS + "_claim_value.html", verbose_name=_("Nilai"), accessor="value",
                       attrs=NUM)  # fmt: skip
    region = CellColumn(
        CELLS + "_claim_region.html", verbose_name=_("Wilayah"), accessor="record_url"
    )
    as_of = tables.Column(verbose_name=_("Per"), empty_values=())
    status = tables.Column(verbose_name=_("Status"))
    quote = CellColumn(CELLS + "_claim_quote.html", verbose_name=_("Kutipan"), accessor="quote")

    class Meta(BaseTable.Meta):
        row_attrs = {"id": lambda record: f"claim-row-{record.pk}"}

    @classmethod
    def of(cls, view, **kwargs):
        """The claims of an ``articles.pages.ArticleView``, each knowing the
        address of the record it became."""
        for claim in view.claims:
            claim.record_url = view.record_urls.get(claim.pk, "")
        return cls(view.claims, **kwargs)

    def render_metric(self, record):
        return record.get_metric_display()

    def render_segment(self, record):
        return record.get_segment_display()

    def render_as_of(self, record):
        return date_id(record.as_of, record.as_of_precision)

    def render_status(self, record):
        return record.get_status_display()
