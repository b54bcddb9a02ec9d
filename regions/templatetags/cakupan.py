"""Display filters: thin wrappers over regions.formatting."""

from django import template

from regions import formatting

register = template.Library()


@register.filter
def percent_id(value):
    return formatting.percent_id(value)


@register.filter
def number_id(value):
    return formatting.number_id(value)


@register.filter
def rupiah(value):
    return formatting.rupiah(value)


@register.filter
def date_id(value, precision="day"):
    return formatting.date_id(value, precision or "day")
