"""Live progress of running jobs, in Redis (the broker's server).

A job's write runs in one database transaction, so progress saved in its
row would show only when it ends; here every web process, on any machine,
reads it as it moves. The key expires after ``CAKUPAN_JOB_STALE_SECONDS``
without a report: a running job without a key has lost its worker.
Without Redis (development with jobs run in the request) reports are
dropped and readers fall back to the row.
"""

from __future__ import annotations

import os
import socket
import threading

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


def this_process() -> str:
    """Who runs a job: the machine's name and the pool process's id."""
    return f"{socket.gethostname()}:{os.getpid()}"


def start(job_id: int) -> None:
    """The job's first report, naming the process that runs it."""
    try:
        client = _redis()
        key = _key(job_id)
        client.hset(key, mapping={"phase": "start", "done": 0, "total": 0, "owner": this_process()})
        client.expire(key, settings.CAKUPAN_JOB_STALE_SECONDS)
    except redis.RedisError:
        return


def owner(job_id: int) -> str | None:
    """``host:pid`` of the process running the job while its reports are
    alive; None when they stopped (or Redis cannot be asked)."""
    try:
        raw = _redis().hget(_key(job_id), "owner")
    except redis.RedisError:
        return None
    return raw.decode() if raw else None


class Heartbeat:
    """Keeps the job's report alive while its handler runs, between
    progress reports too (an XLSX being written reports nothing for a
    while): a thread renews the key's expiry four times per expiry. When
    the process dies the renewals stop and the key lapses."""

    def __init__(self, job_id: int):
        self.key = _key(job_id)
        self.seconds = settings.CAKUPAN_JOB_STALE_SECONDS
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._beat, name=f"job-{job_id}-beat", daemon=True)

    def _beat(self) -> None:
        while not self.stopped.wait(max(1.0, self.seconds / 4)):
            try:
                _redis().expire(self.key, self.seconds)
            except redis.RedisError:
                continue

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)


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
