"""A level a sentence only hopes for: "Pada tahun 2024, diharapkan cakupan
kepesertaan dari tenaga kerja penerima upah mencapai 70 persen dan tenaga kerja
bukan penerima upah mencapai 51 persen". The hope word opens the clause and
its subject stands between it and the verb of reaching; every level reached
after it in the sentence (the items joined by "dan") is hoped for, a target,
unless a word of the present comes between ("diharapkan terus naik, saat ini
mencapai 40 persen"). Pure functions, read by ``metrics``."""

from __future__ import annotations

import re

from .tokens import _WordTest

# the hope word, then (no full stop, no semicolon) up to the verb of reaching
# right before the number
_HOPED_LEVEL_TAIL_RE = re.compile(
    r"\b(?:diharapkan|diharapkannya|harapannya|berharap|semoga)\b(?P<between>[^.;]{0,200}?)"
    r"\b(?:mencapai|menjadi|menembus|sebesar|di[ \t]+angka)[ \t]+(?:(?:sekitar|minimal)[ \t]+)?$",
    re.IGNORECASE,
)
# a word of the present or of what was done between the hope and the level
_NOW_BETWEEN_RE = re.compile(
    r"\b(?:saat[ \t]+ini|kini|sekarang|tercatat|capaian\w*|realisasi\w*|sudah|telah|berhasil"
    r"|baru|hanya|masih)\b",
    re.IGNORECASE,
)
_REACH = 260  # characters back from the number to the hope word
# the words a match of _HOPED_LEVEL_TAIL_RE starts with
_HOPE_WORDS = _WordTest({"diharapkan", "diharapkannya", "harapannya", "berharap", "semoga"})


def hoped_level(text: str, lo: int, start: int, article=None) -> bool:
    """Whether the percent at ``start`` (its sentence from ``lo``) is a level
    only hoped for. ``article`` (the text's ``_Article``): the pattern is tried
    only at its hope words (``word_search``), not at every character."""
    if article is None:
        m = _HOPED_LEVEL_TAIL_RE.search(text, max(lo, start - _REACH), start)
    else:
        m = article.word_search(_HOPED_LEVEL_TAIL_RE, _HOPE_WORDS, max(lo, start - _REACH), start)
    return m is not None and not _NOW_BETWEEN_RE.search(m.group("between"))
