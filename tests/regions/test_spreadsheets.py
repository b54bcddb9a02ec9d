"""The pure spreadsheet layer: dates, yes/no, choices, formula guards, CSV and
XLSX reading and writing, header matching and row normalisation. No
database."""

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from regions import spreadsheets as sheets
from regions.intake import read as intake_read
from regions.spreadsheets import SpreadsheetError

D = dt.date


# ---- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-07-10", (D(2025, 7, 10), "day")),
        ("2025-7-1", (D(2025, 7, 1), "day")),
        ("2025-07-10 00:00:00", (D(2025, 7, 10), "day")),
        ("10/07/2025", (D(2025, 7, 10), "day")),  # day first
        ("1/2/2025", (D(2025, 2, 1), "day")),
        ("10-07-2025", (D(2025, 7, 10), "day")),
        ("10.07.2025", (D(2025, 7, 10), "day")),
        ("10 Juli 2025", (D(2025, 7, 10), "day")),
        ("10 juli 2025", (D(2025, 7, 10), "day")),
        ("10 Jul 2025", (D(2025, 7, 10), "day")),
        ("10 Agu 2025", (D(2025, 8, 10), "day")),
        ("10 Agu. 2025", (D(2025, 8, 10), "day")),
        ("17 Agustus 2025", (D(2025, 8, 17), "day")),
        ("1 Des 2024", (D(2024, 12, 1), "day")),
        ("10-Jul-2025", (D(2025, 7, 10), "day")),
        ("29 Pebruari 2024", (D(2024, 2, 29), "day")),
        ("2025-07", (D(2025, 7, 31), "month")),
        ("2024-02", (D(2024, 2, 29), "month")),
        ("07/2025", (D(2025, 7, 31), "month")),
        ("Juli 2025", (D(2025, 7, 31), "month")),
        ("Juni 2025", (D(2025, 6, 30), "month")),
        ("Agu 2025", (D(2025, 8, 31), "month")),
        ("2023", (D(2023, 12, 31), "year")),
        ("  2023 ", (D(2023, 12, 31), "year")),
    ],
)
def test_date_is_read_with_its_precision_when_written_in_any_accepted_form(text, expected):
    assert sheets.parse_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("abc", "bukan tanggal. Contoh: 2025-07-10, 10/07/2025 atau 10 Juli 2025."),
        ("10 Foo 2025", "bukan tanggal."),
        ("2025/07/10", "bukan tanggal."),
        ("32/01/2025", "bukan tanggal yang ada di kalender"),
        ("31/02/2025", "bukan tanggal yang ada di kalender"),
        ("2025-13", "bukan tanggal yang ada di kalender"),
        ("13/2025", "bukan tanggal yang ada di kalender"),
        ("=TODAY()", "bukan tanggal."),
        ("1800", "bukan tanggal."),
        ("10/07/1850", "di luar 1900–2100"),
    ],
)
def test_date_error_names_the_value_when_it_is_not_a_date(text, fragment):
    with pytest.raises(sheets.CellError) as caught:
        sheets.parse_date_text(text)
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("hari", "day"), ("Bulan", "month"), ("TAHUN", "year"), ("day", "day"), ("year", "year")],
)
def test_precision_words_are_read_in_indonesian_and_english(text, expected):
    assert sheets.parse_precision(text) == expected


def test_precision_error_lists_the_choices_when_word_is_unknown():
    with pytest.raises(sheets.CellError, match="Pilihan: hari, bulan, tahun"):
        sheets.parse_precision("minggu")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ya", True), ("Ya", True), ("true", True), ("1", True), ("x", True), ("benar", True),
     ("tidak", False), ("", False), ("false", False), ("0", False), ("TIDAK", False)],
)  # fmt: skip
def test_yes_no_is_read_when_written_in_common_forms(text, expected):
    assert sheets.parse_bool(text) is expected


def test_yes_no_error_names_the_value_when_unknown():
    with pytest.raises(sheets.CellError, match="“mungkin” bukan ya atau tidak"):
        sheets.parse_bool("mungkin")


# ---- formula guard ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["=SUM(A1:A9)", "+62 812", "-5 persen", "@kanwil", "\tx", "'=x", "'hello", "biasa", ""]
)
def test_formula_guard_round_trips_when_text_is_exported_and_imported(text):
    assert sheets.unneutralise(sheets.neutralise(text)) == text


def test_formula_guard_prefixes_only_dangerous_text_when_exporting():
    assert sheets.neutralise("=1+1") == "'=1+1"
    assert sheets.neutralise("BPJS") == "BPJS"
    assert sheets.unneutralise("'BPJS") == "'BPJS"


