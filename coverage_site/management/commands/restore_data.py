from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from coverage_site import backup


class Command(BaseCommand):
    help = (
        "Restore a backup_data FILE into an empty database: on PostgreSQL a newly "
        "created database (not migrated: the dump holds the schema), on SQLite a "
        "freshly migrated file."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        if not file.exists():
            raise CommandError(f"{file}: no such file.")
        try:
            backup.restore(file)
        except backup.RestoreError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored from {file}."))
