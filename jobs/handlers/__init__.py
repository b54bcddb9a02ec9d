"""What each kind of job does, one module per kind of work; importing this
package registers every handler with ``services.register``.

- ``imports``    an uploaded spreadsheet checked, then written (regions/intake)
- ``articles``   an uploaded article read and its figures proposed for review
- ``exports``    every figure as one CSV/XLSX file, kept for download until expiry
- ``summaries``  every region's summary recomputed (regions/summaries.py)
"""

from . import articles, exports, summaries
from .imports import FILE_UNREADABLE, confirm, import_check, import_write, start_check

__all__ = [
    "FILE_UNREADABLE",
    "articles",
    "confirm",
    "exports",
    "import_check",
    "import_write",
    "start_check",
    "summaries",
]
