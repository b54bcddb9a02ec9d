"""Fault check: the production server under load while PostgreSQL is stopped
and started again (issue #8).

    .venv/bin/python bench/fault.py

It stops and starts the local PostgreSQL cluster (``pg_ctlcluster``), so run
it as a user allowed to do that, on a machine where a short outage of that
server is acceptable. PostgreSQL is always started again on the way out.

1. the database: ``cakupan_bench_s1`` when it exists (bench/run.py makes
   it), otherwise ``cakupan_bench_s0_05`` (created and filled with
   ``generate_demo_data --scale 0.05 --seed 7`` the first time);
2. the production server (bench/run.py's start_server: gunicorn with
   ``gunicorn.conf.py``, DJANGO_DEBUG=0, persistent database connections
   with health checks as settings.py configures them);
3. ``--clients`` threads (default 8) send requests back to back to ``/``,
   ``/wilayah/73/`` and ``/wilayah/`` with ``X-Forwarded-Proto: https``,
   after a ``--warmup`` (5 s, not counted: each worker builds its cached
   aggregates), through three phases: ``before`` (PostgreSQL up), ``down``
   (from the stop command until PostgreSQL accepts connections again) and
   ``after`` (nothing else is touched, the server is not restarted). A
   request counts in the phase in which its answer came: one in flight when
   PostgreSQL shuts down fails then, and counts as ``down``.

Every request carries a session cookie (``sessionid=fault-check``, a key
that exists nowhere). The page cache (regions.cache.PageCacheMiddleware)
serves only visitors *without* a session cookie, so these requests are never
answered from it: like a logged-in editor's, each one reaches the view.
Without that, a warm page cache would answer every request 200 while the
database is down and the check would test nothing. The aggregates under the
pages stay cached (regions/cache.py, per worker): a request whose view finds
all it needs there still answers 200 with the database down, the others get
a 500, so ``down`` shows both; the check asks for 5xx there (proof that the
requests reach the database), not for 5xx only. (A cache-busting query
string instead of the cookie would change only the page cache's key.)

It prints, by phase, the requests, their 2xx and 5xx answers, connection
errors (no HTTP answer at all) and the median latency; then the verdict,
which holds when:

- ``before`` has no error, and ``down`` has 5xx answers (the check reaches
  the database) and no connection error (the app keeps answering);
- ``after`` has errors only in its first ``--grace`` seconds (default 3),
  and none in its last 10 seconds;
- gunicorn's master and workers are the same processes at the end as at the
  start (no restart, the connections recovered by themselves).

The exit status is non-zero when the verdict fails.
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
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402  (bench/run.py: database, server and fetch helpers)

PATHS = ["/", "/wilayah/73/", "/wilayah/"]
# A session key that matches no session: the page cache skips the request,
# the session middleware looks it up in the database (and finds nothing).
COOKIE = "sessionid=fault-check"
SMALL_SCALE = 0.05


def pg_cluster() -> tuple[str, str]:
    versions = sorted(os.listdir("/etc/postgresql"))
    if not versions:
        bench.fail("no cluster under /etc/postgresql")
    return versions[-1], "main"


def pg_ctl(action: str) -> None:
    version, name = pg_cluster()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, name, action],
        check=True,
    )


def pg_ready() -> bool:
    return (
        subprocess.run(
            ["pg_isready", "-q", "-h", "127.0.0.1"], stdout=subprocess.DEVNULL
        ).returncode
        == 0
    )


def ensure_pg_running() -> None:
    if not pg_ready():
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", *pg_cluster(), "start"],
            check=False,
        )
    for _ in range(100):
        if pg_ready():
            return
        time.sleep(0.1)
    print("fault: WARNING: PostgreSQL is not accepting connections", file=sys.stderr)


def bench_env(pg: str, workdir: Path, seed: int = 7) -> tuple[str, dict[str, str]]:
    """The benchmark database (scale 1 if it exists, else a small one, made
    when missing), migrated, static files collected; the production
    server's environment (as bench/run.py builds it)."""
    name = "cakupan_bench_s1"
    scale = 1.0
    if not bench.database_exists(pg, name):
        scale = SMALL_SCALE
        name = f"cakupan_bench_s{bench.slug(scale)}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "coverage_site.bench_settings",
        "DATABASE_URL": f"{pg}/{name}",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "CAKUPAN_DATA_VERSION_DIR": str(workdir / "version"),
    }
    env.pop("REDIS_URL", None)
    if bench.database_exists(pg, name):
        bench.manage(env, "migrate", "--noinput", quiet=True)
    else:
        bench.prepare(pg, name, scale, seed, env)
    bench.manage(env, "collectstatic", "--noinput", quiet=True)
    return name, env


