"""Writes in the articles app: importing article text, recording claims."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models, transaction
from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _

from regions import formatting
from regions.choices import DatePrecision, FundingSource, RecordStatus, Segment
from regions.forms import BudgetAllocationForm, CoverageFigureForm, CoverageTargetForm
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from regions.periods import format_partial_date, parse_partial_date
from regions.scoping import REVIEW, in_scope

from .choices import ClaimStatus, Metric
from .documents import ArticleDocument, locate_quote, parse_article_file
from .extraction import RegionIndex, extract_figures
from .models import Article, Claim, content_hash
from .publishers import canonical, publisher_key
from .review import (
    AWARD,
    BUDGET,
    BULK_ACCEPT_METRICS,
    FIGURE,
    FIGURE_FIELDS,
    TARGET,
    end_of_year,
    record_kind,
    value_field,
)
from .sameness import fingerprint, outlet_from_url, same_text, url_key

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

RECORD_FORMS = {
    FIGURE: CoverageFigureForm,
    TARGET: CoverageTargetForm,
    BUDGET: BudgetAllocationForm,
}
RECORD_MODELS = {
    FIGURE: CoverageFigure,
    TARGET: CoverageTarget,
    BUDGET: BudgetAllocation,
}
#: record-form fields whose errors belong to the claim's value in the review form
VALUE_ERROR_FIELDS = {"percent", "covered", "eligible", "target_percent", "amount"}
#: record-form fields the review form also has (same name)
REVIEW_FORM_FIELDS = {
    "region", "segment", "as_of", "as_of_precision", "publisher", "publisher_kind",
    "participant_kind", "denominator_kind", "denominator_label", "is_approximate", "issuer",
    "issuer_kind", "target_date", "target_date_precision", "baseline_percent", "baseline_date",
    "year", "purpose", "funding_source",
}  # fmt: skip
#: the record fields a reviewer compares when a record with the same key exists
COMPARED_FIELDS = {
    FIGURE: ("percent", "covered", "eligible"),
    TARGET: ("target_percent", "baseline_percent", "baseline_date"),
    BUDGET: ("amount", "workers_funded"),
}


@dataclass(frozen=True)
class AcceptResult:
    claim: Claim
    record: models.Model
    created: bool  # a new record; else an existing one was completed or updated
    field: str  # the record field the claim's value went into
    previous: object  # that field's value before (None for a new record)

    @property
    def changed_existing(self) -> bool:
        return not self.created and self.previous is not None


@dataclass(frozen=True)
class Refusal:
    claim: Claim
    reason: str


class BulkRefused(Exception):
    """A bulk action refused as a whole; every claim that stopped it is named."""

    def __init__(self, refusals: list[Refusal]):
        super().__init__(f"{len(refusals)} claim(s) refused")
        self.refusals = refusals


def display_value(field: str, value) -> str:
    """A record field's value the Indonesian way (46,44 %, 1.300.000, Rp1,2 miliar)."""
    if value is None:
        return "–"
    if isinstance(value, date):
        return formatting.date_id(value)
    if field.endswith("percent"):
        return formatting.percent_id(value)
    if field == "amount":
        return formatting.rupiah(int(value))
    return formatting.number_id(value)


def _admin_link(record: models.Model) -> str:
    meta = record._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])


def record_existing(kind: str | None, proposal: dict) -> models.Model | None:
    """The record that accepting ``proposal`` would land on: the one with the
    same natural key (a figure: region, segment, date and publisher; a
    target: region, segment, deadline and issuer; a budget: region, year,
    funding source and purpose), or None."""
    keys = {
        FIGURE: ("region", "segment", "as_of", "publisher"),
        TARGET: ("region", "segment", "target_date", "issuer"),
        BUDGET: ("region", "year", "funding_source", "purpose"),
    }.get(kind)
    if keys is None:
        return None
    lookup = {key: proposal.get(key) for key in keys}
    if any(value in (None, "") for value in lookup.values()):
        return None
    # Publishers and issuers are compared by their canonical name, so
    # "BPJamsostek" and "BPJS Ketenagakerjaan" are one publisher.
    named = {"publisher", "issuer"} & set(lookup)
    wanted = {name: publisher_key(str(lookup.pop(name))) for name in named}
    candidates = RECORD_MODELS[kind].objects.filter(**lookup).select_related("region")
    for record in candidates.order_by("pk"):
        if all(publisher_key(getattr(record, name)) == key for name, key in wanted.items()):
            return record
    return None


