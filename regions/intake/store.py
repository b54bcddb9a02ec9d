"""Writing a checked file: every new or changed row with bulk inserts and
one UPDATE per batch, their history rows in bulk (who and why on each), the
regions' summaries marked for a refresh when the transaction commits."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connections, router, transaction
from django.utils import timezone

from ..models import CoverageFigure
from .report import ImportReport
from .specs import CREATE, SAME, SPECS, KindSpec

Progress = Callable[[str, int, int], None]


WRITE_BATCH = 1000
#: rows per UPDATE ... FROM (VALUES ...) statement
UPDATE_BATCH = 500
#: columns save() may change besides those the file sets
DERIVED_FIELDS = ("status", "source_kind", "quality_warning", "previous_percent",
                  "previous_covered", "previous_eligible", "revised_at", "updated_at")  # fmt: skip


def update_from_values(model, objs, fields) -> None:
    """One ``UPDATE t SET c = v.c FROM (VALUES (...), ...) AS v WHERE
    t.id = v.id`` for a batch (PostgreSQL, and SQLite since 3.33): Django's
    ``bulk_update`` builds a CASE per column and row in Python, which made
    10 000 updated rows take minutes. VALUES columns are column1, column2...
    in both; PostgreSQL gets each value cast to its column's type."""
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    pk = model._meta.pk
    columns = [model._meta.get_field(name) for name in fields]
    typed = connection.vendor == "postgresql"

    def slot(field) -> str:
        if not typed:
            return "%s"
        return f"%s::{field.rel_db_type(connection) if field is pk else field.db_type(connection)}"

    row = "(" + ", ".join(slot(f) for f in (pk, *columns)) + ")"
    table = quote(model._meta.db_table)
    sets = ", ".join(f"{quote(f.column)} = v.column{i}" for i, f in enumerate(columns, start=2))
    params: list = []
    for obj in objs:
        params.append(pk.get_db_prep_value(obj.pk, connection))
        params += [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in columns]
    sql = (
        f"UPDATE {table} SET {sets} FROM (VALUES {', '.join([row] * len(objs))}) AS v "
        f"WHERE {table}.{quote(pk.column)} = v.column1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


#: the columns django-simple-history adds to a record's own in its history table
HISTORY_OWN = (
    "history_id",
    "history_date",
    "history_change_reason",
    "history_type",
    "history_user",
)
CREATED, CHANGED = "+", "~"


def history_columns(model) -> list[tuple]:
    """(history field, record field) for each column the history table
    copies from the record's table; empty when the history table holds
    other columns too (then ``write_history`` leaves the rows to
    django-simple-history)."""
    history = model.history.model
    pairs = []
    for field in history._meta.concrete_fields:
        if field.name in HISTORY_OWN:
            continue
        try:
            source = model._meta.get_field(field.name)
        except FieldDoesNotExist:
            return []
        pairs.append((field, source))
    own = {f.name for f in history._meta.concrete_fields} - {f.name for f, _ in pairs}
    return pairs if own == set(HISTORY_OWN) else []


def write_history(model, objs, *, history_type: str, user, reason) -> None:
    """The history rows of records just written, copied from their rows by
    the database (one ``INSERT ... SELECT``), with who, when and why:
    django-simple-history's rows (dated when written) without building
    1 000 objects to insert them one value at a time. A history table with
    columns of its own goes through django-simple-history."""
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True) or not objs:
        return
    history = model.history.model
    pairs = history_columns(model)
    if not pairs:
        model.history.bulk_history_create(
            objs, update=history_type == CHANGED, default_user=user,
            default_change_reason=reason,
        )  # fmt: skip
        return
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    typed = connection.vendor == "postgresql"

    def slot(name: str) -> str:
        field = history._meta.get_field(name)
        if not typed:
            return "%s"
        kind = field.rel_db_type(connection) if field.is_relation else field.db_type(connection)
        return f"CAST(%s AS {kind})"

    who = user if user is not None else history.get_default_history_user(objs[0])
    own = ["history_date", "history_change_reason", "history_type", "history_user"]
    targets = [f.column for f, _ in pairs] + [history._meta.get_field(n).column for n in own]
    pk = model._meta.pk
    table = quote(model._meta.db_table)
    sql = (
        f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(map(quote, targets))}) "
        f"SELECT {', '.join(quote(source.column) for _, source in pairs)}, "
        f"{', '.join(slot(n) for n in own)} FROM {table} "
        f"WHERE {quote(pk.column)} IN ({', '.join(['%s'] * len(objs))}) ORDER BY {quote(pk.column)}"
    )
    values = {"history_date": timezone.now(), "history_change_reason": reason,
              "history_type": history_type, "history_user": getattr(who, "pk", None)}  # fmt: skip
    params = [history._meta.get_field(n).get_db_prep_save(values[n], connection) for n in own]
    params += [pk.get_db_prep_value(obj.pk, connection) for obj in objs]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def copy_insert(model, objs, connection) -> None:
    """New records into PostgreSQL with ``COPY ... FROM STDIN``: their keys
    taken from the table's sequence first (one query), then every column's
    value as ``bulk_create`` would send it (``pre_save``, then
    ``get_db_prep_save``), streamed in one statement instead of built into
    an INSERT in Python. The records come out saved, with their keys."""
    meta = model._meta
    quote = connection.ops.quote_name
    fields = list(meta.concrete_fields)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [quote(meta.db_table), meta.pk.column, len(objs)],
        )
        keys = [row[0] for row in cursor.fetchall()]
        columns = ", ".join(quote(f.column) for f in fields)
        statement = f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN"
        # Django's own errors (IntegrityError...) as for any other query
        with connection.wrap_database_errors, cursor.copy(statement) as copy:
            for obj, key in zip(objs, keys, strict=True):
                obj.pk = key
                copy.write_row(
                    [f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields]
                )
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias


