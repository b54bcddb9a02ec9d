"""The production URLconf plus /hello/, the benchmark's baseline page (see
coverage_site/hello.py). Served only under coverage_site.bench_settings."""

from django.urls import path

from coverage_site import urls
from coverage_site.hello import hello

urlpatterns = [
    path("hello/", hello, name="hello"),
    *urls.urlpatterns,
]
handler500 = urls.handler500
