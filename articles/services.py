"""Writes in the articles app: importing article text, recording claims."""

from dataclasses import dataclass
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from regions.models import Region
from regions.periods import parse_partial_date

from .choices import ClaimStatus
from .documents import ArticleDocument, locate_quote, parse_article_file
from .extraction import RegionIndex, extract_figures
from .models import Article, Claim, content_hash

TRUE_WORDS = {"yes", "ya", "true", "1"}


def article_get_or_create(*, document: ArticleDocument) -> tuple[Article, bool]:
    """The article with this text, created from the document when new.
    Importing the same text again returns the existing row unchanged."""
    existing = Article.objects.filter(content_hash=content_hash(document.text)).first()
    if existing is not None:
        return existing, False
    published, precision = None, "day"
    if document.header("date"):
        published, precision = parse_partial_date(document.header("date"))
    article = Article(
        outlet=document.header("outlet") or "?",
        url=document.header("url"),
        title=document.header("title") or document.text.strip().split("\n", 1)[0][:300],
        published_date=published,
        published_precision=precision,
        date_inferred=document.header("date_inferred").lower() in TRUE_WORDS,
        date_note=document.header("date_note"),
        author=document.header("author"),
        editor=document.header("editor"),
        text=document.text,
    )
    article.full_clean(exclude=["content_hash"])
    article.save()
    return article, True


def claim_accepted_for_record(
    *,
    article: Article,
    quote: str,
    within: str | None,
    metric: str,
    segment: str,
    value,
    region: Region | None,
    as_of: date | None,
    as_of_precision: str,
    record: models.Model,
) -> tuple[Claim, bool]:
    """An accepted claim linking ``record`` to the exact quote in ``article``.
    One claim per (article, record): calling again returns the same claim."""
    start, end = locate_quote(article.text, quote, within=within)
    record_type = ContentType.objects.get_for_model(record)
    claim = Claim.objects.filter(
        article=article, record_type=record_type, record_id=record.pk
    ).first()
    values = {
        "metric": metric,
        "segment": segment,
        "value": value,
        "region": region,
        "as_of": as_of,
        "as_of_precision": as_of_precision if as_of else "",
        "quote": article.text[start:end],
        "start": start,
        "end": end,
        "status": ClaimStatus.ACCEPTED,
    }
    if claim is None:
        claim = Claim(
            article=article,
            record_type=record_type,
            record_id=record.pk,
            reviewed_at=timezone.now(),
            **values,
        )
        claim.full_clean()
        claim.save()
        return claim, True
    changed = [name for name, value in values.items() if getattr(claim, name) != value]
    for name in changed:
        setattr(claim, name, values[name])
    if changed:
        claim.full_clean()
        claim.save()
    return claim, False


@dataclass(frozen=True)
class ImportResult:
    article: Article
    created: bool
    claims_proposed: int


def claims_propose(*, article: Article, index: RegionIndex) -> int:
    """Run the extractor on the article and store every figure it finds as a
    pending claim for a reviewer. Returns how many were proposed."""
    figures = extract_figures(article.text, index, published=article.published_date)
    regions = Region.objects.in_bulk(
        {f.region_code for f in figures if f.region_code}, field_name="code"
    )
    claims = []
    for figure in figures:
        as_of, precision = (None, "")
        if figure.as_of:
            as_of, precision = parse_partial_date(figure.as_of)
        claims.append(
            Claim(
                article=article,
                metric=figure.metric,
                segment=figure.segment,
                value=figure.value,
                region=regions.get(figure.region_code),
                as_of=as_of,
                as_of_precision=precision,
                quote=figure.quote,
                start=figure.start,
                end=figure.end,
                status=ClaimStatus.PENDING,
            )
        )
    for claim in claims:
        claim.full_clean(exclude=["article"])
    Claim.objects.bulk_create(claims)
    return len(claims)


@transaction.atomic
def article_import(*, raw: str, index: RegionIndex) -> ImportResult:
    """Import one article file's text: the article, then its proposed
    claims. The same text again creates nothing."""
    document = parse_article_file(raw)
    if not document.text.strip():
        raise ValueError("the file holds no article text")
    article, created = article_get_or_create(document=document)
    proposed = claims_propose(article=article, index=index) if created else 0
    return ImportResult(article=article, created=created, claims_proposed=proposed)
