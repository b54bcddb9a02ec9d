"""Small charts drawn on the server as SVG: no script, no plotly.js.

Pure: numbers in, the positions a template draws out (percent of the
chart's width, so the SVG follows its container with no script and its
text is never stretched). The template ``partials/_chart_progress.html``
draws ``progress_bar``; ``sparkline`` gives the points of a small trend line.
"""

import math
from dataclasses import dataclass
from decimal import Decimal


def _top(values: list[float], floor: float = 100.0, air: float = 0.08) -> float:
    """The end of a 0-based percent scale: 100, or a little above the
    largest value when one exceeds 100 (same rule as charts.percent_top).

    >>> _top([47.38, 68.0])
    100.0
    >>> _top([392.4])
    424.0
    """
    largest = max(values, default=0.0)
    if largest <= floor:
        return floor
    return float(math.ceil(largest * (1 + air)))


def _anchor(x: float) -> str:
    """Where a label at ``x`` (percent of the width) hangs from, so that it
    stays inside the chart.

    >>> _anchor(3), _anchor(50), _anchor(97)
    ('start', 'middle', 'end')
    """
    if x < 12:
        return "start"
    if x > 88:
        return "end"
    return "middle"


@dataclass(frozen=True)
class Mark:
    value: Decimal
    x: float  # percent of the width
    anchor: str


@dataclass(frozen=True)
class ProgressBar:
    top: float
    current: Mark | None
    current_inside: bool  # the value printed inside the bar (else after it)
    baseline: Mark | None
    target: Mark | None
    hundred_x: float | None  # a line at 100 % when the scale goes beyond it
    ticks: list[tuple[float, int]]  # (x, percent) along the bottom


def _x(value, top: float) -> float:
    return round(float(value) / top * 100, 2)


def progress_bar(*, baseline=None, current=None, target=None) -> ProgressBar | None:
    """The bullet chart of a region against its target: the latest rate as
    a bar, the baseline and the target as marks. ``None`` without a target
    (there is nothing to be "on the way" to). Arguments: anything with a
    ``percent`` (progress.Point) or None.

    >>> from types import SimpleNamespace as P
    >>> bar = progress_bar(current=P(percent=Decimal("47.38")), target=P(percent=Decimal("68")))
    >>> bar.current.x, bar.target.x, bar.current_inside, bar.hundred_x
    (47.38, 68.0, True, None)
    >>> progress_bar(current=P(percent=Decimal("47.38"))) is None
    True
    >>> progress_bar(current=P(percent=Decimal("120")), target=P(percent=Decimal("100"))).hundred_x
    76.92
    """
    if target is None:
        return None
    points = [p for p in (baseline, current, target) if p is not None]
    top = _top([float(p.percent) for p in points])

    def mark(point):
        if point is None:
            return None
        x = _x(point.percent, top)
        return Mark(point.percent, x, _anchor(x))

    current_mark = mark(current)
    step = 25 if top <= 100 else (50 if top <= 250 else 100)
    ticks = [(_x(v, top), v) for v in range(0, int(top) + 1, step)]
    return ProgressBar(
        top=top,
        current=current_mark,
        current_inside=current_mark is not None and current_mark.x >= 18,
        baseline=mark(baseline),
        target=mark(target),
        hundred_x=_x(100, top) if top > 100 else None,
        ticks=ticks,
    )


def sparkline(values: list[float | None], *, width: int = 80, height: int = 20) -> str:
    """SVG polyline points of ``values`` on a width x height box (y down),
    scaled to their own range; gaps (None) are skipped.

    >>> sparkline([10, 20, 30], width=10, height=10)
    '0,9 5,5 10,1'
    >>> sparkline([5], width=10, height=10)
    '5,5'
    """
    present = [(i, v) for i, v in enumerate(values) if v is not None]
    if not present:
        return ""
    low = min(v for _i, v in present)
    high = max(v for _i, v in present)
    span = high - low
    last = max(len(values) - 1, 1)
    points = []
    for i, v in present:
        x = width / 2 if len(values) == 1 else width * i / last
        y = height / 2 if span == 0 else (height - 1) - (v - low) / span * (height - 2)
        points.append(f"{x:g},{y:g}")
    return " ".join(points)
