"""Import speed: a 10 000-row coverage-figure file, end to end on PostgreSQL.

    .venv/bin/python bench/import_speed.py [--rows 10000] [--database cakupan_bench_import]

Makes (once) a PostgreSQL database with the migrations and the seed data,
writes a CSV of ROWS figures (every regency and city, month after month,
each with a complete source), and times ``manage.py import_figures`` in its
own process: wall seconds and peak memory (maximum resident set size).
Three runs: the first creates every row, the second imports the same file
(nothing changes), the third changes every percent (every row updated, with
its history). The rows are deleted (history too) before and after.
Before the bulk writes (issue 16): 38,6 s and 388 MB for the first run;
before the lean row check, the memos and the history copied by the
database (this script, load 4,4): 25,2 s, CPU 11,8 s, 141 MB; after (load
5,9): 10,4 s, CPU 5,6 s, 131 MB, of which 1,7 s CPU is Django starting up.
The CPU seconds (user + system of the import's process) are the figure to
compare on a busy machine: wall time there mostly measures the others.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PUBLISHER = "Bench impor"


def run_manage(env, *args, capture=True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True,
        capture_output=capture, text=True,
    )  # fmt: skip


def prepare(env, name: str) -> None:
    exists = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc",
         f"SELECT 1 FROM pg_database WHERE datname='{name}'"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not exists:
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    run_manage(env, "migrate", "--noinput")
    run_manage(env, "seed")


def clean(env) -> None:
    code = (
        "from regions.models import CoverageFigure as F\n"
        f"F.history.filter(publisher={PUBLISHER!r}).delete()\n"
        f"F.objects.filter(publisher={PUBLISHER!r}).delete()\n"
    )
    run_manage(env, "shell", "-c", code)


def write_file(env, path: Path, rows: int, shift: int) -> None:
    code = (
        "import csv, sys\n"
        "from regions.models import Region\n"
        "codes = list(Region.objects.exclude(level='province').exclude(level='nation')"
        ".order_by('code').values_list('code', flat=True))\n"
        f"out = csv.writer(open({str(path)!r}, 'w', newline=''))\n"
        "out.writerow(['kode_wilayah','segmen','per_tanggal','persen','terlindungi','penerbit',"
        "'jenis_penerbit','sumber_media','sumber_judul','sumber_url'])\n"
        f"for i in range({rows}):\n"
        "    code = codes[i % len(codes)]\n"
        "    month = i // len(codes)\n"
        "    year, m = 2010 + month // 12, month % 12 + 1\n"
        f"    pct = 20 + (i * 7 + {shift}) % 600 / 10\n"
        "    out.writerow([code, 'total', f'{year}-{m:02d}-28', f'{pct:.1f}'.replace('.', ','),"
        f" '', {PUBLISHER!r}, 'bpjs_branch', 'Bench', 'Laporan bench', "
        "'https://contoh.id/bench'])\n"
    )
    run_manage(env, "shell", "-c", code)


def timed_import(env, path: Path) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds (user + system: what the machine's load
    does not inflate), peak memory in MB, and the command's last line: the
    import's process waited for by its id, so its own resource use is what
    is counted (not the largest of every child this script has run)."""
    with tempfile.TemporaryFile("w+") as out:
        started = time.perf_counter()
        child = subprocess.Popen(
            [PYTHON, "manage.py", "import_figures", str(path), "--no-progress"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        said = out.read().strip()
    if child.returncode:
        raise SystemExit(f"import_figures failed ({child.returncode}):\n{said[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    last = said.splitlines()[-1] if said else ""
    return seconds, cpu, usage.ru_maxrss / 1024, last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--database", default="cakupan_bench_import")
    parser.add_argument(
        "--run",
        choices=["create", "same", "update"],
        default=None,
        help="one run only (a fresh process measures its own peak memory)",
    )
    args = parser.parse_args()
    env = {**os.environ, "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{args.database}",
           "DJANGO_DEBUG": "1"}  # fmt: skip
    runs = [args.run] if args.run else ["create", "same", "update"]
    if args.run in (None, "create"):
        prepare(env, args.database)
        clean(env)
    with tempfile.TemporaryDirectory() as folder:
        first, changed = Path(folder) / "angka.csv", Path(folder) / "angka-ubah.csv"
        write_file(env, first, args.rows, 0)
        write_file(env, changed, args.rows, 3)
        for name in runs:
            path = changed if name == "update" else first
            if len(runs) > 1 and name != "create":
                # each run writes its own file state: run it in its own process
                again = [sys.executable, __file__, "--rows", str(args.rows),
                         "--database", args.database, "--run", name]  # fmt: skip
                subprocess.run(again, check=True)
                continue
            seconds, cpu, peak_mb, said = timed_import(env, path)
            with open("/proc/loadavg") as load:
                busy = load.read().split()[0]
            print(f"{name:>6}: {args.rows} rows in {seconds:.1f} s (CPU {cpu:.1f} s, load {busy}), "
                  f"peak {peak_mb:.0f} MB  | {said}".replace(".", ","))  # fmt: skip
    if args.run is None:
        clean(env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
