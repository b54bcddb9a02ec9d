"""Thin views: read the request, call one page function, render or export.

The pages are public and stored once for everyone by the page cache; only
a visitor with an award role (awards.visitors) gets a page built for them,
with the deliberation or their seats when awards.access allows it."""

from django.http import Http404
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify

from . import exports, pages
from .visitors import award_user, private_page


@private_page
def edition_list(request):
    page = pages.edition_list_page(user=award_user(request))
    fmt = request.GET.get("export")
    if fmt:
        if request.GET.get("tabel") == "edisi":
            return exports.response(exports.editions_dataset(page), name="paritrana-edisi", fmt=fmt)
        data = exports.outcomes_dataset(page, base_url=request.build_absolute_uri("/"))
        return exports.response(data, name="paritrana-hasil", fmt=fmt)
    return render(request, "awards/edition_list.html", {"page": page})


@private_page
def edition_detail(request, pk):
    page = pages.edition_page(pk, user=award_user(request))
    fmt = request.GET.get("export")
    if fmt:
        # The ranking (scores, means) is the panel's and the organisers':
        # the public has no such file.
        block = page.category(request.GET.get("kategori"))
        if block is None:
            raise Http404
        name = f"paritrana-{page.edition.pk}-{slugify(block.category.name)}"
        response = exports.response(exports.ranking_dataset(block), name=name, fmt=fmt)
    else:
        response = render(
            request, "awards/edition_detail.html", {"page": page, "edition": page.edition}
        )
    if page.show_deliberation:
        # Never kept by a browser, a proxy or the page cache.
        add_never_cache_headers(response)
    return response
