"""A full backup -> restore round trip loses nothing: the restored database
has the same row counts and the same checksum over every row."""

import json
import os
import subprocess
import sys
import uuid
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from coverage_site import backup
from regions.models import CoverageFigure

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def target_database(tmp_path):
    """A new, empty database beside the test one, and its DATABASE_URL."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DJANGO_SETTINGS_MODULE"] = "coverage_site.settings"
    if connection.vendor == "postgresql":
        settings = connection.settings_dict
        name = f"cakupan_restore_{uuid.uuid4().hex[:8]}"
        host, port, user = settings["HOST"], settings["PORT"], settings["USER"]
        subprocess.run(
            ["createdb", "--host", host, "--port", str(port), "--username", user, name],
            check=True,
        )
        env["DATABASE_URL"] = f"postgres://{user}@{host}:{port}/{name}"

        def drop():
            subprocess.run(
                ["dropdb", "--if-exists", "--host", host, "--port", str(port),
                 "--username", user, name],
                check=True,
            )  # fmt: skip

        return env, drop
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    manage("migrate", "--noinput", "-v0", env=env)
    return env, lambda: None


def test_backup_and_restore_round_trip_loses_nothing(seeded, tmp_path):
    # pg_dump reads from its own connection: it sees the seed, which the
    # session fixture committed; this test writes nothing before the dump.
    before = backup.checksum()
    assert before["counts"]["regions.CoverageFigure"] == CoverageFigure.objects.count() > 0

    dump = tmp_path / ("backup.dump" if connection.vendor == "postgresql" else "backup.json")
    out = StringIO()
    call_command("backup_data", str(dump), stdout=out)
    assert dump.stat().st_size > 0
    assert "Backed up" in out.getvalue()

    env, drop = target_database(tmp_path)
    try:
        manage("restore_data", str(dump), env=env)
        after = json.loads(manage("data_checksum", env=env))
    finally:
        drop()
    assert after["counts"] == before["counts"]
    assert after["sha256"] == before["sha256"]


def test_restore_refuses_a_missing_file(tmp_path):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="no such file"):
        call_command("restore_data", str(tmp_path / "none.json"))


def test_restore_into_a_database_that_is_not_empty_is_refused_and_changes_nothing(seeded, tmp_path):
    """The test database holds the seed: restoring over it would mix two
    datasets (or, on PostgreSQL, fail half-way through the schema)."""
    from django.core.management import CommandError

    dump = tmp_path / ("backup.dump" if connection.vendor == "postgresql" else "backup.json")
    call_command("backup_data", str(dump), stdout=StringIO())
    before = backup.checksum()
    with pytest.raises(CommandError, match="is not empty"):
        call_command("restore_data", str(dump))
    assert backup.checksum() == before


@pytest.mark.parametrize(
    "content", [b"", b"not a backup at all\n", b'[{"junk": 1}]', bytes(range(256))]
)
def test_restore_from_a_junk_file_is_a_clear_error_and_writes_nothing(tmp_path, content):
    """Into a database that is empty as restore_data expects it (a new
    PostgreSQL database; a migrated SQLite file), in its own process."""
    junk = tmp_path / "backup.json"
    junk.write_bytes(content)
    env, drop = target_database(tmp_path)
    try:
        result = subprocess.run(
            [sys.executable, "manage.py", "restore_data", str(junk)],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        counts = (
            json.loads(manage("data_checksum", env=env))["counts"]
            if (connection.vendor != "postgresql")
            else None
        )
    finally:
        drop()
    assert result.returncode == 1
    assert "could not be restored (nothing was written)" in result.stderr
    assert "Traceback" not in result.stderr
    if counts is not None:
        assert set(counts.values()) == {0}
