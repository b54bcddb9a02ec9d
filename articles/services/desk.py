"""The review desk's other writes: rejecting, accepting or rejecting many
claims at once, a claim added by hand or its quote moved, an article marked
reviewed or deleted; and what the desk shows beside a claim (defaults, the
record it would change)."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from regions.choices import DatePrecision, FundingSource, Segment
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from regions.scoping import REVIEW, in_scope

from ..choices import ClaimStatus
from ..models import Article, Claim
from ..review import (
    AWARD,
    BULK_ACCEPT_METRICS,
    end_of_year,
    record_kind,
)
from .accept import (
    COMPARED_FIELDS,
    AcceptResult,
    BulkRefused,
    Refusal,
    _as_number,
    _check_reviewable,
    _locked,
    claim_accept,
)
from .articles_in import MANUAL_PATTERN


@transaction.atomic
def claim_reject(*, claim: Claim, reviewer, reason: str) -> Claim:
    """Reject a pending claim with a reason; the claim stays, for the record."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"note": _("Tulis alasan penolakan.")}, code="required")
    claim = _locked(claim)
    _check_reviewable(claim, reviewer)
    claim.status = ClaimStatus.REJECTED
    claim.review_note = reason
    claim.reviewed_by = reviewer
    claim.reviewed_at = timezone.now()
    claim.save(update_fields=["status", "review_note", "reviewed_by", "reviewed_at"])
    return claim


def _refusal_text(error: ValidationError | PermissionDenied) -> str:
    if isinstance(error, PermissionDenied):
        return str(_("Wilayah klaim ini di luar cakupan tinjauan Anda."))
    if getattr(error, "error_dict", None) and "confirm_update" in error.error_dict:
        return str(
            _(
                "Angka dengan kunci yang sama sudah tercatat dengan nilai lain; buka klaim "
                "ini untuk membandingkan dan memperbaruinya dengan konfirmasi."
            )
        )
    return " ".join(strip_tags(str(message)) for message in error.messages)


def _bulk_refusal(claim: Claim, reviewer) -> str | None:
    try:
        _check_reviewable(claim, reviewer)
    except (ValidationError, PermissionDenied) as error:
        return _refusal_text(error)
    return None


def _claims_in_order(claims) -> list[Claim]:
    return list(
        Claim.objects.filter(pk__in=[c.pk for c in claims])
        .select_related("article", "region")
        .order_by("article__created_at", "article_id", "start", "pk")
    )