def server_pids(server: bench.Server) -> tuple[int, list[int]]:
    """gunicorn's master PID (its pidfile) and its workers'."""
    master = int(server.pidfile.read_text().strip())
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except FileNotFoundError:
        children = []
    return master, sorted(int(pid) for pid in children)


# --- the request loop ------------------------------------------------------


@dataclass
class Sample:
    at: float  # time.monotonic() when the answer (or the failure) came
    status: int  # 0: no HTTP answer
    ms: float


@dataclass
class Load:
    port: int
    clients: int
    samples: list[Sample] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    threads: list[threading.Thread] = field(default_factory=list)

    def request(self, path: str) -> int:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(
                "GET",
                path,
                headers={**bench.HEADERS, "Host": "127.0.0.1", "Cookie": COOKIE},
            )
            response = conn.getresponse()
            response.read()
            return response.status
        finally:
            conn.close()

    def client(self, index: int) -> None:
        turn = index
        while not self.stop.is_set():
            path = PATHS[turn % len(PATHS)]
            turn += 1
            started = time.monotonic()
            try:
                status = self.request(path)
            except (OSError, http.client.HTTPException):
                status = 0
            ended = time.monotonic()
            sample = Sample(ended, status, (ended - started) * 1000)
            with self.lock:
                self.samples.append(sample)
            if status == 0:
                time.sleep(0.05)  # no busy loop against a closed port

    def start(self) -> None:
        for index in range(self.clients):
            thread = threading.Thread(target=self.client, args=(index,), daemon=True)
            thread.start()
            self.threads.append(thread)

    def finish(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def between(self, start: float, end: float) -> list[Sample]:
        with self.lock:
            return [s for s in self.samples if start <= s.at < end]


def summary(samples: list[Sample]) -> dict:
    return {
        "requests": len(samples),
        "2xx": sum(200 <= s.status < 300 for s in samples),
        "5xx": sum(s.status >= 500 for s in samples),
        "other": sum(0 < s.status < 200 or 300 <= s.status < 500 for s in samples),
        "conn": sum(s.status == 0 for s in samples),
        "p50": statistics.median(s.ms for s in samples) if samples else 0.0,
    }


def errors(row: dict) -> int:
    return row["5xx"] + row["other"] + row["conn"]


# --- main ------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument(
        "--warmup", type=float, default=5, help="seconds of load before the counted phases"
    )
    parser.add_argument("--before", type=float, default=15, help="seconds before the stop")
    parser.add_argument("--down", type=float, default=10, help="seconds PostgreSQL is down")
    parser.add_argument("--after", type=float, default=20, help="seconds after the start")
    parser.add_argument(
        "--grace", type=float, default=3, help="seconds after the start errors may still come"
    )
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers")
    args = parser.parse_args(argv)
    if not bench.GUNICORN.exists() or not bench.TIME.exists():
        bench.check_tools()
    if not pg_ready():
        bench.fail("PostgreSQL is not accepting connections on 127.0.0.1")

    workdir = Path(tempfile.mkdtemp(prefix="cakupan-fault-"))
    name, env = bench_env(args.pg, workdir)
    server = bench.start_server(env, workdir, args.workers, "fault")
    load = None
    marks: dict[str, float] = {}
    try:
        for path in PATHS:
            status, headers, _body = bench.fetch(server.port, path)
            if status != 200:
                bench.fail(f"{path} answered {status} (location: {headers.get('location')})")
        pids_before = server_pids(server)
        print(
            f"== {name}: gunicorn master {pids_before[0]}, {len(pids_before[1])} workers, "
            f"port {server.port}; {args.clients} clients on {', '.join(PATHS)} "
            f"(cookie {COOKIE}: no page cache)"
        )
        load = Load(server.port, args.clients)
        load.start()
        # Warm-up, not counted: every worker builds its cached aggregates.
        time.sleep(args.warmup)
        marks["before"] = time.monotonic()
        time.sleep(args.before)
        try:
            print("== stopping PostgreSQL")
            marks["down"] = time.monotonic()
            pg_ctl("stop")
            marks["stopped"] = time.monotonic()
            time.sleep(max(0.0, args.down - (time.monotonic() - marks["down"])))
        finally:
            print("== starting PostgreSQL")
            marks["starting"] = time.monotonic()
            ensure_pg_running()
            marks["after"] = time.monotonic()
        time.sleep(args.after)
        marks["end"] = time.monotonic()
        load.finish()
        pids_after = server_pids(server) if server.process.poll() is None else (None, [])
    finally:
        if load is not None:
            load.finish()
        ensure_pg_running()
        server.stop()

    phases = [
        ("before", marks["before"], marks["down"]),
        ("down", marks["down"], marks["after"]),
        ("down, fully stopped", marks["stopped"], marks["starting"]),
        ("after", marks["after"], marks["end"]),
        (f"after, first {args.grace:g} s", marks["after"], marks["after"] + args.grace),
        (f"after, past {args.grace:g} s", marks["after"] + args.grace, marks["end"]),
        ("after, last 10 s", marks["end"] - 10, marks["end"]),
    ]
    rows = {label: summary(load.between(start, end)) for label, start, end in phases}
    print()
    print(
        f"{'phase':22} {'seconds':>7} {'requests':>8} {'2xx':>6} {'5xx':>6} "
        f"{'other':>6} {'conn err':>8} {'p50 ms':>8}"
    )
    for label, start, end in phases:
        row = rows[label]
        print(
            f"{label:22} {end - start:7.1f} {row['requests']:8d} {row['2xx']:6d} "
            f"{row['5xx']:6d} {row['other']:6d} {row['conn']:8d} {row['p50']:8.1f}"
        )
    after_errors = [s for s in load.between(marks["after"], marks["end"]) if s.status != 200]
    if after_errors:
        last = max(s.at for s in after_errors) - marks["after"]
        print(f"last error after the start: {last:.2f} s in")
    print(
        f"gunicorn master {pids_before[0]} -> {pids_after[0]}, "
        f"workers {pids_before[1]} -> {pids_after[1]}"
    )

    checks = [
        ("no error before the stop", errors(rows["before"]) == 0),
        ("5xx while down (the requests reach the database)", rows["down"]["5xx"] > 0),
        ("no connection error while down (the app keeps answering)", rows["down"]["conn"] == 0),
        (
            f"no error after the first {args.grace:g} s after the start",
            errors(rows[f"after, past {args.grace:g} s"]) == 0,
        ),
        ("no error in the last 10 s", errors(rows["after, last 10 s"]) == 0),
        ("requests answered 2xx in the last 10 s", rows["after, last 10 s"]["2xx"] > 0),
        ("gunicorn not restarted (same master and workers)", pids_before == pids_after),
    ]
    print()
    for label, ok in checks:
        print(f"  [{'ok' if ok else 'FAILED'}] {label}")
    passed = all(ok for _label, ok in checks)
    print(
        "verdict: "
        + (
            "PASS: errors only while PostgreSQL was down; recovered by itself, no restart"
            if passed
            else "FAIL"
        )
    )
    print(f"server log: {server.logfile}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
