"""Assembly of the open-data pages: the API documentation (read from the
OpenAPI document itself, so it cannot drift from the API) and "Tentang
data" (indicator metadata and the tables of the data package)."""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language, gettext
from drf_spectacular.generators import SchemaGenerator

from . import columns
from .indicators import INDICATORS, indicator_rows


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class Endpoint:
    path: str
    summary: str
    parameters: list[Parameter] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "ep-" + "".join(c if c.isalnum() else "-" for c in self.path).strip("-")


@lru_cache(maxsize=4)
def _openapi_document(_language: str) -> dict:
    # The language is the cache key: the schema's texts follow the active one.
    return SchemaGenerator().get_schema(request=None, public=True)


def openapi_document() -> dict:
    """The OpenAPI 3 document in the active language, generated once per
    process and language."""
    return _openapi_document(get_language() or "id")


_ENUM_ITEM = re.compile(r"\*\s+`([^`]*)`\s+-\s+(.*?)(?=\s*\*\s+`|$)", re.S)


def plain_description(text: str) -> str:
    """drf-spectacular lists a choice field's values as markdown
    (``* `total` - Total``): as plain "value: label" items.

    >>> plain_description("* `total` - Total * `formal` - Penerima Upah")
    'total: Total; formal: Penerima Upah'
    >>> plain_description("Kode wilayah")
    'Kode wilayah'
    """
    items = _ENUM_ITEM.findall(text)
    if not items or not text.lstrip().startswith("*"):
        return text
    return "; ".join(f"{value}: {label.strip()}" for value, label in items)


def _kind(schema: dict) -> str:
    if "enum" in schema:
        return " | ".join(str(value) for value in schema["enum"] if value not in ("", None))
    kind = schema.get("type", "string")
    return f"{kind} ({schema['format']})" if "format" in schema else kind


def _fields(document: dict, response: dict) -> list[str]:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    ref = schema.get("$ref", "")
    if not ref:
        items = schema.get("items") or schema.get("properties", {}).get("results", {}).get("items")
        ref = (items or {}).get("$ref", "")
    if not ref:
        return []
    component = document["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    if "results" in component.get("properties", {}):
        inner = component["properties"]["results"]["items"].get("$ref", "")
        component = document["components"]["schemas"][inner.rsplit("/", 1)[-1]]
    return list(component.get("properties", {}))


def endpoints() -> list[Endpoint]:
    document = openapi_document()
    found = []
    for path, operations in document["paths"].items():
        operation = operations.get("get")
        if operation is None:
            continue
        found.append(
            Endpoint(
                path=path,
                summary=operation.get("summary", ""),
                parameters=[
                    Parameter(
                        name=parameter["name"],
                        kind=_kind(parameter.get("schema", {})),
                        description=plain_description(parameter.get("description", "")),
                    )
                    for parameter in operation.get("parameters", [])
                ],
                fields=_fields(document, operation.get("responses", {}).get("200", {})),
            )
        )
    return found


@dataclass(frozen=True)
class DocsPage:
    endpoints: list[Endpoint]
    anon_rate: str


def docs_page() -> DocsPage:
    return DocsPage(
        endpoints=endpoints(),
        anon_rate=settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["anon"],
    )


@dataclass(frozen=True)
class TableRow:
    name: str
    path: str
    title: str
    description: str


@dataclass(frozen=True)
class AboutPage:
    indicators: list[dict]
    tables: list[TableRow]


def about_page() -> AboutPage:
    return AboutPage(
        indicators=indicator_rows(),
        tables=[
            TableRow(t.name, reverse("api:root") + t.path, gettext(t.title), gettext(t.description))
            for t in columns.TABLES.values()
        ],
    )


def region_dataset_section(*, region, **_ignored) -> dict:
    """The region page's open-data block: links to the region's rows in the
    API and its schema.org Dataset description (JSON-LD). No query."""
    query = f"?region={region.code}"
    figures_url = reverse("api:figures") + query
    identifiers = [
        {"@type": "PropertyValue", "propertyID": "Kemendagri", "value": region.code},
    ]
    if region.bps_code:
        identifiers.append(
            {"@type": "PropertyValue", "propertyID": "BPS", "value": region.bps_code}
        )
    name = gettext("Cakupan kepesertaan BPJS Ketenagakerjaan: %(region)s") % {"region": region.name}
    return {
        "name": region.name,
        "figures_url": figures_url,
        "targets_url": reverse("api:targets") + query,
        "budgets_url": reverse("api:budgets") + query,
        "docs_url": reverse("opendata:docs"),
        "jsonld": {
            "@context": "https://schema.org",
            "@type": "Dataset",
            "name": name,
            "description": gettext(
                "Angka cakupan kepesertaan jaminan sosial ketenagakerjaan, target dan anggaran "
                "%(region)s, masing-masing dengan sumbernya."
            )
            % {"region": region.name},
            "url": reverse("regions:region_detail", args=[region.code]),
            "inLanguage": get_language() or "id",
            "isAccessibleForFree": True,
            "license": "https://opendatacommons.org/licenses/odbl/1-0/",
            "creator": {"@type": "Organization", "name": "Cakupan"},
            "spatialCoverage": {
                "@type": "Place",
                "name": region.name,
                "identifier": identifiers,
            },
            "variableMeasured": [str(item.name) for item in INDICATORS],
            "distribution": [
                {
                    "@type": "DataDownload",
                    "encodingFormat": "text/csv",
                    "contentUrl": figures_url + "&format=csv",
                },
                {
                    "@type": "DataDownload",
                    "encodingFormat": "application/json",
                    "contentUrl": figures_url,
                },
            ],
        },
    }