@transaction.atomic
def claims_reject(*, claims, reviewer, reason: str) -> int:
    """Reject every claim with the same reason, or none: raises BulkRefused
    naming each claim that is not pending or not in the reviewer's scope."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"note": _("Tulis alasan penolakan.")}, code="required")
    claims = _claims_in_order(claims)
    refusals = [
        Refusal(claim, reason_)
        for claim in claims
        if (reason_ := _bulk_refusal(claim, reviewer)) is not None
    ]
    if refusals:
        raise BulkRefused(refusals)
    for claim in claims:
        claim_reject(claim=claim, reviewer=reviewer, reason=reason)
    return len(claims)


def bulk_accept_refusal(claim: Claim, reviewer) -> str | None:
    """Why ``claim`` cannot be accepted without its own review page, or None."""
    reason = _bulk_refusal(claim, reviewer)
    if reason:
        return reason
    if claim.metric not in BULK_ACCEPT_METRICS:
        return str(
            _("%(metric)s perlu isian tambahan: tinjau klaim ini sendiri.")
            % {"metric": claim.get_metric_display()}
        )
    if claim.region_id is None:
        return str(_("Wilayah belum diisi: tinjau klaim ini sendiri."))
    if claim.as_of is None:
        return str(_("Tanggal belum diisi: tinjau klaim ini sendiri."))
    return None


def claims_accept(
    *,
    claims,
    reviewer,
    publisher: str,
    publisher_kind: str,
    participant_kind: str = "",
    denominator_kind: str = "",
) -> list[AcceptResult]:
    """Accept every claim as proposed, with one publisher for all, or none.

    All or nothing: the claims are accepted in article and text order inside
    one transaction; if any is refused, everything is rolled back and
    BulkRefused names every refused claim with its reason (the others were
    checked too, so one pass shows all that needs fixing)."""
    refusals: list[Refusal] = []
    results: list[AcceptResult] = []
    with transaction.atomic():
        for claim in _claims_in_order(claims):
            reason = bulk_accept_refusal(claim, reviewer)
            if reason is None:
                proposal = {
                    "region": claim.region,
                    "metric": claim.metric,
                    "segment": claim.segment,
                    "value": claim.value,
                    "as_of": claim.as_of,
                    "as_of_precision": claim.as_of_precision,
                    "publisher": publisher.strip(),
                    "publisher_kind": publisher_kind,
                    "participant_kind": participant_kind,
                    "denominator_kind": denominator_kind,
                    "denominator_label": "",
                    "is_approximate": False,
                }
                try:
                    with transaction.atomic():  # a savepoint: the next claims still run
                        results.append(
                            claim_accept(claim=claim, reviewer=reviewer, proposal=proposal)
                        )
                except (ValidationError, PermissionDenied) as error:
                    reason = _refusal_text(error)
            if reason is not None:
                refusals.append(Refusal(claim, reason))
        if refusals:
            raise BulkRefused(refusals)  # rolls back the claims accepted before
    return results


def claim_review_defaults(claim: Claim) -> dict:
    """Where a reviewer starts: the claim as proposed, the publisher of the
    figures already accepted from the same article (the article's outlet is
    not the publisher, so otherwise it is left for the reviewer), and the
    record details that follow from the claim (a target falls due at the end
    of its year; a budget belongs to the year of its date)."""
    initial = {
        "region": claim.region_id,
        "metric": claim.metric,
        "segment": claim.segment,
        "value": claim.value,
        "as_of": claim.as_of,
        "as_of_precision": claim.as_of_precision or DatePrecision.DAY,
        "target_date_precision": DatePrecision.YEAR,
        "funding_source": FundingSource.APBD,
    }
    if claim.as_of:
        initial["target_date"] = end_of_year(claim.as_of)
        initial["year"] = claim.as_of.year
    earlier = (
        Claim.objects.filter(article_id=claim.article_id, status=ClaimStatus.ACCEPTED)
        .exclude(pk=claim.pk)
        .select_related("record_type")
        .order_by("-reviewed_at", "-pk")
    )
    ids = {
        model: [c.record_id for c in earlier if c.record_type.model_class() is model]
        for model in (CoverageFigure, CoverageTarget, BudgetAllocation)
    }
    figure = CoverageFigure.objects.filter(pk__in=ids[CoverageFigure]).order_by("-pk").first()
    if figure is not None:
        for name in ("publisher", "publisher_kind", "participant_kind", "denominator_kind"):
            initial[name] = getattr(figure, name)
    target = CoverageTarget.objects.filter(pk__in=ids[CoverageTarget]).order_by("-pk").first()
    if target is not None:
        initial.update(issuer=target.issuer, issuer_kind=target.issuer_kind)
    budget = BudgetAllocation.objects.filter(pk__in=ids[BudgetAllocation]).order_by("-pk").first()
    if budget is not None:
        initial.setdefault("publisher", budget.publisher)
        initial.update(funding_source=budget.funding_source)
    return initial


def record_comparison(kind: str, record: models.Model, field: str, value) -> list[dict]:
    """Rows for "what exists vs what the claim proposes": each compared field
    of the existing record, its value now and after accepting."""
    rows = []
    for name in COMPARED_FIELDS[kind]:
        current = getattr(record, name)
        after = _as_number(field, value) if name == field else current
        rows.append(
            {
                "label": record._meta.get_field(name).verbose_name,
                "name": name,
                "current": current,
                "after": after,
                "changes": name == field and current != after,
                "fills": name == field and current is None,
            }
        )
    return rows


# --- The review desk --------------------------------------------------------
#
# One page per article: the reviewer adds a claim the extractor missed by
# selecting its sentence, corrects a quote's span, accepts the rest of an
# article's claims at once, marks an article reviewed, or deletes junk.

SPAN_MISMATCH = _("Kutipan tidak cocok dengan teks artikel di posisi itu; pilih ulang teksnya.")


def _checked_span(article: Article, start: int, end: int, quote: str) -> tuple[int, int, str]:
    """The span, when text[start:end] is exactly the quote (outer spaces
    trimmed from both); else a ValidationError on "quote"."""
    if not (0 <= start < end <= len(article.text)) or article.text[start:end] != quote:
        raise ValidationError({"quote": SPAN_MISMATCH}, code="span")
    stripped = quote.strip()
    if not stripped:
        raise ValidationError({"quote": SPAN_MISMATCH}, code="span")
    start += len(quote) - len(quote.lstrip())
    return start, start + len(stripped), stripped


@transaction.atomic
def claim_add(
    *,
    article: Article,
    reviewer,
    start: int,
    end: int,
    quote: str,
    metric: str,
    value,
    segment: str = Segment.TOTAL,
    region: Region | None = None,
    as_of: date | None = None,
    as_of_precision: str = "",
) -> Claim:
    """A claim the extractor missed, added by selecting its sentence: it
    keeps the exact quote and offsets (checked against the text) and waits
    for review like the others, with the pattern "manual"."""
    start, end, quote = _checked_span(article, start, end, quote)
    if region is not None and not in_scope(reviewer, region.pk, REVIEW):
        raise ValidationError({"region": _("Wilayah ini di luar cakupan tinjauan Anda.")})
    if region is None and not in_scope(reviewer, None, REVIEW):
        raise ValidationError({"region": _("Pilih wilayah dalam cakupan Anda.")})
    claim = Claim(
        article=article,
        metric=metric,
        segment=segment or Segment.TOTAL,
        value=value,
        region=region,
        as_of=as_of,
        as_of_precision=(as_of_precision or DatePrecision.DAY) if as_of else "",
        quote=quote,
        start=start,
        end=end,
        status=ClaimStatus.PENDING,
        pattern=MANUAL_PATTERN,
    )
    claim.full_clean()
    claim.save()
    return claim


@transaction.atomic
def claim_span_set(*, claim: Claim, reviewer, start: int, end: int, quote: str) -> Claim:
    """Move a pending claim's quote to another span of its article (a longer
    sentence, the right occurrence)."""
    claim = _locked(claim)
    _check_reviewable(claim, reviewer)
    claim.start, claim.end, claim.quote = _checked_span(claim.article, start, end, quote)
    claim.full_clean()
    claim.save(update_fields=["start", "end", "quote"])
    return claim


@transaction.atomic
def article_mark_reviewed(*, article: Article, reviewer) -> Article:
    """The reviewer has read the article: it leaves the drafts and shows on
    /sumber/ (even with no figure accepted from it)."""
    if article.claims.filter(status=ClaimStatus.PENDING).exists():
        raise ValidationError(
            _("Masih ada klaim yang menunggu; terima atau tolak dulu."), code="pending"
        )
    article.reviewed_at = timezone.now()
    article.reviewed_by = reviewer
    article.save(update_fields=["reviewed_at", "reviewed_by"])
    return article


@transaction.atomic
def article_delete(*, article: Article, reviewer) -> None:
    """Delete a junk article with its claims. Refused when a figure was
    accepted from it (the figure cites it) or when one of its claims lies
    outside the reviewer's regions."""
    claims = list(article.claims.all())
    if any(c.status == ClaimStatus.ACCEPTED for c in claims):
        raise ValidationError(
            _("Artikel ini sumber angka yang sudah diterima; tidak bisa dihapus."),
            code="cited",
        )
    if not all(in_scope(reviewer, c.region_id, REVIEW) for c in claims):
        raise PermissionDenied
    article.delete()


