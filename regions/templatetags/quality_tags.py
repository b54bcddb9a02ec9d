"""Whether the signed-in user may open the "Kualitas data" page (the admin
index shows its link only to them)."""

from django import template

from regions import quality_selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def may_review_quality(context) -> bool:
    request = context.get("request")
    return request is not None and quality_selectors.may_review(request.user)
