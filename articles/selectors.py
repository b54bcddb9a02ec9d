"""Read queries of the articles app."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, QuerySet
from django.urls import reverse

from regions.sections import Citation, RecordKey

from .choices import ClaimStatus
from .highlight import Run, runs
from .models import Article, Claim


def article_list() -> QuerySet[Article]:
    return Article.objects.annotate(
        accepted_claims=Count("claims", filter=Q(claims__status=ClaimStatus.ACCEPTED))
    ).order_by("-published_date", "-pk")


def latest_articles(limit: int = 5) -> list[Article]:
    return list(article_list()[:limit])


def article_url(article: Article, claim: Claim | None = None) -> str:
    url = reverse("articles:article_detail", args=[article.pk])
    return f"{url}#claim-{claim.pk}" if claim else url


def citations_for_records(records) -> dict[RecordKey, Citation]:
    """Citation provider for regions.sections: the accepted claim behind
    each record, with its article. One query for any number of records."""
    wanted: dict[int, set[int]] = {}
    labels: dict[int, str] = {}
    for record in records:
        content_type = ContentType.objects.get_for_model(record)  # cached by Django
        wanted.setdefault(content_type.pk, set()).add(record.pk)
        labels[content_type.pk] = record._meta.label_lower
    if not wanted:
        return {}
    condition = Q()
    for type_id, ids in wanted.items():
        condition |= Q(record_type_id=type_id, record_id__in=ids)
    claims = (
        Claim.objects.filter(condition, status=ClaimStatus.ACCEPTED)
        .select_related("article")
        .order_by("pk")
    )
    found: dict[RecordKey, Citation] = {}
    for claim in claims:
        article = claim.article
        found.setdefault(
            (labels[claim.record_type_id], claim.record_id),
            Citation(
                outlet=article.outlet,
                title=article.title,
                published=article.published_date,
                published_precision=article.published_precision,
                url=article_url(article, claim),
                quote=claim.quote,
            ),
        )
    return found


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
    claims = list(article.claims.select_related("region", "record_type").order_by("start", "pk"))
    regions_by_record = {c.pk: c.region.code for c in claims if c.region_id}
    return ArticleView(
        article=article,
        runs=runs(article.text, [(c.start, c.end, c.pk) for c in claims]),
        claims=claims,
        record_urls={c.pk: _record_url(c, regions_by_record) for c in claims},
    )


def region_index():
    """The region register as the extractor's plain index. Two queries."""
    from regions.models import Region, RegionAlias

    from .extraction import RegionEntry, RegionIndex

    aliases: dict[int, list[str]] = {}
    for region_id, name in RegionAlias.objects.values_list("region_id", "name"):
        aliases.setdefault(region_id, []).append(name)
    rows = Region.objects.values_list("pk", "code", "name", "level", "parent__code")
    return RegionIndex(
        RegionEntry(
            code=code,
            name=name,
            level=level,
            parent_code=parent,
            aliases=tuple(sorted(aliases.get(pk, []))),
        )
        for pk, code, name, level, parent in rows
    )
