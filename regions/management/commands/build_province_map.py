"""Derive the home page's province map from the boundary GeoJSON.

    python manage.py build_province_map \
        [fixtures/maps/indonesia-38-provinces.geojson] \
        [--out static/maps/provinces-38.json] [--tolerance 0.01]

Keys the features by Kemendagri code (the four Papua provinces of 2022 by
name), simplifies, rounds and winds the rings clockwise (regions/geometry.py)
and writes the compact GeoJSON the home page's choropleth draws. Province names come from the region
register (fixtures/regions.json), so no database is needed; it refuses a
source that lacks a province or has one twice. See fixtures/README.md.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from regions import geometry

SOURCE = Path(settings.BASE_DIR) / "fixtures" / "maps" / "indonesia-38-provinces.geojson"
OUT = Path(settings.BASE_DIR) / "static" / "maps" / "provinces-38.json"
REGISTER = Path(settings.BASE_DIR) / "fixtures" / "regions.json"


def register_provinces(path: Path = REGISTER) -> dict[str, str]:
    """{code: name} of the 38 provinces in the register fixture."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {
        row["fields"]["code"]: row["fields"]["name"]
        for row in rows
        if row["model"] == "regions.region" and row["fields"].get("level") == "province"
    }


class Command(BaseCommand):
    help = "Simplify the 38-province boundaries into the map file served to browsers."

    def add_arguments(self, parser):
        parser.add_argument("source", nargs="?", default=str(SOURCE))
        parser.add_argument("--out", default=str(OUT))
        parser.add_argument(
            "--tolerance",
            type=float,
            default=0.01,
            help="Douglas-Peucker tolerance in degrees (default 0.01)",
        )

    def handle(self, *args, source, out, tolerance, **options):
        try:
            collection = json.loads(Path(source).read_text(encoding="utf-8"))
            result = geometry.province_map(
                collection, names=register_provinces(), tolerance=tolerance
            )
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"{source}: {error}") from error
        result["source"] = (
            "Indonesia GeoJSON & TopoJSON Maps (38 Provinces), Deny Herianto, CC BY 4.0; "
            "simplified by Cakupan (build_province_map)"
        )
        text = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
        Path(out).write_text(text + "\n", encoding="utf-8")
        points = sum(
            len(polygon[0]) for f in result["features"] for polygon in f["geometry"]["coordinates"]
        )
        self.stdout.write(
            f"{out}: {len(result['features'])} provinces, {points} points, {len(text)} bytes"
        )
