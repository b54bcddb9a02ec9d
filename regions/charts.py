"""Plotly figures as plain JSON-ready dicts. Pure: plain data in, figure out
(no queryset, no request). Decimals become floats, dates ISO strings.

Every figure shares BASE_LAYOUT: Indonesian separators (decimal comma,
thousands dot), system fonts, white background. Titles, subtitles, sources
and the table view live in the template around the chart (a <figure>), so
they stay real text for screen readers and printing.
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import formatting, scales

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


def _f(value: Decimal | float | int | None) -> float | None:
    return None if value is None else float(value)


def _english() -> bool:
    return (get_language() or "id").split("-")[0] == "en"


def _date_text(day: date, precision: Mapping[date, str] | None = None) -> str:
    """A chart date in the page's language at its figure's precision:
    "10 Juli 2025" / "10 July 2025", "Juli 2025" for a monthly figure."""
    language = "en" if _english() else "id"
    return formatting.date_id(day, (precision or {}).get(day) or "day", language)


def _unit() -> str:
    """The percent sign as the page's language writes it: 47,38 % / 47.38%."""
    return "%" if _english() else " %"


def _percent_format(axis: str) -> str:
    """A Plotly template printing the ``axis`` value as a percentage."""
    return "%{" + axis + ":.2f}" + _unit()


def _dated_hover(value: str, publisher: str) -> str:
    """Hover of a dated point: its date (customdata, written by the server
    in the page's language) and ``value``."""
    return "%{customdata}: " + value + "<extra>" + publisher + "</extra>"


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
        "ticksuffix": _unit(),
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
                "texttemplate": _percent_format("x"),
                "textposition": "inside",
                "insidetextanchor": "end",
                "hovertemplate": _("Angka terakhir")
                + ": "
                + _percent_format("x")
                + "<extra></extra>",
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
                    "name": f"{name} ({_percent_text(point.percent, 2)})",
                    "marker": {"symbol": symbol, "size": 26, "color": colour,
                               "line": {"width": 4, "color": colour}},
                    "hovertemplate": f"{name}: " + _percent_format("x") + "<extra></extra>",
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
    precision: Mapping[date, str] | None = None,
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
                    {"texttemplate": _percent_format("y"), "textposition": "top center"}
                    if len(points) == 1
                    else {}
                ),
                "name": publisher,
                "x": [d.isoformat() for d, _p in points],
                "y": [_f(p) for _d, p in points],
                "customdata": [_date_text(d, precision) for d, _p in points],
                "line": {"color": PALETTE[index % len(PALETTE)], "width": 2},
                "marker": {"size": 8},
                "hovertemplate": _dated_hover(_percent_format("y"), publisher),
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
                "customdata": [_date_text(d, precision) for d, _p in points],
                "marker": {"size": 9, "symbol": "circle-open", "color": MUTED},
                "hovertemplate": _dated_hover(_percent_format("y"), publisher),
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
                "hovertemplate": _("Target") + ": " + _percent_format("y") + "<extra></extra>",
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
                "hovertemplate": _("Proyeksi") + ": " + _percent_format("y") + "<extra></extra>",
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


def participants_figure(
    series: dict[str, list[tuple[date, int]]], precision: Mapping[date, str] | None = None
) -> dict:
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
                "customdata": [_date_text(d, precision) for d, _v in points],
                "line": {"color": PALETTE[index % len(PALETTE)], "width": 2},
                "marker": {"size": 9},
                "hovertemplate": _dated_hover("%{y:,.0f}", publisher),
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


def latest_per_month(items: list, *, key=lambda item: item.as_of, group=lambda _item: None) -> list:
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
    """Formal (PU) and informal (BPU) rates side by side, one pair a month,
    each labelled with its month in the page's language ("Juni 2025")."""
    labels = [_date_text(d, {d: "month"}) for d, _f_, _i in pairs]
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
                "texttemplate": _percent_format("y"),
                "textposition": "outside",
                "hovertemplate": "%{x}: " + _percent_format("y") + "<extra>" + name + "</extra>",
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
                "texttemplate": _percent_format("x"),
                # A bar above 100 % carries its value inside, where it always
                # fits, even on a phone whose margins are narrow.
                "textposition": ["inside" if p > 100 else "outside" for _n, p in rows],
                "insidetextanchor": "end",
                "insidetextfont": {"color": "#ffffff"},
                "cliponaxis": False,
                "hovertemplate": "%{y}: " + _percent_format("x") + "<extra></extra>",
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
    """A province on the map: its code, name, short label and latest rate."""

    code: str
    name: str
    label: str
    percent: Decimal | None
    url: str = ""


def _band_label(band: scales.Band) -> str:
    return _("Tidak ada data") if band is scales.NO_DATA else band.label(english=_english())


def band_of(percent: Decimal | None) -> tuple[str, str, str]:
    """(legend label, fill, text colour) of a rate's band (regions.scales)."""
    band = scales.band_for(percent)
    return _band_label(band), band.fill, band.text


def _percent_text(percent: Decimal | None, decimals: int = 1, *, trim: bool = False) -> str:
    if percent is None:
        return "–"
    text = f"{float(percent):.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "%" if _english() else text.replace(".", ",") + " %"


# Short names that fit a map label (the usual Indonesian abbreviations);
# the full official name is in the hover text and the table.
SHORT_NAMES: dict[str, str] = {
    "11": "Aceh", "12": "Sumut", "13": "Sumbar", "14": "Riau", "15": "Jambi",
    "16": "Sumsel", "17": "Bengkulu", "18": "Lampung", "19": "Babel", "21": "Kepri",
    "31": "DKI", "32": "Jabar", "33": "Jateng", "34": "DIY", "35": "Jatim",
    "36": "Banten", "51": "Bali", "52": "NTB", "53": "NTT", "61": "Kalbar",
    "62": "Kalteng", "63": "Kalsel", "64": "Kaltim", "65": "Kaltara", "71": "Sulut",
    "72": "Sulteng", "73": "Sulsel", "74": "Sultra", "75": "Gorontalo", "76": "Sulbar",
    "81": "Maluku", "82": "Malut", "91": "Papua", "92": "Pabar", "93": "Pasel",
    "94": "Pateng", "95": "Papeg", "96": "PBD",
}  # fmt: skip

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