def insert_with_history(model, objs, *, user, reason) -> None:
    """New records in one bulk insert, then their history rows (a database
    that does not give back the new keys: django-simple-history's way)."""
    connection = connections[router.db_for_write(model)]
    if not connection.features.can_return_rows_from_bulk_insert:
        from simple_history.utils import bulk_create_with_history

        bulk_create_with_history(
            objs, model, batch_size=WRITE_BATCH, default_user=user,
            default_change_reason=reason,
        )  # fmt: skip
        return
    if connection.vendor == "postgresql":
        copy_insert(model, objs, connection)
    else:
        model.objects.bulk_create(objs, batch_size=WRITE_BATCH)
    write_history(model, objs, history_type=CREATED, user=user, reason=reason)


def update_fields(spec: KindSpec, changes) -> tuple[str, ...]:
    """The columns an update of a row writes: those its changes name (the
    preview's list), and those save() derives."""
    by_header = {c.header: c.field for c in spec.kind.columns if c.field}
    names = {spec.model._meta.get_field(by_header[h]).name for h, _, _ in changes}
    concrete = {f.name for f in spec.model._meta.concrete_fields}
    names |= {name for name in DERIVED_FIELDS if name in concrete}
    return tuple(sorted(names))


def prepare(obj, now) -> None:
    """What the model's save() does before writing, for a bulk write:
    the source rule, and for figures the quality warning and the revision
    note (a published value that changes keeps the value it replaces)."""
    obj.apply_source_rule()
    if isinstance(obj, CoverageFigure):
        obj.refresh_quality_warning()
        obj.note_revision()
    obj.updated_at = now


def write(report: ImportReport, user, progress: Progress | None, reason: str) -> None:
    """Write every new or changed row with ``bulk_create``/``bulk_update``
    in batches, and their history rows in bulk (who and why on each). A
    target losing its primary mark is updated in a batch of its own first,
    so the one gaining it never meets it in the database."""
    spec = SPECS[report.kind]
    model = spec.model
    now = timezone.now()
    creates, updates, losing = [], [], []
    for outcome in report.rows:
        if outcome.action == SAME:
            continue
        obj = outcome.form.save(commit=False)
        if outcome.action == CREATE and user is not None:
            obj.entered_by = user
        prepare(obj, now)
        if outcome.action == CREATE:
            creates.append(obj)
        elif outcome.was_primary and not getattr(obj, "is_primary", True):
            losing.append((obj, outcome.changes))
        else:
            updates.append((obj, outcome.changes))
    total = len(creates) + len(updates) + len(losing)
    history = {"user": user, "reason": reason[:100] or None}
    done = 0
    for group in (losing, updates):
        # An UPDATE names only the columns that change in its rows (and what
        # save() derives from them): bulk_update's CASE per column and row
        # costs time in proportion to both.
        by_fields: dict[tuple, list] = {}
        for obj, changed in group:
            by_fields.setdefault(update_fields(spec, changed), []).append(obj)
        for fields, objs in by_fields.items():
            for start in range(0, len(objs), UPDATE_BATCH):
                batch = objs[start : start + UPDATE_BATCH]
                update_from_values(model, batch, fields)
                write_history(model, batch, history_type=CHANGED, **history)
                done += len(batch)
                if progress:
                    progress("write", done, total)
    for start in range(0, len(creates), WRITE_BATCH):
        batch = creates[start : start + WRITE_BATCH]
        insert_with_history(model, batch, **history)
        done += len(batch)
        if progress:
            progress("write", done, total)
    report.written = True
    if total:
        regions = {obj.region_id for obj in creates}
        regions |= {obj.region_id for obj, _ in (*updates, *losing)}
        _mark_dirty(regions)
        transaction.on_commit(_bump_data_version)


def _mark_dirty(region_ids: set[int]) -> None:
    """Bulk writes send no signals: have the regions' summaries refreshed
    when the transaction commits (regions/summaries.py)."""
    try:
        from ..summaries import mark_dirty
    except ImportError:  # pragma: no cover - summaries not installed
        return
    mark_dirty(region_ids)


def _bump_data_version() -> None:
    try:
        from ..cache import bump_data_version
    except ImportError:  # pragma: no cover - the cache module is optional
        return
    bump_data_version()
