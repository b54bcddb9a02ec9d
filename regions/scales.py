"""The colour scales of Cakupan, defined once. Pure: no Django.

- Coverage bands: which band a coverage rate falls in, the band's fill and
  the text colour readable on it. The home map, the map's data table, the
  legends and the stylesheet's custom properties (static/css/charts.css,
  checked against this module by a test) all read them from here.
- Verdict colours, keyed by the verdict's string value ("on_track",
  "behind", ...: regions.progress), which the stylesheet's ``.verdict--*``
  rules must match (also checked by a test).

A band is named in words wherever it is shown (legend, table), never by
colour alone. A rate at or above 100 % (registered participants above the
estimated workforce, regions.models.PERCENT_CEILING explains why) has its
own band, never folded into the one below.
"""

from dataclasses import dataclass
from decimal import Decimal

INK = "#1b1f24"
WHITE = "#ffffff"
MUTED = "#4a5360"


@dataclass(frozen=True)
class Band:
    key: str  # stable name: CSS custom property, test ids
    low: Decimal | None  # None: the "no data" band
    high: Decimal | None  # None: open above
    fill: str
    text: str  # a text colour readable on ``fill``

    def contains(self, percent: Decimal) -> bool:
        return (self.low is None or percent >= self.low) and (
            self.high is None or percent < self.high
        )

    def label(self, *, english: bool = False) -> str:
        """The band's legend text, "30–40 %" (Indonesian) or "30–40%".

        >>> COVERAGE_BANDS[1].label(), COVERAGE_BANDS[1].label(english=True)
        ('30–40 %', '30–40%')
        >>> COVERAGE_BANDS[0].label(), COVERAGE_BANDS[-1].label()
        ('< 30 %', '≥ 100 %')
        """
        unit = "%" if english else " %"
        if self.high is None:
            return f"≥ {self.low}{unit}"
        if self.low is None or self.low == 0:
            return f"< {self.high}{unit}"
        return f"{self.low}–{self.high}{unit}"


COVERAGE_BANDS: tuple[Band, ...] = (
    Band("below-30", Decimal(0), Decimal(30), "#c6dbef", INK),
    Band("30-40", Decimal(30), Decimal(40), "#6baed6", INK),
    Band("40-50", Decimal(40), Decimal(50), "#2171b5", WHITE),
    Band("50-100", Decimal(50), Decimal(100), "#08306b", WHITE),
    Band("100-plus", Decimal(100), None, "#6a3d9a", WHITE),
)
NO_DATA = Band("no-data", None, None, "#f1f3f5", INK)
# The map's order: "no data" first, then the bands from low to high.
MAP_BANDS: tuple[Band, ...] = (NO_DATA, *COVERAGE_BANDS)


def band_for(percent: Decimal | float | int | None) -> Band:
    """The band of a coverage rate (None: no data; below 0 counts as the
    lowest band).

    >>> band_for(Decimal("47.38")).key, band_for(100).key, band_for(None).key
    ('40-50', '100-plus', 'no-data')
    """
    if percent is None:
        return NO_DATA
    value = Decimal(str(percent))
    for band in COVERAGE_BANDS:
        if band.contains(value):
            return band
    return COVERAGE_BANDS[0]


def map_index(percent: Decimal | float | int | None) -> int:
    """The position of a rate's band in MAP_BANDS (0 = no data): the z of
    the map's choropleth, whose stepped colour scale is ``map_colorscale``.

    >>> [map_index(v) for v in (None, 12, 30, 49.99, 50, 392)]
    [0, 1, 2, 3, 4, 5]
    """
    return MAP_BANDS.index(band_for(percent))


def map_colorscale() -> list[list]:
    """A Plotly colour scale that paints z = i (with zmin -0.5 and zmax
    len(MAP_BANDS) - 0.5) in MAP_BANDS[i]'s fill and nothing in between:
    two stops per band, at its edges.

    >>> map_colorscale()[:3]
    [[0.0, '#f1f3f5'], [0.16667, '#f1f3f5'], [0.16667, '#c6dbef']]
    """
    n = len(MAP_BANDS)
    scale = []
    for i, band in enumerate(MAP_BANDS):
        scale += [[round(i / n, 5), band.fill], [round((i + 1) / n, 5), band.fill]]
    return scale


# Verdicts (regions.progress: the verdict's string value) and their colour.
VERDICT_COLOURS: dict[str, str] = {
    "achieved": "#1c6b3a",
    "on_track": "#1c6b3a",
    "behind": "#a61b1b",
    "no_target": MUTED,
    "not_enough_data": MUTED,
}


def css_custom_properties() -> str:
    """The stylesheet block that carries these colours as custom properties
    (static/css/charts.css holds exactly this text; a test compares).

    >>> css_custom_properties().splitlines()[1]
    '  --band-no-data: #f1f3f5; --band-no-data-text: #1b1f24;'
    """
    lines = [":root {"]
    for band in MAP_BANDS:
        lines.append(f"  --band-{band.key}: {band.fill}; --band-{band.key}-text: {band.text};")
    for verdict, colour in VERDICT_COLOURS.items():
        lines.append(f"  --verdict-{verdict.replace('_', '-')}: {colour};")
    lines.append("}")
    return "\n".join(lines)
