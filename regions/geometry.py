"""Province boundaries made small enough to serve: pure Python, no Django.

The source is the GeoJSON of Indonesia's 38 provinces by Deny Herianto
(CC BY 4.0; see fixtures/README.md). ``province_map`` turns it into the
compact file the home page's choropleth draws from (static/maps/):

- every feature keyed by its Kemendagri code; the source gives the four
  provinces made in 2022 their parent's code (``KODE_PROV`` 91 or 92), so
  those are keyed by name (NEW_PAPUA_CODES);
- rings simplified with Douglas-Peucker (``tolerance`` degrees), islands
  smaller than ``min_area`` square degrees dropped (a province always keeps
  its largest one), coordinates rounded to ``digits`` decimals, outer rings
  wound clockwise (what d3-geo, inside Plotly's choropleth, expects);
- written as a GeoJSON FeatureCollection whose feature ``id`` is the code;
- a label point inside each province's largest ring (not the centroid,
  which for Sulawesi's shapes falls in the sea).
"""

import math

# The source file's names of the provinces created in 2022, whose KODE_PROV
# is still their parent's (91 Papua, 92 Papua Barat).
NEW_PAPUA_CODES = {
    "Papua Selatan": "93",
    "Papua Tengah": "94",
    "Papua Pegunungan": "95",
    "Papua Barat Daya": "96",
}


def province_code(properties: dict) -> str:
    """The Kemendagri code of a source feature.

    >>> province_code({"KODE_PROV": "91", "PROVINSI": "Papua Tengah"})
    '94'
    >>> province_code({"KODE_PROV": "73", "PROVINSI": "Sulawesi Selatan"})
    '73'
    """
    name = str(properties.get("PROVINSI", "")).strip()
    return NEW_PAPUA_CODES.get(name, str(properties["KODE_PROV"]).strip())


def ring_area(ring: list[tuple[float, float]]) -> float:
    """Signed area (shoelace), positive when counter-clockwise.

    >>> ring_area([(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)])
    1.0
    """
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        total += x1 * y2 - x2 * y1
    return total / 2


def _segment_distance(p, a, b) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: the fewest points within ``tolerance`` of the line.

    >>> simplify([(0, 0), (1, 0.01), (2, 0), (3, 5)], 0.1)
    [(0, 0), (2, 0), (3, 5)]
    """
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, None
        for i in range(first + 1, last):
            d = _segment_distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def simplify_ring(ring, tolerance: float) -> list[tuple[float, float]]:
    """A closed ring simplified, split at its farthest point from the start
    so that the closing point is never the only one kept."""
    points = [(float(x), float(y)) for x, y, *_rest in ring]
    if points[0] != points[-1]:
        points.append(points[0])
    start = points[0]
    far = max(
        range(len(points)),
        key=lambda i: math.hypot(points[i][0] - start[0], points[i][1] - start[1]),
    )
    return simplify(points[: far + 1], tolerance)[:-1] + simplify(points[far:], tolerance)


def point_in_ring(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    """Even-odd rule.

    >>> point_in_ring(0.5, 0.5, [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)])
    True
    >>> point_in_ring(1.5, 0.5, [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)])
    False
    """
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def label_point(ring: list[tuple[float, float]], steps: int = 40) -> tuple[float, float]:
    """A point well inside ``ring``: of a grid over its bounding box, the
    inside point farthest from the edge (a coarse pole of inaccessibility).

    >>> label_point([(0, 0), (4, 0), (4, 2), (0, 2), (0, 0)])
    (2.0, 1.0)
    """
    xs = [x for x, _y in ring]
    ys = [y for _x, y in ring]
    centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    best, best_score = None, None
    for i in range(steps + 1):
        for j in range(steps + 1):
            x = min(xs) + (max(xs) - min(xs)) * i / steps
            y = min(ys) + (max(ys) - min(ys)) * j / steps
            if not point_in_ring(x, y, ring):
                continue
            d = min(_segment_distance((x, y), a, b) for a, b in zip(ring, ring[1:], strict=False))
            # Farthest from the edge; of equals, the one nearest the centre.
            score = (round(d, 9), -math.hypot(x - centre[0], y - centre[1]))
            if best_score is None or score > best_score:
                best, best_score = (x, y), score
    if best is None:  # a sliver: its first point
        best = ring[0]
    return (round(best[0], 2), round(best[1], 2))


def _outer_rings(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [polygon[0] for polygon in geometry["coordinates"]]
    raise ValueError(f"unexpected geometry type {geometry['type']!r}")


def clockwise(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``ring`` wound clockwise on a map (longitude right, latitude up), as
    d3-geo, and so Plotly's choropleth, reads an outer ring: wound the other
    way, it would fill the whole globe except the province.

    >>> clockwise([(0, 0), (1, 0), (1, 1), (0, 0)])
    [(0, 0), (1, 1), (1, 0), (0, 0)]
    """
    return list(reversed(ring)) if ring_area(ring) > 0 else list(ring)


def province_map(
    collection: dict,
    *,
    names: dict[str, str],
    tolerance: float = 0.01,
    min_area: float = 0.002,
    digits: int = 2,
) -> dict:
    """The compact GeoJSON FeatureCollection of ``collection``: one feature
    per province, its ``id`` the Kemendagri code, ``properties`` its name
    and label point, its geometry a MultiPolygon of clockwise outer rings.
    ``names`` is the register's {code: name}: every code must appear exactly
    once, and nothing else (ValueError naming the code otherwise). Holes
    (lakes) are dropped: at this size they are invisible."""
    provinces: dict[str, dict] = {}
    for feature in collection["features"]:
        code = province_code(feature["properties"])
        if code not in names:
            raise ValueError(f"feature {feature['properties']!r}: code {code} is not a province")
        if code in provinces:
            raise ValueError(f"province {code} appears twice in the source")
        rings = [simplify_ring(r, tolerance) for r in _outer_rings(feature["geometry"])]
        rings.sort(key=lambda r: abs(ring_area(r)), reverse=True)
        kept = [rings[0]] + [r for r in rings[1:] if abs(ring_area(r)) >= min_area and len(r) >= 4]
        polygons = []
        for ring in kept:
            points = [(round(x, digits), round(y, digits)) for x, y in ring]
            if points[0] != points[-1]:
                points.append(points[0])
            polygons.append([[list(point) for point in clockwise(points)]])
        provinces[code] = {
            "type": "Feature",
            "id": code,
            "properties": {
                "name": names[code],
                "label": list(label_point(rings[0] + [rings[0][0]])),
            },
            "geometry": {"type": "MultiPolygon", "coordinates": polygons},
        }
    missing = sorted(set(names) - set(provinces))
    if missing:
        raise ValueError(f"no boundary for province(s) {', '.join(missing)}")
    points = [
        p for f in provinces.values() for poly in f["geometry"]["coordinates"] for p in poly[0]
    ]
    return {
        "type": "FeatureCollection",
        "bbox": [
            min(p[0] for p in points),
            min(p[1] for p in points),
            max(p[0] for p in points),
            max(p[1] for p in points),
        ],
        "features": [provinces[code] for code in sorted(provinces)],
    }
