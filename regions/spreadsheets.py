"""Spreadsheets in and out: the pure half of ``regions/intake`` (columns,
normalising, reading, writing), under the name the rest of the code imports.
Limits (``MAX_BYTES``, ``MAX_ROWS``) live in ``regions.intake.read``.

>>> table = read_table("kode_wilayah;persen\\n73;46,44\\n".encode())
>>> table.header, table.rows, detect_kind(["kode_wilayah", "per_tanggal"])
(['kode_wilayah', 'persen'], [(2, ['73', '46,44'])], 'figures')
"""

from .intake.columns import (  # noqa: F401
    BOOL,
    BOOL_OUT,
    BUDGET_KIND,
    BUDGETS,
    CHOICE,
    COUNT,
    DATE,
    DAY,
    DECIMAL,
    FALSE_WORDS,
    FIGURE_KIND,
    FIGURES,
    HEADER_ALIASES,
    INTEGER,
    KINDS,
    MONTH,
    PRECISION,
    PRECISION_OUT,
    PRECISION_WORDS,
    REGION,
    REGION_NAME,
    SYNONYMS,
    TARGET_KIND,
    TARGETS,
    TEXT,
    TRUE_WORDS,
    YEAR,
    Column,
    Kind,
    Problem,
    SpreadsheetError,
    choice_map,
    detect_kind,
    gettext_noop,
    normalise_header,
    normalise_token,
)
from .intake.normalise import (  # noqa: F401
    CellError,
    HeaderMap,
    RowData,
    clean_cell,
    map_header,
    neutralise,
    normalise_row,
    parse_bool,
    parse_date_text,
    parse_precision,
    unneutralise,
)
from .intake.read import (  # noqa: F401
    MAX_BYTES,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHEET_ROWS,
    MAX_UNPACKED_BYTES,
    XLS_MAGIC,
    XLSX_MAGIC,
    Sheet,
    Table,
    file_digest,
    open_sheet,
    payload_digest,
    read_table,
    sniff_delimiter,
    xlsx_cell_text,
)
from .intake.write import MAX_EXACT_FLOAT_INT, cell_out, write_csv, write_xlsx, xlsx_out  # noqa: F401
