"""Thin views: read the request, call one function, render."""

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone

from regions import cache

from . import pages, pdf, selectors
from .tables import InpresChildTable


def _since(request, today):
    return pages.since_from(request.GET.get("sejak"), today=today)


def brief_print(request, code):
    today = timezone.localdate()
    page = pages.brief_page(code, today=today, since=_since(request, today), request=request)
    return render(request, "meeting/brief.html", {"page": page, "pdf": False})


def brief_pdf(request, code):
    """The brief as an A4 PDF. Laying it out takes seconds, so the bytes are
    cached until the next write to the data (regions/cache.py; follow-up
    rows bump the version too) or the next day."""
    today = timezone.localdate()
    since = _since(request, today)
    # An unknown code is a 404 before anything is laid out or cached (the
    # cache key is built from known codes only).
    code = selectors.region_for_page(code).code

    def build() -> bytes:
        page = pages.brief_page(code, today=today, since=since, request=request)
        html = render_to_string("meeting/brief.html", {"page": page, "pdf": True}, request)
        return pdf.render_pdf(html)

    content = cache.cached(
        "meeting_brief_pdf",
        code,
        since.isoformat(),
        today.isoformat(),
        request.scheme,
        request.get_host(),
        build=build,
    )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="ringkasan-{code}.pdf"'
    return response


def inpres(request, code):
    page = pages.inpres_page(code)
    table = InpresChildTable.for_page(page, request)
    return render(request, "meeting/inpres.html", {"page": page, "table": table})
