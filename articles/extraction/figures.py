"""What the extractor proposes: metrics, segments and the Figure record."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

COVERAGE_PCT = "coverage_pct"
PARTICIPANTS = "participants"
TARGET_PCT = "target_pct"
BUDGET_IDR = "budget_idr"
AWARD_RANK = "award_rank"
WORKFORCE = "workforce"
METRICS = (COVERAGE_PCT, PARTICIPANTS, TARGET_PCT, BUDGET_IDR, AWARD_RANK, WORKFORCE)
PERCENT_METRICS = frozenset({COVERAGE_PCT, TARGET_PCT})

TOTAL = "total"
FORMAL = "formal"
INFORMAL = "informal"
CONSTRUCTION = "construction"
MIGRANT = "migrant"
VULNERABLE = "vulnerable"
OTHER = "other"
SEGMENTS = (TOTAL, FORMAL, INFORMAL, CONSTRUCTION, MIGRANT, VULNERABLE, OTHER)

NATION = "nation"
PROVINCE = "province"
REGENCY = "regency"
CITY = "city"
_LEVEL_ORDER = {NATION: 0, PROVINCE: 1, CITY: 2, REGENCY: 3}


@dataclass(frozen=True)
class Figure:
    """One proposed figure. ``text[start:end] == quote``, the sentence that
    states it."""

    metric: str
    segment: str
    value: Decimal
    region_code: str | None
    region_name: str | None
    as_of: str | None
    quote: str
    start: int
    end: int
    # Which reading rule proposed it (a short stable name such as
    # "percent.coverage.region_list") and how sure that rule is, 0 to 1.
    # The review desk shows, sorts and filters by both, and keeps reviewers'
    # decisions per pattern so each rule's precision can be reported.
    pattern: str = ""
    confidence: float = 0.5

    def to_dict(self) -> dict[str, object]:
        value: int | float
        if self.value == self.value.to_integral_value():
            value = int(self.value)
        else:
            value = float(self.value)
        return {
            "metric": self.metric,
            "segment": self.segment,
            "value": value,
            "region_code": self.region_code,
            "region_name": self.region_name,
            "as_of": self.as_of,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "pattern": self.pattern,
            "confidence": self.confidence,
        }
