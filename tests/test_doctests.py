"""The pure modules carry doctest examples; run them as tests."""

import doctest
import importlib

import pytest

MODULES = [
    "regions.quality",
    "regions.periods",
    "regions.formatting",
    "regions.progress",
    "regions.series",
    "regions.budget",
    "regions.numbers",
    "articles.documents",
    "articles.highlight",
    "articles.extraction.sentence_groups",
    "articles.extraction.storyday",
    "coverage_site.languages",
    "coverage_site.management.commands.ensure_demo_user",
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
