import logging

from celery import current_task, shared_task
from celery.signals import worker_ready

logger = logging.getLogger(__name__)


@shared_task(name="jobs.run_job", acks_late=True, reject_on_worker_lost=True)
def run_job(job_id: int) -> None:
    """Run one job. acks_late + reject_on_worker_lost: the message goes back
    to the queue when the worker dies mid-job, and the next worker to take
    it records the crash on the job (services.run)."""
    from .services import run

    run(job_id, worker=current_task.request.hostname or "")


@worker_ready.connect
def reap_lost_jobs(**_kwargs) -> None:
    """A starting worker fails the jobs left running by a worker that died
    with its machine (their heartbeat lapsed)."""
    from .services import reap

    try:
        reap()
    except Exception:  # the database may not answer yet; the pages reap too
        logger.exception("reaping lost jobs failed")
