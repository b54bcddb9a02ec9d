from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from . import pages, selectors

ARTICLES_PER_PAGE = 50  # the list stays one bounded page however many sources


def article_list(request):
    page = Paginator(selectors.article_list(), ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/article_list.html", {"articles": page, "page_obj": page})


def article_detail(request, pk):
    article = get_object_or_404(selectors.articles_public(), pk=pk)
    return render(request, "articles/article_detail.html", {"view": pages.article_view(article)})
