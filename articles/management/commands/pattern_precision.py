from django.core.management.base import BaseCommand

from articles.selectors import pattern_precision


def _percent(value) -> str:
    return "–" if value is None else f"{value * 100:.1f} %"


class Command(BaseCommand):
    help = (
        "Each extraction pattern's record from the reviewers' decisions: accepted as "
        "proposed, accepted after correction, rejected, pending, and its precision."
    )

    def handle(self, *args, **options):
        rows = pattern_precision()
        width = max([len("pattern"), *(len(r["pattern"]) for r in rows)])
        self.stdout.write(
            f"{'pattern':<{width}}  accepted  corrected  rejected  pending  precision  exact"
        )
        for r in rows:
            self.stdout.write(
                f"{r['pattern']:<{width}}  {r['accepted']:>8}  {r['corrected']:>9}  "
                f"{r['rejected']:>8}  {r['pending']:>7}  {_percent(r['precision']):>9}  "
                f"{_percent(r['exact']):>7}"
            )
