from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    """100 rows a page by default, up to 1000 with ?page_size=; CSV is not
    paginated (api/views.py streams every matching row)."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000
