"""Plotly figures as plain JSON-ready dicts. Pure: plain data in, figure out
(no queryset, no request). Decimals become floats, dates ISO strings.

Every figure shares BASE_LAYOUT: Indonesian separators (decimal comma,
thousands dot), system fonts, white background. Titles, subtitles, sources
and the table view live in the template around the chart (a <figure>), so
they stay real text for screen readers and printing.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext as _

INK = "#1b1f24"
MUTED = "#5b6573"
ACCENT = "#0b5cab"
TARGET = "#b3261e"
GRID = "#e3e7eb"
PALETTE = ["#0b5cab", "#c05621", "#2f855a", "#6b46c1", "#b83280", "#2c7a7b"]

BASE_LAYOUT = {
    "separators": ",.",
    "font": {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13,
             "color": INK},
    "paper_bgcolor": "#ffffff",
    "plot_bgcolor": "#ffffff",
    "margin": {"l": 48, "r": 16, "t": 16, "b": 40},
    "hovermode": "closest",
    "legend": {"orientation": "h", "y": -0.2},
}  # fmt: skip

# Map bands: named in the legend and printed in each tile, never colour alone.
BANDS = [
    (Decimal("0"), Decimal("30"), "< 30 %", "#c6dbef", INK),
    (Decimal("30"), Decimal("40"), "30–40 %", "#6baed6", INK),
    (Decimal("40"), Decimal("50"), "40–50 %", "#2171b5", "#ffffff"),
    (Decimal("50"), Decimal("100"), "50–100 %", "#08306b", "#ffffff"),
    # Above the (estimated) workforce: its own colour, never folded into the
    # band below (regions.models.PERCENT_CEILING explains such rates).
    (Decimal("100"), Decimal("10000"), "≥ 100 %", "#6a3d9a", "#ffffff"),
]
NO_DATA_COLOUR = "#f1f3f5"


def _f(value: Decimal | float | int | None) -> float | None:
    return None if value is None else float(value)


def _english() -> bool:
    return (get_language() or "id").split("-")[0] == "en"


def _layout(**overrides) -> dict:
    layout = {**BASE_LAYOUT}
    # Decimal and thousands marks of the page's language: 47,38 / 47.38.
    layout["separators"] = ".," if _english() else ",."
    layout.update(overrides)
    return layout


def _percent_axis(top: float = 100.0, **extra) -> dict:
    """0 to ``top`` with a tick every 20 points (every 50 or 100 above 100 %),
    fixed so that a short phone chart still shows several."""
    step = 20 if top <= 100 else (50 if top <= 300 else 100)
    return {
        "range": [0, top],
        "ticksuffix": " %",
        "gridcolor": GRID,
        "zeroline": False,
        "tickmode": "linear",
        "tick0": 0,
        "dtick": step,
        **extra,
    }


def percent_top(values, *, floor: float = 100.0, air: float = 0.08) -> float:
    """The top of a 0-based percent axis: ``floor`` (100 %), or a little
    above the largest value when one exceeds it, so a rate above 100 % (its
    denominator an estimate) is drawn whole, never cut at the edge.

    >>> percent_top([47.38, 68])
    100.0
    >>> percent_top([392.4])
    424.0
    """
    largest = max((float(v) for v in values if v is not None), default=0.0)
    if largest <= floor:
        return floor
    return float(math.ceil(largest * (1 + air)))


def _hundred_line(axis: str) -> dict:
    """A thin line at 100 %: the whole estimated workforce."""
    line = {"type": "line", "line": {"color": MUTED, "width": 1, "dash": "dot"}}
    if axis == "x":
        return {**line, "x0": 100, "x1": 100, "yref": "paper", "y0": 0, "y1": 1}
    return {**line, "y0": 100, "y1": 100, "xref": "paper", "x0": 0, "x1": 1}


def progress_figure(*, baseline, current, target) -> dict:
    """A bullet chart: the latest rate as a bar, the baseline and the target
    as marks on a 0-100 % scale. Arguments are progress.Point or None."""
    data = []
    row = [_("Cakupan")]
    if current is not None:
        data.append(
            {
                "type": "bar",
                "orientation": "h",
                "x": [_f(current.percent)],
                "y": row,
                "name": _("Angka terakhir"),
                "marker": {"color": ACCENT},
                "width": [0.45],
                "texttemplate": "%{x:.2f} %",
                "textposition": "inside",
                "insidetextanchor": "end",
                "hovertemplate": _("Angka terakhir: %{x:.2f} %<extra></extra>"),
            }
        )
    for point, name, symbol, colour in (
        (baseline, _("Angka awal"), "diamond", MUTED),
        (target, _("Target"), "line-ns", TARGET),
    ):
        if point is not None:
            data.append(
                {
                    "type": "scatter",
                    "mode": "markers",
                    "x": [_f(point.percent)],
                    "y": row,
                    "name": f"{name} ({_f(point.percent):.2f} %)".replace(".", ","),
                    "marker": {"symbol": symbol, "size": 26, "color": colour,
                               "line": {"width": 4, "color": colour}},
                    "hovertemplate": f"{name}: %{{x:.2f}} %<extra></extra>",
                }
            )  # fmt: skip
    top = percent_top([p.percent for p in (baseline, current, target) if p is not None])
    extra = {"shapes": [_hundred_line("x")]} if top > 100 else {}
    return {
        "data": data,
        "layout": _layout(
            **extra,
            height=170,
            xaxis=_percent_axis(top),
            yaxis={"showticklabels": False, "fixedrange": True},
            showlegend=True,
            margin={"l": 16, "r": 16, "t": 8, "b": 40},
            legend={"orientation": "h", "y": -0.45},
        ),
    }


def trend_figure(
    *,
    series: dict[str, list[tuple[date, Decimal]]],
    other_basis: dict[str, list[tuple[date, Decimal]]],
    target,
    baseline,
    projection: list[tuple[date, Decimal]] | None,
) -> dict:
    """Published rates over time, one line per publisher of the charted
    series; rates on another denominator as separate hollow marks; the target
    as a dashed line up to its date; the projection at the pace so far as a
    dotted line. Only published points are drawn: missing years are gaps."""
    data = []
    tops = [Decimal(0)]
    for index, (publisher, points) in enumerate(series.items()):
        tops += [p for _d, p in points]
        data.append(
            {
                "type": "scatter",
                # A lone point carries its value: there is no line to read.
                "mode": "lines+markers" if len(points) > 1 else "markers+text",
                **(
                    {"texttemplate": "%{y:.2f} %", "textposition": "top center"}
                    if len(points) == 1
                    else {}
                ),
                "name": publisher,
                "x": [d.isoformat() for d, _p in points],
                "y": [_f(p) for _d, p in points],
                "line": {"color": PALETTE[index % len(PALETTE)], "width": 2},
                "marker": {"size": 8},
                "hovertemplate": "%{x|%d-%m-%Y}: %{y:.2f} %<extra>" + publisher + "</extra>",
            }
        )
    for publisher, points in other_basis.items():
        tops += [p for _d, p in points]
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": _("%(publisher)s (penyebut lain)") % {"publisher": publisher},
                "x": [d.isoformat() for d, _p in points],
                "y": [_f(p) for _d, p in points],
                "marker": {"size": 9, "symbol": "circle-open", "color": MUTED},
                "hovertemplate": "%{x|%d-%m-%Y}: %{y:.2f} %<extra>" + publisher + "</extra>",
            }
        )
    if target is not None:
        tops.append(target.percent)
        first_dates = [pts[0][0] for pts in series.values() if pts]
        start = baseline.as_of if baseline is not None else min(first_dates, default=target.as_of)
        target_text = _("Target %(value)s") % {"value": _percent_text(target.percent, 2, trim=True)}
        data.append(
            {
                "type": "scatter",
                "mode": "lines+markers+text",
                "name": target_text,
                "x": [start.isoformat(), target.as_of.isoformat()],
                "y": [_f(target.percent), _f(target.percent)],
                # The value printed on the line, above its end marker.
                "text": ["", target_text],
                "textposition": "top left",
                "textfont": {"color": TARGET, "size": 12},
                "cliponaxis": False,
                "line": {"color": TARGET, "dash": "dash", "width": 2},
                "marker": {"size": [0, 10], "color": TARGET},
                "hovertemplate": _("Target") + ": %{y:.2f} %<extra></extra>",
            }
        )
    if projection:
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": _("Proyeksi dengan laju sejauh ini"),
                "x": [d.isoformat() for d, _p in projection],
                "y": [_f(p) for _d, p in projection],
                "line": {"color": MUTED, "dash": "dot", "width": 2},
                "hovertemplate": _("Proyeksi") + ": %{y:.2f} %<extra></extra>",
            }
        )
    largest = float(max(tops))
    # Up to 100 %: ten points of air, capped at 100; above it the axis grows
    # with the data (no rate is cut off) and a line marks 100 %.
    top = min(100.0, largest + 10) if largest <= 100 else percent_top([largest])
    dates = [d for points in (*series.values(), *other_basis.values()) for d, _p in points]
    dates += [target.as_of] if target is not None else []
    dates += [d for d, _p in projection or []]
    xaxis = {"type": "date", "gridcolor": GRID, "tickformat": "%b %Y", "nticks": 6}
    if dates:
        xaxis["range"], dtick = date_axis(min(dates), max(dates))
        if dtick:
            xaxis["dtick"] = dtick
    return {
        "data": data,
        "layout": _layout(
            **({"shapes": [_hundred_line("y")]} if top > 100 else {}),
            height=340,
            xaxis=xaxis,
            yaxis=_percent_axis(top),
            legend={"orientation": "h", "y": -0.22},
        ),
    }


def date_axis(first: date, last: date) -> tuple[list[str], str | None]:
    """The date axis of a trend: some air on both sides, and at least a
    year wide, so one point (or a few close ones) is drawn on an axis of
    months, never zoomed to weeks or hours; a tick every quarter then.

    >>> date_axis(date(2025, 7, 15), date(2025, 7, 15))
    (['2025-01-12', '2026-01-15'], 'M3')
    >>> date_axis(date(2021, 12, 31), date(2025, 7, 15))
    (['2021-11-01', '2025-09-13'], None)
    """
    span = (last - first).days
    if span < 300:
        middle = first + timedelta(days=span // 2)
        return [
            (middle - timedelta(days=184)).isoformat(),
            (middle + timedelta(days=184)).isoformat(),
        ], "M3"
    return [(first - timedelta(days=60)).isoformat(), (last + timedelta(days=60)).isoformat()], None


def count_series(rows) -> dict[str, list[tuple[date, int]]]:
    """Of (as_of, segment, covered, publisher) rows, the total segment's
    published participant counts, one series per publisher, oldest first
    (one count per date and publisher: the first given).

    >>> from datetime import date as d
    >>> series = count_series([(d(2025, 2, 28), "total", 1980000, "Kemnaker"),
    ...                        (d(2023, 12, 31), "total", 2057246, "Satu Data"),
    ...                        (d(2024, 1, 1), "formal", 5, "Kemnaker"),
    ...                        (d(2024, 1, 1), "total", None, "Kemnaker")])
    >>> series["Kemnaker"], series["Satu Data"]
    ([(datetime.date(2025, 2, 28), 1980000)], [(datetime.date(2023, 12, 31), 2057246)])
    """
    series: dict[str, dict[date, int]] = {}
    for as_of, segment, covered, publisher in rows:
        if segment != "total" or covered is None:
            continue
        series.setdefault(publisher, {}).setdefault(as_of, int(covered))
    return {publisher: sorted(points.items()) for publisher, points in sorted(series.items())}


def participants_figure(series: dict[str, list[tuple[date, int]]]) -> dict:
    """Published participant counts over time, one line per publisher:
    what every region with counts but no rate can still show."""
    data = []
    values = []
    dates = []
    for index, (publisher, points) in enumerate(series.items()):
        values += [v for _d, v in points]
        dates += [d for d, _v in points]
        data.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": publisher,
                "x": [d.isoformat() for d, _v in points],
                "y": [v for _d, v in points],
                "line": {"color": PALETTE[index % len(PALETTE)], "width": 2},
                "marker": {"size": 9},
                "hovertemplate": "%{x|%d-%m-%Y}: %{y:,.0f}<extra>" + publisher + "</extra>",
            }
        )
    xaxis = {"type": "date", "gridcolor": GRID, "tickformat": "%b %Y", "nticks": 6}
    if dates:
        xaxis["range"], dtick = date_axis(min(dates), max(dates))
        if dtick:
            xaxis["dtick"] = dtick
    top = max(values, default=0)
    return {
        "data": data,
        "layout": _layout(
            height=320,
            xaxis=xaxis,
            yaxis={"range": [0, top * 1.15 or 1], "gridcolor": GRID, "zeroline": False,
                   "tickformat": ",.0f", "nticks": 6},
            legend={"orientation": "h", "y": -0.22},
        ),
    }  # fmt: skip


def latest_per_month(items: list, *, key=lambda item: item.as_of, group=lambda item: None) -> list:
    """Of ``items`` (oldest first, each dated by ``key``), the last of each
    month within each ``group``, still oldest first: what a monthly chart
    draws anyway, so a region with a figure every day gives a twelfth of
    the points and table rows a year, not 365.

    >>> from datetime import date as d
    >>> days = [d(2025, 5, 31), d(2025, 6, 1), d(2025, 6, 30)]
    >>> latest_per_month(days, key=lambda x: x)
    [datetime.date(2025, 5, 31), datetime.date(2025, 6, 30)]
    """
    last: dict[tuple, int] = {}
    for index, item in enumerate(items):
        as_of = key(item)
        last[(group(item), as_of.year, as_of.month)] = index
    return [items[index] for index in sorted(last.values())]


def monthly_segment_pairs(
    rows: Iterable[tuple[date, str, Decimal | None]],
) -> list[tuple[date, Decimal | None, Decimal | None]]:
    """Like ``segment_pairs``, one pair per month: the latest formal and the
    latest informal rate of that month, dated by the later of the two."""
    rows = [r for r in rows if r[2] is not None and r[1] in ("formal", "informal")]
    rows.sort(key=lambda r: r[0])
    months: dict[tuple[int, int], dict[str, tuple[date, Decimal]]] = {}
    for as_of, segment, percent in latest_per_month(rows, key=lambda r: r[0], group=lambda r: r[1]):
        months.setdefault((as_of.year, as_of.month), {})[segment] = (as_of, percent)
    kinds = {segment for month in months.values() for segment in month}
    if kinds != {"formal", "informal"}:
        return []
    pairs = []
    for month in sorted(months):
        both = months[month]
        as_of = max(value[0] for value in both.values())
        pairs.append(
            (
                as_of,
                both["formal"][1] if "formal" in both else None,
                both["informal"][1] if "informal" in both else None,
            )
        )
    return pairs


def segment_pairs(
    rows: Iterable[tuple[date, str, Decimal | None]],
) -> list[tuple[date, Decimal | None, Decimal | None]]:
    """(date, PU rate, BPU rate) for each date with a formal or informal
    rate, when the region has both kinds at all; else an empty list."""
    formal: dict[date, Decimal] = {}
    informal: dict[date, Decimal] = {}
    for as_of, segment, percent in rows:
        if percent is None:
            continue
        if segment == "formal":
            formal.setdefault(as_of, percent)
        elif segment == "informal":
            informal.setdefault(as_of, percent)
    if not formal or not informal:
        return []
    return [(d, formal.get(d), informal.get(d)) for d in sorted(set(formal) | set(informal))]


def segments_figure(pairs: list[tuple[date, Decimal | None, Decimal | None]]) -> dict:
    """Formal (PU) and informal (BPU) rates side by side for each date."""
    labels = [d.isoformat() for d, _f_, _i in pairs]
    data = []
    for name, index, colour in (
        (_("Penerima Upah (PU, formal)"), 1, ACCENT),
        (_("Bukan Penerima Upah (BPU, informal)"), 2, "#c05621"),
    ):
        data.append(
            {
                "type": "bar",
                "name": name,
                "x": labels,
                "y": [_f(pair[index]) for pair in pairs],
                "marker": {"color": colour},
                "texttemplate": "%{y:.2f} %",
                "textposition": "outside",
                "hovertemplate": "%{x}: %{y:.2f} %<extra>" + name + "</extra>",
            }
        )
    return {
        "data": data,
        "layout": _layout(
            height=320,
            barmode="group",
            xaxis={"type": "category"},
            yaxis=_percent_axis(percent_top([v for pair in pairs for v in pair[1:]])),
            legend={"orientation": "h", "y": -0.25},
        ),
    }


def ranking_figure(rows: list[tuple[str, Decimal]]) -> dict:
    """Regions ranked by their latest rate, highest at the top."""
    names = [name for name, _p in rows]
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "x": [_f(p) for _n, p in rows],
                "y": names,
                "marker": {"color": ACCENT},
                "texttemplate": "%{x:.2f} %",
                # A bar above 100 % carries its value inside, where it always
                # fits, even on a phone whose margins are narrow.
                "textposition": ["inside" if p > 100 else "outside" for _n, p in rows],
                "insidetextanchor": "end",
                "insidetextfont": {"color": "#ffffff"},
                "cliponaxis": False,
                "hovertemplate": "%{y}: %{x:.2f} %<extra></extra>",
                "name": _("Cakupan terakhir"),
            }
        ],
        "layout": _layout(
            height=60 + 26 * len(rows),
            # Room for the printed values; above 100 % the axis grows with them.
            # A bar chart is narrow on a phone: Plotly picks how many ticks fit.
            xaxis=_percent_axis(max(100.0, *(float(p) * 1.12 for _n, p in rows))
                                if rows else 100.0, tickmode="auto", nticks=6),
            yaxis={"autorange": "reversed", "automargin": True, "fixedrange": True},
            showlegend=False,
            margin={"l": 8, "r": 48, "t": 8, "b": 32},
            shapes=[_hundred_line("x")] if any(p > 100 for _n, p in rows) else [],
        ),
    }  # fmt: skip


@dataclass(frozen=True)
class Tile:
    code: str
    name: str
    label: str
    percent: Decimal | None
    column: int
    row: int
    url: str = ""


def band_of(percent: Decimal | None) -> tuple[str, str, str]:
    """(legend label, fill, text colour) of a rate's band."""
    if percent is None:
        return _("Tidak ada data"), NO_DATA_COLOUR, INK
    for low, high, label, fill, text in BANDS:
        if low <= percent < high:
            return label, fill, text
    return BANDS[-1][2], BANDS[-1][3], BANDS[-1][4]


