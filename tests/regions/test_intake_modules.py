"""The intake package: its pure modules' examples hold, its modules stay
readable, and streaming a file gives the rows reading it whole gives."""

import doctest
import importlib
import io
from pathlib import Path

import pytest

from regions.intake import read

PURE = ["columns", "normalise", "read", "write"]
ROOT = Path(__file__).resolve().parents[2] / "regions" / "intake"


@pytest.mark.parametrize("name", PURE)
def test_examples_of_the_pure_module_hold(name):
    result = doctest.testmod(importlib.import_module(f"regions.intake.{name}"))
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("name", PURE)
def test_pure_module_imports_no_django(name):
    text = (ROOT / f"{name}.py").read_text()
    assert "from django" not in text
    assert "import django" not in text


def test_every_intake_module_is_under_700_lines():
    sizes = {p.name: len(p.read_text().splitlines()) for p in ROOT.glob("*.py")}
    assert sizes
    assert max(sizes.values()) < 700, sizes


def test_a_streamed_csv_gives_the_rows_of_the_whole_read_with_blank_lines_numbered():
    data = '\ufeffsep=;\nkode_wilayah;persen\n\n73;"46,44"\n73.01;12\n'.encode()
    sheet = read.open_sheet(io.BytesIO(data), "a.csv")
    assert sheet.header == ["kode_wilayah", "persen"]
    assert list(sheet.rows) == read.read_table(data).rows == [
        (3, ["73", "46,44"]), (4, ["73.01", "12"]),
    ]  # fmt: skip


def test_a_streamed_file_says_it_has_too_many_rows_when_the_rows_get_there(monkeypatch):
    monkeypatch.setattr(read, "MAX_ROWS", 2)
    sheet = read.open_sheet(io.BytesIO(b"a\n1\n2\n3\n"))
    first = [next(sheet.rows), next(sheet.rows)]
    assert first == [(2, ["1"]), (3, ["2"])]
    with pytest.raises(read.SpreadsheetError, match="lebih dari 2 baris data"):
        next(sheet.rows)


def test_reading_a_csv_leaves_the_callers_file_open():
    stream = io.BytesIO(b"a,b\n1,2\n")
    sheet = read.open_sheet(stream)
    assert list(sheet.rows) == [(2, ["1", "2"])]
    assert not stream.closed


def test_a_csv_that_is_not_utf8_names_the_byte_and_line_when_streamed():
    data = b"a,b\n1,2\n3,\xe9\n"
    with pytest.raises(read.SpreadsheetError, match=r"byte 0xE9 .* \(baris 3\)"):
        list(read.open_sheet(io.BytesIO(data)).rows)
