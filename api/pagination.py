import hashlib

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from rest_framework.pagination import PageNumberPagination

from regions import cache


class CountedPaginator(Paginator):
    """The number of matching rows, counted once per query until the next
    write (regions/cache.py: the same versioned cache the pages use): a
    COUNT over every published figure is the one part of a page that grows
    with the data, the rows themselves are an index walk."""

    @cached_property
    def count(self) -> int:
        query = self.object_list.query
        digest = hashlib.sha256(str(query).encode("utf-8")).hexdigest()
        return cache.cached("api_count", digest, build=lambda: Paginator.count.func(self))


class Pagination(PageNumberPagination):
    """100 rows a page by default, up to 1000 with ?page_size=; CSV is not
    paginated (api/views.py streams every matching row)."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000
    django_paginator_class = CountedPaginator
