"""What holds digits but is no figure: regulation numbers ("Inpres Nomor 2
Tahun 2021"), clock times ("pukul 09.30 WITA"), phone numbers, addresses,
page and stage numbers, links. Their spans are masked before numbers are
read. Pure Python."""

from __future__ import annotations

import re

from .tokens import _token_triggered, _Tokens

_REGULATION = (
    r"(?:inpres|impres|instruksi\s+presiden|perpres|peraturan\s+presiden|keppres"
    r"|keputusan\s+presiden|pp|peraturan\s+pemerintah|uu|undang[-\s]undang|permendagri"
    r"|permenaker|permen\w*|peraturan\s+menteri(?:\s+\w+){0,3}|perda|peraturan\s+daerah|pergub"
    r"|peraturan\s+gubernur|perbup|peraturan\s+bupati|perwal|perwali|peraturan\s+wali\s*kota"
    r"|kepmendagri|kepmen\w*|kepgub|keputusan\s+\w+|se|surat\s+edaran(?:\s+\w+){0,2}|sk"
    r"|instruksi\s+\w+)"
)
_MASK_RE = re.compile(
    rf"\b{_REGULATION}[ \t]*(?:ri[ \t]+)?(?:(?:nomor|nomer|no\.?|nr\.?)[ \t]*:?[ \t]*)?"
    r"\d[\w./-]*(?:[ \t]*(?:tahun|thn\.?|/)[ \t]*\d{4})?"
    r"|\b(?:nomor|nomer|no\.?|nr\.?)[ \t]*:?[ \t]*\d[\w./-]*(?:[ \t]*(?:tahun|thn\.?)[ \t]*\d{4})?"
    r"|\btim[ \t]+\d+\b"
    r"|\b(?:pasal|ayat|huruf|halaman|hal\.|lantai|rt|rw|km|kilometer|jalan|jl\.|blok|kode"
    r"|gelombang|tahap|batch|sesi|kloter|edisi|periode|angka[ \t]+kecelakaan)[ \t]*\d+\b"
    r"|\bpukul[ \t]+\d{1,2}(?:[.:]\d{2})?"
    r"|\b\d{1,2}[.:]\d{2}[ \t]*(?:wib|wita|wit)\b"
    r"|\bcovid[-\s]?19\b"
    r"|https?://\S+|www\.\S+"
    r"|(?<!\d)(?:\+62|0)8\d{1,3}[-\s]?\d{3,4}[-\s]?\d{3,5}(?!\d)",
    re.IGNORECASE,
)
# the words a masked span can start with (tokens, lower-cased; "permen..." and
# "kepmen..." by prefix), and the starts that are not words: clock times, phones
_MASK_WORDS = frozenset((
    "inpres", "impres", "instruksi", "perpres", "peraturan", "keppres", "keputusan", "pp", "uu",
    "undang", "perda", "pergub", "perbup", "perwal", "perwali", "kepgub", "se", "surat", "sk",
    "nomor", "nomer", "no", "nr", "tim", "pasal", "ayat", "huruf", "halaman", "hal", "lantai",
    "rt", "rw", "km", "kilometer", "jalan", "jl", "blok", "kode", "gelombang", "tahap", "batch",
    "sesi", "kloter", "edisi", "periode", "angka", "pukul", "covid", "http", "https", "www",
))  # fmt: skip
_MASK_PREFIXES = ("permen", "kepmen")
# (?<![\w.,/-])(?:\d{1,2}[.:]\d{2}[ \t]*wi|08|\+62), written to start with the
# first character so that the search skips to each digit or "+"
_MASK_DIGIT_TRIGGER_RE = re.compile(
    r"[\d+](?<![\w.,/-].)(?:(?<=\d)\d?[.:]\d{2}[ \t]*wi|(?<=0)8|(?<=\+)62)"
)
# where its first kind (a clock time) can be: one or two characters before each match
_MASK_TIME_TAIL_RE = re.compile(r"[.:]\d{2}[ \t]*wi")


def mask_spans(text: str, lower: str | None, toks: _Tokens) -> list[tuple[int, int]]:
    """Regulation numbers, clock times, phone numbers, addresses, links:
    not figures. Tried only where a token or a digit trigger can start one."""
    spans = [m.span() for m in _token_triggered(_MASK_RE, _MASK_WORDS, text, toks, _MASK_PREFIXES)]
    lower = lower if lower is not None else text
    # _MASK_DIGIT_TRIGGER_RE.finditer(lower), tried only where it can match:
    # right before a clock time's ".30 wi", at each "08" and "+62"
    candidates = set()
    for m in _MASK_TIME_TAIL_RE.finditer(lower):
        candidates.update((max(0, m.start() - 1), max(0, m.start() - 2)))
    for needle in ("08", "+62"):
        at = lower.find(needle)
        while at >= 0:
            candidates.add(at)
            at = lower.find(needle, at + 1)
    done = after = 0
    for pos in sorted(candidates):
        if pos < after or (trigger := _MASK_DIGIT_TRIGGER_RE.match(lower, pos)) is None:
            continue
        after = trigger.end()
        m = _MASK_RE.match(text, trigger.start())
        if m and m.end() > trigger.start() and trigger.start() >= done:
            spans.append(m.span())
            done = m.end()
    spans.sort()
    # non-overlapping, first start wins (as one left-to-right scan would)
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept
