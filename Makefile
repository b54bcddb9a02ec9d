# The README's two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1:8000
# The browser tests drive Debian's Chromium at this path (tests/e2e/conftest.py).
CHROMIUM ?= /usr/bin/chromium
# Extra pytest arguments, e.g. PYTEST_ARGS="tests/regions -x"; empty = the whole suite.
PYTEST_ARGS ?=

.PHONY: run test install install-dev serve-dev serve worker bench lint clean chromium pdf-libs lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Exact versions, each file checked against its hash, from the lock files
# (README: "Dependencies and the lock files"); then the project itself,
# whose dependencies the lock already holds. Re-run when a lock file changes.
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## make run: install, migrate, load the seed data, create the demo login, serve.
## When the broker (Redis, CELERY_BROKER_URL) answers, a Celery worker runs
## alongside and stops with the server; when it does not, jobs run inside
## the request (development only: CAKUPAN_JOBS_INLINE follows DJANGO_DEBUG).
BROKER_PING = import os, redis; redis.Redis.from_url(os.environ.get("CELERY_BROKER_URL") or "redis://127.0.0.1:6379/1", socket_connect_timeout=1).ping()
run: pdf-libs install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed
	$(BIN)/python manage.py seed_inpres
	$(BIN)/python manage.py ensure_demo_user --address $(HOST)
	@if $(BIN)/python -c '$(BROKER_PING)' 2>/dev/null; then \
	  echo "Broker reachable: starting a Celery worker alongside the server."; \
	  $(BIN)/celery -A coverage_site worker --loglevel WARNING --concurrency 1 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/python manage.py runserver $(HOST); \
	else \
	  echo "No broker at CELERY_BROKER_URL: jobs run inside the request (development only)."; \
	  $(BIN)/python manage.py runserver $(HOST); \
	fi

## make worker: a Celery worker for the jobs (imports). Run any number, on
## any number of machines, all with the same CELERY_BROKER_URL and DATABASE_URL.
WORKER_ARGS ?= --concurrency 2
worker: install
	$(BIN)/celery -A coverage_site worker --loglevel INFO $(WORKER_ARGS)

## make serve: the production server on the configured database (DATABASE_URL):
## migrate, collect the static files (compressed, hashed), gunicorn with
## gunicorn.conf.py. Needs SECRET_KEY and ALLOWED_HOSTS; it expects a
## TLS-terminating proxy in front (DJANGO_HTTPS=0 to try it over plain HTTP).
serve: pdf-libs install
	DJANGO_DEBUG=0 $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=0 $(BIN)/python manage.py collectstatic --noinput
	DJANGO_DEBUG=0 $(BIN)/gunicorn -c gunicorn.conf.py coverage_site.wsgi

## make bench: the load benchmark at --scale 1 and 10 on PostgreSQL (needs wrk:
## apt-get install -y wrk). BENCH_ARGS="--scale 1 --duration 5" for a quick run.
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

## make chromium: the browser tests need Debian's Chromium. Installed with
## apt-get when it is missing and we are root; otherwise one line says what to
## install, and make stops.
chromium:
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's chromium and chromium-driver (apt-get) for the browser tests."; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver || exit 1; \
	  fi; \
	  if [ ! -x "$(CHROMIUM)" ]; then \
	    echo "make test needs Chromium at $(CHROMIUM): install it as root with 'apt-get install chromium chromium-driver' (Debian/Ubuntu), then run make test again." >&2; \
	    exit 1; \
	  fi; \
	fi

## make pdf-libs: WeasyPrint (the printed brief and the Tim 9 minutes) needs
## Pango and a font from the system. Installed with apt-get when missing and we
## are root; otherwise one line says what to install (the site runs without
## them, only the PDF downloads fail).
PDF_LIBS_CHECK = ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' && fc-list 2>/dev/null | grep -qi dejavu
pdf-libs:
	@if ! ( $(PDF_LIBS_CHECK) ); then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Pango and the DejaVu fonts (apt-get) for WeasyPrint's PDFs."; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fontconfig fonts-dejavu-core || exit 1; \
	  else \
	    echo "PDF downloads need Pango and a font: as root, 'apt-get install libpango-1.0-0 libpangoft2-1.0-0 fontconfig fonts-dejavu-core'." >&2; \
	  fi; \
	fi

## make test: install with the dev extra, check for Chromium, run the whole suite.
test: chromium pdf-libs install-dev
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## make lock: re-resolve both lock files from pyproject.toml (newest versions
## allowed by its ranges, with hashes) with pip-tools in a throwaway venv.
## To move one package only: make lock LOCK_ARGS="--upgrade-package django".
LOCK_ARGS ?= --upgrade
LOCK_TOOLS := $(VENV)/lock-tools
lock:
	test -x $(LOCK_TOOLS)/bin/pip-compile || \
	  ($(PYTHON) -m venv $(LOCK_TOOLS) && $(LOCK_TOOLS)/bin/pip install --quiet pip-tools)
	$(LOCK_TOOLS)/bin/pip-compile --quiet --generate-hashes --strip-extras \
	  --no-emit-find-links --no-emit-index-url $(LOCK_ARGS) \
	  --extra dev -o requirements-dev.lock pyproject.toml
	cp requirements-dev.lock requirements.lock
	$(LOCK_TOOLS)/bin/pip-compile --quiet --generate-hashes --strip-extras \
	  --no-emit-find-links --no-emit-index-url \
	  -o requirements.lock pyproject.toml

## make eval: precision, recall and F1 of the figure extractor on the real articles
## in tests/data/devset (no database, no dependency: the extractor is pure Python).
## EVAL_ARGS=--verbose lists every miss.
eval: | $(BIN)/python
	$(BIN)/python bench/eval_extraction.py $(EVAL_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) *.egg-info staticfiles .pytest_cache
