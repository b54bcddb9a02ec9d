"""Load benchmark of the dashboard: the production server on PostgreSQL with
synthetic data, measured with wrk.

    .venv/bin/python bench/run.py --scale 1 --scale 10      (make bench)

Needs wrk (``apt-get install -y wrk``), /usr/bin/time (Debian package
``time``), gunicorn in the venv and a PostgreSQL server (``--pg``, default
postgres://postgres@127.0.0.1:5432). It installs nothing.

For each scale K:

1. the database ``cakupan_bench_s<K>``: created, migrated, seeded and filled
   with ``generate_demo_data --scale K --seed 7`` when it does not exist yet
   (or with ``--prepare``, from scratch);
2. collectstatic into STATIC_ROOT (whitenoise's compressed manifest);
3. the production server, ``gunicorn -c gunicorn.conf.py coverage_site.wsgi``
   with DJANGO_DEBUG=0, SECRET_KEY and ALLOWED_HOSTS set, under
   /usr/bin/time; every request carries ``X-Forwarded-Proto: https`` (as a
   TLS-terminating proxy sends it) and ``Accept-Encoding: gzip, deflate, br``;
4. for the no-database hello view and each page: a warm-up (fresh
   connections, so that every worker builds its copy, then a short wrk
   run), then ``wrk --latency`` for ``--duration`` seconds, ``--rounds``
   times: requests per second, p50, p95 and p99 latency (medians over the
   rounds), and each page's p50 as a ratio to the hello view's;
5. queries per page (bench/pagestats.py: Django's test client on the same
   database, cold = just after a write, warm = the next request);
6. transfer sizes (compressed bodies): the page's HTML, its CSS and JS; a
   first visit loads all three, a repeat visit only the HTML when the
   assets' Cache-Control allows a day or more (checked, not assumed).

The servers of all scales run side by side and the rounds interleave them
(a page on scale 1, the same page on scale 10, the next page...), so that a
busy moment of a shared machine falls on both sides of the comparison.

Three passes: ``users`` (bench/users.py: what officials get, as ratios to
the anonymous /admin/login/: anonymous and logged-in pages, exports,
/paritrana/, the first request and a burst of 8 right after a real edit,
57 list URLs in the 10 s after an edit; worker recycling as in
production; ``--redis`` to measure the production cache), ``cached`` (the
production configuration) and ``uncached``
(CAKUPAN_CACHE=0: every request builds its page from the database, which
shows what the indexes and queries alone do; fewer connections, as its
pages take 10-1000 ms). Then the p50 ratio between the first and the last
scale, and the issue's targets. Results also go to a JSON file (``--out``).
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PYTHON = str(BIN / "python")
GUNICORN = BIN / "gunicorn"
TIME = Path("/usr/bin/time")
LUA = Path(__file__).with_name("wrk_report.lua")

PAGES = [
    ("hello (no database)", "/hello/"),
    ("national /", "/"),
    ("region list", "/wilayah/"),
    ("province 73", "/wilayah/73/"),
    ("regency 73.01", "/wilayah/73.01/"),
    ("filtered list", "/wilayah/?province=73"),
    ("filtered CSV", "/wilayah/?province=73&_export=csv"),
]
HELLO = "/hello/"
SIZE_PAGE = "/wilayah/73/"
# As a browser behind a TLS-terminating proxy asks.
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip, deflate, br"}
# Fresh connections before each page's warm-up: gunicorn hands each to some
# worker, so every worker builds its own copy of the page (a local-memory
# cache is per process) before the measurement.
WARMUP_CONNECTIONS = 30
REPEAT_MIN_MAX_AGE = 24 * 3600

TARGET_HELLO_RATIO = 3.0
TARGET_SCALE_RATIO = 1.3
TARGET_QUERIES = 12
TARGET_FIRST_KB = 600
TARGET_REPEAT_KB = 30


def fail(message: str) -> None:
    sys.exit(f"bench: {message}")


def check_tools() -> None:
    if shutil.which("wrk") is None:
        fail("wrk not found: install it with `apt-get install -y wrk`.")
    if not TIME.exists():
        fail("/usr/bin/time not found: install it with `apt-get install -y time`.")
    if not GUNICORN.exists():
        fail(f"{GUNICORN} not found: install the project (`make install`).")


def slug(scale: float) -> str:
    return f"{scale:g}".replace(".", "_")


# --- database --------------------------------------------------------------


def database_exists(pg: str, name: str) -> bool:
    import psycopg

    with psycopg.connect(f"{pg}/postgres", autocommit=True) as conn:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    return row is not None


def recreate_database(pg: str, name: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{pg}/postgres", autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def manage(env: dict[str, str], *args: str, quiet: bool = False) -> float:
    started = time.monotonic()
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL if quiet else None,
    )
    if result.returncode != 0:
        fail(f"manage.py {' '.join(args)} failed")
    return time.monotonic() - started


def prepare(pg: str, name: str, scale: float, seed: int, env: dict[str, str]) -> None:
    print(f"== preparing {name}: migrate, seed, generate_demo_data --scale {scale:g} --seed {seed}")
    recreate_database(pg, name)
    manage(env, "migrate", "--noinput", quiet=True)
    manage(env, "seed", quiet=True)
    took = manage(env, "generate_demo_data", "--scale", f"{scale:g}", "--seed", str(seed))
    print(f"   generate_demo_data --scale {scale:g}: {took:.0f} s")


def table_facts(pg: str, name: str) -> dict[str, object]:
    import psycopg

    with psycopg.connect(f"{pg}/{name}") as conn:
        figures = conn.execute("SELECT count(*) FROM regions_coveragefigure").fetchone()[0]
        synthetic = conn.execute(
            "SELECT count(*) FROM regions_coveragefigure WHERE is_synthetic"
        ).fetchone()[0]
        size = conn.execute(
            "SELECT pg_size_pretty(pg_total_relation_size('regions_coveragefigure'))"
        ).fetchone()[0]
    return {"figures": figures, "synthetic_figures": synthetic, "figure_table_size": size}


# --- server ----------------------------------------------------------------


# The servers' ports: any free one, or from --port on (one after another,
# for a machine where each user of it has a range of ports).
_PORTS: list[int] = []


def free_port() -> int:
    if _PORTS:
        return _PORTS.pop(0)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    pidfile: Path
    timefile: Path
    logfile: Path
    port: int

    def stop(self) -> dict[str, str]:
        try:
            pid = int(self.pidfile.read_text().strip())
            os.kill(pid, signal.SIGTERM)
        except (FileNotFoundError, ValueError, ProcessLookupError):
            self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        usage = {}
        if self.timefile.exists():
            for line in self.timefile.read_text().splitlines():
                key, _, value = line.strip().partition(": ")
                if key in (
                    "User time (seconds)",
                    "System time (seconds)",
                    "Maximum resident set size (kbytes)",
                ):
                    usage[key] = value
        return usage


def start_server(
    env: dict[str, str], workdir: Path, workers: int | None, tag: str, recycle: bool = False
) -> Server:
    port = free_port()
    pidfile = workdir / f"gunicorn-{tag}.pid"
    timefile = workdir / f"time-{tag}.txt"
    logfile = workdir / f"gunicorn-{tag}.log"
    pidfile.unlink(missing_ok=True)
    server_env = {
        **env,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_PIDFILE": str(pidfile),
        # No worker recycling during the cached/uncached runs: a recycled
        # worker starts with an empty local cache, which is noise there. The
        # users mode recycles as production does (gunicorn.conf.py).
        **({} if recycle else {"GUNICORN_MAX_REQUESTS": "0"}),
    }
    if workers:
        server_env["WEB_CONCURRENCY"] = str(workers)
    log = logfile.open("w")
    process = subprocess.Popen(
        [
            str(TIME),
            "-v",
            "-o",
            str(timefile),
            str(GUNICORN),
            "-c",
            "gunicorn.conf.py",
            "coverage_site.wsgi",
        ],
        cwd=ROOT,
        env=server_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    server = Server(process, pidfile, timefile, logfile, port)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            fail(f"gunicorn exited; see {logfile}:\n{logfile.read_text()[-2000:]}")
        try:
            status, _headers, _body = fetch(port, HELLO)
            if status == 200 and pidfile.exists():
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.stop()
    fail(f"gunicorn did not answer within 60 s; see {logfile}")
    raise AssertionError  # unreachable


def fetch(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path, headers={**HEADERS, "Host": "127.0.0.1"})
        response = conn.getresponse()
        body = response.read()
        headers = {k.lower(): v for k, v in response.getheaders()}
        return response.status, headers, body
    finally:
        conn.close()


# --- wrk -------------------------------------------------------------------


def wrk(port: int, path: str, *, duration: int, threads: int, connections: int) -> dict:
    command = [
        "wrk",
        f"--threads={min(threads, connections)}",
        f"--connections={connections}",
        f"--duration={duration}s",
        "--timeout=30s",
        "--latency",
        f"--script={LUA}",
    ]
    for name, value in HEADERS.items():
        command += ["--header", f"{name}: {value}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"^WRK_JSON (.*)$", output, re.MULTILINE)
    if not match:
        fail(f"could not read wrk's output:\n{output}")
    data = json.loads(match.group(1))
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    data["errors"] = sum(v for k, v in data.items() if k.startswith("errors_"))
    return data


# --- transfer sizes --------------------------------------------------------


class AssetLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.css: list[str] = []
        self.js: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "").split():
            self.css.append(attributes["href"])
        elif tag == "script" and attributes.get("src"):
            self.js.append(attributes["src"])


def max_age(cache_control: str) -> int:
    match = re.search(r"max-age=(\d+)", cache_control or "")
    return int(match.group(1)) if match else 0


def transfer_sizes(port: int, path: str) -> dict:
    status, headers, body = fetch(port, path)
    if status != 200:
        fail(f"{path} answered {status}")
    html = gzip.decompress(body) if headers.get("content-encoding") == "gzip" else body
    links = AssetLinks()
    links.feed(html.decode("utf-8"))
    result = {
        "html": len(body),
        "html_uncompressed": len(html),
        "html_encoding": headers.get("content-encoding", "identity"),
        "css": 0,
        "js": 0,
        "assets": [],
    }
    repeat = len(body)
    for kind, urls in (("css", links.css), ("js", links.js)):
        for url in urls:
            asset_status, asset_headers, asset_body = fetch(port, url)
            if asset_status != 200:
                fail(f"{url} answered {asset_status}")
            cache_control = asset_headers.get("cache-control", "")
            result[kind] += len(asset_body)
            cached = max_age(cache_control) >= REPEAT_MIN_MAX_AGE
            if not cached:
                repeat += len(asset_body)
            result["assets"].append(
                {
                    "url": url,
                    "bytes": len(asset_body),
                    "encoding": asset_headers.get("content-encoding", "identity"),
                    "cache_control": cache_control,
                    "cached_on_repeat": cached,
                }
            )
    result["first_visit"] = result["html"] + result["css"] + result["js"]
    result["repeat_visit"] = repeat
    return result


# --- one scale -------------------------------------------------------------


def page_stats(env: dict[str, str]) -> dict:
    output = subprocess.run(
        [PYTHON, str(Path(__file__).with_name("pagestats.py")), *[u for _n, u in PAGES]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if output.returncode != 0:
        fail(f"bench/pagestats.py failed:\n{output.stderr[-3000:]}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def prepare_scale(scale: float, args, workdir: Path) -> tuple[dict, dict[str, str]]:
    """The scale's database, ready; its facts and queries per page; the
    server's environment."""
    name = f"{args.db_prefix}{slug(scale)}"
    env = {
        **os.environ,
        # production's settings plus the /hello/ baseline page
        "DJANGO_SETTINGS_MODULE": "coverage_site.bench_settings",
        "DATABASE_URL": f"{args.pg}/{name}",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "CAKUPAN_DATA_VERSION_DIR": str(workdir / f"version-{slug(scale)}"),
    }
    if args.redis:
        env["REDIS_URL"] = args.redis
    else:
        env.pop("REDIS_URL", None)
    if args.prepare or not database_exists(args.pg, name):
        prepare(args.pg, name, scale, args.seed, env)
    else:
        manage(env, "migrate", "--noinput", quiet=True)  # the code may be newer than the data
    facts = table_facts(args.pg, name)
    print(
        f"== scale {scale:g}: {name}, {facts['figures']:,} figures "
        f"({facts['synthetic_figures']:,} synthetic), table {facts['figure_table_size']}"
    )
    manage(env, "collectstatic", "--noinput", quiet=True)
    result: dict = {"scale": scale, "database": name, **facts, "modes": {}}
    result["queries"] = page_stats(env)
    return result, env


