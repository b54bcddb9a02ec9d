"""Loads the project's own data: the region register, then the seed articles
and every figure curated from them, each linked to an accepted claim holding
its exact quote. Idempotent: a second run finds everything in place and
writes nothing.

This orchestration lives at the project level because it spans the three
apps; each app's own writes stay in its services module.
"""

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from articles.documents import parse_article_file
from articles.services import article_get_or_create, claim_accepted_for_record
from awards.models import Category
from awards.services import category_upsert, edition_upsert, outcome_upsert, panel_member_upsert
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from regions.periods import parse_partial_date
from regions.services import region_register_load, upsert

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
REGISTER = FIXTURES / "regions.json"
ALIASES = FIXTURES / "region_aliases.json"
SEED_DIR = FIXTURES / "seed"
REFERENCE_DIR = FIXTURES / "reference"

SOURCE_FIELDS = ("source_outlet", "source_title", "source_url")
RECORD_KINDS = ("figure", "target", "budget")


@dataclass
class SeedReport:
    regions: int = 0
    articles_created: int = 0
    reference_records: int = 0
    claims_created: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _provenance(fields: dict[str, Any]) -> dict[str, Any]:
    """The citation of a record that does not come from a seed article text."""
    values = {name: fields.get(name, "") for name in SOURCE_FIELDS}
    values["source_date"] = _date(fields.get("source_date"))
    if fields.get("source_kind"):  # else the record names it from its citation
        values["source_kind"] = fields["source_kind"]
    return values


def _article_citation(article) -> dict[str, Any]:
    """A seed record is sourced by the article its claim quotes: pages cite
    the article (outlet, title, date, address), as for any accepted claim."""
    return {
        "source_kind": "article",
        "source_outlet": article.outlet,
        "source_title": article.title,
        "source_url": article.url,
        "source_date": article.published_date.isoformat() if article.published_date else None,
    }


class Known(NamedTuple):
    """What the records of the seed refer to by key: regions by code, the
    award editions by their key in the seed file."""

    regions: dict[str, Region]
    editions: dict[str, Any]


def _figure(fields: dict[str, Any], known: "Known") -> CoverageFigure:
    as_of, precision = parse_partial_date(fields["as_of"])
    lookup = {
        "region": known.regions[fields["region"]],
        "segment": fields["segment"],
        "as_of": as_of,
        "publisher": fields["publisher"],
    }
    values = {
        "as_of_precision": precision,
        "covered": fields.get("covered"),
        "eligible": fields.get("eligible"),
        "percent": _decimal(fields.get("percent")),
        "is_approximate": fields.get("is_approximate", False),
        "publisher_kind": fields["publisher_kind"],
        "denominator_kind": fields.get("denominator_kind", ""),
        "denominator_label": fields.get("denominator_label", ""),
        "participant_kind": fields.get("participant_kind", ""),
        "note": fields.get("note", ""),
        **_provenance(fields),
    }
    return upsert(CoverageFigure, lookup=lookup, values=values)[0]


def _target(fields: dict[str, Any], known: "Known") -> CoverageTarget:
    target_date, precision = parse_partial_date(fields["target_date"])
    lookup = {
        "region": known.regions[fields["region"]],
        "segment": fields["segment"],
        "target_date": target_date,
        "issuer": fields["issuer"],
    }
    values = {
        "target_date_precision": precision,
        "baseline_percent": _decimal(fields.get("baseline_percent")),
        "baseline_date": _date(fields.get("baseline_date")),
        "target_percent": _decimal(fields["target_percent"]),
        "issuer_kind": fields["issuer_kind"],
        "legal_basis": fields.get("legal_basis", ""),
        "is_primary": fields.get("is_primary", False),
        "note": fields.get("note", ""),
        **_provenance(fields),
    }
    return upsert(CoverageTarget, lookup=lookup, values=values)[0]


def _budget(fields: dict[str, Any], known: "Known") -> BudgetAllocation:
    lookup = {
        "region": known.regions[fields["region"]],
        "year": fields["year"],
        "funding_source": fields["funding_source"],
        "purpose": fields["purpose"],
    }
    values = {
        "amount": fields["amount"],
        "amount_is_approximate": fields.get("amount_is_approximate", False),
        "recurring": fields.get("recurring", False),
        "months_covered": fields.get("months_covered"),
        "workers_funded": fields.get("workers_funded"),
        "publisher": fields["publisher"],
        "note": fields.get("note", ""),
        **_provenance(fields),
    }
    return upsert(BudgetAllocation, lookup=lookup, values=values)[0]