def figures_same_place(proposal: dict) -> list[CoverageFigure]:
    """Figures already recorded for the proposal's region, segment and date,
    whatever their publisher: they tell the reviewer which publisher names
    are in use (a figure is matched on the publisher written the same way)."""
    lookup = {key: proposal.get(key) for key in ("region", "segment", "as_of")}
    if any(value in (None, "") for value in lookup.values()):
        return []
    return list(CoverageFigure.objects.filter(**lookup).order_by("publisher")[:10])


def _as_number(field: str, value) -> Decimal | int | None:
    """A claim's value as the record field holds it (counts are whole)."""
    if value is None:
        return None
    if field in ("percent", "target_percent", "baseline_percent"):
        return Decimal(value).quantize(Decimal("0.01"))
    return int(value) if Decimal(value) == int(value) else Decimal(value)


def _form_value(value) -> object:
    """A Python value as the regions forms read it from a POST. Decimals
    always carry two decimals, so "1.300" is never read as a thousand."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01")))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, models.Model):
        return value.pk
    return str(value)


def _article_provenance(article: Article) -> dict:
    """The article the claim quotes as the record's source: public pages cite
    its outlet, title, date and address, never the reviewer who accepted it.
    It counts as a source even for an article uploaded as text, without an
    address or a date (regions.models.has_source)."""
    return {
        "status": RecordStatus.PUBLISHED,
        "source_kind": "article",
        "source_outlet": article.outlet,
        "source_date": article.published_date or "",
        "source_title": article.title,
        "source_url": article.url,
    }


def _new_record_data(kind: str, metric: str, proposal: dict, article: Article) -> dict:
    provenance = {**_article_provenance(article), "note": ""}
    value = proposal["value"]
    if kind == FIGURE:
        data = {
            name: proposal.get(name, "")
            for name in ("region", "segment", "as_of", "as_of_precision", "publisher",
                         "publisher_kind", "denominator_kind", "denominator_label",
                         "participant_kind")
        }  # fmt: skip
        data.update({"covered": None, "eligible": None, "percent": None})
        data[FIGURE_FIELDS[metric]] = value
        data["is_approximate"] = bool(proposal.get("is_approximate"))
    elif kind == TARGET:
        data = {
            name: proposal.get(name)
            for name in ("region", "segment", "baseline_percent", "baseline_date", "target_date",
                         "target_date_precision", "issuer", "issuer_kind")
        }  # fmt: skip
        data.update({"target_percent": value, "is_primary": False, "legal_basis": ""})
    else:
        data = {
            name: proposal.get(name)
            for name in ("region", "year", "purpose", "funding_source", "publisher")
        }
        data.update(
            {
                "amount": value,
                "amount_is_approximate": False,
                "recurring": False,
                "months_covered": None,
                "workers_funded": None,
            }
        )
    data.update(provenance)
    return {name: _form_value(v) for name, v in data.items()}


def _existing_record_data(
    form_class, record: models.Model, field: str, value, article: Article
) -> dict:
    data = {
        name: _form_value(v)
        for name, v in model_to_dict(record, fields=form_class._meta.fields).items()
    }
    data[field] = _form_value(value)
    if record.status != RecordStatus.PUBLISHED:
        # A record kept unverified for want of a source gets one: the
        # article the reviewer has just confirmed it from. A published
        # record keeps the source it already cites.
        data.update(
            {
                name: _form_value(v)
                for name, v in _article_provenance(article).items()
                if name in data
            }
        )
    return data


def _review_errors(form, kind: str) -> ValidationError:
    """The record form's errors, moved onto the review form's fields."""
    errors: dict[str, list] = {}
    for name, messages_ in form.errors.items():
        if name in VALUE_ERROR_FIELDS:
            target = "value"
        elif name in REVIEW_FORM_FIELDS:
            target = name
        else:
            target = NON_FIELD_ERRORS
        for message in messages_:
            if target == NON_FIELD_ERRORS and name != NON_FIELD_ERRORS:
                label = form.fields[name].label if name in form.fields else name
                message = f"{label}: {message}"
            errors.setdefault(target, []).append(message)
    return ValidationError(errors)


def _check_reviewable(claim: Claim, reviewer) -> None:
    if not in_scope(reviewer, claim.region_id, REVIEW):
        raise PermissionDenied
    if claim.status != ClaimStatus.PENDING:
        raise ValidationError(
            _("Klaim ini sudah ditinjau (%(status)s).") % {"status": claim.get_status_display()},
            code="reviewed",
        )


def _locked(claim: Claim) -> Claim:
    # Lock the claim row only (the region join is nullable: PostgreSQL
    # refuses FOR UPDATE on the outer side of a join).
    return (
        Claim.objects.select_for_update(of=("self",))
        .select_related("article", "region")
        .get(pk=claim.pk)
    )


def _refuse_award(metric: str) -> None:
    raise ValidationError(
        {
            "metric": ValidationError(
                format_html(
                    '{} <a href="{}">{}</a>',
                    _(
                        "Hasil Paritrana Award tidak dicatat dari antrean ini; catat di "
                        "admin Paritrana (hasil penghargaan) dan biarkan klaim ini menunggu, "
                        "atau tolak."
                    ),
                    reverse("admin:awards_outcome_changelist"),
                    _("Buka hasil penghargaan"),
                ),
                code="award",
            )
        }
    )


def _refuse_workforce_without_figure(proposal: dict) -> None:
    raise ValidationError(
        {
            "value": ValidationError(
                _(
                    "Belum ada angka cakupan untuk %(region)s, segmen %(segment)s, per "
                    "%(date)s, dari penerbit “%(publisher)s”. Penyebut saja tidak bisa "
                    "dicatat (angka cakupan wajib punya jumlah peserta atau persentase): "
                    "terima dulu klaim jumlah peserta atau persentase cakupan untuk kunci "
                    "yang sama, lalu terima penyebut ini."
                ),
                code="workforce_without_figure",
                params={
                    "region": proposal["region"],
                    "segment": Segment(proposal["segment"]).label,
                    "date": format_partial_date(proposal["as_of"], proposal["as_of_precision"]),
                    "publisher": proposal.get("publisher") or "?",
                },
            )
        }
    )


def _refuse_without_confirmation(record: models.Model, field: str, current, value) -> None:
    label = record._meta.get_field(field).verbose_name
    raise ValidationError(
        {
            "confirm_update": ValidationError(
                format_html(
                    '{} <a href="{}">{}</a>. {}',
                    _("Angka dengan kunci yang sama sudah tercatat:"),
                    _admin_link(record),
                    record,
                    _(
                        "%(field)s di sana %(current)s, klaim ini mengusulkan %(value)s. "
                        "Centang “Perbarui angka yang ada” untuk menggantinya."
                    )
                    % {
                        "field": capfirst(label),
                        "current": display_value(field, current),
                        "value": display_value(field, value),
                    },
                ),
                code="needs_confirmation",
            )
        }
    )


def _refuse_second_claim(claim: Claim, record: models.Model, metric: str) -> None:
    other = (
        Claim.objects.filter(
            article_id=claim.article_id,
            record_type=ContentType.objects.get_for_model(record),
            record_id=record.pk,
            metric=metric,
        )
        .exclude(pk=claim.pk)
        .first()
    )
    if other is not None:
        raise ValidationError(
            _(
                "Klaim lain dari artikel yang sama (“%(quote)s”) sudah tercatat untuk angka "
                "ini dengan jenis yang sama. Tolak klaim ini sebagai duplikat."
            ),
            code="duplicate_claim",
            params={"quote": Truncator(other.quote).chars(80)},
        )


@transaction.atomic
def claim_accept(
    *, claim: Claim, reviewer, proposal: dict, confirm_update: bool = False, note: str = ""
) -> AcceptResult:
    """Accept a pending claim as the reviewer corrected it (``proposal``: the
    review form's cleaned data) and link it to the record it becomes.

    - coverage_pct / participants / workforce -> CoverageFigure.percent /
      .covered / .eligible; a workforce figure needs the figure (same region,
      segment, date and publisher) to exist already;
    - target_pct -> CoverageTarget.target_percent; budget_idr ->
      BudgetAllocation.amount; award_rank is refused (the awards admin).

    When a record with the same natural key exists, the claim's value goes
    into it and nothing else changes; replacing a different value already
    recorded needs ``confirm_update``. Raises ValidationError (keyed by the
    review form's fields) or PermissionDenied (out of scope); nothing is
    written then."""
    claim = _locked(claim)
    _check_reviewable(claim, reviewer)
    metric, region = proposal["metric"], proposal.get("region")
    if not in_scope(reviewer, region.pk if region else None, REVIEW):
        raise ValidationError(
            {"region": _("Wilayah ini di luar cakupan tinjauan Anda.")}, code="scope"
        )
    proposal = {
        **proposal,
        "publisher": canonical(proposal.get("publisher") or ""),
        "issuer": canonical(proposal.get("issuer") or ""),
    }
    kind = record_kind(metric)
    if kind == AWARD:
        if metric != Metric.AWARD_RANK:
            _refuse_award(metric)
        return _accept_award(claim, reviewer, proposal, note)
    if kind is None or proposal.get("value") is None:
        raise ValidationError({"metric": _("Jenis angka ini tidak bisa diterima sebagai angka.")})
    field = value_field(metric)
    value = _as_number(field, proposal["value"])
    form_class = RECORD_FORMS[kind]
    existing = record_existing(kind, proposal)
    previous = getattr(existing, field) if existing is not None else None
    if existing is None:
        if metric == Metric.WORKFORCE:
            _refuse_workforce_without_figure(proposal)
        form = form_class(data=_new_record_data(kind, metric, proposal, claim.article))
    else:
        if previous is not None and previous != value and not confirm_update:
            _refuse_without_confirmation(existing, field, previous, value)
        _refuse_second_claim(claim, existing, metric)
        form = form_class(
            data=_existing_record_data(form_class, existing, field, value, claim.article),
            instance=existing,
        )
    if not form.is_valid():
        raise _review_errors(form, kind)
    record = form.save(commit=False)
    if existing is None:
        record.entered_by = reviewer
    record._history_user = reviewer
    record.save()
    _claim_mark_accepted(claim, reviewer, proposal, record, note)
    return AcceptResult(
        claim=claim, record=record, created=existing is None, field=field, previous=previous
    )


#: the claim fields a reviewer may correct; a change marks the claim corrected
CORRECTABLE = ("region", "metric", "segment", "value", "as_of", "as_of_precision")


def _claim_mark_accepted(claim: Claim, reviewer, proposal: dict, record, note: str) -> None:
    before = {name: getattr(claim, name) for name in CORRECTABLE}
    for name in CORRECTABLE:
        setattr(claim, name, proposal[name])
    claim.corrected = any(
        _differs(name, before[name], getattr(claim, name))
        for name in CORRECTABLE
        if name != "as_of_precision"
    )
    claim.record = record
    claim.status = ClaimStatus.ACCEPTED
    claim.review_note = note.strip()
    claim.reviewed_by = reviewer
    claim.reviewed_at = timezone.now()
    claim.full_clean()
    claim.save()


def _differs(name: str, before, after) -> bool:
    if name == "value" and before is not None and after is not None:
        return Decimal(before) != Decimal(after)
    if isinstance(before, models.Model) or isinstance(after, models.Model):
        return getattr(before, "pk", before) != getattr(after, "pk", after)
    return before != after


def _accept_award(claim: Claim, reviewer, proposal: dict, note: str) -> AcceptResult:
    """An award rank becomes a Paritrana outcome with the claim's quote;
    the edition is created on the way when it does not exist yet."""
    from awards.services import outcome_record_from_source  # articles -> awards, one way

    year = proposal.get("edition_year")
    stage = proposal.get("edition_stage")
    if not year or not stage:
        raise ValidationError(
            {
                "edition_year": _("Isi tahun dan tingkat edisi penghargaan."),
            },
            code="required",
        )
    value = proposal.get("value")
    rank = int(value) if value is not None else None
    if rank is not None and (rank < 1 or Decimal(value) != rank):
        raise ValidationError({"value": _("Peringkat adalah bilangan bulat mulai dari 1.")})
    article = claim.article
    result = outcome_record_from_source(
        year=int(year),
        stage=stage,
        province=proposal.get("edition_province"),
        region=proposal.get("region"),
        rank=rank,
        title=(proposal.get("award_title") or "Paritrana Award").strip(),
        for_year=proposal.get("for_year") or None,
        zone=(proposal.get("zone") or "").strip(),
        source={
            "outlet": article.outlet,
            "title": article.title,
            "url": article.url,
            "date": article.published_date,
            "quote": claim.quote,
        },
        user=reviewer,
    )
    _refuse_second_claim(claim, result.outcome, claim.metric)
    _claim_mark_accepted(claim, reviewer, proposal, result.outcome, note)
    return AcceptResult(
        claim=claim, record=result.outcome, created=result.created, field="rank", previous=None
    )


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
