"""What users get (bench/run.py's ``users`` mode): pages as a logged-in
official, the first request and a burst of 8 right after a real edit, many
different list URLs after an edit (first ever asked for, then asked for
before the edit, as on a site in use), exports and /paritrana/, on the
production server with worker recycling as in production, each as a ratio
to the anonymous /admin/login/ page.

The edit saves a published figure of 73.01 the way the admin's change form
does (``save()``: signals, history, summaries, cache versions), in another
process, committed; the clock starts when it has committed.
"""

from __future__ import annotations

import http.client
import statistics
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REFERENCE = "/admin/login/"
PAGES = [
    ("national /", "/"),
    ("region list", "/wilayah/"),
    ("province 73", "/wilayah/73/"),
    ("regency 73.01", "/wilayah/73.01/"),
    ("list CSV", "/wilayah/?_export=csv"),
    ("list XLSX", "/wilayah/?_export=xlsx"),
    ("/paritrana/", "/paritrana/"),
]
AFTER_EDIT = ["/wilayah/", "/wilayah/73/", "/", "/wilayah/?_export=csv"]
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip, deflate, br"}

EDIT = """
from decimal import Decimal
from regions.models import CoverageFigure
f = (CoverageFigure.objects.filter(region__code="73.01", status="published", segment="total")
     .exclude(percent=None).order_by("-as_of", "-pk").first())
f.percent = f.percent + Decimal("0.01") if f.percent < 99 else f.percent - Decimal("0.01")
f.save()
"""

SESSION = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
User = get_user_model()
user, _ = User.objects.get_or_create(username="bench-official", defaults={"is_staff": True})
user.set_password("bench-official-password")
user.save()
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""


def list_urls() -> list[str]:
    """57 different list URLs, as officials filter and sort the list."""
    urls = ["/wilayah/"]
    for level in ("province", "regency", "city"):
        urls.append(f"/wilayah/?level={level}")
    for code in ("11", "12", "31", "32", "33", "35", "51", "63", "73", "74", "91"):
        urls.append(f"/wilayah/?province={code}")
        urls.append(f"/wilayah/?province={code}&sort=-percent")
    for verdict in ("on_track", "behind", "achieved", "not_enough_data", "no_target"):
        urls.append(f"/wilayah/?verdict={verdict}")
    for low in range(10, 100, 10):
        urls.append(f"/wilayah/?coverage_min={low}")
    for target in ("true", "false"):
        urls.append(f"/wilayah/?has_target={target}")
    for term in ("kota", "kab", "selatan", "utara", "barat", "timur", "jaya", "raya"):
        urls.append(f"/wilayah/?q={term}")
    for sort in ("name", "-name", "percent", "target", "as_of"):
        urls.append(f"/wilayah/?sort={sort}")
    return urls[:57]


def django(python: str, root: Path, env: dict[str, str], code: str) -> str:
    result = subprocess.run(
        [python, "manage.py", "shell", "-c", code],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"bench: manage.py shell failed:\n{result.stderr[-2000:]}")
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def get(port: int, path: str, cookie: str = "") -> float:
    """One request on a fresh connection; its time in ms."""
    headers = {**HEADERS, "Host": "127.0.0.1"}
    if cookie:
        headers["Cookie"] = cookie
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"bench: {path} answered {response.status}")
    finally:
        conn.close()
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def steady(port: int, path: str, cookie: str, *, seconds: float, connections: int) -> dict:
    """Requests from ``connections`` clients for ``seconds``: p50, p99."""
    times = rotate(port, [path], cookie, seconds=seconds, connections=connections)
    return {"p50": statistics.median(times), "p99": percentile(times, 0.99), "n": len(times)}


def rotate(port: int, urls: list[str], cookie: str, *, seconds: float, connections: int):
    """``connections`` clients asking for the URLs in turn for ``seconds``:
    every request's time in ms."""
    times: list[float] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    counter = iter(range(10**9))

    def client() -> None:
        while time.monotonic() < deadline:
            with lock:
                path = urls[next(counter) % len(urls)]
            took = get(port, path, cookie)
            with lock:
                times.append(took)

    with ThreadPoolExecutor(connections) as pool:
        for future in [pool.submit(client) for _ in range(connections)]:
            future.result()
    return times


