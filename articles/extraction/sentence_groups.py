"""The membership groups a sentence names, for the review desk: a reviewer who
finds a count read as everyone's ("total") where its sentence speaks of
"pekerja rentan" or "BPU" moves it with one click. Pure Python.

>>> groups_named("Sebanyak 9.500 pekerja rentan dan 300 peserta BPU terdaftar.")
['vulnerable', 'informal']
>>> groups_named("Cakupan kepesertaan baru 41 persen.")
[]
"""

from __future__ import annotations

from .lexicon import _LEXICON, _SEGMENT_OF
from .tokens import _tokenise


def groups_named(text: str) -> list[str]:
    """Each segment the text names by one of the reader's group words
    ("penerima upah", "BPU", "jasa konstruksi", "PMI", "pekerja rentan",
    "perangkat desa"), once, in the order first named."""
    named: list[str] = []
    for _start, _end, values in _LEXICON.scan(text, _tokenise(text)):
        for categories in values:
            for category in sorted(categories):
                segment = _SEGMENT_OF.get(category)
                if segment and segment not in named:
                    named.append(segment)
    return named
