"""When two article texts are the same article. Pure: no Django imports.

Two imports are one article when their addresses are the same once
normalised (scheme, "www.", a trailing slash, tracking parameters and the
fragment do not count), or when their texts share nearly all their word
shingles (one extra line, a different header, another copy of a paste).

>>> url_key("https://www.antaranews.com/berita/123/judul/?utm_source=x#top")
'antaranews.com/berita/123/judul'
>>> similarity("satu dua tiga empat lima enam", "satu dua tiga empat lima enam")
1.0
"""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

#: query parameters that say where a reader came from, not what they read
TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|ref$|amp$|page$)", re.IGNORECASE)
#: two texts at least this similar (Jaccard over word shingles) are one article
SAME_TEXT = 0.9
SHINGLE = 5
WORD = re.compile(r"\w+", re.UNICODE)


def url_key(url: str) -> str:
    """The address as imports compare it; "" when there is none.

    >>> url_key("http://Example.COM/a/b/") == url_key("https://example.com/a/b")
    True
    >>> url_key("https://m.detik.com/x?id=3&utm_medium=s")
    'detik.com/x?id=3'
    >>> url_key("")
    ''
    """
    url = (url or "").strip()
    if not url:
        return ""
    if "//" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    path = re.sub(r"/+", "/", parts.path).rstrip("/")
    if path.endswith("/amp"):
        path = path[: -len("/amp")]
    query = [(k, v) for k, v in parse_qsl(parts.query) if not TRACKING.match(k)]
    key = host + path
    if query:
        key += "?" + urlencode(sorted(query))
    return key[:500]


def outlet_from_url(url: str) -> str:
    """The site's name when an article file names no outlet.

    >>> outlet_from_url("https://www.rajaampatnews.com/soal-paritrana"), outlet_from_url("")
    ('rajaampatnews.com', '')
    """
    key = url_key(url)
    return key.split("/", 1)[0].split("?", 1)[0][:120]


def shingles(text: str, size: int = SHINGLE) -> frozenset[tuple[str, ...]]:
    """The text's runs of ``size`` consecutive words, lower-cased.

    >>> sorted(shingles("A b, c d", size=3))
    [('a', 'b', 'c'), ('b', 'c', 'd')]
    """
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < size:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' word shingles, 0 to 1.

    >>> round(similarity("a b c d e f g h i j", "a b c d e f g h i j k"), 2)
    0.86
    >>> similarity("", "a")
    0.0
    """
    left, right = shingles(a), shingles(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def same_text(a: str, b: str, threshold: float = SAME_TEXT) -> bool:
    """True when ``a`` and ``b`` are the same article's text.

    >>> body = " ".join(f"kata{i}" for i in range(200))
    >>> same_text(body, body + " Baca juga: berita lain."), same_text(body, "lain sama sekali")
    (True, False)
    """
    return similarity(a, b) >= threshold


def fingerprint(text: str, size: int = 12) -> list[str]:
    """A few distinctive words of the text (the longest), for a cheap
    database prefilter before the similarity is computed.

    >>> fingerprint("Sulawesi Selatan mencatat kepesertaan", size=2)
    ['kepesertaan', 'mencatat']
    """
    words = {w.lower() for w in WORD.findall(text) if not w.isdigit()}
    return sorted(words, key=lambda w: (-len(w), w))[:size]
