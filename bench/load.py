"""Load check: the production server under wrk for 60 s at 32 concurrent
connections on the dashboard pages; no 5xx (issue #8).

    .venv/bin/python bench/load.py [--seconds 60] [--connections 32]

Needs wrk (``apt-get install -y wrk``) and the PostgreSQL server. The database
and server are bench/fault.py's: ``cakupan_bench_s1`` when it exists (bench/
run.py makes it), otherwise ``cakupan_bench_s0_05`` (made the first time);
gunicorn with ``gunicorn.conf.py`` and DJANGO_DEBUG=0, every request with
``X-Forwarded-Proto: https`` and ``Accept-Encoding: gzip, deflate, br``, as
a visitor behind the TLS proxy (no cookie: the production page cache
answers, as it does for visitors).

After a check that every page answers 200 and a short warm-up, one wrk run
(``-t2 -c32 -d60s --latency``) whose connections take the pages in turn:
``/``, ``/wilayah/``, ``/wilayah/73/``, ``/wilayah/73.01/`` and
``/wilayah/?level=province``. Its Lua script (written for the run: the path
rotation and a status count, then bench/wrk_report.lua's report) counts the
answers by status class. Printed: requests and requests per second, p50,
p95, p99 and max latency, the answers by status class and the socket
errors. The exit status is non-zero on any 5xx, non-2xx answer or socket
error.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fault  # noqa: E402  (the database and environment, as the fault check has them)
import run as bench  # noqa: E402  (bench/run.py: server, fetch and wrk helpers)

PAGES = ["/", "/wilayah/", "/wilayah/73/", "/wilayah/73.01/", "/wilayah/?level=province"]

ROTATION = """
-- Each connection's requests take the pages in turn; answers counted by
-- status class in each thread, summed in done().
local paths = {%(paths)s}
local turn = 0
local threads = {}
counts = {c2 = 0, c3 = 0, c4 = 0, c5 = 0}

setup = function(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

request = function()
  turn = turn + 1
  return wrk.format("GET", paths[(turn + (offset or 0)) %% #paths + 1])
end

response = function(status, headers, body)
  local key = "c" .. math.floor(status / 100)
  if counts[key] ~= nil then counts[key] = counts[key] + 1 end
end

local report = done
done = function(summary, latency, requests)
  report(summary, latency, requests)
  local total = {c2 = 0, c3 = 0, c4 = 0, c5 = 0}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for key, value in pairs(c) do total[key] = total[key] + value end
  end
  io.write(string.format(
    'WRK_STATUS {"2xx": %%d, "3xx": %%d, "4xx": %%d, "5xx": %%d}\\n',
    total.c2, total.c3, total.c4, total.c5))
end
"""


def lua_script(workdir: Path) -> Path:
    paths = ", ".join(json.dumps(path) for path in PAGES)
    script = workdir / "load.lua"
    script.write_text(bench.LUA.read_text() + ROTATION % {"paths": paths})
    return script


def run_wrk(port: int, script: Path, *, seconds: int, threads: int, connections: int) -> dict:
    command = [
        "wrk",
        f"--threads={min(threads, connections)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=30s",
        "--latency",
        f"--script={script}",
    ]
    for name, value in bench.HEADERS.items():
        command += ["--header", f"{name}: {value}"]
    command.append(f"http://127.0.0.1:{port}/")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    report = re.search(r"^WRK_JSON (.*)$", output, re.MULTILINE)
    statuses = re.search(r"^WRK_STATUS (.*)$", output, re.MULTILINE)
    if not report or not statuses:
        bench.fail(f"could not read wrk's output:\n{output}")
    data = json.loads(report.group(1))
    data["status"] = json.loads(statuses.group(1))
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    data["socket_errors"] = sum(
        data[f"errors_{kind}"] for kind in ("connect", "read", "write", "timeout")
    )
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=5, help="seconds of wrk before the run")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    args = parser.parse_args(argv)
    bench.check_tools()

    workdir = Path(tempfile.mkdtemp(prefix="cakupan-load-"))
    name, env = fault.bench_env(args.pg, workdir)
    script = lua_script(workdir)
    server = bench.start_server(env, workdir, args.workers, "load")
    try:
        for path in PAGES:
            status, headers, _body = bench.fetch(server.port, path)
            if status != 200:
                bench.fail(f"{path} answered {status} (location: {headers.get('location')})")
            for _ in range(bench.WARMUP_CONNECTIONS):
                bench.fetch(server.port, path)
        master, workers = fault.server_pids(server)
        print(
            f"== {name}: gunicorn master {master}, {len(workers)} workers; wrk "
            f"{min(args.threads, args.connections)} threads, {args.connections} connections, "
            f"{args.seconds} s, pages in turn: {', '.join(PAGES)}"
        )
        if args.warmup:
            run_wrk(
                server.port,
                script,
                seconds=args.warmup,
                threads=args.threads,
                connections=args.connections,
            )
        data = run_wrk(
            server.port,
            script,
            seconds=args.seconds,
            threads=args.threads,
            connections=args.connections,
        )
    finally:
        usage = server.stop()

    status = data["status"]
    non_2xx = status["3xx"] + status["4xx"] + status["5xx"]
    print()
    print(f"requests      {data['requests']:,} in {data['duration_us'] / 1e6:.1f} s")
    print(f"requests/s    {data['rps']:.0f}")
    print(
        f"latency ms    p50 {bench.ms(data['p50_us'])}  p95 {bench.ms(data['p95_us'])}  "
        f"p99 {bench.ms(data['p99_us'])}  max {bench.ms(data['max_us'])}"
    )
    print(
        f"answers       2xx {status['2xx']:,}  3xx {status['3xx']}  4xx {status['4xx']}  "
        f"5xx {status['5xx']}  (non-2xx {non_2xx})"
    )
    print(
        f"socket errors connect {data['errors_connect']}  read {data['errors_read']}  "
        f"write {data['errors_write']}  timeout {data['errors_timeout']}"
    )
    if usage:
        print(
            f"server        user {usage.get('User time (seconds)')} s, system "
            f"{usage.get('System time (seconds)')} s"
        )
    checks = [
        ("no 5xx", status["5xx"] == 0),
        ("no other non-2xx answer", non_2xx - status["5xx"] == 0),
        ("no socket error", data["socket_errors"] == 0),
    ]
    print()
    for label, ok in checks:
        print(f"  [{'ok' if ok else 'FAILED'}] {label}")
    passed = all(ok for _label, ok in checks)
    print(f"verdict: {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
