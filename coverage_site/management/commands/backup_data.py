from pathlib import Path

from django.core.management.base import BaseCommand

from coverage_site import backup


class Command(BaseCommand):
    help = (
        "Back up the whole database to FILE: pg_dump custom format on PostgreSQL, "
        "dumpdata JSON on SQLite. Restore with restore_data."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        backup.backup(file)
        self.stdout.write(self.style.SUCCESS(f"Backed up to {file} ({file.stat().st_size} bytes)."))