def claims_accept_rest(*, article: Article, reviewer, shared: dict) -> list[AcceptResult]:
    """Accept every pending claim of the article as proposed, with the
    details the reviewer gave once for all (publisher, issuer, award
    edition), or none: raises BulkRefused naming each claim that cannot go
    through as it stands."""
    pending = list(
        article.claims.filter(status=ClaimStatus.PENDING).select_related("region", "article")
    )
    refusals: list[Refusal] = []
    results: list[AcceptResult] = []
    with transaction.atomic():
        for claim in sorted(pending, key=lambda c: (c.start, c.pk)):
            defaults = claim_review_defaults(claim)
            proposal = {
                **defaults,
                **{k: v for k, v in shared.items() if v not in (None, "")},
                "region": claim.region,
                "metric": claim.metric,
                "segment": claim.segment,
                "value": claim.value,
                "as_of": claim.as_of,
                "as_of_precision": claim.as_of_precision or DatePrecision.DAY,
            }
            proposal.setdefault("publisher_kind", "")
            proposal["publisher_kind"] = proposal["publisher_kind"] or ""
            if claim.as_of is None and record_kind(claim.metric) != AWARD:
                refusals.append(Refusal(claim, str(_("Tanggal belum diisi."))))
                continue
            if claim.region_id is None:
                refusals.append(Refusal(claim, str(_("Wilayah belum diisi."))))
                continue
            try:
                with transaction.atomic():
                    results.append(claim_accept(claim=claim, reviewer=reviewer, proposal=proposal))
            except (ValidationError, PermissionDenied) as error:
                refusals.append(Refusal(claim, _refusal_text(error)))
        if refusals:
            raise BulkRefused(refusals)
    return results
