# The README's two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1:8000

.PHONY: run test install install-dev serve-dev serve bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## make run: install, migrate, load the seed data, create the demo login, serve.
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed
	$(BIN)/python manage.py ensure_demo_user
	$(BIN)/python manage.py runserver $(HOST)

## make serve: the production server on the configured database (DATABASE_URL):
## migrate, collect the static files (compressed, hashed), gunicorn with
## gunicorn.conf.py. Needs SECRET_KEY and ALLOWED_HOSTS; it expects a
## TLS-terminating proxy in front (DJANGO_HTTPS=0 to try it over plain HTTP).
serve: install
	DJANGO_DEBUG=0 $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=0 $(BIN)/python manage.py collectstatic --noinput
	DJANGO_DEBUG=0 $(BIN)/gunicorn -c gunicorn.conf.py coverage_site.wsgi

## make bench: the load benchmark at --scale 1 and 10 on PostgreSQL (needs wrk:
## apt-get install -y wrk). BENCH_ARGS="--scale 1 --duration 5" for a quick run.
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

## make test: install with the dev extra and run the whole suite.
test: install-dev
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest

## make eval: precision, recall and F1 of the figure extractor on the real articles
## in tests/data/devset (no database). EVAL_ARGS=--verbose lists every miss.
eval: install
	$(BIN)/python bench/eval_extraction.py $(EVAL_ARGS)

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) *.egg-info staticfiles .pytest_cache
