"""Import jobs (regions/intake):

- ``import_check`` reads the kept file, checks every row (progress: rows
  checked of total) and keeps the preview in the job's result; the file
  stays on the job until the user confirms or uploads another.
- ``import_write`` checks the file again and writes it in one transaction,
  the job marked succeeded in that same transaction: all or nothing, and a
  second run of the same job finds it no longer queued and writes nothing.
"""

from __future__ import annotations

import io

from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from regions import imports

from .. import services
from ..models import Job, JobKind

FILE_UNREADABLE = gettext_noop("Berkas tidak dapat dibaca: %(reason)s")


def _user(job: Job):
    if job.created_by_id is None:
        return None
    return get_user_model().objects.get(pk=job.created_by_id)


def _table(job: Job):
    """The job's file as a sheet streamed from its bytes (rows read as
    they are checked)."""
    try:
        return imports.open_sheet(io.BytesIO(bytes(job.upload or b"")), job.file_name)
    except imports.SpreadsheetError as error:
        services.fail(
            job, FILE_UNREADABLE, {"reason": error.problem.text(gettext)}, keep_upload=False
        )
        raise services.JobLost(job.pk) from error


@services.register(JobKind.IMPORT_CHECK)
def import_check(job: Job, report) -> None:
    with translation.override(job.params.get("language") or "id"):
        table = _table(job)
        checked = imports.records_import(
            kind=job.params["import"], table=table, user=_user(job), progress=report
        )
        preview = imports.preview_data(checked)
        preview["digest"] = imports.file_digest(bytes(job.upload)) if checked.ok else ""
        if checked.ok:
            summary = (
                gettext(
                    "%(total)s baris diperiksa: %(created)s baru, %(updated)s diubah, "
                    "%(unchanged)s sama."
                )
                % preview
            )
        else:
            summary = gettext("%(count)s masalah; tidak ada yang disimpan.") % {
                "count": preview["problem_count"]
            }
        services.finish(
            job, summary=summary, result=preview, done=checked.total, keep_upload=checked.ok
        )


@services.register(JobKind.IMPORT_WRITE)
def import_write(job: Job, report) -> None:
    with translation.override(job.params.get("language") or "id"):
        table = _table(job)
        changed: dict = {}

        def mark_done(written):
            changed.update(
                created=written.created, updated=written.updated, unchanged=written.unchanged
            )
            summary = gettext(
                "Impor %(name)s selesai: %(created)s baru, %(updated)s diubah, "
                "%(unchanged)s tidak berubah."
            ) % {"name": job.file_name, **changed}
            services.finish(job, summary=summary, result=changed, done=written.total)

        written = imports.records_import(
            kind=job.params["import"],
            table=table,
            user=_user(job),
            commit=True,
            progress=report,
            reason=gettext("Impor berkas %(name)s") % {"name": job.file_name},
            before_commit=mark_done,
        )
        if not written.written:
            preview = imports.preview_data(written)
            services.fail(
                job,
                gettext_noop(
                    "Data berubah sejak pratinjau; tidak ada yang disimpan. "
                    "Lihat masalahnya dan unggah lagi."
                ),
                result=preview,
                keep_upload=False,
            )


# ---- starting import jobs (the admin's upload and confirm) -----------------------------


def start_check(*, user, kind: str, file_name: str, data: bytes, language: str,
                page_url) -> Job:  # fmt: skip
    """Keep the uploaded file on a new job and send it to be checked.
    ``page_url(job)`` is the admin page that follows it. Raises
    ``services.BrokerDown`` (the job and its file stay, queued)."""
    job, _ = services.create(
        kind=JobKind.IMPORT_CHECK, user=user, file_name=file_name, upload=data,
        params={"import": kind, "language": language},
    )  # fmt: skip
    job.link = page_url(job)
    Job.objects.filter(pk=job.pk).update(link=job.link)
    services.start(job)
    job.refresh_from_db()
    return job


def confirm(check: Job, *, token: str, language: str, page_url) -> Job | None:
    """The write job of a checked file whose preview the user confirms
    (``token`` is the preview's digest); None when the preview no longer
    holds (another file uploaded, or its file gone). Confirming twice gives
    the same write job, so the file is written once."""
    digest = (check.result or {}).get("digest", "")
    if not (digest and token == digest and check.state == "succeeded"):
        return None
    key = f"import-write:{check.pk}:{digest}"
    existing = Job.objects.filter(idempotency_key=key).first()
    if existing is not None:
        return existing
    if check.upload is None:
        return None
    job, created = services.create(
        kind=JobKind.IMPORT_WRITE, user=check.created_by, parent=check,
        file_name=check.file_name, upload=bytes(check.upload),
        params={**check.params, "language": language}, idempotency_key=key,
    )  # fmt: skip
    if created:
        job.link = page_url(job)
        Job.objects.filter(pk=job.pk).update(link=job.link)
        # The file now lives on the write job, until it succeeds.
        Job.objects.filter(pk=check.pk).update(upload=None)
        services.start(job)
        job.refresh_from_db()
    return job
