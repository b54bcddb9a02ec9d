"""Article extraction as a job: the uploaded article's text is kept on the
job; the worker imports it (``articles.services.article_import``: the
article and the figures the extractor proposes) in one transaction that
also marks the job done, so a killed worker leaves no article behind, and
a second run finds the job no longer queued (and the same text again
creates nothing: articles are unique by their text)."""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from articles.selectors import region_index
from articles.services import article_import

from .. import services
from ..models import Job, JobKind

NO_TEXT = gettext_noop("Berkas tidak berisi teks artikel.")


def _summary(result) -> str:
    if not result.created:
        return gettext("Artikel ini sudah pernah diimpor; tidak ada yang dibuat.")
    if result.claims_proposed:
        return gettext("Artikel diimpor; %(n)s angka diusulkan untuk ditinjau.") % {
            "n": result.claims_proposed
        }
    return gettext("Artikel diimpor, tetapi sistem tidak menemukan angka cakupan di dalamnya.")


@services.register(JobKind.ARTICLE_EXTRACT)
def article_extract(job: Job, report) -> None:
    with translation.override(job.params.get("language") or "id"):
        raw = bytes(job.upload or b"").decode("utf-8")
        report("extract", 0, 1)
        try:
            with transaction.atomic():
                result = article_import(raw=raw, index=region_index())
                _finish(job, result)
        except ValueError:  # article_import: the file holds no article text
            services.fail(job, NO_TEXT, keep_upload=False)


def _finish(job: Job, result) -> None:
    services.finish(
        job,
        summary=_summary(result),
        result={
            "article": result.article.pk,
            "created": result.created,
            "claims": result.claims_proposed,
            "same_as": result.same_as,
        },
        link=reverse("articles:desk_article", args=[result.article.pk]),
        done=1,
    )


def start_extract(*, user, raw: str, file_name: str, language: str) -> Job:
    """Keep the article's text on a new job and send it to be read.
    Raises ``services.BrokerDown`` (the job and its text stay, queued)."""
    job, _ = services.create(
        kind=JobKind.ARTICLE_EXTRACT, user=user, file_name=file_name or gettext("teks artikel"),
        upload=raw.encode("utf-8"), params={"language": language},
    )  # fmt: skip
    services.start(job)
    job.refresh_from_db()
    return job
