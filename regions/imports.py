"""Importing and exporting coverage figures, targets and budgets as CSV/XLSX:
the service half of ``regions/intake`` under the name the rest of the code
imports (``records_import``, ``records_export``, ``import_template``...)."""

from . import spreadsheets as sheets  # noqa: F401
from .intake.check import CHECK_BATCH, ImportRowForm, row_form_class  # noqa: F401
from .intake.columns import Problem, SpreadsheetError  # noqa: F401
from .intake.constraints import condition_value  # noqa: F401
from .intake.export import (  # noqa: F401
    column_notes,
    export_filename,
    export_rows,
    export_value,
    import_template,
    records_export,
)
from .intake.places import RegionIndex, resolve_region  # noqa: F401
from .intake.read import Sheet, Table, file_digest, open_sheet, payload_digest  # noqa: F401
from .intake.report import PREVIEW_ROWS, BadRow, ImportReport, RowOutcome, preview_data  # noqa: F401
from .intake.service import read_upload, records_import, upload_bytes  # noqa: F401
from .intake.specs import CREATE, KIND_OF_MODEL, SAME, SPECS, UPDATE, KindSpec  # noqa: F401
from .intake.store import UPDATE_BATCH, WRITE_BATCH  # noqa: F401
