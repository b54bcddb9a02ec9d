import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_throttle():
    """The anonymous rate limit counts in the cache: each test starts with
    an empty history (the limit itself is tested on its own)."""
    cache.clear()
    yield
    cache.clear()
