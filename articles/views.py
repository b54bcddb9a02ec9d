from django.shortcuts import get_object_or_404, render

from . import selectors


def article_list(request):
    return render(request, "articles/article_list.html", {"articles": selectors.article_list()})


def article_detail(request, pk):
    article = get_object_or_404(selectors.articles_public(), pk=pk)
    return render(
        request, "articles/article_detail.html", {"view": selectors.article_view(article)}
    )
