"""Build fixtures/regions.json and fixtures/region_aliases.json from the npm
package idn-area-data (an unpacked directory or the .tgz of ``npm pack``).

    npm pack idn-area-data@4.0.1
    python manage.py build_region_register idn-area-data-4.0.1.tgz
"""

import json
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from regions import register

CSV_NAMES = ("provinces.csv", "regencies.csv")
# Where the CSV files sit, relative to the package root (a .tgz made by npm
# pack has everything under "package/").
DATA_DIRS = ("data", "package/data")


def read_package(path: Path) -> tuple[dict[str, str], dict[str, str], str]:
    """Return ({csv name: text}, {csv name: label for messages}, version)."""
    if path.is_dir():
        for data_dir in DATA_DIRS:
            folder = path / data_dir
            if all((folder / name).is_file() for name in CSV_NAMES):
                texts = {name: (folder / name).read_text(encoding="utf-8") for name in CSV_NAMES}
                labels = {name: str(folder / name) for name in CSV_NAMES}
                package_json = folder.parent / "package.json"
                version = ""
                if package_json.is_file():
                    version = json.loads(package_json.read_text(encoding="utf-8")).get(
                        "version", ""
                    )
                return texts, labels, version
        raise CommandError(f"{path}: no data/provinces.csv and data/regencies.csv in it")
    if path.is_file() and tarfile.is_tarfile(path):
        with tarfile.open(path) as archive:
            members = {member.name: member for member in archive.getmembers() if member.isfile()}

            def text(member_name: str) -> str | None:
                member = members.get(member_name)
                if member is None:
                    return None
                handle = archive.extractfile(member)
                return handle.read().decode("utf-8") if handle else None

            for data_dir in DATA_DIRS:
                found = {name: text(f"{data_dir}/{name}") for name in CSV_NAMES}
                if all(value is not None for value in found.values()):
                    labels = {name: f"{path}:{data_dir}/{name}" for name in CSV_NAMES}
                    root = data_dir.rsplit("/", 1)[0] + "/" if "/" in data_dir else ""
                    package_json = text(f"{root}package.json")
                    version = json.loads(package_json).get("version", "") if package_json else ""
                    return found, labels, version
        raise CommandError(f"{path}: no data/provinces.csv and data/regencies.csv in the archive")
    raise CommandError(f"{path}: neither a package directory nor a .tgz archive")


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


class Command(BaseCommand):
    help = (
        "Build the region register fixture (Kanwil, nation, provinces, kabupaten/kota, "
        "with natural keys) and the alias file from the npm package idn-area-data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "package", help="idn-area-data package: an unpacked directory or the .tgz"
        )
        parser.add_argument(
            "--output",
            help="fixture to write (default: fixtures/regions.json in the project)",
        )
        parser.add_argument(
            "--aliases-output",
            help="alias file to write (default: region_aliases.json next to --output)",
        )
        parser.add_argument(
            "--partial",
            action="store_true",
            help="accept a package that is not the full register (no 38/514 count check; "
            "Kanwil provinces and curated aliases of absent regions are skipped); for tests",
        )

    def handle(self, *args, **options):
        package = Path(options["package"])
        output = (
            Path(options["output"])
            if options["output"]
            else Path(settings.BASE_DIR) / "fixtures" / "regions.json"
        )
        aliases_output = (
            Path(options["aliases_output"])
            if options["aliases_output"]
            else output.with_name("region_aliases.json")
        )
        strict = not options["partial"]

        texts, labels, version = read_package(package)
        try:
            reg = register.parse_register(
                texts["provinces.csv"],
                texts["regencies.csv"],
                provinces_file=labels["provinces.csv"],
                regencies_file=labels["regencies.csv"],
                check_counts=strict,
            )
            kanwil = register.kanwil_rows(reg, strict=strict)
            aliases = register.build_aliases(reg, strict=strict)
        except ValueError as error:
            raise CommandError(str(error)) from error

        write_json(output, register.build_fixture(reg, kanwil))
        write_json(aliases_output, aliases.aliases)

        cities = sum(row.level == register.CITY for row in reg.regencies)
        self.stdout.write(
            f"idn-area-data {version or '(version unknown)'}: {len(reg.provinces)} provinces, "
            f"{len(reg.regencies) - cities} kabupaten + {cities} kota, {len(kanwil)} Kanwil"
        )
        self.stdout.write(
            f"{sum(len(names) for names in aliases.aliases.values())} aliases; "
            f"left out as ambiguous: {', '.join(aliases.dropped) or 'none'}"
        )
        self.stdout.write(self.style.SUCCESS(f"Wrote {output} and {aliases_output}"))
