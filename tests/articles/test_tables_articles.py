"""The articles' tables (articles/tables.py): a page of the sources list
and an article's figures, from the page's rows, without a query."""

import re

import pytest
from django.test import RequestFactory

from articles import pages, selectors
from articles.tables import ArticleTable, ClaimTable
from coverage_site.tables import configure

pytestmark = pytest.mark.django_db


def render(table):
    request = RequestFactory().get("/sumber/")
    configure(table, request)
    return table.as_html(request)


def test_article_table_links_each_source(seeded, django_assert_num_queries):
    articles = list(selectors.article_list()[:5])
    table = ArticleTable.of(articles)
    with django_assert_num_queries(0):
        html = render(table)
    assert re.findall(r'href="/sumber/(\d+)/"', html) == [str(a.pk) for a in articles]


def test_article_table_says_when_there_is_none(db):
    assert re.search(r'class="missing">Belum ada artikel.<', render(ArticleTable.of([])))


def test_claim_table_quotes_each_claim_and_links_its_record(seeded, django_assert_num_queries):
    article = next(a for a in selectors.articles_public() if a.claims.exists())
    view = pages.article_view(article)
    table = ClaimTable.of(view)
    with django_assert_num_queries(0):
        html = render(table)
    assert re.findall(r'<tr id="(claim-row-\d+)"', html) == [
        f"claim-row-{c.pk}" for c in view.claims
    ]
    assert html.count('<q lang="id">') == len(view.claims)
    for url in view.record_urls.values():
        assert f'href="{url}"' in html
