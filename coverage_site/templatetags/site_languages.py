"""The language switch and the hreflang links: the page the visitor is on,
at its address in each language (coverage_site/languages.py)."""

from django import template
from django.conf import settings
from django.utils import translation

from coverage_site.languages import translated_path

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per language: ``code``, ``name`` (in that language),
    ``path`` of this page in it, ``url`` (absolute, for hreflang) and
    ``current``. Error pages rendered without a request (500, 503) point
    at the home pages."""
    request = context.get("request")
    here = request.get_full_path() if request is not None else "/"
    current = translation.get_language() or settings.LANGUAGE_CODE
    versions = []
    for code, _name in settings.LANGUAGES:
        path = translated_path(here, code)
        versions.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "path": path,
                "url": request.build_absolute_uri(path) if request is not None else path,
                "current": code == current,
            }
        )
    return versions
