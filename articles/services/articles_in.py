"""Writes of articles coming in: an article from its text (the same text
twice is one article), the claims the extractor proposes for it, and the
accepted claim that links a curated record to its quote (the seed)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from regions.models import Region
from regions.periods import parse_partial_date

from ..choices import ClaimStatus
from ..documents import ArticleDocument, locate_quote, parse_article_file
from ..extraction import RegionIndex, extract_figures
from ..models import Article, Claim, content_hash
from ..sameness import fingerprint, outlet_from_url, same_text, url_key

TRUE_WORDS = {"yes", "ya", "true", "1"}


def article_get_or_create(
    *, document: ArticleDocument, draft: bool = False
) -> tuple[Article, bool]:
    """The article with this text, created from the document when new.
    Importing the same text again returns the existing row unchanged.

    A curated article (the seed: ``draft=False``) is public at once; an
    imported one (``draft=True``) stays a draft until a reviewer accepts one
    of its claims or marks it reviewed."""
    existing = Article.objects.filter(content_hash=content_hash(document.text)).first()
    if existing is not None:
        if not draft and existing.reviewed_at is None:
            existing.reviewed_at = timezone.now()
            existing.save(update_fields=["reviewed_at"])
        return existing, False
    published, precision = None, "day"
    if document.header("date"):
        published, precision = parse_partial_date(document.header("date"))
    article = Article(
        outlet=document.header("outlet") or outlet_from_url(document.header("url")) or "?",
        url=document.header("url"),
        title=document.header("title") or document.text.strip().split("\n", 1)[0][:300],
        published_date=published,
        published_precision=precision,
        date_inferred=document.header("date_inferred").lower() in TRUE_WORDS,
        date_note=document.header("date_note"),
        author=document.header("author"),
        editor=document.header("editor"),
        text=document.text,
        reviewed_at=None if draft else timezone.now(),
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
    # Why an existing article was returned: "text" (the same text), "url"
    # (the same address) or "similar" (nearly the same text); "" when created.
    same_as: str = ""


MANUAL_PATTERN = "manual"


def _confidence(value) -> Decimal | None:
    if value is None:
        return None
    return min(Decimal(1), max(Decimal(0), Decimal(str(value)).quantize(Decimal("0.01"))))


#: how many recent articles of a similar length the near-duplicate check reads
SIMILAR_CANDIDATES = 200


def article_same(*, document: ArticleDocument) -> tuple[Article | None, str]:
    """The article already imported that ``document`` is: the same text, the
    same address (normalised), or nearly the same text (word shingles,
    Jaccard >= 0.9). Returns (article, reason) or (None, "")."""
    existing = Article.objects.filter(content_hash=content_hash(document.text)).first()
    if existing is not None:
        return existing, "text"
    key = url_key(document.header("url"))
    if key:
        existing = Article.objects.filter(url_key=key).order_by("pk").first()
        if existing is not None:
            return existing, "url"
    size = len(document.text)
    words = fingerprint(document.text, size=3)
    candidates = Article.objects.all()
    for word in words:
        candidates = candidates.filter(text__icontains=word)
    candidates = candidates.order_by("-pk").only("pk", "text")[:SIMILAR_CANDIDATES]
    for candidate in candidates:
        if abs(len(candidate.text) - size) <= 0.25 * max(size, 1) and same_text(
            candidate.text, document.text
        ):
            return Article.objects.get(pk=candidate.pk), "similar"
    return None, ""


def claims_propose(*, article: Article, index: RegionIndex) -> int:
    """Run the extractor on the article and store every figure it finds as a
    pending claim for a reviewer. Returns how many were proposed."""
    figures = extract_figures(
        article.text, index, published=article.published_date, url=article.url
    )
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
                pattern=(getattr(figure, "pattern", "") or "")[:80],
                confidence=_confidence(getattr(figure, "confidence", None)),
            )
        )
    for claim in claims:
        claim.full_clean(exclude=["article"])
    Claim.objects.bulk_create(claims)
    return len(claims)


@transaction.atomic
def article_import(*, raw: str, index: RegionIndex) -> ImportResult:
    """Import one article file's text: the article, then its proposed
    claims. The same article again (same text, same address, or nearly the
    same text) creates nothing and names the article it is."""
    document = parse_article_file(raw)
    if not document.text.strip():
        raise ValueError("the file holds no article text")
    same, reason = article_same(document=document)
    if same is not None:
        return ImportResult(article=same, created=False, claims_proposed=0, same_as=reason)
    article, created = article_get_or_create(document=document, draft=True)
    proposed = claims_propose(article=article, index=index) if created else 0
    return ImportResult(article=article, created=created, claims_proposed=proposed)


# --- Reviewing claims -------------------------------------------------------
#
# A reviewer accepts a pending claim (it becomes a coverage figure, target or
# budget, linked back to the claim) or rejects it with a reason. The record is
# validated by the same regions forms the admin uses, written inside one
# transaction, and its history (simple_history) names the reviewer.
