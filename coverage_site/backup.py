"""Backup and restore of the whole dataset, and a checksum to prove a round
trip lost nothing.

PostgreSQL: pg_dump's custom format and pg_restore (the database's own tools:
consistent snapshot, fast, all tables). SQLite: Django's JSON serialisation
(as dumpdata writes it, but with times kept to the microsecond and primary
keys kept) and loaddata into a freshly migrated database.
"""

import datetime
import hashlib
import json
import os
import subprocess
from pathlib import Path

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection

# Rebuilt by migrate, or transient.
SKIPPED_APPS = {"contenttypes", "sessions", "admin", "axes"}
SKIPPED_MODELS = {"auth.permission"}
CHECKED_APPS = {"regions", "articles", "awards"}


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a backup keeps them whole."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def _backed_up_models():
    app_list = [(config, None) for config in apps.get_app_configs()]
    for model in serializers.sort_dependencies(app_list, allow_cycles=True):
        if model._meta.app_label in SKIPPED_APPS or model._meta.label_lower in SKIPPED_MODELS:
            continue
        if model._meta.proxy or not model._meta.managed:
            continue
        yield model


def _all_objects():
    for model in _backed_up_models():
        yield from model._default_manager.order_by(model._meta.pk.name).iterator()


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
    # Primary keys kept as they are; references to content types by natural
    # key, since migrate numbers those afresh in the restored database.
    with open(path, "w", encoding="utf-8") as stream:
        serializers.serialize(
            "json",
            _all_objects(),
            stream=stream,
            use_natural_foreign_keys=True,
            use_natural_primary_keys=False,
            cls=ExactJSONEncoder,
        )


class RestoreError(Exception):
    """The restore was refused or failed; the database was left as it was."""


def _refuse_unless_empty() -> None:
    tables = connection.introspection.table_names()
    name = connection.settings_dict["NAME"]
    if _is_postgres():
        if tables:
            raise RestoreError(
                f"The database {name} is not empty ({len(tables)} tables, e.g. "
                f"{', '.join(sorted(tables)[:3])}). Restore into a newly created database "
                f"(createdb), not migrated: the backup holds the schema."
            )
        return
    if "django_migrations" not in tables:
        raise RestoreError(
            f"The database {name} has no tables: run migrate first, then restore_data."
        )
    filled = [model._meta.label for model in _backed_up_models() if model._default_manager.exists()]
    if filled:
        raise RestoreError(
            f"The database {name} is not empty ({', '.join(filled[:3])}"
            f"{' ...' if len(filled) > 3 else ''} have rows). Restore into a freshly "
            f"migrated database."
        )


def restore(path: Path) -> None:
    """Into an empty, freshly created database (PostgreSQL: created, not
    migrated; SQLite: migrated). All or nothing: a database that is not
    empty, or a file that is not a backup, raises RestoreError and writes
    nothing."""
    _refuse_unless_empty()
    if _is_postgres():
        result = subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "--single-transaction",
                *_pg_args(),
                str(path),
            ],
            env=_pg_env(),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            detail = result.stderr.strip().splitlines()
            raise RestoreError(
                f"{path} could not be restored (nothing was written): "
                f"{detail[0] if detail else f'pg_restore exited {result.returncode}'}"
            )
        return
    try:
        call_command("loaddata", str(path), verbosity=0)
    except Exception as error:  # loaddata runs in one transaction: nothing written
        raise RestoreError(
            f"{path} could not be restored (nothing was written): {error}".strip()
        ) from error


def checksum() -> dict[str, object]:
    """Row counts of every table of the three apps, and a SHA-256 over every
    row's field values (times to the microsecond) in primary-key order.
    Content-type references count by name: their ids are per database."""
    content_types = {ct.pk: f"{ct.app_label}.{ct.model}" for ct in ContentType.objects.all()}
    counts: dict[str, int] = {}
    digest = hashlib.sha256()
    for model in sorted(apps.get_models(), key=lambda m: m._meta.label):
        if model._meta.app_label not in CHECKED_APPS:
            continue
        type_fields = [
            field.attname
            for field in model._meta.concrete_fields
            if field.is_relation and field.related_model is ContentType
        ]
        rows = list(model._default_manager.order_by("pk").values())
        for row in rows:
            for name in type_fields:
                row[name] = content_types.get(row[name], row[name])
        counts[model._meta.label] = len(rows)
        digest.update(model._meta.label.encode())
        digest.update(json.dumps(rows, cls=ExactJSONEncoder, sort_keys=True).encode())
    return {"counts": counts, "sha256": digest.hexdigest()}
