"""The edition page's tables (awards/tables.py): the ranking shows a column
per criterion and the weighted total, the criteria their sum; they render
from the page's rows without a query. What the public may see is the page's
rule (tests/awards/test_award_privacy.py): these tables only draw rows."""

import re

import pytest
from award_builders import fill_scores
from django.test import RequestFactory

from awards import pages
from awards.tables import CriterionTable, PanelTable, RankingTable
from coverage_site.tables import configure

pytestmark = pytest.mark.django_db


def render(table):
    request = RequestFactory().get("/paritrana/1/")
    configure(table, request)
    return table.as_html(request)


def test_ranking_table_has_a_column_per_criterion_and_the_total(edition, django_assert_num_queries):
    fill_scores(edition, values={"73.01": 80, "73.71": 70})
    block = pages.final_blocks(edition)[0]
    table = RankingTable.of(block)
    assert [c.name for c in table.columns] == [
        "rank", "nominee", "mean_0", "mean_1", "total", "coverage", "status",
    ]  # fmt: skip
    with django_assert_num_queries(0):
        html = render(table)
    assert re.findall(r'<tr id="(nomine-\d+)"', html) == [
        f"nomine-{row.nominee.pk}" for row in block.rows
    ]
    assert "<strong>80,00</strong>" in html
    assert "<strong>70,00</strong>" in html
    assert "Kebijakan<br><small>60 %</small>" in html
    assert f'id="peringkat-{block.category.pk}"' in html


def test_ranking_table_has_no_coverage_column_for_a_company_category(edition):
    block = pages.final_blocks(edition)[0]
    object.__setattr__(block.category, "kind", "large_company")
    assert "coverage" not in [c.name for c in RankingTable.of(block).columns]


def test_criterion_table_sums_the_weights_in_its_footer(edition):
    block = pages.final_blocks(edition)[0]
    html = render(CriterionTable.of(block))
    assert re.search(r'<th scope="row"\s*>Jumlah</th>', html)
    assert '<td class="num">100 %</td>' in html


def test_panel_table_names_role_and_seat(edition):
    panel = [(member, None) for member in edition.panel.all()]
    html = render(PanelTable.of(panel))
    assert html.count("<tr ") == 3
    assert "Sumber tidak tercatat" in html  # no citation: said so


@pytest.mark.parametrize("table_class", [RankingTable, CriterionTable, PanelTable])
def test_edition_tables_are_not_sortable(edition, table_class):
    # A rank is the panel's rule, not a column to reorder by.
    source = pages.final_blocks(edition)[0] if table_class != PanelTable else []
    assert not [c for c in table_class.of(source).columns if c.orderable]
