import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.documents import parse_article_file
from articles.extraction import extract_figures
from articles.selectors import region_index
from regions.periods import parse_partial_date


class Command(BaseCommand):
    help = (
        "Print the coverage figures found in article files, writing nothing to the "
        "database: one JSON list (--format json) or a readable table (--format text)."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, paths, format, **options):
        index = region_index()
        rows = []
        for path in paths:
            try:
                document = parse_article_file(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"{path}: {error}") from error
            published = None
            if document.header("date"):
                try:
                    published = parse_partial_date(document.header("date"))[0]
                except ValueError as error:
                    raise CommandError(f"{path}: Date header: {error}") from error
            url = document.header("url") or None
            for figure in extract_figures(document.text, index, published=published, url=url):
                rows.append({"file": str(path), **figure.to_dict()})
        if format == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1))
            return
        for row in rows:
            self.stdout.write(
                f"{row['file']}\t{row['metric']}\t{row['segment']}\t{row['value']}\t"
                f"{row['region_code'] or '-'} {row['region_name'] or ''}\t{row['as_of'] or '-'}\t"
                f"{row['quote'][:80]}"
            )
        self.stdout.write(self.style.SUCCESS(f"{len(rows)} figures."))