def burst(port: int, paths: list[str], cookie: str, size: int = 8) -> list[float]:
    with ThreadPoolExecutor(size) as pool:
        return list(pool.map(lambda p: get(port, p, cookie), (paths * size)[:size]))


def measure(port: int, python: str, root: Path, env: dict[str, str], args) -> dict:
    cookie = "sessionid=" + django(python, root, env, SESSION)
    seconds, connections = args.duration, args.connections
    result: dict = {"reference": {}, "pages": {}, "after_edit": {}}
    for _ in range(20):  # warm every worker a little
        get(port, REFERENCE)
        for _label, path in PAGES:
            get(port, path)
            get(port, path, cookie)
    one = [get(port, REFERENCE) for _ in range(50)]
    result["reference"] = {
        "one_at_a_time": statistics.median(one),
        "under_load": steady(port, REFERENCE, "", seconds=seconds, connections=connections),
    }
    for label, path in PAGES:
        for who, jar in (("anonymous", ""), ("logged_in", cookie)):
            result["pages"][f"{label}|{who}"] = {
                "one_at_a_time": statistics.median([get(port, path, jar) for _ in range(15)]),
                "under_load": steady(port, path, jar, seconds=seconds, connections=connections),
            }
    for who, jar in (("anonymous", ""), ("logged_in", cookie)):
        for path in AFTER_EDIT:
            firsts, bursts = [], []
            for _ in range(3):
                django(python, root, env, EDIT)
                firsts.append(get(port, path, jar))
                django(python, root, env, EDIT)
                bursts.extend(burst(port, [path], jar))
            result["after_edit"][f"{path}|{who}|first"] = statistics.median(firsts)
            result["after_edit"][f"{path}|{who}|burst8_p50"] = statistics.median(bursts)
            result["after_edit"][f"{path}|{who}|burst8_max"] = max(bursts)
    # 57 list URLs for 10 s right after an edit, 8 clients, logged in and not.
    urls = list_urls()
    for who, jar in (("anonymous", ""), ("logged_in", cookie)):
        django(python, root, env, EDIT)
        times = rotate(port, urls, jar, seconds=10, connections=8)
        result["after_edit"][f"57 list URLs|{who}|p50"] = statistics.median(times)
        result["after_edit"][f"57 list URLs|{who}|p99"] = percentile(times, 0.99)
    # The same after another edit, now that every address has been asked for
    # before (as on a site in use, where the page cache holds each one's
    # last page to serve while it is rebuilt); the pass above is the first
    # time each anonymous page is ever built.
    for who, jar in (("anonymous", ""), ("logged_in", cookie)):
        django(python, root, env, EDIT)
        times = rotate(port, urls, jar, seconds=10, connections=8)
        result["after_edit"][f"57 list URLs seen before|{who}|p50"] = statistics.median(times)
        result["after_edit"][f"57 list URLs seen before|{who}|p99"] = percentile(times, 0.99)
    return result


def report(result: dict, label: str) -> None:
    ref = result["reference"]["one_at_a_time"]
    ref_load = result["reference"]["under_load"]
    print()
    print(
        f"What users get ({label}): ratios to the anonymous {REFERENCE} "
        f"({ref:.2f} ms one at a time; p50 {ref_load['p50']:.2f} / p99 {ref_load['p99']:.2f} ms "
        f"under load)"
    )
    print(
        f"{'page':18} {'who':10} {'1-at-a-time ms':>14} {'x':>6} {'load p50':>9} {'x':>6} "
        f"{'load p99':>9} {'x':>6}"
    )
    for key, row in result["pages"].items():
        page, who = key.split("|")
        load = row["under_load"]
        print(
            f"{page:18} {who:10} {row['one_at_a_time']:14.2f} {row['one_at_a_time'] / ref:6.1f} "
            f"{load['p50']:9.2f} {load['p50'] / ref_load['p50']:6.1f} {load['p99']:9.2f} "
            f"{load['p99'] / ref_load['p50']:6.1f}"
        )
    # x: to the reference one at a time; x load: to its p50 under load (the
    # measure for what runs with 8 clients: bursts and the 57 list URLs)
    print(f"{'after an edit':52} {'ms':>9} {'x':>6} {'x load':>7}")
    for key, value in result["after_edit"].items():
        print(f"{key:52} {value:9.2f} {value / ref:6.1f} {value / ref_load['p50']:7.1f}")
