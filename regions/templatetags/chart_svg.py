"""Server-drawn small charts (regions/svg.py) as template tags."""

from django import template

from regions import svg

register = template.Library()


@register.inclusion_tag("partials/_chart_progress.html")
def progress_svg(progress):
    """The bullet chart of ``progress`` (a progress.Progress): nothing
    without a target."""
    bar = None
    if progress is not None:
        bar = svg.progress_bar(
            baseline=progress.baseline, current=progress.current, target=progress.target
        )
    return {"bar": bar}
