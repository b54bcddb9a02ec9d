"""Per-region summaries: the read model kept up to date at write time.

A write to a figure, a target or a budget marks its region and the
region's ancestors *dirty* (``mark_dirty``); the dirty set of a transaction
is refreshed once, when it commits (one ``transaction.on_commit`` hook per
transaction, however many rows it wrote). Pages, lists and exports then
read one ``RegionSummary`` row per region instead of its history.

- Saves and deletes through the ORM mark by signal (regions/signals.py,
  connected in ``RegionsConfig.ready``); history reverts save, so they mark too.
- Bulk writes (``bulk_create``, ``update()``, raw SQL) send no signal:
  whoever runs them calls ``mark_dirty(region_ids)`` afterwards (inside
  their transaction: refreshed when it commits) or ``refresh(region_ids)``.
- Read your own writes: a reader inside a transaction that has marked
  regions dirty calls ``flush_pending()`` first, which refreshes them in
  that transaction (the selectors do), so a page rendered just after an
  edit in the same transaction, or in a test, sees it.
- ``rebuild()`` (``manage.py rebuild_summaries``) recomputes every region
  from scratch.

The values are computed by the same selectors and pure modules the pages
used before (regions/selectors.py, series.py, progress.py), so a summary
equals what a from-scratch computation gives (tests/regions/test_summaries.py
checks it after edits, imports, reverts and deletes).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS, connections, transaction

from .progress import Point, Progress, assess, charted_points

_state = threading.local()


def _dirty(alias: str) -> set[int]:
    sets = getattr(_state, "dirty", None)
    if sets is None:
        sets = _state.dirty = {}
    return sets.setdefault(alias, set())


def _pending(connection) -> bool:
    return any(
        getattr(callback, "_summaries_hook", False)
        for _sids, callback, _robust in connection.run_on_commit
    )


def with_ancestors(region_ids: Iterable[int], using: str | None = None) -> set[int]:
    """The regions and every ancestor of theirs (a regency's province and
    the nation: the register is three levels deep). One query."""
    from django.db.models import Q

    from .models import Region

    ids = {int(pk) for pk in region_ids if pk is not None}
    if not ids:
        return set()
    return set(
        Region.objects.using(using or DEFAULT_DB_ALIAS)
        .filter(Q(pk__in=ids) | Q(children__in=ids) | Q(children__children__in=ids))
        .distinct()
        .values_list("pk", flat=True)
    )


def mark_dirty(region_ids: Iterable[int], using: str | None = None) -> None:
    """Have these regions' summaries (and their ancestors') refreshed: when
    the current transaction commits, or now outside a transaction."""
    alias = using or DEFAULT_DB_ALIAS
    connection = connections[alias]
    ids = {int(pk) for pk in region_ids if pk is not None}
    if not ids:
        return
    if not connection.in_atomic_block:
        refresh(ids, using=alias)
        return
    dirty = _dirty(alias)
    if not _pending(connection):
        # A new transaction (or the previous one rolled back and dropped
        # its hook): start from an empty set.
        dirty.clear()

        def hook() -> None:
            flush_pending(alias, committed=True)

        hook._summaries_hook = True
        transaction.on_commit(hook, using=alias)
    dirty |= ids


def flush_pending(using: str | None = None, *, committed: bool = False) -> None:
    """Refresh the regions marked dirty in the current transaction now (a
    reader calls this to see its own transaction's writes; the commit hook
    calls it after the commit)."""
    alias = using or DEFAULT_DB_ALIAS
    connection = connections[alias]
    if not committed and not (connection.in_atomic_block and _pending(connection)):
        return
    dirty = _dirty(alias)
    if not dirty:
        return
    ids = set(dirty)
    dirty.clear()
    refresh(ids, using=alias)


def refresh(region_ids: Iterable[int], using: str | None = None) -> int:
    """Recompute the summaries of these regions and their ancestors (a fixed
    number of queries for any number of regions) and store them. Returns
    the number of regions refreshed. Then the cached pages of these regions
    are invalidated (regions/cache.py)."""
    from . import cache
    from .models import Region, RegionSummary

    alias = using or DEFAULT_DB_ALIAS
    ids = with_ancestors(region_ids, using=alias)
    if not ids:
        return 0
    with transaction.atomic(using=alias):
        # Two refreshes of one region wait for each other, so the later one
        # (which sees the later commit) writes last.
        list(
            RegionSummary.objects.using(alias)
            .select_for_update()
            .filter(region_id__in=ids)
            .values_list("pk", flat=True)
        )
        rows = compute(Region.objects.using(alias).filter(pk__in=ids))
        RegionSummary.objects.using(alias).bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["region"],
            update_fields=[name.removesuffix("_id") for name in SUMMARY_FIELDS] + ["refreshed_at"],
        )
    cache.regions_changed(ids, using=alias)
    return len(ids)


def rebuild(using: str | None = None, batch: int = 200) -> int:
    """Recompute every region's summary from scratch; drop the summaries of
    regions that no longer exist (none: they cascade). Returns the count."""
    from .models import Region

    alias = using or DEFAULT_DB_ALIAS
    ids = list(Region.objects.using(alias).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        refresh(ids[start : start + batch], using=alias)
    return len(ids)


def compute(regions, today: date | None = None) -> list:
    """Unsaved RegionSummary rows of these regions, from the records
    themselves (the from-scratch computation), their verdict judged on
    ``today`` (the local date by default). A fixed number of queries."""
    from django.utils import timezone

    from . import selectors
    from .models import CoverageFigure, CoverageTarget, RegionSummary

    today = today or timezone.localdate()
    annotated = list(
        selectors.with_latest_figures(regions).annotate(
            target_id=selectors.target_for_page(), has_target=selectors.has_published_target()
        )
    )
    rates = {
        row[0]: row
        for row in selectors.published_figures()
        .filter(pk__in={r.latest_rate_id for r in annotated} - {None})
        .values_list(*RATE_FIELDS)
    }
    targets = {
        target.pk: target
        for target in CoverageTarget.objects.filter(
            pk__in={r.target_id for r in annotated} - {None}
        ).only(*TARGET_FIELDS)
    }
    history = selectors.rate_history_from(
        {region_id: (as_of, kind) for _pk, region_id, as_of, kind, *_rest in rates.values()}
    )
    now = timezone.now()
    rows = []
    for region in annotated:
        series = charted_points(history.get(region.pk, []))
        trend = [[p.as_of.isoformat(), str(p.percent), p.eligible] for p in series]
        target = targets.get(region.target_id)
        judged = progress(target, trend, today)
        rate = (
            dict(zip(RATE_FIELDS, rates[region.latest_rate_id], strict=True))
            if region.latest_rate_id
            else {}
        )
        rows.append(
            RegionSummary(
                region_id=region.pk,
                rate_figure_id=region.latest_rate_id,
                rate_percent=rate.get("percent"),
                total_figure_id=region.latest_total_id,
                any_figure_id=region.latest_any_id,
                target_id=region.target_id,
                has_target=bool(region.has_target),
                trend=trend,
                rate_as_of=rate.get("as_of"),
                rate_as_of_precision=rate.get("as_of_precision", ""),
                rate_publisher=rate.get("publisher", ""),
                rate_publisher_kind=rate.get("publisher_kind", ""),
                rate_is_synthetic=bool(rate.get("is_synthetic")),
                rate_exceeds_estimate=bool(rate)
                and CoverageFigure(
                    percent=rate["percent"], covered=rate["covered"], eligible=rate["eligible"]
                ).exceeds_estimate,
                target_percent=target.target_percent if target else None,
                target_date=target.target_date if target else None,
                target_date_precision=target.target_date_precision if target else "",
                baseline_percent=target.baseline_percent if target else None,
                baseline_date=target.baseline_date if target else None,
                verdict=judged.verdict,
                pace_so_far=judged.pace_so_far,
                progress_on=today,
                refreshed_at=now,
            )
        )
    return rows


RATE_FIELDS = (
    "pk",
    "region_id",
    "as_of",
    "publisher_kind",
    "percent",
    "as_of_precision",
    "publisher",
    "is_synthetic",
    "covered",
    "eligible",
)
TARGET_FIELDS = (
    "target_percent",
    "target_date",
    "target_date_precision",
    "baseline_percent",
    "baseline_date",
)


def trend_points(trend: list) -> list[Point]:
    """A summary's stored trend as progress points."""
    return [
        Point(date.fromisoformat(as_of), Decimal(percent), eligible)
        for as_of, percent, eligible in trend or []
    ]


