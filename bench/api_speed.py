"""Speed of the open-data API against the anonymous /admin/login/ page, on
the production server (gunicorn, DJANGO_DEBUG=0) and PostgreSQL with the
synthetic data of a scale (issue #19: list endpoints p50 <= 2x the login
page at scale 1).

    .venv/bin/python bench/api_speed.py --database cakupan_api_s1 [--prepare --scale 1]

``--uncached`` sets CAKUPAN_CACHE=0 (every answer built from the database;
by default a page of rows is kept until the next write, as the pages'
aggregates are). ``--prepare`` creates the database, migrates, seeds and runs
``generate_demo_data --scale K --seed 7`` (scale 1: 287.560 figures,
about 6 minutes). Then collectstatic, one gunicorn server, and for each URL
a warm-up and ``wrk --latency`` ``--rounds`` times (medians): requests per
second, p50, p95, p99 and the p50 as a ratio to /admin/login/'s. The
anonymous rate limit is raised for the run (API_ANON_RATE), so wrk's single
address is not answered 429; the throttle still counts every request.

Reuses bench/run.py's server, wrk and fetch helpers (wrk, /usr/bin/time).
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench  # noqa: E402

REFERENCE = "/admin/login/"
URLS = [
    REFERENCE,
    "/api/v1/regions/?level=province",
    "/api/v1/figures/",
    "/api/v1/figures/?region=73",
    "/api/v1/figures/?region=7301&segment=total",
    "/api/v1/figures/?region=73&as_of_from=2024-01-01&as_of_to=2024-12-31",
    "/api/v1/targets/?region=73",
    "/api/v1/budgets/",
    "/api/v1/award-results/",
    "/api/v1/claims/",
]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="cakupan_api_s1")
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--scale", type=float, default=1)
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--uncached", action="store_true",
        help="CAKUPAN_CACHE=0: every answer built from the database (indexes and queries alone)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="cakupan-api-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "coverage_site.settings",
        "DATABASE_URL": f"{args.pg}/{args.database}",
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "CAKUPAN_DATA_VERSION_DIR": str(workdir / "version"),
        "API_ANON_RATE": "100000000/minute",
        "CAKUPAN_CACHE": "0" if args.uncached else "1",
    }
    if args.prepare:
        bench.recreate_database(args.pg, args.database)
        bench.manage(env, "migrate", "--noinput", quiet=True)
        bench.manage(env, "seed", quiet=True)
        bench.manage(env, "generate_demo_data", "--scale", str(args.scale), "--seed", "7")
    facts = bench.table_facts(args.pg, args.database)
    print("database", args.database, facts, "uncached" if args.uncached else "cached")
    bench.manage(env, "collectstatic", "--noinput", quiet=True)
    server = bench.start_server(env, workdir, args.workers, "api")
    try:
        for url in URLS:
            status, headers, body = bench.fetch(server.port, url)
            if status != 200:
                bench.fail(f"{url} answered {status}: {body[:300]!r}")
        results: dict[str, list[dict]] = {url: [] for url in URLS}
        for _round in range(args.rounds):
            for url in URLS:
                bench.wrk(server.port, url, duration=2, threads=1, connections=args.connections)
                results[url].append(
                    bench.wrk(
                        server.port, url, duration=args.duration, threads=1,
                        connections=args.connections,
                    )
                )  # fmt: skip
    finally:
        server.stop()
    merged = {url: bench.median_run(runs) for url, runs in results.items()}
    reference = merged[REFERENCE]["p50_us"]
    print(f"{'URL':<72} {'req/s':>8} {'p50':>9} {'p95':>9} {'p99':>9} {'p50/login':>9}")
    worst = 0.0
    for url in URLS:
        r = merged[url]
        ratio = r["p50_us"] / reference
        if url != REFERENCE:
            worst = max(worst, ratio)
        print(
            f"{url:<72} {r['rps']:>8.0f} {r['p50_us'] / 1000:>7.2f}ms {r['p95_us'] / 1000:>7.2f}ms"
            f" {r['p99_us'] / 1000:>7.2f}ms {ratio:>9.2f}"
            + (f"  errors {r['errors']}" if r["errors"] else "")
        )
    verdict = "met" if worst <= 2 else "NOT met"
    print(f"worst API p50 / login p50 = {worst:.2f} (target <= 2: {verdict})")
    subprocess.run(["rm", "-rf", str(workdir)], check=False)


if __name__ == "__main__":
    main()
