"""Times of an edition in its province's zone: ``{{ when|zoned_time:edition }}``
gives "10 Juli 2025 14.05 WITA"."""

from zoneinfo import ZoneInfo

from django import template
from django.utils import timezone, translation

from regions.formatting import date_id

from ..timezones import zone_of

register = template.Library()


def zoned(value, edition) -> str:
    if not value:
        return ""
    province = getattr(edition, "province", None)
    zone = zone_of(province.code if province is not None else None)
    local = timezone.localtime(value, ZoneInfo(zone.tz))
    day = date_id(local.date(), language=(translation.get_language() or "id")[:2])
    return f"{day} {local:%H.%M} {zone.abbreviation}"


@register.filter
def zoned_time(value, edition) -> str:
    return zoned(value, edition)


@register.filter
def seat_missing(state, seat) -> int:
    """Scores the seat still has to enter (completion.Completion)."""
    return state.seat_missing(seat.pk)