def progress(target, trend: list, today: date) -> Progress:
    """The verdict, gap and pace of a region from its summary: what depends
    on today's date, computed when read (pure, a dozen points)."""
    target_point = baseline = None
    if target is not None:
        target_point = Point(target.target_date, target.target_percent)
        if target.baseline_percent is not None:
            baseline = Point(target.baseline_date, target.baseline_percent)
    return assess(target=target_point, baseline=baseline, history=trend_points(trend), today=today)


SUMMARY_FIELDS = (
    "rate_figure_id",
    "rate_percent",
    "total_figure_id",
    "any_figure_id",
    "target_id",
    "has_target",
    "trend",
    "rate_as_of",
    "rate_as_of_precision",
    "rate_publisher",
    "rate_publisher_kind",
    "rate_is_synthetic",
    "rate_exceeds_estimate",
    "target_percent",
    "target_date",
    "target_date_precision",
    "baseline_percent",
    "baseline_date",
    "pace_so_far",
    # Last: compared only between rows judged on the same day.
    "progress_on",
    "verdict",
)
DECIMALS = {"rate_percent", "target_percent", "baseline_percent", "pace_so_far"}


def summary_values(row) -> tuple:
    """What a summary says (not when it was refreshed), comparable."""
    values = []
    for name in SUMMARY_FIELDS:
        value = getattr(row, name)
        if name in DECIMALS and value is not None:
            value = Decimal(value)
        elif name == "trend":
            value = [[a, str(Decimal(p)), e] for a, p, e in value or []]
        values.append(value)
    return tuple(values)


