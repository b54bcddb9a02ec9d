import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# As django.utils.html.json_script: the JSON cannot close the element.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _absolute(request, value):
    if isinstance(value, dict):
        return {key: _absolute(request, item) for key, item in value.items()}
    if isinstance(value, list):
        return [_absolute(request, item) for item in value]
    if isinstance(value, str) and value.startswith("/") and request is not None:
        return request.build_absolute_uri(value)
    return value


@register.simple_tag(takes_context=True)
def jsonld(context, data):
    """A schema.org block: <script type="application/ld+json"> is data, not
    code (the browser runs nothing, so the strict CSP holds); site-relative
    addresses become absolute."""
    text = json.dumps(_absolute(context.get("request"), data), ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text.translate(_ESCAPES))
    )
