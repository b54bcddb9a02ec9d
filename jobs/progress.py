"""Live progress of running jobs, in Redis (the broker's server).

A job's write runs in one database transaction, so progress saved in its
row would show only when it ends; here every web process, on any machine,
reads it as it moves. The key expires after ``CAKUPAN_JOB_STALE_SECONDS``
without a report: a running job without a key has lost its worker.
Without Redis (development with jobs run in the request) reports are
dropped and readers fall back to the row.
"""

from __future__ import annotations

import redis
from django.conf import settings
from django.db import connection

_client: redis.Redis | None = None


def _redis() -> redis.Redis:
    global _client
    if _client is None:
        _client = redis.Redis.from_url(
            settings.CELERY_BROKER_URL, socket_connect_timeout=1, socket_timeout=2
        )
    return _client


def _key(job_id: int) -> str:
    # The database name keeps test databases and sites sharing one Redis apart.
    return f"cakupan:job:{connection.settings_dict['NAME']}:{job_id}"


def report(job_id: int, phase: str, done: int, total: int) -> None:
    try:
        client = _redis()
        key = _key(job_id)
        client.hset(key, mapping={"phase": phase, "done": done, "total": total})
        client.expire(key, settings.CAKUPAN_JOB_STALE_SECONDS)
    except redis.RedisError:
        return


def read(job_id: int) -> dict | None:
    """{"phase", "done", "total"} while the job's worker reports; None when
    no report is alive (or Redis cannot be reached: ``alive`` says which)."""
    try:
        raw = _redis().hgetall(_key(job_id))
    except redis.RedisError:
        return None
    if not raw:
        return None
    values = {k.decode(): v.decode() for k, v in raw.items()}
    return {
        "phase": values.get("phase", ""),
        "done": int(values.get("done", 0)),
        "total": int(values.get("total", 0)),
    }


def alive(job_id: int) -> bool | None:
    """True while the worker reports, False when its reports stopped, None
    when Redis cannot be asked."""
    try:
        return bool(_redis().exists(_key(job_id)))
    except redis.RedisError:
        return None


def clear(job_id: int) -> None:
    try:
        _redis().delete(_key(job_id))
    except redis.RedisError:
        return
