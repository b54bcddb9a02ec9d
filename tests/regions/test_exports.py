"""The one export path (coverage_site/exports.py): the same rules for every
download — machine values, formulas guarded, a source sheet in XLSX, file
names with the region code and date."""

import csv
import doctest
import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from coverage_site import exports


def test_module_examples():
    result = doctest.testmod(exports)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, ""),
        (Decimal("47.380"), "47.380"),
        (Decimal("1E+2"), "100"),
        (date(2025, 6, 30), "2025-06-30"),
        (12345678, "12345678"),
        (True, "True"),
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+62 811", "'+62 811"),
        ("@here", "'@here"),
        ("Kota Makassar", "Kota Makassar"),
    ],
)
def test_csv_cell_is_a_machine_value_and_never_a_formula(value, cell):
    assert exports.csv_cell(value) == cell


def test_csv_chunks_write_a_chunk_per_size_lines():
    lines = [["a"]] + [[n] for n in range(5)]
    chunks = list(exports.csv_chunks(lines, size=2))
    assert len(chunks) == 3
    assert list(csv.reader(io.StringIO("".join(chunks)))) == [["a"], *[[str(n)] for n in range(5)]]


def test_csv_response_has_no_byte_order_mark():
    response = exports.response(["a"], [["é"]], fmt="csv", name="x")
    assert response.content == "a\r\né\r\n".encode()
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'


def test_xlsx_has_the_data_then_the_source_sheet(db):
    response = exports.response(
        ["Per", "Cakupan"], [[date(2025, 6, 30), Decimal("47.38")], ["=1+1", None]],
        fmt="xlsx", name="angka", title="Kab/Kota: [uji]",
    )  # fmt: skip
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    data, source = book.worksheets
    assert data.title == "Kab-Kota- -uji-"
    rows = list(data.values)
    assert rows[0] == ("Per", "Cakupan")
    assert rows[1][0].date() == date(2025, 6, 30)
    assert rows[1][1] == 47.38
    assert rows[2][0] == "'=1+1"
    assert "ODbL" in " ".join(str(v) for row in source.values for v in row)


def test_unknown_format_is_404():
    from django.http import Http404

    with pytest.raises(Http404):
        exports.response(["a"], [], fmt="pdf", name="x")


def test_region_figures_csv_is_named_with_code_and_date(client, seeded):
    response = client.get("/wilayah/73.01/angka.csv")
    assert response.streaming
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="angka-cakupan-73.01-20')
    text = b"".join(response.streaming_content).decode()
    assert text.startswith("as_of,as_of_precision,segment,percent")