# ---- CSV ---------------------------------------------------------------------------------


def test_csv_with_semicolons_is_read_when_saved_by_indonesian_excel():
    data = b"kode_wilayah;persen\r\n73;46,44\r\n"
    table = sheets.read_table(data, "x.csv")
    assert table.header == ["kode_wilayah", "persen"]
    assert table.rows == [(2, ["73", "46,44"])]


def test_csv_separator_hint_line_is_obeyed_and_not_counted_as_a_row():
    table = sheets.read_table(b"sep=;\r\nkode_wilayah;catatan\r\n73;a, b\r\n")
    assert table.header == ["kode_wilayah", "catatan"]
    assert table.rows == [(2, ["73", "a, b"])]


def test_csv_with_commas_and_a_bom_is_read_when_saved_as_utf8():
    data = '\ufeffkode_wilayah,persen\n73,"46,44"\n'.encode()
    table = sheets.read_table(data)
    assert table.header == ["kode_wilayah", "persen"]
    assert table.rows == [(2, ["73", "46,44"])]


def test_csv_row_numbers_match_the_spreadsheet_when_rows_are_blank_or_multiline():
    data = b'a,b\n1,"two\nlines"\n\n3,x\n'
    table = sheets.read_table(data)
    # Record 2 spans two physical lines but is one spreadsheet row.
    assert [n for n, _ in table.rows] == [2, 4]
    assert table.rows[0][1] == ["1", "two\nlines"]


def test_csv_error_gives_the_byte_position_when_file_is_not_utf8():
    data = "kode_wilayah,catatan\n73,Sulawesi\n73,caf\u00e9\n".encode("cp1252")
    with pytest.raises(SpreadsheetError) as caught:
        sheets.read_table(data)
    message = str(caught.value)
    position = data.index(b"\xe9")
    assert "bukan teks UTF-8" in message
    assert f"posisi {position}" in message
    assert "baris 3" in message
    assert "0xE9" in message


