"""The page's meta description, one per page type, in the page's language."""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


def _region(context) -> str:
    region = context.get("region")
    return getattr(region, "name", "") or ""


def _edition(context) -> str:
    edition = context.get("edition")
    return getattr(edition, "label", "") or ""


def _article(context) -> str:
    view = context.get("view")
    article = getattr(view, "article", None) or context.get("article")
    return getattr(article, "title", "") or ""


def _describe(view_name: str, context) -> str:
    if view_name == "regions:home":
        return _(
            "Cakupan jaminan sosial ketenagakerjaan (BPJS Ketenagakerjaan) di 38 provinsi "
            "Indonesia: angka terakhir, target, kemajuan, dan sumber setiap angka."
        )
    if view_name == "regions:region_list":
        return _(
            "Semua provinsi, kabupaten dan kota dengan cakupan BPJS Ketenagakerjaan terakhir, "
            "target dan statusnya; dapat disaring dan diunduh (CSV, XLSX)."
        )
    if view_name == "regions:region_detail" and _region(context):
        return _(
            "Cakupan BPJS Ketenagakerjaan di %(region)s: angka terakhir, target, kemajuan, "
            "anggaran, penghargaan dan sumber setiap angka."
        ) % {"region": _region(context)}
    if view_name == "articles:article_list":
        return _(
            "Artikel berita dan dokumen sumber angka cakupan BPJS Ketenagakerjaan, "
            "dengan kalimat asal setiap angka."
        )
    if view_name == "articles:article_detail" and _article(context):
        return _(
            "Sumber: %(title)s. Angka cakupan yang diambil dari artikel ini dan kutipannya."
        ) % {"title": _article(context)}
    if view_name == "awards:edition_list":
        return _(
            "Paritrana Award: penghargaan bagi pemerintah daerah dan pemberi kerja yang "
            "melindungi pekerjanya dengan jaminan sosial ketenagakerjaan."
        )
    if view_name == "awards:edition_detail" and _edition(context):
        return _("%(edition)s: kategori, kriteria, nilai dan peringkat.") % {
            "edition": _edition(context)
        }
    return _(
        "Cakupan: dasbor kepesertaan BPJS Ketenagakerjaan di wilayah Indonesia terhadap "
        "targetnya, dengan sumber setiap angka."
    )


@register.simple_tag(takes_context=True)
def page_description(context):
    """The description of the page being rendered, chosen by its view (the
    region, article or award edition named where the page has one); error
    pages and pages without their own get the site's."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None) if request is not None else None
    status = context.get("exception") is not None
    return _describe("" if status or match is None else match.view_name, context)
