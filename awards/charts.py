"""Plotly figures of the award pages as plain JSON-ready dicts. Pure: plain
data in, figure out; the layout shares regions.charts.BASE_LAYOUT
(Indonesian separators, fonts). Titles, subtitles and sources live in the
template around the chart."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from regions.charts import ACCENT, BASE_LAYOUT, GRID

TIED = "#6b46c1"


@dataclass(frozen=True)
class Bar:
    name: str
    rank: int
    total: Decimal
    tied: bool = False


def short_name(name: str) -> str:
    """Region names the way Indonesian tables shorten them.

    >>> short_name("Kabupaten Kepulauan Selayar")
    'Kab. Kepulauan Selayar'
    """
    return "Kab. " + name[len("Kabupaten ") :] if name.startswith("Kabupaten ") else name


def wrap(text: str, width: int = 20) -> str:
    """Break a long label into lines of about ``width`` characters, so the
    axis labels leave room for the bars on a phone.

    >>> wrap("2. Kab. Kepulauan Selayar (seri)")
    '2. Kab. Kepulauan<br>Selayar (seri)'
    """
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


def _label(bar: Bar) -> str:
    tie = f" ({_('seri')})" if bar.tied else ""
    return wrap(f"{bar.rank}. {short_name(bar.name)}{tie}")


def ranking_figure(bars: list[Bar]) -> dict:
    """Weighted totals (0-100) of the ranked nominees of one category, the
    best at the top; each label carries the rank (long names shortened and
    wrapped). Tied nominees share a rank, get a hatched bar and "(seri)" in
    their label, so a tie does not depend on colour alone."""
    labels = [_label(b) for b in bars]
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "x": [float(b.total) for b in bars],
                "y": labels,
                "customdata": [b.rank for b in bars],
                "marker": {
                    "color": [TIED if b.tied else ACCENT for b in bars],
                    "pattern": {"shape": ["/" if b.tied else "" for b in bars],
                                "fgcolor": "#ffffff"},
                },
                "texttemplate": "%{x:.2f}",
                "textposition": "outside",
                "cliponaxis": False,
                "hovertemplate": _("Peringkat %{customdata}: %{x:.2f}") + "<extra></extra>",
                "name": _("Nilai total"),
            }
        ],
        "layout": {
            **BASE_LAYOUT,
            "height": 60 + 34 * len(bars),
            "xaxis": {"range": [0, 100], "gridcolor": GRID, "zeroline": False},
            "yaxis": {"autorange": "reversed", "automargin": True, "fixedrange": True},
            "showlegend": False,
            "margin": {"l": 8, "r": 48, "t": 8, "b": 32},
        },
    }  # fmt: skip
