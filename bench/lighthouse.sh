#!/bin/sh
# Lighthouse (mobile: a mid-range phone on slow 4G, the default) on pages of a
# production-like server: DJANGO_DEBUG=0, collected and compressed static
# files, gunicorn with gunicorn.conf.py. Prints, per page, the performance and
# accessibility scores, LCP, TBT, CLS, and the bytes transferred (compressed)
# during the load.
#
#   bench/lighthouse.sh [PATH ...]          default: / /wilayah/73/
#
# Environment: PROJECT (default: the repository this script is in), PORT
# (8103), DATABASE_URL (default sqlite:////tmp/cakupan-lighthouse.sqlite3,
# migrated and seeded when empty), RUNS (1; the median of RUNS is printed),
# OUT (/tmp/lighthouse: the JSON reports). Each run's scores follow the
# median, sorted by performance, with the load average before the runs.
# Needs node 20 and Debian's
# Chromium at /usr/bin/chromium; lighthouse@12 comes through npx (13 needs
# node 22).
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
PROJECT=${PROJECT:-$HERE}
PORT=${PORT:-8103}
RUNS=${RUNS:-1}
OUT=${OUT:-/tmp/lighthouse}
PY=${PY:-$HERE/.venv/bin/python}
GUNICORN=${GUNICORN:-$HERE/.venv/bin/gunicorn}
export DATABASE_URL=${DATABASE_URL:-sqlite:////tmp/cakupan-lighthouse.sqlite3}
export DJANGO_DEBUG=0 SECRET_KEY=${SECRET_KEY:-lighthouse-bench-only} ALLOWED_HOSTS=127.0.0.1
export DJANGO_HTTPS=0
[ $# -gt 0 ] || set -- / /wilayah/73/
mkdir -p "$OUT"
cd "$PROJECT"
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py shell -c "from regions.models import Region; import sys; sys.exit(0 if Region.objects.exists() else 3)" \
  || "$PY" manage.py seed >/dev/null
"$PY" manage.py collectstatic --noinput -v0
GUNICORN_BIND=127.0.0.1:$PORT WEB_CONCURRENCY=2 "$GUNICORN" -c gunicorn.conf.py \
  --pid "$OUT/gunicorn.pid" --daemon coverage_site.wsgi
trap 'kill "$(cat "$OUT/gunicorn.pid")" 2>/dev/null || true' EXIT
sleep 3
for path in "$@"; do
  echo "load average before $path: $(cut -d' ' -f1-3 /proc/loadavg)"
  name=$(echo "$path" | tr '/' '_')
  i=1
  while [ "$i" -le "$RUNS" ]; do
    CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12 "http://127.0.0.1:$PORT$path" \
      --quiet --output=json --output-path="$OUT/lh$name-$i.json" \
      --only-categories=performance,accessibility \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run" >/dev/null 2>&1 || true
    i=$((i + 1))
  done
  node -e '
    const fs = require("fs");
    const [out, name, runs, path] = process.argv.slice(1);
    const rows = [];
    for (let i = 1; i <= +runs; i++) {
      const f = `${out}/lh${name}-${i}.json`;
      if (!fs.existsSync(f)) continue;
      const r = JSON.parse(fs.readFileSync(f, "utf8"));
      if (!r.categories.performance.score) continue;
      const a = r.audits;
      rows.push({
        perf: Math.round(r.categories.performance.score * 100),
        a11y: Math.round(r.categories.accessibility.score * 100),
        lcp: a["largest-contentful-paint"].numericValue / 1000,
        tbt: a["total-blocking-time"].numericValue,
        cls: a["cumulative-layout-shift"].numericValue,
        kb: a["total-byte-weight"].numericValue / 1024,
      });
    }
    if (!rows.length) { console.log(`${path}\tno result (see ${out})`); process.exit(0); }
    rows.sort((x, y) => x.perf - y.perf);
    const m = rows[Math.floor(rows.length / 2)];
    console.log(`${path}\tperformance ${m.perf}\taccessibility ${m.a11y}\tLCP ${m.lcp.toFixed(2)} s\t` +
      `TBT ${Math.round(m.tbt)} ms\tCLS ${m.cls.toFixed(3)}\ttransferred ${Math.round(m.kb)} KB\t(median of ${rows.length})`);
    for (const [i, r] of rows.entries()) {
      console.log(`  run ${i + 1}: performance ${r.perf}, accessibility ${r.a11y}, ` +
        `LCP ${r.lcp.toFixed(2)} s, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}`);
    }
  ' "$OUT" "$name" "$RUNS" "$path"
done