def _outcome(fields: dict[str, Any], known: "Known"):
    edition = known.editions[fields["edition"]]
    category = None
    if fields.get("category"):
        category = Category.objects.get(edition=edition, name=fields["category"])
    return outcome_upsert(
        edition=edition,
        region=known.regions[fields["region"]] if fields.get("region") else None,
        title=fields["title"],
        category=category,
        organisation=fields.get("organisation", ""),
        rank=fields.get("rank"),
        for_year=fields.get("for_year"),
        zone=fields.get("zone", ""),
        awarded_on=_date(fields.get("awarded_on")),
        venue=fields.get("venue", ""),
        note=fields.get("note", ""),
    )


def _category(fields: dict[str, Any], known: "Known"):
    return category_upsert(
        edition=known.editions[fields["edition"]], kind=fields["kind"], name=fields["name"]
    )


def _panel_member(fields: dict[str, Any], known: "Known"):
    values = dict(fields)
    edition = known.editions[values.pop("edition")]
    return panel_member_upsert(edition=edition, **values)


BUILDERS = {
    "figure": _figure,
    "target": _target,
    "budget": _budget,
    "outcome": _outcome,
    "category": _category,
    "panel_member": _panel_member,
}


def _load_editions(editions_data: list[dict[str, Any]]) -> dict[str, Any]:
    """Editions with the categories a source names without a quote of its own."""
    editions = {}
    for item in editions_data:
        values = dict(item)
        key = values.pop("key")
        categories = values.pop("categories", [])
        for name in ("assessment_start", "assessment_end", "ceremony_date"):
            values[name] = _date(values.get(name))
        editions[key] = edition_upsert(values=values)
        for category in categories:
            category_upsert(edition=editions[key], kind=category["kind"], name=category["name"])
    return editions


@transaction.atomic
def seed_all(*, seed_dir: Path = SEED_DIR) -> SeedReport:
    report = SeedReport()
    report.regions = region_register_load(register_path=REGISTER, aliases_path=ALIASES)["regions"]

    articles = {}
    for path in sorted((seed_dir / "articles").glob("*.txt")):
        document = parse_article_file(path.read_text(encoding="utf-8"))
        article, created = article_get_or_create(document=document)
        articles[path.stem] = article
        report.articles_created += created

    data = json.loads((seed_dir / "records.json").read_text(encoding="utf-8"))
    regions = {r.code: r for r in Region.objects.exclude(level="regency").exclude(level="city")}
    wanted_codes = {item["fields"].get("region") for item in data["records"]}
    wanted_codes |= {item["claim"].get("region") for item in data["records"]}
    regions.update(Region.objects.in_bulk([c for c in wanted_codes if c], field_name="code"))
    editions = _load_editions(data["editions"])

    for number, item in enumerate(data["records"], start=1):
        try:
            fields = item["fields"]
            if item["kind"] in RECORD_KINDS:
                fields = {**fields, **_article_citation(articles[item["article"]])}
            record = BUILDERS[item["kind"]](fields, Known(regions, editions))
            claim = item["claim"]
            as_of, precision = (None, "")
            if claim.get("as_of"):
                as_of, precision = parse_partial_date(claim["as_of"])
            _claim, created = claim_accepted_for_record(
                article=articles[item["article"]],
                quote=item["quote"],
                within=item.get("within"),
                metric=claim["metric"],
                segment=claim["segment"],
                value=_decimal(claim.get("value")),
                region=regions.get(claim.get("region")),
                as_of=as_of,
                as_of_precision=precision,
                record=record,
            )
        except (KeyError, ValueError, ValidationError) as error:
            raise ValueError(
                f"records.json record {number} ({item.get('kind')}): {error}"
            ) from error
        report.claims_created += created

    report.reference_records = _load_reference(regions)
    return report


def _load_reference(regions: dict[str, Region], reference_dir: Path = REFERENCE_DIR) -> int:
    """Published figures collected beyond the seed articles (domain notes),
    each with its citation. Files: fixtures/reference/*.json, each
    {"records": [{"kind": "figure"|"target"|"budget", "fields": {...}}]}."""
    paths = sorted(reference_dir.glob("*.json")) if reference_dir.exists() else []
    items = []
    for path in paths:
        for number, item in enumerate(json.loads(path.read_text(encoding="utf-8"))["records"], 1):
            items.append((path.name, number, item))
    codes = {item["fields"]["region"] for _name, _number, item in items}
    regions = {**regions, **Region.objects.in_bulk(list(codes), field_name="code")}
    for name, number, item in items:
        try:
            BUILDERS[item["kind"]](item["fields"], Known(regions, {}))
        except (KeyError, ValueError, ValidationError) as error:
            raise ValueError(f"{name} record {number} ({item.get('kind')}): {error}") from error
    return len(items)
