"""The import service, behind the admin's upload (preview, then confirm),
the import jobs and the ``import_figures`` command.

- ``records_import(kind=..., table=..., user=..., commit=...)`` checks every
  row of a file (``check.py``) and, when ``commit`` is true and nothing is
  wrong, writes them all in one transaction (``store.py``); one bad row and
  nothing is written.
- A row whose natural key (figures: region, segment, date, publisher;
  targets: region, segment, deadline, issuer; budgets: region, year, funding
  source, purpose) already exists *updates* that record: the preview lists it
  with the fields that change, and unchanged rows are left alone. So an
  exported file, corrected in Excel and imported again, updates in place, and
  importing the same file twice writes nothing the second time.
- Rows for regions outside the importer's edit scope are errors.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import IntegrityError, transaction

from . import read
from .check import Progress, check_file
from .columns import Problem, SpreadsheetError, gettext_noop
from .report import ImportReport
from .specs import SPECS
from .store import write


def _refuse_size(size: int | None) -> None:
    if size is not None and size > read.MAX_BYTES:
        raise read._too_big(size)


def read_upload(upload) -> read.Table:
    """An uploaded file (Django ``UploadedFile`` or any object with ``size``,
    ``name`` and ``read``) -> Table; SpreadsheetError when it cannot be read.
    The size is checked before anything is read into memory."""
    _refuse_size(getattr(upload, "size", None))
    data = upload.read(read.MAX_BYTES + 1)
    return read.read_table(data, getattr(upload, "name", "") or "")


def upload_bytes(upload) -> bytes:
    """The bytes of an uploaded file, its size checked before it is read
    (the job that checks it parses them); SpreadsheetError when too big."""
    _refuse_size(getattr(upload, "size", None))
    data = upload.read(read.MAX_BYTES + 1)
    _refuse_size(len(data))
    return data


def _refused_by_database(error: IntegrityError) -> Problem:
    # Someone wrote a conflicting record between the check and the write.
    return Problem(
        None, None,
        gettext_noop(
            "Basis data menolak impor (%(reason)s); tidak ada yang disimpan. "
            "Periksa dan unggah lagi."
        ),
        {"reason": str(error)[:200]},
    )  # fmt: skip


def records_import(
    *,
    kind: str,
    table,
    user=None,
    commit: bool = False,
    progress: Progress | None = None,
    reason: str = "",
    before_commit: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Check every row of ``table`` (a ``read.Table``, or a ``read.Sheet``
    streamed from its file); with ``commit``, write them all when none has a
    problem, in one transaction (checks included, so what is written is what
    was checked). ``user`` None means unrestricted (the command without
    --user); otherwise the user's edit scope applies and becomes
    ``entered_by`` of new records and the author of their history.
    ``before_commit(report)`` runs inside that transaction after the write
    (a job marks itself done there); if it raises, nothing is written. A
    streamed file found unreadable further down is a problem of the report."""
    spec = SPECS[kind]
    report = ImportReport(kind=kind, total=table.total)
    try:
        with transaction.atomic():
            report = check_file(spec, table, user, progress)
            if commit and report.ok:
                write(report, user, progress, reason)
                if before_commit is not None:
                    before_commit(report)
    except SpreadsheetError as error:
        report.written = False
        report.problems = [error.problem]
    except IntegrityError as error:
        report.written = False
        report.problems.append(_refused_by_database(error))
    return report
