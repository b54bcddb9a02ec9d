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


@dataclass(frozen=True)
class Mark:
    text: str
    start: int  # offset of this piece in the article text
    claim_ids: tuple[int, ...]  # claims whose quote covers it
    number: bool  # inside a number the reviewer may want to record


def marks(
    text: str, claim_spans: list[tuple[int, int, int]], number_spans: list[tuple[int, int]]
) -> list[Mark]:
    """The text cut at every claim and number boundary, each piece knowing
    its offset (the desk turns a selection back into offsets with it).

    >>> [(m.text, m.start, m.claim_ids, m.number) for m in marks("ab 12 cd", [(0, 5, 4)], [(3, 5)])]
    [('ab ', 0, (4,), False), ('12', 3, (4,), True), (' cd', 5, (), False)]
    """
    size = len(text)
    numbers = [(max(0, s), min(size, e)) for s, e in number_spans if min(size, e) > max(0, s)]
    pieces = runs(text, claim_spans + [(s, e, -1 - i) for i, (s, e) in enumerate(numbers)])
    result, offset = [], 0
    for piece in pieces:
        claims = tuple(c for c in piece.claim_ids if c >= 0)
        number = any(c < 0 for c in piece.claim_ids)
        result.append(Mark(piece.text, offset, claims, number))
        offset += len(piece.text)
    return result
