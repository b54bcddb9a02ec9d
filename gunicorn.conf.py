"""Gunicorn settings for production: ``gunicorn -c gunicorn.conf.py
coverage_site.wsgi`` (what ``make serve`` runs). Every value can be changed
from the environment without editing this file.

Gunicorn sits behind a TLS-terminating proxy or load balancer (nginx, HAProxy,
a cloud balancer) that sets X-Forwarded-Proto; Django trusts that header
(SECURE_PROXY_SSL_HEADER), so only the proxy may reach this port.
"""

import multiprocessing
import os

# Where to listen: the proxy connects here.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Threaded workers: keep-alive connections from the proxy, and a thread can
# wait on PostgreSQL while another renders. Workers are processes; the
# pages and aggregates they cache live in Redis (REDIS_URL, the production
# default in coverage_site/settings.py), shared by all of them.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))

# Import the app once in the master and fork it: faster start, less memory.
preload_app = True

# A request that takes longer than this is killed (and logged).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Recycle workers now and then, so a slow leak cannot grow forever. A
# recycled worker costs no rebuild: the cache is Redis, shared, and the
# templates and translations are compiled in the master before the fork
# (when_ready below), so its first request is served like its hundredth.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
max_requests_jitter = max_requests // 10

# The proxy's address, whose X-Forwarded-* headers gunicorn believes.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs to stderr (the service manager collects them); access log off unless
# asked for (GUNICORN_ACCESSLOG=-), as the proxy usually keeps one.
errorlog = "-"
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")

pidfile = os.environ.get("GUNICORN_PIDFILE") or None


def when_ready(server):
    """In the master, after the app is loaded (preload_app) and before any
    worker forks: compile every template of the site and load each
    language's translations once, so that every worker, and every worker
    recycled later, inherits them. Nothing here touches the database."""
    from regions.warmup import warm

    count = warm()
    server.log.info("Compiled %d templates and loaded the translations before forking", count)