def tile_map_figure(tiles: list[Tile]) -> dict:
    """A schematic map: one square per province at its grid cell, filled by
    the band of its latest rate, with its short name and rate printed inside.
    One trace per band, so the legend names every band with its count. The
    drawing script sizes the squares to the grid ("fit": "tiles")."""
    by_band: dict[str, list[Tile]] = {}
    for tile in tiles:
        by_band.setdefault(band_of(tile.percent)[0], []).append(tile)
    bands = [(_("Tidak ada data"), NO_DATA_COLOUR, INK)] + [(b[2], b[3], b[4]) for b in BANDS]
    data = []
    for label, fill, text_colour in bands:
        members = by_band.get(label, [])
        data.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": f"{label} ({len(members)})",
                "x": [t.column + 0.5 for t in members],
                "y": [-t.row - 0.5 for t in members],
                "text": [f"{t.label}<br>{_percent_text(t.percent)}" for t in members],
                "customdata": [[t.name, t.url] for t in members],
                "textfont": {"color": text_colour, "size": 10},
                "marker": {"symbol": "square", "size": 30, "color": fill,
                           "line": {"color": "#8a94a3", "width": 1}},
                "hovertemplate": "%{customdata[0]}: %{text}<extra></extra>",
            }
        )  # fmt: skip
    columns = max((t.column for t in tiles), default=0) + 1
    rows = max((t.row for t in tiles), default=0) + 1
    return {
        "data": data,
        "fit": "tiles",
        "layout": _layout(
            height=60 + 52 * rows,
            xaxis={"visible": False, "range": [0, columns], "fixedrange": True},
            yaxis={"visible": False, "range": [-rows, 0], "fixedrange": True},
            margin={"l": 4, "r": 4, "t": 4, "b": 4},
            legend={"orientation": "h", "y": -0.02, "itemclick": False, "itemdoubleclick": False},
        ),
    }


