from celery import current_task, shared_task


@shared_task(name="jobs.run_job", acks_late=True, reject_on_worker_lost=True)
def run_job(job_id: int) -> None:
    """Run one job. acks_late + reject_on_worker_lost: the message goes back
    to the queue when the worker dies mid-job, and the next worker to take
    it records the crash on the job (services.run)."""
    from .services import run

    run(job_id, worker=current_task.request.hostname or "")
