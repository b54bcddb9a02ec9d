"""Backup and restore of the whole dataset, and a checksum to prove a round
trip lost nothing.

PostgreSQL: pg_dump's custom format and pg_restore (the database's own tools:
consistent snapshot, fast, all tables). SQLite: dumpdata/loaddata with
natural keys into a freshly migrated database.
"""

import hashlib
import json
import os
import subprocess
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection

# Rebuilt by migrate, or transient.
SKIPPED_MODELS = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "axes"]
CHECKED_APPS = {"regions", "articles", "awards"}


def _is_postgres() -> bool:
    return connection.vendor == "postgresql"


def _pg_env() -> dict[str, str]:
    settings = connection.settings_dict
    env = dict(os.environ)
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    return env


def _pg_args() -> list[str]:
    settings = connection.settings_dict
    args = ["--dbname", settings["NAME"]]
    if settings.get("HOST"):
        args += ["--host", settings["HOST"]]
    if settings.get("PORT"):
        args += ["--port", str(settings["PORT"])]
    if settings.get("USER"):
        args += ["--username", settings["USER"]]
    return args


def backup(path: Path) -> None:
    if _is_postgres():
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(path), *_pg_args()],
            check=True,
            env=_pg_env(),
        )
        return
    call_command(
        "dumpdata",
        "--natural-foreign",
        "--natural-primary",
        *[f"--exclude={label}" for label in SKIPPED_MODELS],
        "--output",
        str(path),
        verbosity=0,
    )


def restore(path: Path) -> None:
    """Into an empty, freshly created database (PostgreSQL: created, not
    migrated; SQLite: migrated)."""
    if _is_postgres():
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", *_pg_args(), str(path)],
            check=True,
            env=_pg_env(),
        )
        return
    call_command("loaddata", str(path), verbosity=0)


def checksum() -> dict[str, object]:
    """Row counts of every table of the three apps, and a SHA-256 over every
    row's field values in primary-key order."""
    counts: dict[str, int] = {}
    digest = hashlib.sha256()
    for model in sorted(apps.get_models(), key=lambda m: m._meta.label):
        if model._meta.app_label not in CHECKED_APPS:
            continue
        rows = list(model._default_manager.order_by("pk").values())
        counts[model._meta.label] = len(rows)
        digest.update(model._meta.label.encode())
        digest.update(json.dumps(rows, cls=DjangoJSONEncoder, sort_keys=True).encode())
    return {"counts": counts, "sha256": digest.hexdigest()}
