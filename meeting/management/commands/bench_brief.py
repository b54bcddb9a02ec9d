"""Time the printed brief: the HTML assembly and the WeasyPrint layout,
cold (no cached PDF), per region, with the queries each takes. Prints
numbers; asserts nothing."""

import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from regions import cache


class Command(BaseCommand):
    help = "Time /wilayah/<code>/ringkasan/ and ringkasan.pdf (cold PDF) for a few regions."

    def add_arguments(self, parser):
        parser.add_argument("codes", nargs="*", default=["73", "73.01", "35"])
        parser.add_argument("--runs", type=int, default=3)

    def handle(self, *args, codes, runs, **options):
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
        client = Client()
        for code in codes:
            for url in (f"/wilayah/{code}/ringkasan/", f"/wilayah/{code}/ringkasan.pdf"):
                client.get(url)  # warm the region page's cached aggregates
                timings, queries = [], []
                for _ in range(runs):
                    cache.clear()  # a new data version: the PDF is laid out again
                    client.get(f"/wilayah/{code}/")  # rebuild the shared aggregates
                    with CaptureQueriesContext(connection) as captured:
                        start = time.perf_counter()
                        response = client.get(url)
                        timings.append((time.perf_counter() - start) * 1000)
                    queries.append(len(captured.captured_queries))
                start = time.perf_counter()
                client.get(url)
                again = (time.perf_counter() - start) * 1000
                self.stdout.write(
                    f"{url:32} {response.status_code} {len(response.content):>7} B  "
                    f"median {statistics.median(timings):7.0f} ms  "
                    f"min {min(timings):7.0f} ms  queries {max(queries):>3}  "
                    f"repeat {again:6.0f} ms"
                )
