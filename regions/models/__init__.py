"""The region register and the figures recorded against it.

Constraints that decide whether a number can be true live in the database
(CheckConstraint/UniqueConstraint), so a script, the admin and an import all
meet the same rules on SQLite and PostgreSQL.

A module per model family; every public name is importable from
``regions.models`` as before:

- ``rules``: plausibility and source conditions the constraints share;
- ``register``: Kanwil, Region, RegionAlias;
- ``provenance``: RecordProvenance, the abstract base of every record;
- ``records``: CoverageFigure, CoverageTarget, BudgetAllocation;
- ``scopes``: ScopeRole, RegionScope;
- ``summaries``: RegionSummary, the read model.
"""

from .provenance import RecordProvenance
from .records import BudgetAllocation, CoverageFigure, CoverageTarget
from .register import Kanwil, KanwilManager, Region, RegionAlias, RegionManager
from .rules import (
    PERCENT_CEILING,
    PERCENT_MAX,
    PERCENT_VALIDATORS,
    REGION_CODE_VALIDATOR,
    has_source,
    not_negative,
    percent_plausible,
    published_has_source,
)
from .scopes import RegionScope, ScopeRole
from .summaries import SUMMARY_REFERENCE, RegionSummary

__all__ = [
    "PERCENT_CEILING",
    "PERCENT_MAX",
    "PERCENT_VALIDATORS",
    "REGION_CODE_VALIDATOR",
    "SUMMARY_REFERENCE",
    "BudgetAllocation",
    "CoverageFigure",
    "CoverageTarget",
    "Kanwil",
    "KanwilManager",
    "RecordProvenance",
    "Region",
    "RegionAlias",
    "RegionManager",
    "RegionScope",
    "RegionSummary",
    "ScopeRole",
    "has_source",
    "not_negative",
    "percent_plausible",
    "published_has_source",
]
