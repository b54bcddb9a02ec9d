"""Split an article's text into runs for highlighting the quoted spans.
Pure: no Django imports."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    text: str
    claim_ids: tuple[int, ...]  # the claims whose quote covers this run; () for plain text
    starts: tuple[int, ...] = ()  # the claims whose quote begins with this run


def runs(text: str, spans: list[tuple[int, int, int]]) -> list[Run]:
    """``spans`` are (start, end, claim_id). Overlapping and identical spans
    are fine: the text is cut at every boundary and each run lists the claims
    covering it. Spans outside the text are clipped.

    >>> [(r.text, r.claim_ids) for r in runs("abcdef", [(1, 4, 7), (3, 5, 8)])]
    [('a', ()), ('bc', (7,)), ('d', (7, 8)), ('e', (8,)), ('f', ())]
    """
    size = len(text)
    clean = [(max(0, s), min(size, e), cid) for s, e, cid in spans if min(size, e) > max(0, s)]
    cuts = sorted({0, size, *(s for s, _e, _c in clean), *(e for _s, e, _c in clean)})
    result = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = tuple(sorted(cid for s, e, cid in clean if s <= start and end <= e))
        starting = tuple(sorted(cid for s, _e, cid in clean if s == start))
        result.append(Run(text[start:end], covering, starting))
    return result
