"""The Celery application: ``celery -A coverage_site worker`` (``make worker``).

Settings come from Django's (the ``CELERY_`` names in settings.py); tasks
are found in each app's ``tasks.py``.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coverage_site.settings")

app = Celery("coverage_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
