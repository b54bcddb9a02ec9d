"""What the extractor reads from a text written for a test, as plain tuples
that a test can compare with a set (shared by the sentence-kind test files)."""

import datetime as dt

from articles.extraction import extract_figures

PUBLISHED = dt.date(2025, 3, 4)


def read(text, register, *, published=PUBLISHED):
    """(metric, segment, value as str, region name) of every figure."""
    return {
        (f.metric, f.segment, str(f.value), f.region_name)
        for f in extract_figures(text, register, published=published)
    }


def values(got):
    """The values alone of what ``read`` gave."""
    return {value for _metric, _segment, value, _region in got}


def dated(text, register, *, published=None):
    """(metric, segment, value as str, region name, as-of) of every figure."""
    return {
        (f.metric, f.segment, str(f.value), f.region_name, f.as_of)
        for f in extract_figures(text, register, published=published)
    }


def ranks(got):
    """The (rank, region) pairs of the award ranks ``read`` gave, sorted."""
    return sorted((value, region) for metric, _s, value, region in got if metric == "award_rank")
