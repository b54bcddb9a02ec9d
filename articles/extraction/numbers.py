"""Reading numbers the Indonesian way: "1.300.000", "46,44", "1,3 juta",
"Rp 3,4 miliar", "enam juta", ordinals and placements ("peringkat kedua"); a
round "N lebih" that restates an exact figure of the article ("12 Ribu Lebih
Terdaftar" in a headline over "12.416 pekerja rentan", "baru 7 persen lebih"
beside "7,38 persen": the labellers take the exact one; "dari 5 juta lebih
angka pekerja" with no exact figure beside it stays)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_MULTIPLIERS: dict[str, int] = {
    "ribu": 10**3,
    "ribuan": 10**3,  # "300 ribuan pekerja": about 300 thousand
    "rb": 10**3,
    "juta": 10**6,
    "jutaan": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "miliyar": 10**9,
    "milliar": 10**9,
    "triliun": 10**12,
    "trilyun": 10**12,
    "trilliun": 10**12,
}
_MONEY_MULTIPLIERS = frozenset(
    {"miliar", "milyar", "miliyar", "milliar", "triliun", "trilyun", "trilliun"}
)
_SHORT_MULTIPLIERS = {"M": 10**9, "T": 10**12}

_ORDINAL_WORDS = {
    "pertama": 1,
    "kesatu": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "kelima": 5,
    "keenam": 6,
    "ketujuh": 7,
    "kedelapan": 8,
    "kesembilan": 9,
    "kesepuluh": 10,
    "kesebelas": 11,
}
_CARDINAL_WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
}
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}

_THOUSANDS_DOT_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_THOUSANDS_COMMA_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
_PLAIN_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")
# "2.982,642 orang": thousands dots, then a comma where the last dot belonged
_SLIPPED_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{3}")


_MAX_DIGITS = 18  # longer digit strings are not figures (ids, junk)


def _digits_to_decimal(raw: str) -> Decimal:
    """Indonesian digits: thousands dot, decimal comma ("1.300.000", "46,44").
    A single dot followed by one or two digits is read as a decimal point."""
    if len(raw) - raw.count(".") - raw.count(",") > _MAX_DIGITS:
        raise ValueError(f"too many digits: {raw[:30]!r}")
    if _THOUSANDS_DOT_RE.fullmatch(raw):
        whole, _, frac = raw.partition(",")
        normal = whole.replace(".", "") + (f".{frac}" if frac else "")
    elif _THOUSANDS_COMMA_RE.fullmatch(raw):
        normal = raw.replace(",", "")
    elif _PLAIN_NUMBER_RE.fullmatch(raw):
        normal = raw.replace(",", ".")
    else:
        raise ValueError(f"not a number: {raw!r}")
    return Decimal(normal)


def _normalise(value: Decimal) -> Decimal:
    """46.440 -> 46.44, 1300000.0 -> 1300000 (no exponent notation)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return Decimal(format(value, "f").rstrip("0"))


_ORDINAL_RE = re.compile(
    r"(?:ke[-\s]?(?P<num>\d{1,3})\b|(?P<word>"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)


def parse_ordinal(text: str) -> int:
    """4 for "keempat", "ke-4", "ke 4", "tertinggi keempat", "juara IV", "juara 4".
    Raises ValueError when there is no placement in ``text``."""
    m = _ORDINAL_RE.search(text)
    if m:
        if m.group("num"):
            return int(m.group("num"))
        return _ORDINAL_WORDS[m.group("word").lower()]
    m = _RANK_RE.search(text)
    if m:
        value = _rank_value(m)
        if value is not None:
            return value
    raise ValueError(f"no ordinal in {text!r}")


_PARSE_RE = re.compile(
    r"\s*(?:(?:rp|idr)\.?\s*)?(?P<num>\d[\d.,]*)(?:,-)?\s*"
    r"(?:(?P<mult>ribu|rb|juta|jt|miliar|milyar|miliyar|milliar|triliun|trilyun|trilliun)\b"
    r"|(?P<short>[MT])\b)?",
    re.IGNORECASE,
)


