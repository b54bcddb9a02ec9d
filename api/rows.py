"""The rows of the API lists, built straight from the records: what the
serializers in api/serializers.py describe (the OpenAPI document reads
those; tests/api check that both name the same fields in the same order),
without DRF's field machinery, which costs about ten times more per row.
"""

from types import SimpleNamespace

from django.urls import reverse

from regions.sections import record_key

from .serializers import RECORD_TYPES, absolute

EMPTY_CITATION = {"outlet": "", "title": "", "date": None, "url": "", "quote": ""}


def _iso(value):
    return value.isoformat() if value is not None else None


def _region(region) -> dict:
    if region is None:
        return {"region_code": None, "region_bps_code": None, "region_name": None}
    return {
        "region_code": region.code,
        "region_bps_code": region.bps_code,
        "region_name": region.name,
    }


def _citation(record, context) -> dict:
    found = context.get("citations", {}).get(record_key(record))
    if found is None:
        return dict(EMPTY_CITATION)
    return {
        "outlet": found.outlet,
        "title": found.title,
        "date": _iso(found.published),
        "url": absolute(context.get("request"), found.url),
        "quote": found.quote,
    }


def region_row(region, _context) -> dict:
    return {
        "code": region.code,
        "bps_code": region.bps_code,
        "name": region.name,
        "level": region.level,
        "parent_code": region.parent.code if region.parent_id else None,
        "kanwil_code": region.kanwil.code if region.kanwil_id else None,
        "kanwil_name": region.kanwil.name if region.kanwil_id else None,
        "aliases": [alias.name for alias in region.aliases.all()],
        "latest_percent": getattr(region, "latest_percent", None),
    }


def figure_row(f, context) -> dict:
    return {
        "id": f.pk,
        **_region(f.region),
        "as_of": _iso(f.as_of),
        "as_of_precision": f.as_of_precision,
        "segment": f.segment,
        "percent": f.percent,
        "covered": f.covered,
        "eligible": f.eligible,
        "is_approximate": f.is_approximate,
        "publisher": f.publisher,
        "publisher_kind": f.publisher_kind,
        "denominator_kind": f.denominator_kind,
        "denominator_label": f.denominator_label,
        "participant_kind": f.participant_kind,
        "quality_warning": f.quality_warning,
        "previous_percent": f.previous_percent,
        "is_synthetic": f.is_synthetic,
        "citation": _citation(f, context),
    }


def target_row(t, context) -> dict:
    return {
        "id": t.pk,
        **_region(t.region),
        "segment": t.segment,
        "baseline_percent": t.baseline_percent,
        "baseline_date": _iso(t.baseline_date),
        "target_percent": t.target_percent,
        "target_date": _iso(t.target_date),
        "target_date_precision": t.target_date_precision,
        "issuer": t.issuer,
        "issuer_kind": t.issuer_kind,
        "legal_basis": t.legal_basis,
        "is_primary": t.is_primary,
        "is_synthetic": t.is_synthetic,
        "citation": _citation(t, context),
    }


def budget_row(b, context) -> dict:
    return {
        "id": b.pk,
        **_region(b.region),
        "year": b.year,
        "amount": b.amount,
        "amount_is_approximate": b.amount_is_approximate,
        "purpose": b.purpose,
        "funding_source": b.funding_source,
        "recurring": b.recurring,
        "months_covered": b.months_covered,
        "workers_funded": b.workers_funded,
        "publisher": b.publisher,
        "is_synthetic": b.is_synthetic,
        "citation": _citation(b, context),
    }


def award_result_row(o, _context) -> dict:
    return {
        "id": o.pk,
        "edition": o.edition.label,
        "edition_year": o.edition.year,
        "edition_stage": o.edition.stage,
        "category": o.category.name if o.category_id else None,
        **_region(o.region),
        "organisation": o.organisation,
        "rank": o.rank,
        "for_year": o.for_year,
        "zone": o.zone,
        "title": o.title,
        "awarded_on": _iso(o.awarded_on),
        "origin": o.origin,
        "citation": {
            "outlet": o.source_outlet,
            "title": o.source_title,
            "date": _iso(o.source_date),
            "url": o.source_url,
            "quote": o.quote,
        },
    }


def article_row(a, context) -> dict:
    url = reverse("articles:article_detail", args=[a.pk])
    return {
        "id": a.pk,
        "outlet": a.outlet,
        "title": a.title,
        "url": a.url,
        "published_date": _iso(a.published_date),
        "published_precision": a.published_precision,
        "date_inferred": a.date_inferred,
        "page_url": absolute(context.get("request"), url),
    }


def claim_row(c, _context) -> dict:
    return {
        "id": c.pk,
        "article_id": c.article_id,
        "metric": c.metric,
        "segment": c.segment,
        "value": c.value,
        **_region(c.region),
        "as_of": _iso(c.as_of),
        "quote": c.quote,
        "record_type": RECORD_TYPES.get(c.record_type.model, c.record_type.model),
        "record_id": c.record_id,
    }


ROWS = {
    "regions": region_row,
    "figures": figure_row,
    "targets": target_row,
    "budgets": budget_row,
    "award_results": award_result_row,
    "sources": article_row,
    "claims": claim_row,
}


class _Plain(SimpleNamespace):
    """A record read as values(), for the row functions above and
    ``regions.sections.citations_for``: its fields as attributes, ``pk``,
    ``region`` as an object, and its model's ``_meta`` (the key of its
    citation: the model's label and the record's id)."""

    _meta = None


def plain_kind(model) -> type:
    """The class of the plain records of ``model``."""
    return type(f"Plain{model.__name__}", (_Plain,), {"_meta": model._meta})


def plain_record(kind: type, values: dict):
    region = SimpleNamespace(
        code=values.pop("region__code"),
        bps_code=values.pop("region__bps_code"),
        name=values.pop("region__name"),
    )
    return kind(pk=values["id"], region=region, **values)
