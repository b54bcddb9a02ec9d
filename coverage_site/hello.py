"""A page that touches no database, template or cache: the benchmark's
baseline for what the server, Django and its middleware cost by themselves
(bench/run.py compares every page with it). Routed by
coverage_site/bench_urls.py under coverage_site.bench_settings only, never
by the production URLconf."""

from django.http import HttpResponse
from django.views.decorators.http import require_safe


@require_safe
def hello(request):
    return HttpResponse("hello\n", content_type="text/plain; charset=utf-8")
