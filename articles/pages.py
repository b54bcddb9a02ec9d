"""Assembles the articles' pages (an article with its marked claims, the
review desk's page of one article) from selectors and pure modules; the
queries are the selectors'."""

import re
from dataclasses import dataclass

from django.urls import reverse

from . import selectors
from .extraction.sentence_groups import groups_named
from .highlight import Run, marks, runs
from .models import Article, Claim
from .review import number_input


@dataclass(frozen=True)
class ArticleView:
    article: Article
    runs: list[Run]
    claims: list[Claim]
    record_urls: dict[int, str]


def _record_url(claim: Claim, regions_by_record: dict) -> str:
    region_code = regions_by_record.get(claim.pk)
    if not region_code:
        return ""
    anchor = claim.record_type.model if claim.record_type_id else ""
    url = reverse("regions:region_detail", args=[region_code])
    return f"{url}#{anchor}-{claim.record_id}" if anchor else url


def article_view(article: Article) -> ArticleView:
    """The article with its claims' quotes marked, each linked to the region
    page row the claim became. Two queries."""
    claims = selectors.article_claims(article)
    regions_by_record = {c.pk: c.region.code for c in claims if c.region_id}
    return ArticleView(
        article=article,
        runs=runs(article.text, [(c.start, c.end, c.pk) for c in claims]),
        claims=claims,
        record_urls={c.pk: _record_url(c, regions_by_record) for c in claims},
    )


# A number the reviewer may click, as the extractor reads it: "41,5 persen",
# "Rp 3,4 miliar", "1.300.000", and a decimal typed with a space after its
# comma before a percent sign ("31, 45 persen" is 31,45).
NUMBER = re.compile(
    r"(?<![\w])(?:Rp\s?)?(?:\d{1,2}, \d{2}(?=\s?(?:persen|%))|\d+(?:[.,]\d+)*)"
    r"(?:\s?(?:persen|%|juta|miliar|triliun|ribu))?"
)


@dataclass(frozen=True)
class DeskPage:
    article: Article
    marks: list
    claims: list[Claim]
    actionable: set[int]
    publishers: list[str]
    issuers: list[str]
    claim_data: dict
    same_url: list[Article]
    named_regions: list[dict]


def desk_page(article: Article, user) -> DeskPage:
    """Everything the desk shows for one article: its text cut into marks
    (numbers, claim quotes), its claims with what the reviewer may decide,
    the publisher and issuer names to pick from, and the regions the article
    names, one click each. Nine queries."""
    claims = selectors.desk_claims(article)
    numbers = [(m.start(), m.end()) for m in NUMBER.finditer(article.text)]
    return DeskPage(
        article=article,
        marks=marks(article.text, [(c.start, c.end, c.pk) for c in claims], numbers),
        claims=claims,
        actionable=selectors.decidable_claim_ids(article, user),
        publishers=selectors.known_publishers(),
        issuers=selectors.known_issuers(),
        claim_data={str(c.pk): desk_claim_data(c) for c in claims},
        same_url=[],
        named_regions=selectors.regions_named(article, user),
    )


def desk_claim_data(claim: Claim) -> dict:
    """A claim as the desk's script fills its editor (plain JSON values)."""
    region = claim.region
    if region is None or region.level == "nation":
        province = None
    else:
        province = region.pk if region.level == "province" else region.parent_id
    return {
        "id": claim.pk,
        # an award rank's likely edition: a province's rank is national,
        # a regency's is its province's
        "edition_stage": "national" if province == getattr(region, "pk", 0) else "provincial",
        "edition_province": province or "",
        "metric": claim.metric,
        "segment": claim.segment,
        "value": number_input(claim.value),
        "region": claim.region_id or "",
        "region_label": f"{region.code} · {region.name}" if region else "",
        "as_of": claim.as_of.isoformat() if claim.as_of else "",
        "as_of_precision": claim.as_of_precision or "day",
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        # the groups its sentence names, offered one click each beside the segment
        "groups_named": groups_named(claim.quote),
        "status": claim.status,
        "for_year": claim.as_of.year if claim.as_of else "",
        "edition_year": claim.as_of.year if claim.as_of else "",
    }