def median_run(runs: list[dict]) -> dict:
    """The median of each number over the rounds (errors: the sum)."""
    merged = {}
    for key in runs[0]:
        values = sorted(run[key] for run in runs)
        if key.startswith("errors"):
            merged[key] = sum(values)
        else:
            merged[key] = values[len(values) // 2]
    merged["rounds"] = len(runs)
    return merged


def measure(results: list[tuple[dict, dict[str, str]]], args, workdir: Path) -> None:
    """Every page on every scale's server, interleaved: the servers of all
    scales run side by side and each round measures a page on one scale
    right after the other, so that a busy moment of the machine falls on
    both; each number is the median of ``--rounds`` runs."""
    for mode in args.modes:
        if mode == "users":
            measure_users(results, args, workdir)
            continue
        connections = args.connections
        servers = {}
        try:
            for index, (_result, env) in enumerate(results):
                mode_env = dict(env)
                if mode == "uncached":
                    mode_env["CAKUPAN_CACHE"] = "0"
                    connections = args.uncached_connections
                servers[index] = start_server(mode_env, workdir, args.workers, f"{mode}-{index}")
            print(f"== {mode}: {len(PAGES)} pages x {len(results)} scales x {args.rounds} rounds")
            for _label, path in PAGES:
                for server in servers.values():
                    status, headers, _body = fetch(server.port, path)
                    if status != 200:
                        fail(f"{path} answered {status} (location: {headers.get('location')})")
                    for _ in range(WARMUP_CONNECTIONS):
                        fetch(server.port, path)
                    wrk(
                        server.port,
                        path,
                        duration=args.warmup,
                        threads=args.threads,
                        connections=connections,
                    )
            samples = {i: {path: [] for _l, path in PAGES} for i in servers}
            for _round in range(args.rounds):
                for _label, path in PAGES:
                    for index, server in servers.items():
                        samples[index][path].append(
                            wrk(
                                server.port,
                                path,
                                duration=args.duration,
                                threads=args.threads,
                                connections=connections,
                            )
                        )
            if mode == args.modes[0]:
                for index, server in servers.items():
                    results[index][0]["sizes"] = transfer_sizes(server.port, SIZE_PAGE)
        finally:
            usage = {index: server.stop() for index, server in servers.items()}
        for index, (result, _env) in enumerate(results):
            result["modes"][mode] = {
                "pages": {path: median_run(runs) for path, runs in samples[index].items()},
                "server": usage.get(index, {}),
                "connections": connections,
            }


def measure_users(results: list[tuple[dict, dict[str, str]]], args, workdir: Path) -> None:
    """bench/users.py's scenarios on each scale's production server, one
    scale at a time (their edits must not overlap)."""
    import users

    for index, (result, env) in enumerate(results):
        server = start_server(env, workdir, args.workers, f"users-{index}", recycle=True)
        try:
            print(f"== users: scale {result['scale']:g}")
            result["users"] = users.measure(server.port, PYTHON, ROOT, env, args)
        finally:
            usage = server.stop()
        result["users"]["server"] = usage
        result["users"]["workers_booted"] = server.logfile.read_text().count("Booting worker")


# --- report ----------------------------------------------------------------


def ms(us: float) -> str:
    return f"{us / 1000:.2f}"


def kb(size: int) -> str:
    return f"{size / 1024:.1f}"


def print_scale(result: dict, args) -> None:
    queries = result["queries"]
    for mode, data in result["modes"].items():
        pages = data["pages"]
        hello = pages[HELLO]["p50_us"]
        print()
        print(
            f"Scale {result['scale']:g} ({result['figures']:,} figures), {mode}: "
            f"wrk {min(args.threads, data['connections'])} threads, "
            f"{data['connections']} connections, median of {args.rounds} runs of "
            f"{args.duration} s per page"
        )
        print(
            f"{'page':22} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
            f"{'p50/hello':>9} {'queries':>12} {'errors':>7}"
        )
        for label, path in PAGES:
            row = pages[path]
            q = queries[path]
            query_text = f"{q['cold_queries']} cold/{q['warm_queries']} warm"
            print(
                f"{label:22} {row['rps']:8.0f} {ms(row['p50_us']):>8} {ms(row['p95_us']):>8} "
                f"{ms(row['p99_us']):>8} {row['p50_us'] / hello:9.2f} {query_text:>12} "
                f"{row['errors']:7d}"
            )
        server = data["server"]
        if server:
            print(
                f"server: user {server.get('User time (seconds)')} s, system "
                f"{server.get('System time (seconds)')} s, max RSS "
                f"{int(server.get('Maximum resident set size (kbytes)', 0)) / 1024:.0f} MB "
                "(one process, /usr/bin/time)"
            )
    sizes = result.get("sizes")
    if sizes is None:
        return
    print()
    print(
        f"Transfer of {SIZE_PAGE} (bodies, {sizes['html_encoding']} HTML; static files "
        "as whitenoise serves them):"
    )
    print(
        f"  HTML {kb(sizes['html'])} KB ({kb(sizes['html_uncompressed'])} KB uncompressed), "
        f"CSS {kb(sizes['css'])} KB, JS {kb(sizes['js'])} KB"
    )
    print(
        f"  first visit {kb(sizes['first_visit'])} KB, repeat visit {kb(sizes['repeat_visit'])} KB"
    )
    for asset in sizes["assets"]:
        print(
            f"    {asset['url']}: {kb(asset['bytes'])} KB {asset['encoding']}, "
            f"Cache-Control: {asset['cache_control']}"
        )


def print_comparison(results: list[dict]) -> None:
    first, last = results[0], results[-1]
    print()
    print(
        f"p50 at scale {last['scale']:g} / p50 at scale {first['scale']:g} "
        f"({last['figures']:,} / {first['figures']:,} figures)"
    )
    modes = [m for m in first["modes"] if m in last["modes"]]
    print(f"{'page':22} " + " ".join(f"{m:>10}" for m in modes) + f" {'queries':>10}")
    for label, path in PAGES:
        ratios = [
            last["modes"][m]["pages"][path]["p50_us"] / first["modes"][m]["pages"][path]["p50_us"]
            for m in modes
        ]
        same = first["queries"][path]["cold_queries"] == last["queries"][path]["cold_queries"]
        print(
            f"{label:22} "
            + " ".join(f"{r:10.2f}" for r in ratios)
            + f" {'same' if same else 'DIFFER':>10}"
        )


def print_targets(results: list[dict]) -> None:
    print()
    print("Targets (issue #7):")
    first = results[0]
    mode = next(iter(first["modes"]))
    pages = first["modes"][mode]["pages"]
    hello = pages[HELLO]["p50_us"]
    worst = max((pages[p]["p50_us"] / hello, p) for _l, p in PAGES if p != HELLO)
    print(
        f"  [{'ok' if worst[0] <= TARGET_HELLO_RATIO else 'MISSED'}] every page's p50 within "
        f"{TARGET_HELLO_RATIO:g}x hello at scale {first['scale']:g} ({mode}): worst "
        f"{worst[0]:.2f}x ({worst[1]})"
    )
    if len(results) > 1:
        last = results[-1]
        worst = max(
            (last["modes"][mode]["pages"][p]["p50_us"] / pages[p]["p50_us"], p)
            for _l, p in PAGES
            if p != HELLO
        )
        print(
            f"  [{'ok' if worst[0] <= TARGET_SCALE_RATIO else 'MISSED'}] scale "
            f"{first['scale']:g} -> {last['scale']:g} slows no page's p50 by more than "
            f"{TARGET_SCALE_RATIO:g}x ({mode}): worst {worst[0]:.2f}x ({worst[1]})"
        )
    counts = {
        p: {r["queries"][p]["cold_queries"] for r in results} for _l, p in PAGES if p != HELLO
    }
    fixed = all(len(c) == 1 for c in counts.values())
    most = max(max(c) for c in counts.values())
    print(
        f"  [{'ok' if fixed and most <= TARGET_QUERIES else 'MISSED'}] queries per page fixed "
        f"across scales and at most {TARGET_QUERIES}: most {most}"
        + ("" if fixed else f", differing: {counts}")
    )
    for result in results:
        sizes = result["sizes"]
        first_ok = sizes["first_visit"] <= TARGET_FIRST_KB * 1024
        repeat_ok = sizes["repeat_visit"] <= TARGET_REPEAT_KB * 1024
        print(
            f"  [{'ok' if first_ok and repeat_ok else 'MISSED'}] {SIZE_PAGE} at scale "
            f"{result['scale']:g}: first visit {kb(sizes['first_visit'])} KB "
            f"(<= {TARGET_FIRST_KB}), repeat {kb(sizes['repeat_visit'])} KB "
            f"(<= {TARGET_REPEAT_KB})"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, action="append", help="repeatable; default 1 and 10")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--pg",
        default="postgres://postgres@127.0.0.1:5432",
        help="PostgreSQL server URL, without a database name",
    )
    parser.add_argument("--db-prefix", default="cakupan_bench_s")
    parser.add_argument("--prepare", action="store_true", help="rebuild the databases")
    parser.add_argument("--duration", type=int, default=5, help="seconds of one wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="wrk runs per page and scale")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per page")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--uncached-connections",
        type=int,
        default=2,
        help="connections of the uncached pass (its pages take 10-1000 ms: more would "
        "measure the queue, not the page)",
    )
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers")
    parser.add_argument(
        "--modes",
        nargs="+",
        default=["cached", "uncached", "users"],
        choices=["cached", "uncached", "users"],
    )
    parser.add_argument("--redis", default="", help="REDIS_URL for the server's cache")
    parser.add_argument("--out", default="", help="JSON results file")
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        help="first port of the servers (the next ones follow); default: any free port",
    )
    args = parser.parse_args(argv)
    if args.port:
        _PORTS.extend(range(args.port, args.port + 16))
    args.scale = args.scale or [1.0, 10.0]
    check_tools()
    workdir = Path(tempfile.mkdtemp(prefix="cakupan-bench-"))
    prepared = [prepare_scale(scale, args, workdir) for scale in args.scale]
    measure(prepared, args, workdir)
    results = [result for result, _env in prepared]
    for result in results:
        print_scale(result, args)
        if "users" in result:
            import users

            users.report(result["users"], f"scale {result['scale']:g}")
            print(f"gunicorn workers booted during the run: {result['users']['workers_booted']}")
    if results[0]["modes"]:
        if len(results) > 1:
            print_comparison(results)
        print_targets(results)
    out = Path(args.out) if args.out else workdir / "results.json"
    out.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nResults: {out}")


if __name__ == "__main__":
    main()
