import pytest

from articles.highlight import runs
from articles.models import Article


def test_runs_cover_the_text_exactly_once():
    text = "Sulsel 47 persen menuju 68 persen."
    result = runs(text, [(7, 16, 1), (7, 16, 2), (24, 33, 3)])
    assert "".join(r.text for r in result) == text
    assert [(r.text, r.claim_ids, r.starts) for r in result if r.claim_ids] == [
        ("47 persen", (1, 2), (1, 2)),
        ("68 persen", (3,), (3,)),
    ]


def test_runs_clip_spans_outside_the_text():
    result = runs("abc", [(-5, 2, 1), (2, 99, 2), (5, 9, 3)])
    assert [(r.text, r.claim_ids) for r in result] == [("ab", (1,)), ("c", (2,))]


@pytest.mark.django_db
def test_article_page_highlights_every_claim_and_links_to_its_figure(client, seeded):
    article = Article.objects.get(outlet="klikkalsel.com")
    response = client.get(f"/sumber/{article.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<mark>") >= 16  # two rates, six categories, nine panel seats
    for claim in article.claims.all():
        assert f'id="claim-{claim.pk}"' in html
    figure = article.claims.filter(metric="coverage_pct").first()
    assert f'href="/wilayah/63/#coveragefigure-{figure.record_id}"' in html


@pytest.mark.django_db
def test_article_list_counts_recorded_figures(client, seeded):
    response = client.get("/sumber/")
    counts = {a.outlet: a.accepted_claims for a in response.context["articles"]}
    assert counts == {
        "Rakyat Sulsel": 2,
        "Porostengah.com": 5,
        "ANTARA": 3,
        "Rakyat Sulbar": 0,
        "klikkalsel.com": 17,
    }


@pytest.mark.django_db
def test_unknown_article_is_404(client, seeded):
    assert client.get("/sumber/999999/").status_code == 404
