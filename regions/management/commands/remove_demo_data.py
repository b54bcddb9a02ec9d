"""Delete every synthetic row that generate_demo_data wrote, with its
history rows, in one command.

    python manage.py remove_demo_data
"""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from regions import summaries
from regions.cache import bump_data_version
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget

SYNTHETIC_MODELS = (CoverageFigure, CoverageTarget, BudgetAllocation)


def _delete_flagged(model) -> int:
    """DELETE ... WHERE is_synthetic, in SQL: Django's collector would load
    every row (millions at --scale 10) and simple_history would write a
    history row for each deletion. Nothing references these tables by
    foreign key."""
    table = connection.ops.quote_name(model._meta.db_table)
    column = connection.ops.quote_name(model._meta.get_field("is_synthetic").column)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE {column} = %s", [True])
        return max(cursor.rowcount, 0)


@transaction.atomic
def remove_synthetic() -> dict[str, int]:
    """Delete the synthetic figures, targets and budgets and their history
    rows; return the number of rows deleted per table."""
    removed = {}
    for model in SYNTHETIC_MODELS:
        for table_model in (model, model.history.model):
            removed[table_model._meta.label] = _delete_flagged(table_model)
    summaries.rebuild()  # raw deletes send no signal
    bump_data_version()
    return removed


class Command(BaseCommand):
    help = "Delete all synthetic (is_synthetic) figures, targets and budgets and their history."

    def handle(self, *args, **options):
        removed = remove_synthetic()
        for label, count in removed.items():
            self.stdout.write(f"{label}: {count:,}")
        self.stdout.write(self.style.SUCCESS(f"Removed {sum(removed.values()):,} synthetic rows."))
