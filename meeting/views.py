"""Thin views: read the request, call one function, render."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from . import pages, pdf
from .tables import InpresChildTable


def _brief(request, code):
    today = timezone.localdate()
    since = pages.since_from(request.GET.get("sejak"), today=today)
    return pages.brief_page(code, today=today, since=since, request=request)


def brief_print(request, code):
    return render(request, "meeting/brief.html", {"page": _brief(request, code), "pdf": False})


def brief_pdf(request, code):
    page = _brief(request, code)
    html = render(request, "meeting/brief.html", {"page": page, "pdf": True}).content
    response = HttpResponse(pdf.render_pdf(html.decode()), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="ringkasan-{page.region.code}.pdf"'
    return response


def inpres(request, code):
    page = pages.inpres_page(code, today=timezone.localdate())
    table = InpresChildTable.for_page(page, request)
    return render(request, "meeting/inpres.html", {"page": page, "table": table})
