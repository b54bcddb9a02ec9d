"""Database queries per page, measured in-process with Django's test client
against the benchmark's database (not through the server).

    DATABASE_URL=... .venv/bin/python bench/pagestats.py URL [URL ...]

Prints one JSON object: for each URL, the queries of a cold request (the
cache just invalidated, as after a write) and of a warm one (the next
request), and the status. bench/run.py runs it with the server's settings.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coverage_site.settings")


def main(urls: list[str]) -> dict:
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from regions import cache

    client = Client(headers={"X-Forwarded-Proto": "https"})
    result = {}
    for url in urls:
        client.get(url)  # per-process caches (content types, translations)
        cache.clear()
        # A streamed response (the list's CSV) reads as it is sent: its
        # body is read inside the count.
        with CaptureQueriesContext(connection) as cold:
            cold_response = client.get(url)
            cold_body = body(cold_response)
        with CaptureQueriesContext(connection) as warm:
            warm_response = client.get(url)
            body(warm_response)
        result[url] = {
            "status": cold_response.status_code,
            "warm_status": warm_response.status_code,
            "cold_queries": len(cold.captured_queries),
            "warm_queries": len(warm.captured_queries),
            "cold_sql_ms": round(sum(float(q["time"]) for q in cold.captured_queries) * 1000, 1),
            "bytes": len(cold_body),
        }
    return result


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
