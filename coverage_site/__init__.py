# The Celery app is loaded with Django, so tasks sent from the site use it.
from .celery import app as celery_app

__all__ = ["celery_app"]
