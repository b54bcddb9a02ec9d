from django.core.management.base import BaseCommand, CommandError

from coverage_site.seed import seed_all


class Command(BaseCommand):
    help = (
        "Load the region register (38 provinces, 514 regencies/cities) and the seed "
        "articles with every figure curated from them. Safe to run again."
    )

    def handle(self, *args, **options):
        try:
            report = seed_all()
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Seed loaded: {report.regions} regions, "
                f"{report.articles_created} new articles, {report.claims_created} new claims, "
                f"{report.reference_records} reference records checked."
            )
        )
