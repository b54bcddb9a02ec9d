from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from meeting.services import import_inpres

REFERENCE = Path(__file__).resolve().parents[2] / "reference" / "inpres.csv"


class Command(BaseCommand):
    help = (
        "Load the Inpres 2/2021 follow-up rows the domain notes and seed articles give "
        "(meeting/reference/inpres.csv), each with its source. Run after `seed`; safe to run again."
    )

    def handle(self, *args, **options):
        result = import_inpres(REFERENCE.name, REFERENCE.read_bytes(), user=None, unrestricted=True)
        if not result.ok:
            raise CommandError("; ".join(str(e) for e in result.errors))
        self.stdout.write(
            self.style.SUCCESS(
                f"Inpres follow-up: {result.created} new, {result.updated} updated, "
                f"{result.unchanged} unchanged, "
                f"{result.unverified} without a source."
            )
        )
