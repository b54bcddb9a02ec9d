"""Article files: an optional header block, then the text. Pure: no Django.

    URL: https://...
    Title: ...
    Outlet: ANTARA
    Date: 2024-01-27

    Makassar (ANTARA) - ...

The header is the run of "Key: value" lines with a known key at the top of the
file, ended by a blank line. Anything else is text.
"""

from dataclasses import dataclass, field

HEADER_KEYS = {
    "url": "url",
    "title": "title",
    "outlet": "outlet",
    "date": "date",
    "date-inferred": "date_inferred",
    "date-note": "date_note",
    "author": "author",
    "editor": "editor",
}


@dataclass(frozen=True)
class ArticleDocument:
    text: str
    headers: dict[str, str] = field(default_factory=dict)

    def header(self, key: str, default: str = "") -> str:
        return self.headers.get(key, default)


def parse_article_file(raw: str) -> ArticleDocument:
    """Split a file into its header block and its text.

    >>> doc = parse_article_file("Title: A\\nOutlet: B\\n\\nBody text.")
    >>> doc.headers, doc.text
    ({'title': 'A', 'outlet': 'B'}, 'Body text.')
    >>> parse_article_file("MAKASSAR: no header here").headers
    {}
    """
    raw = raw.replace("\r\n", "\n").lstrip("\ufeff")
    lines = raw.split("\n")
    headers: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if headers:
                return ArticleDocument(text="\n".join(lines[index + 1 :]), headers=headers)
            break
        key, sep, value = line.partition(":")
        name = HEADER_KEYS.get(key.strip().lower())
        if not sep or name is None or key != key.strip():
            break
        headers[name] = value.strip()
    return ArticleDocument(text=raw, headers={})


def locate_quote(text: str, quote: str, *, within: str | None = None) -> tuple[int, int]:
    """Character offsets of ``quote`` in ``text`` (searched inside the first
    occurrence of ``within`` when given), so that text[start:end] == quote.

    >>> locate_quote("a b. c d. c e.", "c", within="c e.")
    (10, 11)
    """
    offset = 0
    if within is not None:
        offset = text.find(within)
        if offset < 0:
            raise ValueError(f"context not found in the article text: {within[:80]!r}")
        start = within.find(quote)
        if start < 0:
            raise ValueError(f"quote not found in its context: {quote[:80]!r}")
        start += offset
    else:
        start = text.find(quote)
        if start < 0:
            raise ValueError(f"quote not found in the article text: {quote[:80]!r}")
    return start, start + len(quote)
