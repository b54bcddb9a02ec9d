"""Property-based tests for every parser of user input: typed numbers,
typed dates, partial dates, spreadsheet files and cells, region names in
article text. Whatever comes in, each either returns a well-formed value or
raises its own error with a message; none crashes."""

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regions import numbers, periods, spreadsheets

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=60,
)
NUMBERISH = st.text(alphabet="0123456789.,% -+Rrp", max_size=20)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.one_of(TEXT, NUMBERISH))
def test_parse_decimal_returns_a_decimal_or_a_number_error(text):
    try:
        value = numbers.parse_decimal(text)
    except numbers.NumberError as error:
        assert str(error)
    else:
        assert isinstance(value, Decimal)
        assert value.is_finite()


@FUZZ
@given(st.integers(min_value=0, max_value=10**15))
def test_counts_written_the_indonesian_way_read_back_exactly(value):
    written = f"{value:,}".replace(",", ".")
    assert numbers.parse_count(written) == value


@FUZZ
@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=99),
)
def test_decimals_with_a_comma_read_back_exactly(whole, cents):
    assert numbers.parse_decimal(f"{whole},{cents:02d}") == Decimal(f"{whole}.{cents:02d}")


@FUZZ
@given(TEXT)
def test_parse_partial_date_returns_a_date_or_value_error(text):
    try:
        value, precision = periods.parse_partial_date(text)
    except ValueError:
        return
    assert isinstance(value, dt.date)
    assert precision in {"year", "month", "day"}
    assert periods.parse_partial_date(periods.format_partial_date(value, precision)) == (
        value,
        precision,
    )


@FUZZ
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_typed_dates_in_each_accepted_form_read_back(day):
    for text in (day.isoformat(), day.strftime("%d/%m/%Y")):
        assert spreadsheets.parse_date_text(text) == (day, "day")


@FUZZ
@given(TEXT)
def test_parse_date_text_never_crashes(text):
    try:
        value, precision = spreadsheets.parse_date_text(text)
    except ValueError:
        return
    assert isinstance(value, dt.date)
    assert precision in {"year", "month", "day"}


@FUZZ
@given(st.binary(max_size=400))
def test_reading_any_bytes_as_a_spreadsheet_gives_a_table_or_a_clear_error(data):
    try:
        table = spreadsheets.read_table(data, "unggahan.csv")
    except spreadsheets.SpreadsheetError as error:
        assert str(error) or error.args
    else:
        assert table is not None


@FUZZ
@given(TEXT)
def test_neutralised_cells_round_trip_and_never_start_a_formula(text):
    safe = spreadsheets.neutralise(text)
    if text[:1] in {"=", "@"}:
        assert safe.startswith("'")  # a spreadsheet shows it as text, never runs it
    assert spreadsheets.unneutralise(safe) == text


@FUZZ
@given(
    st.sampled_from(sorted(spreadsheets.KINDS)),
    st.lists(st.one_of(TEXT, NUMBERISH, st.just("")), min_size=0, max_size=25),
)
def test_any_spreadsheet_row_becomes_form_data_or_named_problems(kind_name, cells):
    kind = spreadsheets.KINDS[kind_name]
    header = spreadsheets.map_header([c.header for c in kind.columns], kind)
    assert header.problems == []
    row = spreadsheets.normalise_row(2, cells, kind, header, {})
    assert row.number == 2
    assert all(isinstance(value, str) for value in row.data.values())
    for problem in row.problems:
        assert problem.row == 2
