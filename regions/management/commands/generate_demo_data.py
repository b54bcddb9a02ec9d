"""Fill the database with plausible synthetic figures, targets and budgets
for load tests (regions/demo.py says what they look like).

    python manage.py generate_demo_data [--years N] [--scale K] [--seed S]

``--scale 1`` is ten years of monthly figures for the nation, the 38
provinces and the 514 regencies/cities (some 290 000 figures); ``--scale 10``
ten times that. Every row is flagged ``is_synthetic`` (the pages label it)
and ``python manage.py remove_demo_data`` deletes them all.
"""

import time
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from django.utils import timezone

from regions import demo, summaries
from regions.cache import bump_data_version
from regions.choices import (
    DatePrecision,
    DenominatorKind,
    FundingSource,
    ParticipantKind,
    RecordStatus,
    TargetIssuerKind,
)
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region

SYNTHETIC_MODELS = (CoverageFigure, CoverageTarget, BudgetAllocation)


class ProgressBar:
    """A one-line progress bar on a terminal; a line every tenth otherwise
    (logs, CI)."""

    WIDTH = 30

    def __init__(self, stream, total: int, label: str):
        self.stream = stream
        self.total = max(1, total)
        self.label = label
        self.done = 0
        self.started = time.monotonic()
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.last_tenth = -1

    def advance(self, count: int) -> None:
        self.done += count
        share = min(1.0, self.done / self.total)
        if self.tty:
            filled = round(share * self.WIDTH)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(
                f"\r{self.label} [{bar}] {share:4.0%} {self.done:,}/{self.total:,}"
                f" {time.monotonic() - self.started:5.0f} s",
                ending="",
            )
            self.stream.flush()
        elif int(share * 10) > self.last_tenth:
            self.last_tenth = int(share * 10)
            self.stream.write(
                f"{self.label}: {share:4.0%} {self.done:,}/{self.total:,}"
                f" ({time.monotonic() - self.started:.0f} s)"
            )

    def finish(self) -> None:
        if self.tty:
            self.stream.write("")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--until: {error}") from error


