"""HTML to PDF with WeasyPrint (Pango, Debian's fonts). The page is laid
out by our own print stylesheet; nothing is fetched over the network."""

from pathlib import Path

from django.contrib.staticfiles import finders
from weasyprint import CSS, HTML

STYLESHEET = "meeting/brief.css"


def _no_fetch(url: str, *args, **kwargs):
    """The brief names every resource it needs (the stylesheet is passed
    in, the QR code is inline SVG): a link to anything else is not
    followed, so rendering never waits on the network or on this server."""
    raise ValueError(f"not fetched: {url}")


def stylesheet() -> CSS:
    return CSS(filename=str(Path(finders.find(STYLESHEET))))


def document(html: str):
    """The laid-out document (its ``pages`` are the PDF's pages)."""
    return HTML(string=html, url_fetcher=_no_fetch).render(stylesheets=[stylesheet()])


def render_pdf(html: str) -> bytes:
    return document(html).write_pdf()
