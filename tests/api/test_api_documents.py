"""The OpenAPI document, the documentation page built from it, the
Frictionless data package and the "Tentang data" page."""

import json
from pathlib import Path

import pytest
from api_helpers import body
from drf_spectacular.validation import validate_schema
from frictionless import Package
from openapi_spec_validator import validate as validate_openapi
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from api import columns


@pytest.mark.django_db
def test_openapi_document_validates_as_openapi_3(client, seeded):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["openapi"].startswith("3.")
    # drf-spectacular's bundled copy of the official OpenAPI 3.0 JSON schema,
    # and openapi-spec-validator's full check (references resolved too).
    validate_schema(document)
    validate_openapi(document)
    for table in columns.TABLES.values():
        operation = document["paths"][f"/api/v1/{table.path}"]["get"]
        names = {p["name"] for p in operation["parameters"]}
        assert {"format", "page", "page_size"} <= names, table.path
    figures = document["paths"]["/api/v1/figures/"]["get"]
    assert {"region", "segment", "publisher", "as_of_from", "as_of_to"} <= {
        p["name"] for p in figures["parameters"]
    }
    assert set(document["paths"]) >= {"/api/v1/datapackage.json", "/api/v1/indicators/"}
    # Read-only: no operation but GET.
    assert {m for ops in document["paths"].values() for m in ops} == {"get"}


@pytest.mark.django_db
def test_docs_page_lists_every_endpoint_and_the_rate_limit(client, seeded):
    response = client.get("/tentang-data/api/")
    assert response.status_code == 200
    text = body(response)
    for table in columns.TABLES.values():
        assert f"GET /api/v1/{table.path}" in text
    assert "as_of_from" in text
    assert "/minute" in text
    english = body(client.get("/en/tentang-data/api/"))
    assert "Open data API" in english
    assert "Read-only (GET)" in english
    # Built from the OpenAPI document in the page's language.
    assert "Earliest as-of date" in english
    assert "Published coverage figures" in english
    assert "Per tanggal paling awal" in text
    assert "Angka cakupan yang terbit" in text
    assert "informal: Bukan Penerima Upah" in text  # choices as plain items


@pytest.mark.django_db
def test_data_package_validates_and_its_resources_download(client, seeded, tmp_path: Path):
    descriptor = client.get("/api/v1/datapackage.json").json()
    names = {resource["name"] for resource in descriptor["resources"]}
    assert {"regions", "figures", "targets", "budgets", "sources"} <= names
    # Download every resource as the package says, then let frictionless
    # check the whole package (types, required fields, keys) from the files.
    for resource in descriptor["resources"]:
        assert resource["path"].startswith("http://testserver/api/v1/")
        response = client.get(resource["path"].removeprefix("http://testserver"))
        assert response.status_code == 200
        local = tmp_path / f"{resource['name']}.csv"
        local.write_text(body(response), encoding="utf-8")
        resource["path"] = local.name
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    package = Package(str(tmp_path / "datapackage.json"))
    report = package.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    figures = package.get_resource("figures").read_rows()
    assert any(row["region_code"] == "73" and float(row["percent"]) == 47.38 for row in figures)


@pytest.mark.django_db
def test_a_wrong_type_in_a_resource_fails_validation(client, seeded, tmp_path: Path):
    """The package check can fail: a figure whose percent is written the
    Indonesian way ("47,38") is not a number."""
    descriptor = client.get("/api/v1/datapackage.json").json()
    resource = next(r for r in descriptor["resources"] if r["name"] == "figures")
    text = body(client.get(resource["path"].removeprefix("http://testserver")))
    (tmp_path / "figures.csv").write_text(text.replace(",47.38,", ',"47,38",', 1), "utf-8")
    resource["path"] = "figures.csv"
    descriptor["resources"] = [resource]
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert not report.valid
    assert report.flatten(["fieldName", "type"])[0] == ["percent", "type-error"]


@pytest.mark.django_db
def test_about_data_page_shows_indicator_metadata_in_both_languages(client, seeded):
    text = body(client.get("/tentang-data/"))
    for label in ("Definisi", "Rumus", "Satuan", "Periodisitas", "Disagregasi", "Kode referensi"):
        assert label in text
    assert "Cakupan kepesertaan jaminan sosial ketenagakerjaan" in text
    english = body(client.get("/en/tentang-data/"))
    assert "Definition" in english
    assert "Formula" in english
    assert "Employment social security coverage" in english
    # Linked from every page's footer.
    footer = body(client.get("/"))
    assert 'href="/tentang-data/"' in footer
    assert 'href="/tentang-data/api/"' in footer


@pytest.mark.django_db
def test_region_page_shows_both_codes_and_a_dataset_description(client, selayar):
    text = body(client.get("/wilayah/73.01/"))
    assert "73.01" in text
    assert "7301" in text
    start = text.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    dataset = json.loads(text[start : text.index("</script>", start)])
    assert dataset["@type"] == "Dataset"
    identifiers = {i["propertyID"]: i["value"] for i in dataset["spatialCoverage"]["identifier"]}
    assert identifiers == {"Kemendagri": "73.01", "BPS": "7301"}
    assert dataset["distribution"][0]["contentUrl"].endswith(
        "/api/v1/figures/?region=73.01&format=csv"
    )


def test_the_openapi_validator_refuses_a_broken_document():
    # The check above can fail: a path whose operation has no responses is not OpenAPI 3.
    broken = {
        "openapi": "3.0.3",
        "info": {"title": "Cakupan", "version": "1"},
        "paths": {"/api/v1/regions/": {"get": {"parameters": []}}},
    }
    with pytest.raises(OpenAPIValidationError):
        validate_openapi(broken)
