"""The Frictionless Data Package descriptor of the public dataset, built
from the table definitions (api/columns.py). Pure: no Django imports."""

from collections.abc import Iterable

from .columns import Column, Table

LICENCE_NOTE = (
    "Angka dikutip dari sumber yang disebut pada tiap baris; daftar wilayah berisi "
    "informasi dari idn-area-data (ODbL 1.0), kode BPS dari tabel bridging kode wilayah BPS."
)


def field_descriptor(column: Column) -> dict:
    """One Table Schema field.

    >>> field_descriptor(Column("percent", "number", "Cakupan, persen"))
    {'name': 'percent', 'type': 'number', 'description': 'Cakupan, persen'}
    >>> field_descriptor(Column("as_of", "date", "Per tanggal", required=True))["constraints"]
    {'required': True}
    """
    field = {"name": column.name, "type": column.type, "description": column.description}
    constraints = {}
    if column.required:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if constraints:
        field["constraints"] = constraints
    return field


def resource_descriptor(table: Table, base_url: str) -> dict:
    schema: dict = {
        "fields": [field_descriptor(column) for column in table.columns],
        "missingValues": [""],
    }
    if table.primary_key:
        schema["primaryKey"] = [table.primary_key]
    return {
        "name": table.name,
        "title": table.title,
        "description": table.description,
        "path": f"{base_url}{table.path}?format=csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def package_descriptor(
    tables: Iterable[Table], *, base_url: str, homepage: str, created: str
) -> dict:
    """The whole package: base_url is the absolute address of /api/v1/.

    >>> from .columns import REGIONS
    >>> package = package_descriptor([REGIONS], base_url="https://x.id/api/v1/",
    ...                              homepage="https://x.id/", created="2026-12-03T00:00:00Z")
    >>> package["resources"][0]["path"]
    'https://x.id/api/v1/regions/?format=csv'
    >>> package["profile"]
    'tabular-data-package'
    """
    return {
        "profile": "tabular-data-package",
        "name": "cakupan-bpjs-ketenagakerjaan",
        "title": "Cakupan kepesertaan BPJS Ketenagakerjaan per wilayah",
        "description": (
            "Angka cakupan kepesertaan jaminan sosial ketenagakerjaan, target dan anggaran "
            "per wilayah Indonesia, dengan sumber tiap angka. " + LICENCE_NOTE
        ),
        "homepage": homepage,
        "created": created,
        "keywords": ["BPJS Ketenagakerjaan", "jaminan sosial", "Satu Data Indonesia"],
        "licenses": [
            {
                "name": "ODbL-1.0",
                "title": "Open Data Commons Open Database License 1.0",
                "path": "https://opendatacommons.org/licenses/odbl/1-0/",
            }
        ],
        "sources": [
            {
                "title": "idn-area-data 4.0.1",
                "path": "https://github.com/fityannugroho/idn-area-data",
            },
            {
                "title": "BPS, bridging kode wilayah",
                "path": "https://sig.bps.go.id/bridging-kode/index",
            },
        ],
        "resources": [resource_descriptor(table, base_url) for table in tables],
    }
