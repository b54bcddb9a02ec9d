"""Recompute every region's summary (regions/summaries.py) from the records.

    python manage.py rebuild_summaries

Writes keep the summaries current by themselves; run this after loading
data with raw SQL, after restoring a database, or to check (``--check``
reports the regions whose stored summary differs from a fresh computation,
and exits 1 if any does, without writing).
"""

from django.core.management.base import BaseCommand, CommandError

from regions import summaries


class Command(BaseCommand):
    help = "Recompute every region's summary from its published records."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="compare the stored summaries with a fresh computation; write nothing",
        )

    def handle(self, *args, check=False, **options):
        if check:
            stale = summaries.stale_regions()
            if stale:
                raise CommandError(
                    f"{len(stale)} region summaries differ from a fresh computation: "
                    + ", ".join(stale[:20])
                )
            self.stdout.write("Every region summary matches a fresh computation.")
            return
        count = summaries.rebuild()
        self.stdout.write(f"{count} region summaries rebuilt.")