def test_binary_file_is_refused_when_it_is_neither_csv_nor_xlsx():
    with pytest.raises(SpreadsheetError, match="berisi data biner"):
        sheets.read_table(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")


def test_old_xls_is_refused_with_advice_when_uploaded():
    with pytest.raises(SpreadsheetError, match=r"\.xls \(Excel 97–2003\) tidak didukung"):
        sheets.read_table(sheets.XLS_MAGIC + b"\x00" * 100, "lama.xls")


def test_file_is_refused_when_larger_than_the_limit():
    with pytest.raises(SpreadsheetError, match="Berkas terlalu besar .* batasnya 5 MB"):
        sheets.read_table(b"a" * (sheets.MAX_BYTES + 1))


def test_file_is_refused_when_it_has_more_rows_than_the_limit(monkeypatch):
    monkeypatch.setattr(intake_read, "MAX_ROWS", 3)
    data = b"a\n" + b"1\n" * 4
    with pytest.raises(SpreadsheetError, match="lebih dari 3 baris data"):
        sheets.read_table(data)
    assert len(sheets.read_table(b"a\n" + b"1\n" * 3).rows) == 3


@pytest.mark.parametrize(
    ("data", "fragment"),
    [(b"", "Berkas kosong"), (b"  \n\n", "Berkas kosong"), (b"a,b\n", "tidak berisi baris data")],
)
def test_file_is_refused_when_it_has_no_data_rows(data, fragment):
    with pytest.raises(SpreadsheetError, match=fragment):
        sheets.read_table(data)


@pytest.mark.parametrize(
    ("text", "expected"), [("a;b;c\n", ";"), ("a,b\n", ","), ("a\tb\n", "\t"), ("a\n", ",")]
)
def test_delimiter_is_taken_from_the_header_line(text, expected):
    assert sheets.sniff_delimiter(text) == expected


# ---- XLSX --------------------------------------------------------------------------------


def _xlsx(build) -> bytes:
    workbook = openpyxl.Workbook()
    build(workbook.active)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_xlsx_cells_are_read_as_typed_text_when_excel_stored_numbers_dates_and_formulas():
    def build(ws):
        ws.append(["persen", "per_tanggal", "bulan", "terlindungi", "rumus", "ya", "besar"])
        ws.append([46.44, dt.datetime(2025, 7, 10), dt.datetime(2025, 7, 1), 1300000.0,
                   "=SUM(A1:A2)", True, 12345678901])  # fmt: skip
        ws["C2"].number_format = "mmmm yyyy"
        ws.append([0.4644, dt.date(2025, 7, 10), None, 24874, "'=1+1", False, None])
        ws["A3"].number_format = "0.00%"

    table = sheets.read_table(_xlsx(build), "x.xlsx")
    assert table.source == "xlsx"
    assert table.rows[0] == (
        2,
        ["46.44", "2025-07-10", "2025-07", "1300000", "=SUM(A1:A2)", "ya", "12345678901"],
    )
    assert table.rows[1] == (3, ["46.44%", "2025-07-10", "", "24874", "'=1+1", "tidak"])


def test_xlsx_row_numbers_match_the_sheet_when_rows_are_blank():
    def build(ws):
        ws["A1"] = "kode_wilayah"
        ws["A2"] = "73"
        ws["A5"] = "63"

    table = sheets.read_table(_xlsx(build))
    assert table.rows == [(2, ["73"]), (5, ["63"])]


def test_xlsx_is_refused_with_a_clear_message_when_corrupt():
    with pytest.raises(SpreadsheetError, match="rusak atau bukan XLSX"):
        sheets.read_table(sheets.XLSX_MAGIC + b"not really a zip", "x.xlsx")
    with pytest.raises(SpreadsheetError, match="rusak atau bukan XLSX"):
        sheets.read_table(b"kode_wilayah\n73\n", "x.xlsx")


# ---- writing and reading back ---------------------------------------------------------------


ROW = [
    "73.01",
    '=HYPERLINK("http://x")',
    "-5 persen",
    Decimal("46.44"),
    1300000,
    2**60,
    D(2025, 7, 10),
    True,
    None,
    "baris\nkedua",
    "“kutip” dan ; titik koma",
]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_written_file_reads_back_to_the_same_text_when_exported(fmt):
    header = [f"k{i}" for i in range(len(ROW))]
    if fmt == "csv":
        data = sheets.write_csv(header, [ROW])
    else:
        data = sheets.write_xlsx(header, [ROW], title="data", notes=[["a"], ["b"]])
    table = sheets.read_table(data, f"x.{fmt}")
    assert table.header == header
    ((number, cells),) = table.rows
    assert number == 2
    assert cells[0] == "73.01"
    assert sheets.unneutralise(cells[1]) == ROW[1]
    assert cells[1].startswith("'")  # guarded in the file
    assert sheets.unneutralise(cells[2]) == "-5 persen"
    assert Decimal(cells[3]) == Decimal("46.44")
    assert cells[4] == "1300000"
    assert cells[5] == str(2**60)  # past float precision: written as text
    assert cells[6] == "2025-07-10"
    assert cells[7] == "ya"
    assert cells[8] == ""
    assert cells[9] == "baris\nkedua"
    assert cells[10] == ROW[10]


def test_xlsx_formula_text_is_never_a_formula_when_exported():
    data = sheets.write_xlsx(["a"], [["=1+1"]], title="data")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet["A2"].data_type == "s"
    assert sheet["A2"].value == "'=1+1"


def test_csv_export_has_a_bom_for_excel():
    assert sheets.write_csv(["a"], [["b"]]).startswith("\ufeff".encode())


def test_table_survives_the_session_payload_when_stored_between_preview_and_confirm():
    table = sheets.Table(["a", "b"], [(2, ["1", "é"]), (7, ["", "x"])], 1, "xlsx")
    payload = table.payload()
    assert sheets.Table.from_payload(payload) == table
    assert sheets.payload_digest(payload) == sheets.payload_digest(table.payload())


# ---- headers and rows -----------------------------------------------------------------------

CHOICES = {
    "segment": sheets.choice_map(
        [("total", "Total"), ("formal", "Penerima Upah (PU, formal)"),
         ("informal", "Bukan Penerima Upah (BPU, informal)"),
         ("construction", "Jasa Konstruksi (Jakon)"), ("migrant", "PMI")],
        sheets.SYNONYMS["segment"],
    ),
    "publisher_kind": sheets.choice_map([("bpjs_kanwil", "Kanwil")], {}),
    "status": sheets.choice_map([("published", "Terbit"), ("draft", "Draf")], {}),
}  # fmt: skip


def test_kind_is_detected_from_the_header_row():
    assert sheets.detect_kind(sheets.FIGURE_KIND.headers) == "figures"
    assert sheets.detect_kind(sheets.TARGET_KIND.headers) == "targets"
    assert sheets.detect_kind(sheets.BUDGET_KIND.headers) == "budgets"
    assert sheets.detect_kind(["kode_wilayah", "persen"]) is None


def test_header_problems_are_all_reported_when_columns_are_unknown_repeated_or_missing():
    header = sheets.map_header(
        ["Kode Wilayah", "prsen", "persen", "PERSEN", ""], sheets.FIGURE_KIND
    )
    texts = [p.text() for p in header.problems]
    assert texts[0].startswith("Baris 1, kolom prsen: kolom tidak dikenal")
    assert texts[1] == "Baris 1, kolom PERSEN: kolom ini muncul dua kali."
    missing = {t for t in texts if t.startswith("Kolom wajib")}
    assert missing == {
        "Kolom wajib “per_tanggal” tidak ada di baris judul.",
        "Kolom wajib “penerbit” tidak ada di baris judul.",
        "Kolom wajib “jenis_penerbit” tidak ada di baris judul.",
    }


def test_region_name_column_may_stand_in_for_the_code_column():
    header = sheets.map_header(
        ["nama_wilayah", "per_tanggal", "penerbit", "jenis_penerbit"], sheets.FIGURE_KIND
    )
    assert header.problems == []


def _row(cells: dict[str, str]):
    header = sheets.map_header(list(cells), sheets.FIGURE_KIND)
    assert header.problems == []
    return sheets.normalise_row(7, list(cells.values()), sheets.FIGURE_KIND, header, CHOICES)


BASE = {"kode_wilayah": "73", "per_tanggal": "10 Juli 2025", "penerbit": "X",
        "jenis_penerbit": "bpjs_kanwil"}  # fmt: skip


@pytest.mark.parametrize(
    ("date", "precision", "expected"),
    [
        ("10 Juli 2025", "", ("2025-07-10", "day")),
        ("Juli 2025", "", ("2025-07-31", "month")),
        ("2025", "", ("2025-12-31", "year")),
        ("2025-12-31", "tahun", ("2025-12-31", "year")),
        ("2025-06-30", "Bulan", ("2025-06-30", "month")),
    ],
)
def test_row_date_gets_the_precision_of_its_form_unless_the_precision_column_says(
    date, precision, expected
):
    row = _row({**BASE, "per_tanggal": date, "ketelitian": precision})
    assert (row.data["as_of"], row.data["as_of_precision"]) == expected
    assert row.problems == []


@pytest.mark.parametrize(
    ("written", "stored"),
    [("PU", "formal"), ("bpu", "informal"), ("Jakon", "construction"), ("PMI", "migrant"),
     ("Penerima Upah (PU, formal)", "formal"), ("formal", "formal"), ("", "total"),
     ("rentan", "vulnerable")],
)  # fmt: skip
def test_segment_is_read_from_its_value_label_or_short_name(written, stored):
    assert _row({**BASE, "segmen": written}).data["segment"] == stored


def test_row_problems_name_row_and_column_when_cells_are_unreadable():
    row = _row({"segmen": "petani", **BASE, "per_tanggal": "kemarin", "perkiraan": "mungkin"})
    assert [p.text() for p in row.problems] == [
        "Baris 7, kolom segmen: “petani” bukan pilihan yang dikenal. Pilihan: construction, "
        "formal, informal, migrant, other, total, vulnerable.",
        "Baris 7, kolom per_tanggal: “kemarin” bukan tanggal. Contoh: 2025-07-10, 10/07/2025 "
        "atau 10 Juli 2025.",
        "Baris 7, kolom perkiraan: “mungkin” bukan ya atau tidak.",
    ]
    assert row.bad_fields == {"segment", "as_of", "is_approximate"}


def test_row_defaults_fill_columns_left_out_of_the_file():
    row = _row(BASE)
    assert row.data["segment"] == "total"
    assert row.data["status"] == "published"
    assert row.data["is_approximate"] == "false"
    assert row.data["note"] == ""


def test_row_text_loses_its_formula_guard_and_numbers_stay_as_typed():
    row = _row({**BASE, "catatan": "'=1+1", "persen": "46,44 %", "terlindungi": "=A1"})
    assert row.data["note"] == "=1+1"
    assert row.data["percent"] == "46,44 %"
    assert row.data["covered"] == "=A1"  # the form says it is no number


def test_row_problem_when_a_cell_has_no_column_heading():
    header = sheets.map_header([*BASE, ""], sheets.FIGURE_KIND)
    row = sheets.normalise_row(4, [*BASE.values(), "sisa"], sheets.FIGURE_KIND, header, CHOICES)
    assert [p.text() for p in row.problems] == [
        "Baris 4: ada isian “sisa” di kolom ke-5 yang tidak berjudul."
    ]


def test_doctest_examples_of_the_module_hold():
    import doctest

    result = doctest.testmod(sheets)
    assert result.attempted > 0
    assert result.failed == 0
