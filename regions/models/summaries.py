"""The read model of one region, kept up to date with every write."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .records import CoverageFigure, CoverageTarget
from .register import Region

__all__ = ["SUMMARY_REFERENCE", "RegionSummary"]


# A summary is derived data, refreshed after the writes it follows: its
# references to figures and targets are plain ids without a database
# constraint, so a bulk or raw DELETE of records (remove_demo_data) is not
# refused before the summaries are refreshed, and the collector does not
# update summaries on every delete. A reader that finds no record for an id
# shows none.
SUMMARY_REFERENCE = {
    "on_delete": models.DO_NOTHING,
    "db_constraint": False,
    "null": True,
    "blank": True,
    "related_name": "+",
}


class RegionSummary(models.Model):
    """The read model of one region (regions/summaries.py): what the region
    list, the rankings, the national page and the exports need, kept up to
    date with every write so that a page reads one indexed row per region
    instead of its history. Only published (hence sourced) records enter;
    drafts and unverified records never do.

    What depends on today's date (the verdict, the pace needed from today)
    is not stored: it is computed when read from ``trend`` and ``target``,
    a pure calculation over a dozen points (regions.progress.assess)."""

    region = models.OneToOneField(
        Region, on_delete=models.CASCADE, primary_key=True, related_name="summary"
    )
    # The latest total-segment rate as the region page charts it (the BPJS
    # family of denominators before the BPS-based one, then the publisher's
    # priority), the latest total-segment figure and the latest of any segment.
    rate_figure = models.ForeignKey(CoverageFigure, **SUMMARY_REFERENCE)
    rate_percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    total_figure = models.ForeignKey(CoverageFigure, **SUMMARY_REFERENCE)
    any_figure = models.ForeignKey(CoverageFigure, **SUMMARY_REFERENCE)
    # The total-segment target progress is judged against (primary, else
    # the latest deadline) and whether the region has any published target.
    target = models.ForeignKey(CoverageTarget, **SUMMARY_REFERENCE)
    has_target = models.BooleanField(default=False)
    # The charted rates of the trend window up to the latest rate, oldest
    # first: [[as_of ISO, percent, eligible or null], ...].
    trend = models.JSONField(default=list, blank=True)
    # What the region list, its exports and the rankings show of the rate
    # and the target, copied so that they read this row alone.
    rate_as_of = models.DateField(null=True, blank=True)
    rate_as_of_precision = models.CharField(max_length=5, blank=True)
    rate_publisher = models.CharField(max_length=200, blank=True)
    rate_publisher_kind = models.CharField(max_length=16, blank=True)
    rate_is_synthetic = models.BooleanField(default=False)
    rate_exceeds_estimate = models.BooleanField(default=False)
    target_percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    target_date = models.DateField(null=True, blank=True)
    target_date_precision = models.CharField(max_length=5, blank=True)
    baseline_percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    baseline_date = models.DateField(null=True, blank=True)
    # The verdict and the pace so far as judged on ``progress_on`` (the
    # verdict depends on the day: a reader uses it on that day only, and
    # judges from ``trend`` on any other; rebuild_summaries runs daily).
    verdict = models.CharField(max_length=16, blank=True)
    pace_so_far = models.DecimalField(max_digits=9, decimal_places=3, null=True, blank=True)
    progress_on = models.DateField(null=True, blank=True)
    refreshed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("ringkasan wilayah")
        verbose_name_plural = pgettext_lazy("plural", "ringkasan wilayah")
        indexes = [models.Index(fields=["rate_percent"], name="regions_summary_rate_idx")]

    def __str__(self) -> str:
        return str(self.region_id)