def _percent_text(percent: Decimal | None, decimals: int = 1, *, trim: bool = False) -> str:
    if percent is None:
        return "–"
    text = f"{float(percent):.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "%" if _english() else text.replace(".", ",") + " %"


# Where the map's label of a crowded province goes, in degrees from its label
# point (the arrow points back to it): Java's six provinces and Bali sit too
# close for their labels to stand side by side.
LABEL_OFFSETS = {
    "36": (-2.6, -3.2),  # Banten
    "31": (-1.0, 2.2),  # DKI Jakarta
    "32": (0.2, -3.4),  # Jawa Barat
    "33": (1.2, 2.1),  # Jawa Tengah
    "34": (1.6, -3.0),  # DI Yogyakarta
    "35": (3.0, 1.9),  # Jawa Timur
    "51": (-1.0, -2.4),  # Bali
    "52": (1.5, -2.4),  # Nusa Tenggara Barat
    "53": (3.5, -2.0),  # Nusa Tenggara Timur
    "19": (0.6, 1.4),  # Bangka Belitung
    "21": (0.0, 1.2),  # Kepulauan Riau
    "71": (1.0, 3.2),  # Sulawesi Utara
    "75": (-1.5, 2.6),  # Gorontalo
    "72": (0.0, 0.6),  # Sulawesi Tengah
    "73": (-2.0, -1.0),  # Sulawesi Selatan
    "74": (2.2, -1.6),  # Sulawesi Tenggara
    "76": (-2.4, 0.4),  # Sulawesi Barat
    "82": (3.0, 1.5),  # Maluku Utara
}


