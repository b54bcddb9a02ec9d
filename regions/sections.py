"""Extension points the other apps fill in their AppConfig.ready(), so the
region pages can show awards and sources without `regions` importing
`awards` or `articles` (dependencies flow one way).

- citation providers: given recorded rows, say which source each came from;
- page sections: extra blocks on the region page and the home page.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import models


@dataclass(frozen=True)
class Citation:
    """Where one recorded number came from."""

    outlet: str
    title: str = ""
    published: date | None = None
    published_precision: str = "day"
    url: str = ""  # where to read it: our article page, or the outside source
    quote: str = ""  # the exact sentence, when we hold the article text
    entered_by: str = ""  # no longer filled: pages never name a login

    @property
    def is_internal(self) -> bool:
        return self.url.startswith("/")


RecordKey = tuple[str, int]
CitationProvider = Callable[[list[models.Model]], dict[RecordKey, Citation]]


def record_key(record: models.Model) -> RecordKey:
    return (record._meta.label_lower, record.pk)


@dataclass
class Registry:
    citation_providers: list[CitationProvider] = field(default_factory=list)
    region_sections: list[tuple[int, str, Callable[..., dict[str, Any]]]] = field(
        default_factory=list
    )
    home_sections: list[tuple[int, str, Callable[..., dict[str, Any]]]] = field(
        default_factory=list
    )


registry = Registry()


def register_citation_provider(provider: CitationProvider) -> None:
    if provider not in registry.citation_providers:
        registry.citation_providers.append(provider)


def register_region_section(
    *, order: int, template: str, context: Callable[..., dict[str, Any]]
) -> None:
    """``context(region=..., records=...)`` returns the section's context."""
    entry = (order, template, context)
    if entry not in registry.region_sections:
        registry.region_sections.append(entry)
        registry.region_sections.sort(key=lambda item: item[0])


def register_home_section(
    *, order: int, template: str, context: Callable[..., dict[str, Any]]
) -> None:
    entry = (order, template, context)
    if entry not in registry.home_sections:
        registry.home_sections.append(entry)
        registry.home_sections.sort(key=lambda item: item[0])


def _fallback_citation(record: models.Model) -> Citation | None:
    outlet = getattr(record, "source_outlet", "")
    url = getattr(record, "source_url", "")
    if outlet or url:
        return Citation(
            outlet=outlet or url,
            title=getattr(record, "source_title", ""),
            published=getattr(record, "source_date", None),
            url=url,
        )
    # Public pages name an institution, never the login that typed it in.
    institution = getattr(record, "publisher", "") or getattr(record, "issuer", "")
    if institution:
        return Citation(outlet=institution)
    return None


def citations_for(records: Iterable[models.Model]) -> dict[RecordKey, Citation]:
    """The source of each record: a provider's answer (an article claim) wins
    over the record's own citation fields, which win over the institution
    that published the number (never the login that entered it). One query
    per provider, whatever the number of records."""
    records = list(records)
    found: dict[RecordKey, Citation] = {}
    for provider in registry.citation_providers:
        for key, citation in provider(records).items():
            found.setdefault(key, citation)
    for record in records:
        key = record_key(record)
        if key not in found:
            fallback = _fallback_citation(record)
            if fallback is not None:
                found[key] = fallback
    return found


def region_section_blocks(**kwargs: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(template, context(**kwargs)) for _order, template, context in registry.region_sections]


def home_section_blocks(**kwargs: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(template, context(**kwargs)) for _order, template, context in registry.home_sections]
