"""Display filters: thin wrappers over regions.formatting, in the language
of the page being rendered (47,38 % on /wilayah/73/, 47.38% on
/en/wilayah/73/)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from regions import formatting

register = template.Library()

MISSING = "–"


def _language() -> str:
    return (get_language() or "id")[:2]


def _blank(value) -> bool:
    """Templates hand filters "" for a missing variable: show it as missing."""
    return value is None or value == ""


@register.filter
def percent_id(value):
    if _blank(value):
        return MISSING
    return formatting.percent_id(value, _language())


@register.filter
def number_id(value):
    if _blank(value):
        return MISSING
    return formatting.number_id(value, 0, _language())


@register.filter
def rupiah(value):
    if _blank(value):
        return MISSING
    return formatting.rupiah(value, _language())


@register.filter
def date_id(value, precision="day"):
    if _blank(value):
        return MISSING
    return formatting.date_id(value, precision or "day", _language())


@register.filter
def number_id1(value):
    if _blank(value):
        return MISSING
    return formatting.number_id(value, 1, _language())


@register.filter
def number_id2(value):
    if _blank(value):
        return MISSING
    return formatting.number_id(value, 2, _language())


@register.filter
def signed_id2(value):
    """+0,26 or −0,10 (a true minus sign)."""
    if _blank(value):
        return MISSING
    text = formatting.number_id(abs(value), 2, _language())
    return f"+{text}" if value >= 0 else f"−{text}"


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def rupiah_decimal(value):
    return MISSING if _blank(value) else formatting.rupiah(int(value), _language())


@register.filter
def plain(value):
    """The value as Python writes it (46.44, 2025-07-10): for data-value
    attributes that machines read, untouched by localisation."""
    return "" if _blank(value) else str(value)


@register.filter
def indonesian(value):
    """Text that exists only in Indonesian (a curator's note, a label or
    purpose as the source published it): on a page in another language it
    is marked ``lang="id"``, so a screen reader reads it with an Indonesian
    voice and a browser does not offer to translate the page around it."""
    if _blank(value):
        return ""
    if _language() == "id":
        return value
    return format_html('<span lang="id">{}</span>', value)