def same_summary(one: tuple, other: tuple) -> bool:
    """Two summary_values equal, the verdicts only when judged the same day."""
    if one[:-2] != other[:-2]:
        return False
    return one[-2] != other[-2] or one[-1] == other[-1]


def stale_regions(using: str | None = None) -> list[str]:
    """The codes of the regions whose stored summary differs from a
    from-scratch computation, in code order. A region without a summary row
    reads as one with nothing recorded (selectors.with_summary), so a
    missing row is stale only when the region has records."""
    from .models import Region, RegionSummary

    alias = using or DEFAULT_DB_ALIAS
    regions = Region.objects.using(alias).order_by("code")
    fresh = {row.region_id: summary_values(row) for row in compute(regions)}
    stored = {
        row.region_id: summary_values(row) for row in RegionSummary.objects.using(alias).all()
    }
    codes = dict(regions.values_list("pk", "code"))
    empty = summary_values(RegionSummary())
    return [
        codes[pk] for pk in codes if not same_summary(fresh.get(pk, empty), stored.get(pk, empty))
    ]


def rebuild_missing(using: str | None = None) -> int:
    """Build the summaries of regions that have none (after ``migrate`` on a
    database with data, or regions added by the register's bulk load), and
    those stored before the summary carried the rate's and the target's
    values (migration 0011)."""
    from django.db.models import Q

    from .models import Region

    alias = using or DEFAULT_DB_ALIAS
    missing = list(
        Region.objects.using(alias)
        .filter(
            Q(summary__isnull=True)
            | Q(summary__rate_figure__isnull=False, summary__rate_as_of__isnull=True)
            | Q(summary__target__isnull=False, summary__target_percent__isnull=True)
        )
        .values_list("pk", flat=True)
    )
    for start in range(0, len(missing), 200):
        refresh(missing[start : start + 200], using=alias)
    return len(missing)