class Command(BaseCommand):
    help = "Generate plausible synthetic coverage data (flagged is_synthetic) for load tests."

    def add_arguments(self, parser):
        parser.add_argument(
            "--years", type=float, default=10, help="months of history, in years (default 10)"
        )
        parser.add_argument(
            "--scale",
            type=float,
            default=1,
            help="1: one series per region (~290 000 figures over ten years); "
            "K>1: K publishers per region; K<1: that share of the provinces",
        )
        parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
        parser.add_argument(
            "--until",
            type=_date,
            default=None,
            help="last day of the data, YYYY-MM-DD (default: the end of last month)",
        )
        parser.add_argument(
            "--province",
            action="append",
            default=[],
            metavar="CODE",
            help="only this province (and its regencies/cities); repeatable",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="remove existing synthetic data first (else refuse to add to it)",
        )
        parser.add_argument("--batch-size", type=int, default=5000)

    def handle(self, *args, **options):
        until = options["until"] or timezone.localdate()
        existing = any(m.objects.filter(is_synthetic=True).exists() for m in SYNTHETIC_MODELS)
        if existing and not options["replace"]:
            raise CommandError(
                "The database already holds synthetic data: run remove_demo_data first, "
                "or pass --replace."
            )
        specs = [
            demo.RegionSpec(code, level, parent)
            for code, level, parent in Region.objects.values_list("code", "level", "parent__code")
        ]
        if not specs:
            raise CommandError("No regions: load the register first (manage.py seed).")
        try:
            plan = demo.plan(
                specs,
                years=options["years"],
                scale=options["scale"],
                seed=options["seed"],
                until=until,
                provinces=options["province"],
            )
        except ValueError as error:
            raise CommandError(str(error)) from error

        started = time.monotonic()
        with transaction.atomic():
            if options["replace"]:
                from regions.management.commands.remove_demo_data import remove_synthetic

                removed = remove_synthetic()
                if removed:
                    self.stdout.write(f"Removed {sum(removed.values()):,} synthetic rows first.")
            counts = self._write(plan, options["batch_size"])
            summaries.rebuild()  # bulk writes send no signal
        self._analyze()
        bump_data_version()
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Synthetic data (seed {plan.seed}, {len(plan.months)} months "
                f"{plan.months[0]:%Y-%m} to {plan.months[-1]:%Y-%m}, "
                f"{len(plan.regions)} regions): {counts['figures']:,} figures, "
                f"{counts['targets']:,} targets, {counts['budgets']:,} budgets "
                f"in {elapsed:.0f} s."
            )
        )

    def _write(self, plan: demo.DemoPlan, batch_size: int) -> dict[str, int]:
        region_ids = dict(Region.objects.values_list("code", "pk"))
        baseline_at = demo.baseline_month(plan)
        baselines: dict[tuple[str, str], tuple[date, object]] = {}
        vulnerable: dict[str, int] = {}
        bar = ProgressBar(self.stdout, plan.figure_count(), "Angka cakupan")
        written = 0
        batch: list[CoverageFigure] = []
        for month in demo.figures(plan):
            for row in month:
                if row.publisher == demo.PUBLISHER:
                    if row.as_of == baseline_at and row.segment in demo.TARGET_SEGMENTS:
                        baselines[(row.region_code, row.segment)] = (row.as_of, row.percent)
                    if row.segment == "vulnerable":
                        vulnerable[row.region_code] = row.eligible
                batch.append(self._figure(row, region_ids))
            if len(batch) >= batch_size:
                CoverageFigure.objects.bulk_create(batch, batch_size=batch_size)
                written += len(batch)
                bar.advance(len(batch))
                batch = []
                reset_queries()  # with DEBUG on, Django keeps every INSERT's SQL
        if batch:
            CoverageFigure.objects.bulk_create(batch, batch_size=batch_size)
            written += len(batch)
            bar.advance(len(batch))
        bar.finish()

        targets = [
            CoverageTarget(
                region_id=region_ids[row.region_code],
                segment=row.segment,
                baseline_percent=row.baseline_percent,
                baseline_date=row.baseline_date,
                target_percent=row.target_percent,
                target_date=row.target_date,
                target_date_precision=DatePrecision.YEAR,
                issuer=demo.TARGET_ISSUER,
                issuer_kind=TargetIssuerKind.OTHER,
                is_primary=False,
                note=demo.SOURCE_NOTE,
                source_outlet=demo.TARGET_ISSUER,
                is_synthetic=True,
                status=RecordStatus.PUBLISHED,
            )
            for row in demo.targets(plan, baselines)
        ]
        CoverageTarget.objects.bulk_create(targets, batch_size=batch_size)
        budgets = [
            BudgetAllocation(
                region_id=region_ids[row.region_code],
                year=row.year,
                amount=row.amount,
                purpose=demo.BUDGET_PURPOSE,
                funding_source=FundingSource.APBD,
                recurring=True,
                months_covered=row.months_covered,
                workers_funded=row.workers_funded,
                publisher=demo.BUDGET_PUBLISHER,
                note=demo.SOURCE_NOTE,
                source_outlet=demo.BUDGET_PUBLISHER,
                is_synthetic=True,
                status=RecordStatus.PUBLISHED,
            )
            for row in demo.budgets(plan, vulnerable)
        ]
        BudgetAllocation.objects.bulk_create(budgets, batch_size=batch_size)
        return {"figures": written, "targets": len(targets), "budgets": len(budgets)}

    @staticmethod
    def _figure(row: demo.FigureRow, region_ids: dict[str, int]) -> CoverageFigure:
        return CoverageFigure(
            region_id=region_ids[row.region_code],
            as_of=row.as_of,
            as_of_precision=DatePrecision.MONTH,
            segment=row.segment,
            covered=row.covered,
            eligible=row.eligible,
            percent=row.percent,
            publisher=row.publisher,
            publisher_kind=demo.PUBLISHER_KIND,
            denominator_kind=DenominatorKind.POTENTIAL,
            denominator_label=demo.DENOMINATOR_LABEL,
            participant_kind=ParticipantKind.ACTIVE,
            note=demo.SOURCE_NOTE,
            source_outlet=row.publisher,
            is_synthetic=True,
            status=RecordStatus.PUBLISHED,
        )

    @staticmethod
    def _analyze() -> None:
        """Fresh planner statistics: a bulk load changes the tables' shape."""
        with connection.cursor() as cursor:
            for model in SYNTHETIC_MODELS:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
