"""Signals that keep the per-region summaries current (regions/summaries.py):
every save or delete of a figure, target or budget marks its region (and,
for a record moved to another region, the one it left) dirty."""

from django.db.models.signals import post_delete, post_init, post_save

from . import summaries
from .models import BudgetAllocation, CoverageFigure, CoverageTarget

MODELS = (CoverageFigure, CoverageTarget, BudgetAllocation)


def _loaded(sender, instance, **kwargs) -> None:
    # The region the row had when loaded, without reading a deferred field.
    instance._summary_region_id = instance.__dict__.get("region_id")


def _changed(sender, instance, using=None, raw=False, **kwargs) -> None:
    if raw:
        # loaddata (restore_data) brings the summaries saved with the rows.
        return
    ids = {instance.__dict__.get("region_id"), getattr(instance, "_summary_region_id", None)}
    summaries.mark_dirty(ids - {None}, using=using)
    instance._summary_region_id = instance.__dict__.get("region_id")


def connect() -> None:
    for model in MODELS:
        uid = f"cakupan-summaries:{model._meta.label_lower}"
        post_init.connect(_loaded, sender=model, dispatch_uid=f"{uid}:init")
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}:save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}:delete")


def _migrated(sender, using=None, **kwargs) -> None:
    # A database migrated with data already in it gets its summaries.
    if sender.name == "regions":
        summaries.rebuild_missing(using=using)


def connect_migrate(config) -> None:
    from django.db.models.signals import post_migrate

    post_migrate.connect(_migrated, sender=config, dispatch_uid="cakupan-summaries:migrate")
