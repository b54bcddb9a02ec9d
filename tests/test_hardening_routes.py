"""Issue 14: no public URL answers 5xx, whatever an anonymous visitor puts
in the path or the query string. Hypothesis draws the path arguments and
query parameters of every route outside the admin (found by walking the URL
resolver, so a new route is covered the day it is added) and every
parameter name the views and filters read (found in their source)."""

import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regions.filters import RegionFilterSet

ROOT = Path(__file__).resolve().parent.parent
APPS = ("regions", "articles", "awards", "coverage_site")
SKIPPED_PREFIXES = ("admin/", "i18n/")


def public_routes() -> list[tuple[str, dict]]:
    """(URL name, converters of its path arguments) for every named route
    outside the admin and the language switch."""
    found = []

    def walk(patterns, prefix, namespace):
        for entry in patterns:
            route = prefix + str(entry.pattern)
            if route.startswith(SKIPPED_PREFIXES):
                continue
            if isinstance(entry, URLResolver):
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, route, inner)
            elif isinstance(entry, URLPattern) and entry.name:
                converters = {**getattr(entry.pattern, "converters", {})}
                found.append((namespace + entry.name, converters))

    walk(get_resolver().url_patterns, "", "")
    return sorted(found)


def parameter_names() -> list[str]:
    """Every query parameter a view, filter or table reads."""
    pattern = re.compile(
        r"""GET(?:\.get|\.getlist)?\(\s*["']([^"']+)["']|GET\[["']([^"']+)["']\]"""
    )
    names = set(RegionFilterSet.base_filters) | {"page", "per_page", "sort", "_export"}
    for app in APPS:
        for source in (ROOT / app).rglob("*.py"):
            if "migrations" in source.parts:
                continue
            for match in pattern.finditer(source.read_text(encoding="utf-8")):
                names.add(match.group(1) or match.group(2))
    return sorted(names)


ROUTES = public_routes()
PARAMETERS = parameter_names()

# Values that reach deep into the views (real codes, formats, numbers in
# both notations) mixed with anything at all.
LIKELY = [
    "73", "73.01", "ID", "72.71", "province", "regency", "city", "csv", "xlsx", "json",
    "-1", "0", "1", "2", "999999999999999999999", "46,44", "46.44", "1e308", "nan",
    "2025-06-30", "2025", "edisi", "behind", "on_track", "achieved", "-percent", "name",
    "total", "formal", "", " ", "%", "'", "\\", "<script>", "\u0130", "\ufeff",
]  # fmt: skip
values = st.one_of(st.sampled_from(LIKELY), st.text(max_size=30))
queries = st.dictionaries(
    st.sampled_from(PARAMETERS) | st.sampled_from(PARAMETERS) | st.text(min_size=1, max_size=10),
    values,
    max_size=4,
)


def path_argument(converter):
    if isinstance(converter, IntConverter):
        return st.one_of(st.integers(min_value=0, max_value=40), st.integers(min_value=0))
    segment = st.text(min_size=1, max_size=20).filter(lambda text: "/" not in text)
    return st.one_of(st.sampled_from(["73", "73.01", "ID", "99", "72.71"]), segment)


def test_the_walk_finds_the_public_pages():
    names = {name for name, _converters in ROUTES}
    assert {"regions:home", "regions:region_list", "regions:region_detail"} <= names
    assert {"articles:article_list", "articles:article_detail", "awards:edition_detail"} <= names
    assert not any(name.startswith("admin:") for name in names)
    assert {"province", "per_page", "sort", "export", "kategori"} <= set(PARAMETERS)


@pytest.mark.parametrize(("name", "converters"), ROUTES, ids=[name for name, _c in ROUTES])
def test_no_public_get_answers_a_server_error(seeded, name, converters):
    client = Client(raise_request_exception=False)

    @settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
    @given(
        kwargs=st.fixed_dictionaries({key: path_argument(c) for key, c in converters.items()}),
        query=queries,
    )
    def check(kwargs, query):
        url = reverse(name, kwargs=kwargs)
        if query:
            url += "?" + urlencode(query)
        response = client.get(url)
        assert response.status_code < 500, (url, response.status_code)

    check()
