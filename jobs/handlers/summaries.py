"""Summary rebuild as a job: every region's summary recomputed in batches
(``regions.summaries.refresh``), with progress. Each batch commits on its
own: a rebuild stopped half-way leaves every summary either old or new,
each a correct summary of its region, and running it again (a retry, a
message delivered twice) computes the same rows."""

from __future__ import annotations

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext

from regions import summaries
from regions.formatting import number_id
from regions.models import Region

from .. import services
from ..models import Job, JobKind

#: regions per refresh (as ``summaries.rebuild``)
BATCH = 200


@services.register(JobKind.SUMMARY_REBUILD)
def summary_rebuild(job: Job, report) -> None:
    with translation.override(job.params.get("language") or "id"):
        ids = list(Region.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH):
            with transaction.atomic():
                summaries.refresh(ids[start : start + BATCH])
            report("rebuild", min(start + BATCH, len(ids)), len(ids))
        services.finish(
            job,
            summary=gettext("%(count)s ringkasan wilayah disusun ulang.")
            % {"count": number_id(len(ids), language=translation.get_language() or "id")},
            done=len(ids),
        )


def start_rebuild(*, user, language: str, reason: str = "") -> Job:
    """A summary rebuild as a job (the admin's action, or after a big import).
    One waiting rebuild is enough: asking again while one waits gives that one."""
    waiting = Job.objects.filter(kind=JobKind.SUMMARY_REBUILD, state="queued").first()
    if waiting is not None:
        return waiting
    job, _ = services.create(
        kind=JobKind.SUMMARY_REBUILD, user=user,
        params={"language": language, "reason": reason, "needs_upload": False},
    )  # fmt: skip
    services.start(job)
    job.refresh_from_db()
    return job
