"""Two web processes and one worker sharing Redis on this machine: an
import started through one process shows its progress through the other.

    .venv/bin/python bench/two_web.py [--rows 10000] [--database cakupan_bench_two]

Starts two gunicorn processes (web A on 127.0.0.1:PORT, web B on a unix
socket: each its own process, sharing nothing but PostgreSQL and Redis) and
one Celery worker on a queue of its own. Logs in through A, uploads a file of
ROWS coverage figures through A, follows the check's progress through B,
confirms through B, follows the write through A. Prints: the time of the
request that starts the import (target < 1 s), the progress samples each
process saw, the total time from upload to written, and the worker's peak
memory (resident set, parent and pool process). The rows are deleted after.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
PUBLISHER = "Bench dua web"
USER, PASSWORD = "bench_dua_web", "bench-dua-web-12345"
sys.path.insert(0, str(ROOT / "bench"))

from import_speed import prepare, run_manage  # noqa: E402


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str):
        super().__init__("localhost")
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.path)


class Browser:
    """One user's cookies, sent to whichever web process is asked."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, connect, method, path, body=b"", headers=None):
        connection = connect()
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        headers = {"Host": "localhost", "Cookie": cookie, **(headers or {})}
        if self.cookies.get("csrftoken"):
            headers["X-CSRFToken"] = self.cookies["csrftoken"]
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        connection.close()
        return response.status, dict(response.getheaders()), data

    def post_form(self, connect, path, fields):
        body = urlencode({**fields, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": "http://localhost/",
        }
        return self.request(connect, "POST", path, body.encode(), headers)

    def post_file(self, connect, path, name, data):
        boundary = uuid.uuid4().hex
        body = (
            (
                f"--{boundary}\r\n"
                'Content-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
                f"{self.cookies.get('csrftoken', '')}\r\n--{boundary}\r\n"
                f'Content-Disposition: form-data; name="file"; filename="{name}"\r\n'
                "Content-Type: text/csv\r\n\r\n"
            ).encode()
            + data
            + f"\r\n--{boundary}--\r\n".encode()
        )
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}",
                   "Referer": "http://localhost/"}  # fmt: skip
        return self.request(connect, "POST", path, body, headers)


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            continue
    return total / 1024


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                         text=True, check=False)  # fmt: skip
    return [int(p) for p in out.stdout.split()]


def write_csv(env, path: Path, rows: int) -> None:
    code = (
        "import csv\n"
        "from regions.models import Region\n"
        "codes = list(Region.objects.exclude(level__in=['province', 'nation'])"
        ".order_by('code').values_list('code', flat=True))\n"
        f"out = csv.writer(open({str(path)!r}, 'w', newline=''))\n"
        "out.writerow(['kode_wilayah','segmen','per_tanggal','persen','penerbit',"
        "'jenis_penerbit','sumber_media','sumber_judul','sumber_url'])\n"
        f"for i in range({rows}):\n"
        "    code, month = codes[i % len(codes)], i // len(codes)\n"
        "    out.writerow([code, 'total', f'{2010 + month // 12}-{month % 12 + 1:02d}-28',"
        f" f'{{20 + i % 600 / 10:.1f}}'.replace('.', ','), {PUBLISHER!r}, 'bpjs_branch',"
        " 'Bench', 'Laporan bench', 'https://contoh.id/bench'])\n"
    )
    run_manage(env, "shell", "-c", code)


def clean(env) -> None:
    run_manage(env, "shell", "-c", (
        "from regions.models import CoverageFigure as F\n"
        f"F.history.filter(publisher={PUBLISHER!r}).delete()\n"
        f"F.objects.filter(publisher={PUBLISHER!r}).delete()\n"
    ))  # fmt: skip


def follow(browser, connect, job_id, label, samples, sample_rss) -> dict:
    while True:
        status, _, body = browser.request(connect, "GET", f"/admin/jobs/job/{job_id}/progress.json")
        data = json.loads(body) if status == 200 else {}
        samples.append((label, data.get("phase"), data.get("done"), data.get("total")))
        sample_rss()
        if data.get("finished"):
            return data
        time.sleep(0.5)


