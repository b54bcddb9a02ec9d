"""Accepting a claim: the record it becomes (a figure, target, budget or
award placement), made through the admin's own forms, with the refusals that
keep a reviewer from overwriting what is recorded without confirming it."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models, transaction
from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _

from regions import formatting
from regions.choices import RecordStatus, Segment
from regions.forms import BudgetAllocationForm, CoverageFigureForm, CoverageTargetForm
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget
from regions.periods import format_partial_date
from regions.scoping import REVIEW, in_scope

from ..choices import ClaimStatus, Metric
from ..models import Article, Claim
from ..publishers import canonical, publisher_key
from ..review import (
    AWARD,
    BUDGET,
    FIGURE,
    FIGURE_FIELDS,
    TARGET,
    record_kind,
    value_field,
)

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


def _review_errors(form) -> ValidationError:
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


def _refuse_award() -> None:
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
            _refuse_award()
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
        raise _review_errors(form)
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