def parse_indonesian_number(text: str) -> Decimal:
    """The value of an Indonesian number expression, normalised.

    "46,44 persen" -> 46.44; "24.874" -> 24874; "1,3 juta" -> 1300000;
    "Rp16 miliar" -> 16000000000; "1 Milyar" -> 1000000000; "keempat" -> 4.
    Raises ValueError when there is no number.
    """
    m = _PARSE_RE.match(text or "")
    if not m:
        try:
            return Decimal(parse_ordinal(text or ""))
        except ValueError:
            raise ValueError(f"no number in {text!r}") from None
    try:
        value = _digits_to_decimal(m.group("num").rstrip(".,"))
    except (ValueError, InvalidOperation):
        raise ValueError(f"no number in {text!r}") from None
    if m.group("mult"):
        value *= _MULTIPLIERS[m.group("mult").lower()]
    elif m.group("short") and re.match(r"\s*(?:rp|idr)", text, re.IGNORECASE):
        value *= _SHORT_MULTIPLIERS[m.group("short").upper()]
    return _normalise(value)


_NUMBER_RE = re.compile(
    # (the lookahead names the characters a match can start with, which the
    # engine skips to: "rp"/"idr" in any case, with the Turkish i's, or a digit)
    "(?=[\\dRrIi\u0130\u0131])"
    r"(?<![\w.,/-])(?P<rp>(?i:rp|idr)\.?[ \t]?)?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?)"
    r"(?!\d|[.,/-]\d)"
)
# "enam juta", "Empat Juta", "dua persen": a number word, only before a
# multiplier or a percent
_WORD_NUMBER_RE = re.compile(
    r"(?<![\w-])(?P<rp>(?i:rp|idr)\.?[ \t]?)?(?P<num>(?i:"
    + "|".join(sorted(_CARDINAL_WORDS, key=len, reverse=True))
    + r"))(?=[ \t]+(?i:ribu|juta|miliar|milyar|triliun|persen)\b)"
)
_MULT_WORDS = frozenset(("ribu", "juta", "miliar", "milyar", "triliun", "persen"))
_MULT_WORD_RE = re.compile(r"\b(?:ribu|juta|miliar|milyar|triliun|persen)\b")
_WORD_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:rp|idr)\.?[ \t]?)?(?:"
    + "|".join(sorted(_CARDINAL_WORDS, key=len, reverse=True))
    + r")[ \t]+$"
)
# "229. 405 orang": a thousands dot followed by a stray space (scraped text)
# (its "rp" group never takes part: an empty match would make every such count money)
_SPACED_THOUSANDS_RE = re.compile(
    r"(?=\d)(?<![\w.,/-])(?:(?P<rp>(?!)))?(?P<num>\d{1,3}\. \d{3})(?=[ \t]+[a-z])"
)
# "diangka 37, 58 persen": a decimal comma followed by a stray space, before a
# percent only (tried where the text says "persen"; "tahun 2023, 58 persen" has
# four digits before the comma, "1, 2 dan 3 persen" one after it)
_SPACED_DECIMAL_RE = re.compile(r"(?<![\w.,/-])(?:(?P<rp>(?!)))?(?P<num>\d{1,2}, \d{2})[ \t]*$")
# "berkisar155.235orang", "dan17.723orang": a number with thousands dots glued
# to two letters before it (not "Rp": money is read by _NUMBER_RE; not a leading
# zero: "hp081.234.567" is a telephone)
_GLUED_NUMBER_RE = re.compile(
    r"(?<=[^\W\d_]{2})(?<![Rr][Pp])(?<![Ii][Dd][Rr])(?:(?P<rp>(?!)))?"
    r"(?P<num>[1-9]\d{0,2}(?:\.\d{3})+)(?!\d|[.,/-]\d)"
)
_MULT_RE = re.compile(
    r"[ \t]?(?:(?P<mult>ribuan|ribu|rb|jutaan|juta|jt|miliar|milyar|miliyar|milliar"
    r"|triliun|trilyun|trilliun)"
    r"\b\.?|(?P<short>(?-i:[MT]))\b)",
    re.IGNORECASE,
)
# "45 persenan" (about 45 %) too; mistyped "Capai 100 Psersen", and "69,4 pers" cut
# off at a paragraph's end (only there: "pers" is the press)
_PCT_RE = re.compile(
    r"[ \t]{0,2}(?:%|(?:persen(?:an)?|psersen|prosen|per[ \t]+sen|pct)\b|pers(?=[ \t]*$))",
    re.IGNORECASE,
)
_RUPIAH_RE = re.compile(r"(?:,-)?[ \t]*rupiah\b|,-", re.IGNORECASE)
# (a "non-" before a group's capitals is skipped: "34.555 non-ASN" are people)
_NOUN_RE = re.compile(
    r"[ \t]*(?:\([ \t]*)?(?:[Nn]on[ \t-]+(?=[A-Z]{2,}\b|formal\b))?"
    r"(?P<w1>[^\W\d_]+)(?:[ \t/-]+(?P<w2>[^\W\d_]+))?"
)
_PER_UNIT_RE = re.compile(
    r"[ \t]*(?:/|per[ \t]+|setiap[ \t]+|tiap[ \t]+)(?:bulan|bln|orang|org|pekerja|peserta|jiwa"
    r"|kepala|anak|hari|jam|kk|kepala[ \t]+keluarga)\b",
    re.IGNORECASE,
)