def province_map_figure(tiles: list[Tile]) -> dict:
    """A choropleth of the provinces from their real boundaries, drawn with
    the scatter traces of Plotly's basic bundle (filled rings on a
    longitude/latitude plane: no geo trace, so no world outline to fetch
    and the same bundle as every other chart).

    One filled trace per band (``meta.locations`` lists its province codes;
    the drawing script reads their rings from the map file named by the
    figure's data-geometry attribute), so the legend names every band with
    its count, never colour alone. A last trace puts a point on every
    province: its hover (or tap) names the province and its rate, a click
    opens the province page, and ``labels`` prints "Sulsel 47,4 %" for every
    province with a rate where the plot is wide enough.
    """
    by_band: dict[str, list[Tile]] = {}
    for tile in tiles:
        by_band.setdefault(band_of(tile.percent)[0], []).append(tile)
    bands = [(_("Tidak ada data"), NO_DATA_COLOUR, INK)] + [(b[2], b[3], b[4]) for b in BANDS]
    data = []
    for label, fill, _text in bands:
        members = by_band.get(label, [])
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "fill": "toself",
                "name": f"{label} ({len(members)})",
                "x": [],
                "y": [],
                "meta": {"locations": [t.code for t in members], "shape": "rings"},
                "fillcolor": fill,
                "line": {"color": "#5b6573", "width": 0.6},
                "hoverinfo": "skip",
            }
        )
    ordered = sorted(tiles, key=lambda t: t.code)
    data.append(
        {
            "type": "scatter",
            "mode": "markers",
            "name": _("Provinsi"),
            "showlegend": False,
            "x": [],
            "y": [],
            "meta": {"locations": [t.code for t in ordered], "shape": "label", "links": True},
            "customdata": [[t.name, t.url, _percent_text(t.percent, 2)] for t in ordered],
            "marker": {"size": 9, "color": "#ffffff", "opacity": 0.9,
                       "line": {"color": INK, "width": 1}},
            "hovertemplate": "%{customdata[0]}: %{customdata[2]}<extra></extra>",
        }
    )  # fmt: skip
    labels = [
        {
            "code": t.code,
            "text": f"{t.label} {_percent_text(t.percent)}",
            "offset": list(LABEL_OFFSETS.get(t.code, (0.0, 0.0))),
        }
        for t in ordered
        if t.percent is not None
    ]
    return {
        "data": data,
        "fit": "map",
        "labels": labels,
        "layout": _layout(
            height=420,
            xaxis={"visible": False, "range": [94.6, 141.6], "fixedrange": True},
            # No scaleanchor: the drawing script gives the plot the height
            # that keeps a degree as tall as it is wide.
            yaxis={"visible": False, "range": [-12.2, 7.0], "fixedrange": True},
            margin={"l": 4, "r": 4, "t": 4, "b": 4},
            legend={"orientation": "h", "y": -0.02, "itemclick": False,
                    "itemdoubleclick": False},
        ),
    }  # fmt: skip
