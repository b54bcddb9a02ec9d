"""What the region list costs right after an edit, in CPU time: the 57 list
addresses of bench/users.py, each never built since the edit (a figure of
73.01 saved as the admin saves it: the summaries of 73.01 and 73 refreshed,
their versions and the lists version bumped), asked one after another, and
the list's CSV right after an edit. CPU time
of this process (Django's test client, in process: what a worker spends,
the rebuild after a stale answer included), so a busy machine changes the
figures less than it changes wall times; compared with the anonymous
/admin/login/.

    DATABASE_URL=postgres://.../cakupan_bench_s1 DJANGO_DEBUG=0 SECRET_KEY=... \\
    ALLOWED_HOSTS=testserver REDIS_URL=locmem DJANGO_HTTPS=0 \\
    .venv/bin/python bench/cold_lists.py [--runs 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coverage_site.settings")
    import django

    django.setup()
    import users
    from django.test import Client

    from regions import page_cache

    client = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_ACCEPT_ENCODING="gzip")

    def cpu_ms(url: str) -> float:
        started = time.process_time()
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        response.close()
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        return (time.process_time() - started) * 1000

    for url in ("/wilayah/?province=11", "/admin/login/", "/wilayah/?_export=csv"):
        cpu_ms(url)  # templates, translations
    page_cache._handler()
    reference = statistics.median(cpu_ms("/admin/login/") for _ in range(20))
    urls = users.list_urls()

    def edit() -> None:
        """A real edit, as the admin saves it: a figure of 73.01 (its
        summary and 73's refreshed, their versions and the lists' bumped)."""
        exec(users.EDIT, {})  # noqa: S102 - the benchmark's own code

    times = []
    for _ in range(args.runs):
        edit()
        times.extend(cpu_ms(url) for url in urls)
    ordered = sorted(times)
    print(f"reference /admin/login/: {reference:.1f} ms CPU")
    print(
        f"{len(urls)} list addresses never built, after a write: median "
        f"{statistics.median(times):.1f} ms CPU ({statistics.median(times) / reference:.1f}x), "
        f"p90 {ordered[int(0.9 * len(ordered))]:.1f}, max {ordered[-1]:.1f}, "
        f"all {sum(times) / args.runs:.0f} ms a run"
    )
    csv = "/wilayah/?_export=csv"
    after = []
    for _ in range(5):
        cpu_ms(csv)
        edit()
        after.append(cpu_ms(csv))
    never = []
    for run in range(5):
        edit()
        never.append(cpu_ms(f"{csv}&level=regency&run={run}"))
    repeat = statistics.median(cpu_ms(csv) for _ in range(10))
    for label, value in (
        ("list CSV, first after a write (rebuild included)", statistics.median(after)),
        ("list CSV never built, after a write", statistics.median(never)),
        ("list CSV, again", repeat),
    ):
        print(f"{label}: {value:.1f} ms CPU ({value / reference:.1f}x)")
    print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