_ORD_ALT = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_CARD_ALT = "|".join(sorted(_CARDINAL_WORDS, key=len, reverse=True))
_RANK_RE = re.compile(
    # ("berada diurutan 16": "di" written joined)
    # ("masih nomor 9 dari 10 kabupaten kota": a standing out of the regions counted)
    rf"\b(?:di(?=(?:urutan|peringkat)[ \t]))?(?P<kw>juara|peringkat|ranking|rangking|urutan"
    r"|nomor(?=[ \t]+\d{1,2}[ \t]+dari[ \t]+\d{1,3}[ \t]+(?:provinsi|kabupaten|kota|daerah)\b))"
    rf"[ \t]+(?:ke[-\s]?|nomor[ \t]+)?"
    rf"(?P<val>\d{{1,3}}|{_ORD_ALT}|{_CARD_ALT}|(?-i:VIII|VII|VI|IV|IX|III|II|I|V|X))\b(?![.,]\d)"
    rf"|\b(?P<kw2>tertinggi|terbaik|terbesar|terbanyak|teratas)[ \t]+"
    # ("Terbaik 1 Nagekeo, Terbaik 2 TTU": a bare digit after "terbaik" only, not a
    # count or the top N: "terbaik 5 besar")
    rf"(?P<val2>ke[-\s]?\d{{1,3}}|{_ORD_ALT}|(?-i:III|II|IV|I|V)"
    r"|(?<=terbaik[ \t])[1-9](?![ \t]*(?:%|persen|besar|juta|ribu)\b))\b(?![.,]\d)"
    r"|\b(?P<kw3>terbaik)\b(?=[ \t]+(?:di|se|se-\w+|tingkat|zona|kategori|dari|pertama)\b"
    # "provinsi terbaik inovasi zona Sumatera": the best of a theme in a zone
    r"|[ \t]+[^\W\d_]+[ \t]+zona\b)"
    # ("tertinggi tingkat Provinsi Sulawesi Selatan": the scope after "tingkat")
    r"|\b(?P<kw4>tertinggi|teratas)\b"
    r"(?=[ \t]+(?:di|se|dicapai|diraih|ditempati|tingkat)\b|[ \t]*se-)"
    # "peserta terbanyak ada di DKI Jakarta": the first place, held there
    r"|\b(?P<kw8>terbanyak|tertinggi|terbesar)(?=[ \t]+(?:(?:saat[ \t]+ini|kini|sekarang)[ \t]+)?"
    r"(?:ada|berada|terdapat)[ \t]+di\b)"
    rf"|\b(?P<kw5>posisi|tempat)[ \t]+(?P<val5>ke[-\s]?\d{{1,3}}|nomor[ \t]+\d{{1,3}}|{_ORD_ALT}"
    # "menempati posisi tertinggi": the first place
    r"|tertinggi|teratas|puncak)\b"
    # "terbanyak se-Indonesia", "tertinggi nasional": first in the nation
    # ("Kabupaten A yang nomor satu di Indonesia": the standing said without "peringkat")
    r"|\b(?P<kw6>terbanyak|tertinggi|terbesar|nomor[ \t]+(?:satu|1))[ \t]+(?:nasional|se-?Indonesia"
    r"|di[ \t]+Indonesia)\b"
    # "menempati urutan selanjutnya", "diikuti oleh Kabupaten A dan disusul Kota B":
    # one place after the standing named just before
    r"|\b(?P<kw7>(?:urutan|posisi|peringkat)[ \t]+(?:selanjutnya|berikutnya)"
    r"|(?:diikuti|disusul)(?:[ \t]+oleh)?(?=[ \t]+(?-i:[A-Z]))"
    # (not "disusul Bukan Penerima Upah (BPU) dari 58.189 pekerja": the next group)
    r"(?![ \t]+(?:bpu|pu|jakon|bukan|penerima|jasa|pekerja|sektor|segmen|kelompok)\b)"
    # "Jawa Timur menyusul dengan 4 juta": the next after the first
    r"|menyusul(?=[ \t]+(?:dengan|di[ \t]+(?:posisi|urutan|peringkat))\b)"
    # "Menyusul Kabupaten Teluk Wondama, dari ...": the next one named
    r"|(?-i:Menyusul)(?=[ \t]+(?-i:[A-Z])))"
    # "Kabupaten Kaimana mempunyai capaian tertinggi, dari ...": the region before holds it
    # ("mencatat persentase realisasi tertinggi, yakni 50,71%"; "Kota A merupakan
    # yang tertinggi melindungi ...": the region before holds it too)
    r"|(?:(?<=capaian[ \t])|(?<=realisasi[ \t])|(?<=persentase[ \t]))(?P<kw9>tertinggi)"
    r"(?=[ \t]*[,.;:])"
    r"|(?:(?<=merupakan[ \t]yang[ \t])|(?<=adalah[ \t]yang[ \t]))(?P<kw11>tertinggi)\b"
    # (not a record over time: "yang tertinggi sepanjang sejarah")
    r"(?![ \t]+(?:sepanjang|selama|sejak|dalam[ \t]+sejarah)\b)",
    re.IGNORECASE,
)


