import json

from django.core.management.base import BaseCommand

from coverage_site import backup


class Command(BaseCommand):
    help = "Print row counts and a checksum of every row of the data apps (as JSON)."

    def handle(self, *args, **options):
        self.stdout.write(json.dumps(backup.checksum(), indent=1, sort_keys=True))
