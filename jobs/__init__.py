"""Long work off the request: jobs run by Celery workers, each a row.

A ``Job`` records what runs (its kind), for whom, its state (queued, running,
succeeded, failed), its progress, its result or the reason it failed, and
keeps its uploaded file until it succeeds (a failed job can be retried).
"""
