"""Production refuses to start without its secrets."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETUP = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"


def run_with(env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="coverage_site.settings")
    return subprocess.run(
        [sys.executable, "-c", SETUP], cwd=ROOT, env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("extra", "missing"),
    [({}, "SECRET_KEY"), ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS")],
)
def test_production_refuses_to_start_without_secret_key_and_hosts(extra, missing):
    result = run_with({"DJANGO_DEBUG": "0", **extra})
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_starts_with_both_set():
    result = run_with({"DJANGO_DEBUG": "0", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "a.id"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_unreadable_debug_flag_is_an_error():
    result = run_with({"DJANGO_DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be one of" in result.stderr


def run_manage(args, env_overrides):
    # DJANGO_ALLOW_ASYNC_UNSAFE: the browser tests' conftest sets it in this
    # process; a real deployment does not (check --deploy errs on it).
    ignored = {
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DJANGO_HTTPS",
        "DJANGO_HSTS_SECONDS",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    }
    env = {k: v for k, v in os.environ.items() if k not in ignored}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="coverage_site.settings")
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(60),
    "ALLOWED_HOSTS": "example.id",
}


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(["check", "--deploy"], PRODUCTION)

    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "WARNINGS" not in output, output
    assert "no issues" in output


def test_plain_http_trial_run_is_an_explicit_relaxation():
    """DJANGO_HTTPS=0 turns off the redirect, secure cookies and HSTS, and
    the deployment checklist says so (warnings, not errors)."""
    result = run_manage(["check", "--deploy"], {**PRODUCTION, "DJANGO_HTTPS": "0"})

    assert result.returncode == 0, result.stderr
    for check in ["security.W004", "security.W008", "security.W012", "security.W016"]:
        assert check in result.stderr, result.stderr


def test_an_unreadable_trusted_proxy_is_an_error():
    result = run_with({"DJANGO_TRUSTED_PROXIES": "10.0.0.1, proxy.example.id"})
    assert result.returncode != 0
    assert "DJANGO_TRUSTED_PROXIES: 'proxy.example.id' is not an IP address" in result.stderr


def test_trusted_proxies_are_read_as_networks():
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "print([str(n) for n in settings.TRUSTED_PROXY_NETWORKS])"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_TRUSTED_PROXIES"}
    env.update(DJANGO_TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/24,fd00::/8")
    env["DJANGO_SETTINGS_MODULE"] = "coverage_site.settings"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.stdout.strip() == "['127.0.0.1/32', '10.0.0.0/24', 'fd00::/8']", result.stderr


RACE = """
import threading, time, django
django.setup()
from django.db import connection, transaction
with connection.cursor() as c:
    c.execute("CREATE TABLE t (n integer)")
    c.execute("INSERT INTO t VALUES (1)")
errors = []
started = threading.Event()

def reader_then_writer():  # a job: read, work a while, then write
    try:
        with transaction.atomic():
            with connection.cursor() as c:
                c.execute("SELECT n FROM t")
                started.set()
                time.sleep(0.5)
                c.execute("UPDATE t SET n = n + 1")
    except Exception as error:
        errors.append(repr(error))
    finally:
        started.set()
        connection.close()

worker = threading.Thread(target=reader_then_writer)
worker.start()
started.wait()
try:  # a web request writing meanwhile
    with transaction.atomic():
        with connection.cursor() as c:
            c.execute("UPDATE t SET n = n + 10")
except Exception as error:
    errors.append(repr(error))
worker.join()
with connection.cursor() as c:
    c.execute("SELECT n FROM t")
    print(c.fetchone()[0], errors)
"""


def test_sqlite_writers_wait_for_each_other_instead_of_failing(tmp_path):
    """Development runs the web server and a job worker on one SQLite file: a
    job that reads and then writes while a request writes must not fail with
    "database is locked"."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "coverage_site.settings",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'race.sqlite3'}"}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", RACE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "12 []"
