"""Pure helpers for the review queue: where a quote sits in its paragraph,
which kind of record a metric becomes, and the defaults a reviewer starts
from. No Django imports.

>>> context = quote_in_paragraph("Judul\\nPertama. Cakupan 41,5 persen. Akhir.\\nLain.", 15, 35)
>>> context.before, context.quote, context.after
('Pertama. ', 'Cakupan 41,5 persen.', ' Akhir.')
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from regions import formatting  # pure, like this module

FIGURE, TARGET, BUDGET, AWARD = "figure", "target", "budget", "award"

#: the metric a claim carries -> the kind of record it becomes when accepted
RECORD_KINDS = {
    "coverage_pct": FIGURE,
    "participants": FIGURE,
    "workforce": FIGURE,
    "target_pct": TARGET,
    "budget_idr": BUDGET,
    "award_rank": AWARD,
    "award_category": AWARD,
    "panel_member": AWARD,
}

#: the CoverageFigure field each figure metric fills
FIGURE_FIELDS = {"coverage_pct": "percent", "participants": "covered", "workforce": "eligible"}

#: the field of each record kind that the claim's value fills
VALUE_FIELDS = {TARGET: "target_percent", BUDGET: "amount"}

#: metrics a bulk accept may take: one publisher given for all is enough
BULK_ACCEPT_METRICS = ("coverage_pct", "participants")


def record_kind(metric: str) -> str | None:
    """
    >>> record_kind("participants"), record_kind("budget_idr"), record_kind("x")
    ('figure', 'budget', None)
    """
    return RECORD_KINDS.get(metric)


def value_field(metric: str) -> str | None:
    """The field of the record that the claim's value fills.

    >>> value_field("workforce"), value_field("target_pct"), value_field("award_rank")
    ('eligible', 'target_percent', None)
    """
    return FIGURE_FIELDS.get(metric) or VALUE_FIELDS.get(record_kind(metric) or "")


@dataclass(frozen=True)
class QuoteContext:
    before: str
    quote: str
    after: str


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line(s) holding text[start:end]: articles keep one paragraph a line.

    >>> paragraph_bounds("a\\nbc d\\ne", 3, 4)
    (2, 6)
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi == -1 else hi


def quote_in_paragraph(text: str, start: int, end: int) -> QuoteContext:
    """The paragraph around a quote, cut into before / quote / after."""
    lo, hi = paragraph_bounds(text, start, end)
    return QuoteContext(text[lo:start].lstrip(), text[start:end], text[end:hi].rstrip())


def end_of_year(day: date) -> date:
    """Targets name a year ("68 persen pada 2025"): they fall due at its end.

    >>> end_of_year(date(2025, 7, 10))
    datetime.date(2025, 12, 31)
    """
    return date(day.year, 12, 31)


def format_value(metric: str, value) -> str:
    """A claim's value the Indonesian way, by what it measures.

    >>> from decimal import Decimal as D
    >>> format_value("coverage_pct", D("46.44")), format_value("participants", D("1300000"))
    ('46,44 %', '1.300.000')
    >>> format_value("budget_idr", D("16000000000")), format_value("award_rank", D("4"))
    ('Rp16 miliar', 'ke-4')
    """
    if value is None or value == "":
        return "–"
    if metric in ("coverage_pct", "target_pct"):
        return formatting.percent_id(value)
    if metric == "budget_idr":
        return formatting.rupiah(int(value))
    if metric == "award_rank":
        return f"ke-{int(value)}"
    decimals = 0 if value == int(value) else 2
    return formatting.number_id(value, decimals)


def number_input(value) -> str:
    """A number as a reviewer would type it, ready to edit.

    >>> from decimal import Decimal as D
    >>> number_input(D("41.50")), number_input(D("52300.00")), number_input(D("1200000000"))
    ('41,5', '52.300', '1.200.000.000')
    """
    if value is None or value == "":
        return ""
    number = Decimal(str(value)).normalize()
    decimals = max(0, -number.as_tuple().exponent)
    return formatting.number_id(number, decimals)


def precision(right: int, wrong: int) -> float | None:
    """Share of decided claims that were right; None before any decision.

    >>> precision(3, 1), precision(0, 0)
    (0.75, None)
    """
    decided = right + wrong
    return right / decided if decided else None