def main() -> int:  # noqa: C901 - a script that runs one scenario top to bottom
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--database", default="cakupan_bench_two")
    parser.add_argument("--port", type=int, default=8107)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="two-web-"))
    queue = f"cakupan-two-web-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{args.database}",
           "DJANGO_DEBUG": "1", "CAKUPAN_JOBS_INLINE": "0", "CELERY_QUEUE": queue,
           "DJANGO_SETTINGS_MODULE": "coverage_site.settings"}  # fmt: skip
    prepare(env, args.database)
    clean(env)
    run_manage(env, "shell", "-c", (
        "from django.contrib.auth import get_user_model\n"
        f"u, _ = get_user_model().objects.get_or_create(username={USER!r}, "
        "defaults={'is_staff': True, 'is_superuser': True})\n"
        f"u.is_staff = u.is_superuser = True; u.set_password({PASSWORD!r}); u.save()\n"
    ))  # fmt: skip
    data_file = folder / "angka.csv"
    write_csv(env, data_file, args.rows)
    sock = folder / "web-b.sock"
    gunicorn = [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "--workers", "1",
                "--threads", "4", "coverage_site.wsgi"]  # fmt: skip
    logs = [open(folder / name, "w") for name in ("a.log", "b.log", "worker.log")]  # noqa: SIM115
    web_a = subprocess.Popen([*gunicorn, "--bind", f"127.0.0.1:{args.port}"], cwd=ROOT, env=env,
                             stdout=logs[0], stderr=logs[0])  # fmt: skip
    web_b = subprocess.Popen([*gunicorn, "--bind", f"unix:{sock}"], cwd=ROOT, env=env,
                             stdout=logs[1], stderr=logs[1])  # fmt: skip
    worker = subprocess.Popen(
        [str(BIN / "celery"), "-A", "coverage_site", "worker", "--concurrency", "1",
         "--loglevel", "WARNING", "-Q", queue, "-n", f"{queue}@%h", "--without-gossip",
         "--without-mingle"], cwd=ROOT, env=env, stdout=logs[2], stderr=logs[2],
    )  # fmt: skip
    peak = {"worker": 0.0}

    def sample_rss():
        peak["worker"] = max(peak["worker"], rss_mb([worker.pid, *children(worker.pid)]))

    try:

        def a():
            return http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)

        def b():
            return UnixConnection(str(sock))

        deadline = time.monotonic() + 90
        while True:
            try:
                a().request("GET", "/admin/login/")
                b().request("GET", "/admin/login/")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        browser = Browser()
        browser.request(a, "GET", "/admin/login/")
        login = {"username": USER, "password": PASSWORD}
        status, headers, _ = browser.post_form(a, "/admin/login/?next=/admin/", login)
        assert status == 302, f"login through A: {status}"
        upload_url = "/admin/regions/coveragefigure/import/"
        browser.request(a, "GET", upload_url)
        started = time.perf_counter()
        status, headers, _ = browser.post_file(a, upload_url, "angka.csv", data_file.read_bytes())
        request_seconds = time.perf_counter() - started
        assert status == 302, f"upload through A: {status}"
        check_page = headers["Location"]
        check_id = int(re.search(r"/(\d+)/$", check_page).group(1))
        samples: list = []
        follow(browser, b, check_id, "B (check)", samples, sample_rss)
        _, _, page = browser.request(b, "GET", check_page)
        token = re.search(rb'name="token" value="([0-9a-f]+)"', page)
        assert token, "no confirm form: the check found problems"
        confirm_started = time.perf_counter()
        confirm = {"confirm": "1", "token": token.group(1).decode()}
        status, headers, _ = browser.post_form(b, check_page, confirm)
        confirm_seconds = time.perf_counter() - confirm_started
        write_id = int(re.search(r"/(\d+)/$", headers["Location"]).group(1))
        result = follow(browser, a, write_id, "A (write)", samples, sample_rss)
        total = time.perf_counter() - started
        seen = {label for label, _phase, done, _total in samples if done}
        print(f"rows: {args.rows}")
        print(f"upload request through A: {request_seconds:.2f} s (target < 1 s)")
        print(f"confirm request through B: {confirm_seconds:.2f} s")
        for label in ("B (check)", "A (write)"):
            moving = [s for s in samples if s[0] == label and s[2]]
            if moving:
                step = max(1, len(moving) // 6)
                shown = ", ".join(f"{s[1]} {s[2]}/{s[3]}" for s in moving[::step])
                print(f"progress seen through {label}: {len(moving)} samples: {shown}")
        print(f"write job: {result.get('state')} ({result.get('label')})")
        print(f"total, upload to written: {total:.1f} s")
        print(f"worker peak RSS (parent + pool): {peak['worker']:.0f} MB")
        print(f"progress read through both processes: {seen >= {'B (check)', 'A (write)'}}")
        with open("/proc/loadavg") as load:
            print(f"load average at the end: {load.read().split()[0]}")
    finally:
        for process in (web_a, web_b, worker):
            process.terminate()
        for process in (web_a, web_b, worker):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs:
            log.close()
        clean(env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