# the first word of every alternative of _RANK_RE (tried only at these tokens)
_RANK_WORDS = frozenset((
    "juara", "peringkat", "ranking", "rangking", "urutan", "tertinggi", "terbaik", "terbesar",
    "terbanyak", "teratas", "posisi", "tempat", "diikuti", "disusul", "menyusul", "nomor",
    "diurutan", "diperingkat",
))  # fmt: skip


def _rank_value(m: re.Match[str]) -> int | None:
    raw = m.group("val") or m.group("val2") or m.group("val5")
    if raw is None:
        return 1
    if raw.isdigit():
        return int(raw)
    key = raw.lower()
    if key in ("tertinggi", "teratas", "puncak"):
        return 1
    if key in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[key]
    if key in _CARDINAL_WORDS:
        return _CARDINAL_WORDS[key]
    if raw in _ROMAN:
        return _ROMAN[raw]
    digits = re.search(r"\d+", raw)
    return int(digits.group()) if digits else None


# -- a round figure restating an exact one ------------------------------------

_MORE_AFTER_RE = re.compile(r"[ \t]*lebih\b", re.IGNORECASE)
_MORE_STEMS = ("lebih",)
_TENTH_MORE = Decimal("1.1")


def _rounded_place(value: Decimal) -> Decimal:
    """10 for 230, 1000 for 14000: the place a round number was cut at."""
    place = Decimal(1)
    while value % (place * 10) == 0:
        place *= 10
    return place


def rounded_restatement(x, c, s) -> bool:
    """A whole count or percent followed by "lebih", whose value another number
    of the same kind in the article exceeds by less than its last rounded place
    (and, for counts, by less than a tenth)."""
    # "lebih" right after it first: cheaper than the value's tests
    if not (x.a.holds(_MORE_STEMS) and _MORE_AFTER_RE.match(x.text, c.end, s.hi)):
        return False
    value = c.value
    if value < 1 or value != value.to_integral_value():
        return False
    pct = c.kind == "pct"
    # a percent is cut at its whole; a count at its last round place, and
    # within a tenth ("20.000 lebih" is no restatement of 29.500)
    hi = value + 1 if pct else min(value + _rounded_place(value), value * _TENTH_MORE)
    return any(value < other < hi for other in _exact_values(x).get(pct, ()))


def _exact_values(x) -> dict[bool, list[Decimal]]:
    """The values of every number of the article, percents (True) and counts
    (False) apart; read once, when first asked."""
    found = getattr(x, "_exact_values_found", None)
    if found is None:
        found = {True: [], False: []}
        end = len(x.text)
        for m in x.numbers:
            cand = x._read_number(m, end)
            if cand is not None and cand.kind in ("pct", "count"):
                found[cand.kind == "pct"].append(cand.value)
        x._exact_values_found = found
    return found
