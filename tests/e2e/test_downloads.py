"""Downloads in a real browser: the list export and a chart's CSV button."""

import csv
import io

from playwright.sync_api import expect


def read_csv(download):
    raw = download.path().read_bytes()
    return raw, list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_list_csv_has_the_table_rows_when_exported_from_the_province_filter(visit, page, problems):
    visit.open("/wilayah/?level=province")
    rows = page.locator("main table.data-table tbody tr")
    expect(rows).to_have_count(38)  # every province, on one page of 50
    html_codes = rows.locator("td:nth-child(1)").all_inner_texts()
    html_names = rows.locator("td:nth-child(2)").all_inner_texts()

    with page.expect_download() as info:
        page.locator("p.export").get_by_role("link", name="CSV", exact=True).click()
    download = info.value
    assert download.failure() is None, download.failure()
    assert download.suggested_filename.endswith(".csv"), download.suggested_filename
    _, table = read_csv(download)

    header, data = table[0], table[1:]
    assert "Kode" in header, header
    codes = [row[header.index("Kode")] for row in data]
    assert codes == [code.strip() for code in html_codes]
    names = [row[header.index("Wilayah")] for row in data]
    assert names == [name.strip() for name in html_names]
    problems.assert_none(page.url)


# A cell as charts.js writes it: data-value if present, else its text.
TABLE_ROWS = """
table => Array.from(table.rows, row => Array.from(row.cells, cell =>
  cell.hasAttribute('data-value') ? cell.getAttribute('data-value')
                                  : cell.textContent.replace(/\\s+/g, ' ').trim()))
"""


def test_chart_csv_has_the_data_table_rows_when_its_button_is_pressed(visit, page, problems):
    visit.open("/wilayah/73/")
    figure = page.locator("figure[data-chart='chart-trend']")
    expected = figure.locator(".chart-table table").evaluate(TABLE_ROWS)
    assert len(expected) > 1, "the trend table has no data rows"

    with page.expect_download() as info:
        figure.get_by_role("button", name="Unduh CSV").click()
    download = info.value
    assert download.failure() is None, download.failure()
    assert download.suggested_filename == "chart-trend.csv"
    raw, rows = read_csv(download)

    assert raw.startswith("\ufeff".encode()), "no UTF-8 byte order mark"
    assert b"\r\n" in raw, "lines must end in CRLF"
    assert b"\n" not in raw.replace(b"\r\n", b""), "lines must end in CRLF"
    assert rows[0] == expected[0], "header row differs"
    assert rows[1:] == expected[1:]
    problems.assert_none(page.url)
