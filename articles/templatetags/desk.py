"""Display filters of the review desk: thin wrappers over articles.review."""

from decimal import Decimal

from django import template
from django.utils.translation import get_language

from articles.review import format_value
from regions.formatting import percent_id

register = template.Library()


@register.filter
def claim_value(claim):
    """A claim's value the page's way, by what it measures (46,44 %, ke-4)."""
    if claim.metric == "award_rank" and claim.value is not None:
        rank = int(claim.value)
        return f"no. {rank}" if (get_language() or "id").startswith("en") else f"ke-{rank}"
    return format_value(claim.metric, claim.value)


@register.filter
def confidence(value):
    """A rule's confidence (0..1) as a whole percent, or "–"."""
    if value is None or value == "":
        return "–"
    return f"{round(float(value) * 100)} %"


@register.filter
def ratio_percent(value):
    """A 0..1 ratio as a percent the page's way (75 %, 66,67 %)."""
    if value is None or value == "":
        return "–"
    return percent_id(Decimal(str(round(float(value) * 100, 2))))
