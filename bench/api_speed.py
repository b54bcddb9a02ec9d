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

``--csv`` measures instead the full downloads (``?format=csv`` with no
filter: every published figure, target, budget, every region): each is
read ``--rounds`` times as a browser would (gzip accepted), streamed, and
the run prints the time to the first byte, the whole download's seconds,
its rows and megabytes (decoded, and as sent), the CPU seconds the server
spent (gunicorn's workers, from /proc) and the largest worker's peak
memory (VmHWM).

Reuses bench/run.py's server, wrk and fetch helpers (wrk, /usr/bin/time).
"""

from __future__ import annotations

import argparse
import http.client
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
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


CSV_URLS = [
    "/api/v1/figures/?format=csv",
    "/api/v1/targets/?format=csv",
    "/api/v1/budgets/?format=csv",
    "/api/v1/regions/?format=csv",
]
TICKS = os.sysconf("SC_CLK_TCK")


def _workers(server) -> list[int]:
    master = int(server.pidfile.read_text().strip())
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def _cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICKS


def _peak_mb(pids: list[int]) -> float:
    peak = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]))
    return peak / 1024


def download(port: int, url: str) -> dict:
    """One full download read as a browser reads it (gzip accepted, 64 KiB
    at a time): its bytes on the wire, and its rows and bytes decoded."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
    headers = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip", "Host": "127.0.0.1"}
    started = time.monotonic()
    try:
        conn.request("GET", url, headers=headers)
        response = conn.getresponse()
        gzipped = response.getheader("Content-Encoding", "") == "gzip"
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
        ttfb = None
        wire = size = lines = 0
        while chunk := response.read(65536):
            ttfb = ttfb if ttfb is not None else time.monotonic() - started
            wire += len(chunk)
            text = decoder.decompress(chunk) if decoder else chunk
            size += len(text)
            lines += text.count(b"\n")
        if response.status != 200:
            bench.fail(f"{url} answered {response.status}")
    finally:
        conn.close()
    seconds = time.monotonic() - started
    return {"ttfb": ttfb or seconds, "seconds": seconds, "wire": wire, "bytes": size,
            "rows": lines - 1}  # fmt: skip


def measure_csv(server, rounds: int) -> None:
    pids = _workers(server)
    print(
        f"{'URL':<36} {'rows':>8} {'MB':>7} {'MB sent':>7} {'first byte':>10} {'seconds':>8} "
        f"{'CPU s':>7}"
    )
    for url in CSV_URLS:
        runs = []
        for _round in range(rounds):
            cpu = _cpu_seconds(pids)
            run = download(server.port, url)
            run["cpu"] = _cpu_seconds(pids) - cpu
            runs.append(run)
        med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        print(
            f"{url:<36} {runs[0]['rows']:>8} {runs[0]['bytes'] / 1e6:>7.1f} "
            f"{runs[0]['wire'] / 1e6:>7.1f} "
            f"{med['ttfb']:>9.2f}s {med['seconds']:>7.2f}s {med['cpu']:>7.2f}"
        )
    print(f"peak memory of the largest gunicorn worker (VmHWM): {_peak_mb(pids):.0f} MB")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


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
        "--csv", action="store_true",
        help="time the full CSV downloads instead of the paginated lists",
    )  # fmt: skip
    parser.add_argument(
        "--uncached", action="store_true",
        help="CAKUPAN_CACHE=0: every answer built from the database (indexes and queries alone)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="cakupan-api-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "coverage_site.bench_settings",
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
    if args.csv:
        try:
            measure_csv(server, args.rounds)
        finally:
            server.stop()
        subprocess.run(["rm", "-rf", str(workdir)], check=False)
        return
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
