"""python manage.py import_figures FILE [--kind figures|targets|budgets] [--dry-run] [--user NAME]

The same service as the admin's import: every row is checked with the admin
forms, and either all rows are written in one transaction or none. The kind
of file is read from its header row (``per_tanggal`` = coverage figures,
``target_persen`` = targets, ``tahun_anggaran`` = budgets) unless ``--kind``
says it. Without ``--user`` the import is unrestricted; with it, that user's
edit scope applies and the user is recorded as the author.
"""

import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from regions import imports
from regions import spreadsheets as sheets

BAR_WIDTH = 30
STAGES = {"check": "Memeriksa", "write": "Menyimpan"}


class Command(BaseCommand):
    help = (
        "Import coverage figures, targets or budgets from a CSV or XLSX file "
        "(the admin's import columns); all rows or none."
    )
    # The system checks import every URLconf (the PDF brief's fonts among
    # them): seconds a run, for a command that serves no URL.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV or XLSX file with the import columns")
        parser.add_argument(
            "--kind",
            choices=sorted(imports.SPECS),
            help="What the file holds; read from its header row when left out.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check every row, write nothing."
        )
        parser.add_argument(
            "--user",
            metavar="USERNAME",
            help="Import as this user: their region scope applies, they become the author.",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not draw the progress bar."
        )

    def handle(self, *args, file, kind, dry_run, user, no_progress, verbosity, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Berkas {path} tidak ada.")
        importer = self._user(user)
        if path.stat().st_size > sheets.MAX_BYTES:
            raise CommandError(
                f"{path.name}: lebih dari {sheets.MAX_BYTES // (1024 * 1024)} MB; bagi berkasnya."
            )
        with path.open("rb") as stream:
            try:
                # streamed: the rows are read as they are checked
                table = sheets.open_sheet(stream, path.name)
            except sheets.SpreadsheetError as error:
                raise CommandError(f"{path.name}: {error.problem.text()}") from error
            kind = kind or sheets.detect_kind(table.header)
            if kind is None:
                raise CommandError(
                    f"{path.name}: dari baris judulnya tidak jelas apakah berisi angka cakupan, "
                    "target atau anggaran; beri --kind."
                )
            show_progress = verbosity >= 1 and not no_progress
            started = time.monotonic()
            report = imports.records_import(
                kind=kind,
                table=table,
                user=importer,
                commit=not dry_run,
                progress=self._progress if show_progress else None,
                reason=f"import_figures {path.name}",
            )
            elapsed = time.monotonic() - started
        if not report.ok:
            lines = "\n".join(f"  {message}" for message in report.messages())
            raise CommandError(
                f"{path.name}: {len(report.problems)} masalah; tidak ada yang disimpan.\n{lines}"
            )
        title = sheets.KINDS[kind].title
        counts = (
            f"{report.total} baris {title}: {report.created} baru, {report.updated} diubah, "
            f"{report.unchanged} tidak berubah ({elapsed:.1f} s)"
        )
        if dry_run:
            self.stdout.write(f"Uji coba (--dry-run), tidak ada yang disimpan. {counts}.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Tersimpan. {counts}."))
        unverified = report.unverified_rows()
        if unverified:
            rows = ", ".join(str(n) for n in unverified[:20])
            more = f" (+{len(unverified) - 20})" if len(unverified) > 20 else ""
            self.stdout.write(
                self.style.WARNING(
                    f"Belum bersumber (tidak tampil di halaman publik): baris {rows}{more}. "
                    "Lengkapi sumber_media, sumber_judul dan sumber_url untuk menerbitkannya."
                )
            )

    def _user(self, username):
        if not username:
            return None
        user_model = get_user_model()
        try:
            return user_model.objects.get(username=username)
        except user_model.DoesNotExist as error:
            raise CommandError(f"Pengguna {username!r} tidak ada.") from error

    def _progress(self, stage: str, done: int, total: int) -> None:
        """A text bar redrawn in place; at most about a hundred redraws."""
        step = max(1, total // 100)
        if done != total and done % step:
            return
        filled = BAR_WIDTH * done // max(total, 1)
        bar = "█" * filled + "·" * (BAR_WIDTH - filled)
        label = STAGES.get(stage, stage)
        end = "\n" if done == total else ""
        self.stdout.write(f"\r{label:<10} [{bar}] {done}/{total}", ending=end)
        self.stdout.flush()
