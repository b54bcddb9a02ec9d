"""Write fixtures/bps_codes.csv from BPS bridging tables (see fixtures/README.md)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from regions import bps


class Command(BaseCommand):
    help = (
        "Build the BPS <-> Kemendagri code bridge of the register from BPS bridging "
        "tables (CSV: kode_bps,nama_bps,kode_dagri,nama_dagri), checked against "
        "fixtures/regions.json by code and name."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", help="provinsi.csv kabkota.csv")
        parser.add_argument(
            "--output", default=str(Path(settings.BASE_DIR) / "fixtures" / "bps_codes.csv")
        )
        parser.add_argument(
            "--register", default=str(Path(settings.BASE_DIR) / "fixtures" / "regions.json")
        )

    def handle(self, *args, sources, output, register, **options):
        objects = json.loads(Path(register).read_text(encoding="utf-8"))
        names = {
            obj["fields"]["code"]: obj["fields"]["name"]
            for obj in objects
            if obj["model"] == "regions.region"
        }
        rows: list[dict[str, str]] = []
        for source in sources:
            with open(source, encoding="utf-8", newline="") as handle:
                rows.extend(bps.read_source(handle))
        bridge, problems = bps.match(rows, names)
        Path(output).write_text(bps.write_bridge(bridge), encoding="utf-8")
        for problem in problems:
            self.stdout.write(
                f"not bridged: BPS {problem.bps_code} {problem.bps_name} "
                f"(Kemendagri {problem.kemendagri_code}): {problem.reason}"
            )
        covered = {row.kemendagri_code for row in bridge}
        without = sorted(set(names) - covered - {"ID"})
        self.stdout.write(
            f"{len(bridge)} regions bridged, {len(problems)} source rows not taken, "
            f"{len(without)} register regions without a BPS code: {' '.join(without)}"
        )
