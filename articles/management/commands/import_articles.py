from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.selectors import region_index
from articles.services import article_import


class Command(BaseCommand):
    help = (
        "Import article files (text or Markdown, optional header block with URL:, Title:, "
        "Outlet:, Date: lines) and propose their figures as pending claims. The same "
        "article again (same text, same URL, or nearly the same text) creates nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args, paths, **options):
        index = region_index()
        new = known = proposed = 0
        for path in paths:
            try:
                raw = path.read_text(encoding="utf-8")
                result = article_import(raw=raw, index=index)
            except (OSError, UnicodeDecodeError, ValueError) as error:
                raise CommandError(f"{path}: {error}") from error
            if result.created:
                new += 1
                self.stdout.write(
                    f"{path}: new article #{result.article.pk}, "
                    f"{result.claims_proposed} claims proposed"
                )
            else:
                known += 1
                why = {"url": "same URL", "similar": "nearly the same text"}.get(
                    result.same_as, "same text"
                )
                self.stdout.write(
                    f"{path}: already imported as article #{result.article.pk} ({why}); "
                    "nothing created"
                )
            proposed += result.claims_proposed
        self.stdout.write(
            self.style.SUCCESS(
                f"Articles: {new} new, {known} already known. Claims proposed: {proposed}."
            )
        )