MAP_FILE = "maps/provinces-38.json"
HALO = "1px 1px 1px #fff, -1px -1px 1px #fff, 1px -1px 1px #fff, -1px 1px 1px #fff"


def province_map_figure(tiles: list[Tile], *, geojson: str | None = None) -> dict:
    """A choropleth of the provinces from their real boundaries: one
    Plotly ``choropleth`` trace holding every province, drawn from the GeoJSON
    at ``geojson`` (static/maps/, built by ``manage.py build_province_map``;
    feature ids are Kemendagri codes). ``z`` is the index of the province's
    band in scales.MAP_BANDS, painted by a stepped colour scale, so the map
    uses exactly the bands of the legend and the table. Hover (or tap) names
    the province and its rate; a click opens its page (customdata).

    Base layers are off (``geo.visible`` false) and the view fits the
    provinces. The drawing script (static/js/charts.js, "fit": "map") loads
    the GeoJSON once, hands Plotly the object, and fills the traces whose
    ``meta.shape`` asks for positions from the features' label points:
    one legend trace per band (named with its count, never colour alone)
    and the labels ("Sulsel 47,4 %", leader lines where ``offset`` moves a
    crowded label), printed where the plot is wide enough.
    """
    geojson = geojson or static(MAP_FILE)
    ordered = sorted(tiles, key=lambda t: t.code)
    counts = {band.key: 0 for band in scales.MAP_BANDS}
    for tile in ordered:
        counts[scales.band_for(tile.percent).key] += 1
    data = [
        {
            "type": "choropleth",
            "name": _("Provinsi"),
            "geojson": geojson,
            "featureidkey": "id",
            "locations": [t.code for t in ordered],
            "z": [scales.map_index(t.percent) for t in ordered],
            "zmin": -0.5,
            "zmax": len(scales.MAP_BANDS) - 0.5,
            "colorscale": scales.map_colorscale(),
            "showscale": False,
            "showlegend": False,
            "marker": {"line": {"color": MUTED, "width": 0.6}},
            "customdata": [[t.name, t.url, _percent_text(t.percent, 2),
                            _band_label(scales.band_for(t.percent))] for t in ordered],
            "hovertemplate": "%{customdata[0]}: %{customdata[2]}<extra></extra>",
        }
    ]  # fmt: skip
    for band in scales.MAP_BANDS:
        data.append(
            {
                "type": "scattergeo",
                "mode": "markers",
                "name": f"{_band_label(band)} ({counts[band.key]})",
                "lon": [],
                "lat": [],
                "meta": {"shape": "legend", "band": band.key},
                "marker": {"symbol": "square", "size": 14, "color": band.fill,
                           "line": {"color": MUTED, "width": 1}},
                "hoverinfo": "skip",
            }
        )  # fmt: skip
    labelled = [t for t in ordered if t.percent is not None]
    moved = [t for t in labelled if t.code in LABEL_OFFSETS]
    data.append(
        {
            "type": "scattergeo",
            "mode": "lines",
            "name": _("Penunjuk label"),
            "showlegend": False,
            "lon": [],
            "lat": [],
            "meta": {
                "shape": "leaders",
                "locations": [t.code for t in moved],
                "offsets": [list(LABEL_OFFSETS[t.code]) for t in moved],
            },
            "line": {"color": INK, "width": 1},
            "hoverinfo": "skip",
        }
    )
    data.append(
        {
            "type": "scattergeo",
            "mode": "text",
            "name": _("Label provinsi"),
            "showlegend": False,
            "lon": [],
            "lat": [],
            "meta": {
                "shape": "label",
                "locations": [t.code for t in labelled],
                "offsets": [list(LABEL_OFFSETS.get(t.code, (0.0, 0.0))) for t in labelled],
            },
            "text": [f"{t.label} {_percent_text(t.percent)}" for t in labelled],
            # Ink with a white halo: readable on every band's fill and on
            # the sea alike.
            "textfont": {"size": 12, "color": INK, "shadow": HALO},
            "hoverinfo": "skip",
        }
    )  # fmt: skip
    return {
        "data": data,
        # Each province's band (key, legend text) for the map's data table.
        "bands": {
            t.code: [scales.band_for(t.percent).key, _band_label(scales.band_for(t.percent))]
            for t in ordered
        },
        "fit": "map",
        # Width over height of the map at the equator (Mercator), for the
        # drawing script to size the plot: 47° of longitude, 19° of latitude.
        "aspect": 2.45,
        "config": {"topojsonURL": geojson.rsplit("/", 1)[0] + "/"},
        "layout": _layout(
            height=420,
            # The provinces' extent with some air (fitbounds would leave the
            # map a third of the plot's width inside a world-scaled frame).
            geo={"visible": False, "projection": {"type": "mercator"},
                 "lonaxis": {"range": [94.6, 141.6]}, "lataxis": {"range": [-11.6, 6.6]},
                 "showframe": False, "bgcolor": "#ffffff", "scope": "world",
                 "resolution": 110},
            dragmode=False,
            margin={"l": 4, "r": 4, "t": 4, "b": 4},
            legend={"orientation": "h", "y": -0.02, "itemclick": False,
                    "itemdoubleclick": False, "itemsizing": "constant"},
        ),
    }  # fmt: skip
