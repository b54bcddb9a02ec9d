"""Groups named at a count, beyond the segment words right after or before it
(``segments``). Plain functions of the extractor, called from
``SegmentRules``.

- A count followed by a list of the groups it covers is everyone's:
  "cakupan pekerja yang telah terlindungi meliputi 412.300 pekerja sektor
  penerima upah, bukan penerima upah, dan jasa konstruksi" (two or more of the
  three membership groups; a list of groups paid for by a government, "Non
  ASN, RT/RW, kader dan pekerja rentan", is left as read: the sets label such
  lists both ways). It takes no group from elsewhere either.
- Workers counted by village are its staff (perangkat desa, the "other"
  segment) when the count names no group of its own: "sebanyak 161 desa
  dengan 2.290 tenaga kerja", "Kemudian 7.100 tenaga kerja di desa", "dari
  125 desa, rata-rata per desa 4 orang. Jika ditotalkan berjumlah 500
  peserta".
- The membership group a count comes from, past words the filler gap does not
  take: "10 ribu lainnya berasal dari tenaga kerja jasa konstruksi", "hanya
  1.100-an dari sektor informal" (only counts: "60 persen berasal dari sektor
  informal" is a composition; only the membership groups, and only when the
  group follows the words at once).
- Workers counted by a trade of the self-employed poor, given protection or
  paid for, are vulnerable: "7.146 petani yang mendapat bantuan
  perlindungan", "Sebanyak 14.000 nelayan segera mendapatkan perlindungan"
  (dev 11 and 27, H 06, J 10-15, O 02, T 02, W 09, AB 11). Left alone: a
  membership taken up with no protection given ("153 ribu nelayan ...
  terdaftar", J 11 and AC 09 label it informal), a trade the text puts in
  another group ("Nelayan adalah contoh pekerja informal"), oil-palm workers
  (S 03, S 08 and M 15 label them `other`, AH 19 and X 09 vulnerable). Only a
  participants count left with no group is read. Such counts still split a
  whole stated before as counts of no group would (``groups``).
Pure Python."""

from __future__ import annotations

import bisect
import re

from .article import _Cand, _Sentence
from .cues import _CHAIN_GAP_RE, _FILLER_GAP_RE
from .figures import CONSTRUCTION, FORMAL, INFORMAL, MIGRANT, TOTAL, VULNERABLE
from .tokens import _first_ge

_MEMBERSHIP_GROUPS = frozenset({FORMAL, INFORMAL, CONSTRUCTION})
# from the number to the list: its unit and a word that opens the list
_LEAD_RE = re.compile(
    r"[ \t]*(?:(?:orang|jiwa|pekerja|peserta|tenaga[ \t]+kerja|karyawan|buruh)[ \t]*)?,?[ \t]*"
    r"(?:(?:baik|yang|terdiri|atas|dari|meliputi|mencakup|di|sektor|segmen|kategori|kelompok"
    r"|pekerja|peserta)[ \t]+){0,4}",
    re.IGNORECASE,
)
# between two items of the list: "(PU), ", " dan ", ", serta ", " hingga "
_ITEM_GAP_RE = re.compile(
    r"(?:[ \t]*\([^()\d]{1,15}\))?[ \t]*,?[ \t]*"
    r"(?:(?:dan|serta|hingga|sampai|maupun|juga|baik)[ \t]+){0,2}"
    r"(?:(?:pekerja|sektor|segmen|peserta|para|tenaga[ \t]+kerja)[ \t]+){0,2}",
    re.IGNORECASE,
)
_LIST_REACH = 200  # characters after the number
# "161 desa dengan 2.290", "196 desa dan 1.825": villages, then their workers
_VILLAGES_THEN_COUNT_RE = re.compile(
    r"\b\d[\d.]*[ \t]+(?:desa|kelurahan|gampong|nagari)[ \t]+(?:dengan|dan|berisi|meliputi)"
    r"[ \t]+(?:(?:total|jumlah|sebanyak|sekitar)[ \t]+)*$",
    re.IGNORECASE,
)
# "7.100 tenaga kerja di desa", "4.300 orang dari desa-desa"
_COUNT_IN_VILLAGES_RE = re.compile(
    r"[ \t]+(?:tenaga[ \t]+kerja|pekerja|orang|peserta|jiwa)[ \t]+(?:di|dari)[ \t]+"
    r"(?:(?:tiap|setiap|seluruh|semua)[ \t]+)?(?:desa|kelurahan|gampong|nagari)\b"
    r"(?![ \t]+(?:dan|serta)[ \t]+(?:kelurahan|kota)\b)",
    re.IGNORECASE,
)
# "rata-rata per desa 4 orang", "masing-masing desa 25 orang": a count per village
_PER_VILLAGE_RE = re.compile(
    r"\b(?:per|tiap|setiap|masing[ \t-]*masing)[ \t]+(?:desa|kelurahan|gampong|nagari)\b",
    re.IGNORECASE,
)
# "Jika ditotalkan berjumlah", "Totalnya", "Sehingga total": the sum of those
_SUMMED_RE = re.compile(
    r"[ \t\"\u201c]*(?:(?:jika|kalau|bila|apabila|sehingga)[ \t]+)?(?:di)?total(?:kan|nya)?\b",
    re.IGNORECASE,
)
_VILLAGE_STEMS = ("desa", "kelurahan", "gampong", "nagari")
# the membership groups this round reads (vulnerable and other workers are left
# to their own readings)
_MEMBERSHIP = frozenset({FORMAL, INFORMAL, CONSTRUCTION, MIGRANT})

# what may stand between a count and "dari <group>": "-an" (rounded), "lebih",
# "lainnya"/"sisanya" (the rest), then "berasal"; at least "-an" or "berasal"
_SOURCE_GAP_RE = re.compile(
    r"(?P<an>-an\b)?(?:[ \t]+(?:lebih|lainnya|sisanya)\b)?(?P<from>[ \t]+berasal\b)?",
    re.IGNORECASE,
)
# what such a gap needs, one or the other (a cheap check first)
_SOURCE_STEMS = ("-an", "berasal")
# the count's own noun: "7.146 petani", "8.445 orang nelayan", "4.110 buruh tani";
# not a trade of oil palms ("800 petani sawit", "petani kelapa sawit")
_TRADE_AFTER_RE = re.compile(
    r"[ \t]+(?:orang[ \t]+|rumah[ \t]+tangga[ \t]+|para[ \t]+)?"
    r"(?P<trade>petani|nelayan|buruh[ \t]+tani|petambak|peternak|pembudidaya)\b"
    r"(?![ \t]+(?:[^\W\d_]+[ \t]+){0,2}sawit\b)",
    re.IGNORECASE,
)

# protection given or paid for, not a membership the workers took up ("2.640
# nelayan telah terdaftar sebagai peserta" is labelled informal or total)
_GIVEN_RE = re.compile(
    r"\b(?:perlindungan|dilindungi|terlindungi|melindungi|bantuan|gratis|didaftarkan"
    r"|mendaftarkan|iuran(?:nya)?|premi(?:nya)?|dijamin|menjamin|ditanggung|menanggung"
    r"|dibiayai|membiayai|dibayarkan|membayarkan|subsidi|hibah\w*)\b",
    re.IGNORECASE,
)
# "... adalah contoh", "... termasuk", "... merupakan salah satu": what group it is
_IS_A = (
    r"\b[^.;\n]{0,40}?\b(?:adalah|merupakan|termasuk|tergolong)[ \t]+"
    r"(?:(?:salah[ \t]+satu|contoh|bagian|dalam|dari|kategori|kelompok)[ \t]+){0,3}"
)
_TRADE_IS_A_RE: dict[str, re.Pattern[str]] = {}


def attach_source_groups(x, s: _Sentence, cands: list[_Cand], breaks: list[int]) -> None:
    """The membership group a count comes from ("berasal dari", "-an")."""
    if not (x.a.holds(_SOURCE_STEMS) and x.a.may_hold(s.lo, s.hi, _SOURCE_STEMS)):
        return  # no "-an" nor "berasal" in the sentence: no gap can take a group
    text = x.text
    for i, cand in enumerate(cands):
        if cand.kind != "count" or cand.seg_after is not None:
            continue
        gap = _SOURCE_GAP_RE.match(text, cand.end, s.hi)
        if gap is None or not (gap.group("an") or gap.group("from")):
            continue
        hi = cands[i + 1].start if i + 1 < len(cands) else s.hi
        hi = min(hi, _first_ge(breaks, cand.end, s.hi))
        _attach_after(x, cand, gap.end(), hi)


def in_a_list_of_groups(x, cands: list[_Cand], i: int, s: _Sentence) -> bool:
    """The number is followed by a list of groups, or comes right after the
    list of the number before ("1.159.887 pekerja baik dari sektor PU, BPU dan
    juga jasa konstruksi dari semesta coverage sebesar 2.871.182 pekerja": the
    whole of the same groups)."""
    cand = cands[i]
    if _groups_listed_after(x, cand, s) > 0:
        return True
    if not i or cand.seg_after:
        return False  # "... formal dan informal, baru 36 persen tenaga informal": its own
    end = _groups_listed_after(x, cands[i - 1], s)
    return end > 0 and end < cand.start and not x._segment_hits(end, cand.start)


def _groups_listed_after(x, cand: _Cand, s: _Sentence) -> int:
    """Where the list of two or more membership groups that follows the number
    ends, or 0 when none follows it."""
    hits = x._segment_hits(cand.end, min(s.hi, cand.end + _LIST_REACH))
    text = x.text
    if len(hits) < 2 or not _LEAD_RE.fullmatch(text, cand.end, hits[0][0]):
        return 0
    groups, last = {hits[0][2]}, hits[0][1]
    for start, end, group in hits[1:]:
        if start < last:
            last = max(last, end)
            continue  # overlapping words for one group
        if not _ITEM_GAP_RE.fullmatch(text, last, start):
            break
        groups.add(group)
        last = end
    return last if len(groups & _MEMBERSHIP_GROUPS) >= 2 else 0


def counted_by_village(x, c: _Cand, s: _Sentence) -> bool:
    if c.kind == "pct" or not _village_reading(x, c, s):
        return False
    # a count said before keeps the group it was first given
    return x.text.find(x.text[c.start : c.end], 0, c.start) < 0


def _village_reading(x, c: _Cand, s: _Sentence) -> bool:
    text = x.text
    lo = max(s.lo, c.start - 60)
    if x.a.may_hold(lo, min(s.hi, c.end + 40), _VILLAGE_STEMS) and (
        _VILLAGES_THEN_COUNT_RE.search(text, lo, c.start) is not None
        or _COUNT_IN_VILLAGES_RE.match(text, c.end, min(s.hi, c.end + 60)) is not None
    ):
        return True
    # "dari 125 desa, rata-rata per desa 4 orang. Jika ditotalkan berjumlah 500"
    if _SUMMED_RE.match(text, s.lo, c.start) is None:
        return False
    k = bisect.bisect_right(x.a.sentence_starts, s.lo) - 2
    if k < 0:
        return False
    before = x.a.sentences[k]
    return (
        before.para == s.para
        and x.a.may_hold(before.lo, before.hi, _VILLAGE_STEMS)
        and _PER_VILLAGE_RE.search(text, before.lo, before.hi) is not None
    )


def _attach_after(x, cand: _Cand, pos: int, hi: int) -> None:
    """The group words right after ``pos`` (and those chained to them, "sektor
    informal atau bukan penerima upah") belong to ``cand``."""
    text = x.text
    for start, end, segment in x._segment_hits(pos, hi):
        if cand.seg_after is None:
            gap = _FILLER_GAP_RE.match(text, pos, start)
            if gap is None or gap.end() != start or segment not in _MEMBERSHIP:
                return
            cand.seg_after = segment
        else:
            chain = _CHAIN_GAP_RE.match(text, pos, start)
            if chain is None or chain.end() != start:
                return
        cand.claimed.add(start)
        pos = end


def counted_by_trade(x, c: _Cand, s: _Sentence) -> bool:
    """The number is followed by a trade of the x-employed poor that the
    text gives nowhere as an example of another group ("Nelayan adalah
    contoh pekerja informal")."""
    if c.kind != "count":
        return False
    m = _TRADE_AFTER_RE.match(x.text, c.end, s.hi)
    if m is None or _GIVEN_RE.search(x.text, s.lo, s.hi) is None:
        return False
    examples = x.__dict__.get("_examples")
    if examples is None:
        examples = x._examples = x._group_examples()
    trade = m.group("trade").split()[0].lower()
    given = examples.get(trade)
    if given is not None:
        return given[1] == VULNERABLE
    return not _trade_named_of_a_group(x, trade)


def _trade_named_of_a_group(x, trade: str) -> bool:
    """ "Nelayan adalah contoh pekerja informal", "petani termasuk pekerja
    bukan penerima upah": the text puts the trade in another group."""
    pattern = _TRADE_IS_A_RE.get(trade)
    if pattern is None:
        pattern = _TRADE_IS_A_RE[trade] = re.compile(r"\b" + trade + _IS_A, re.IGNORECASE)
    for m in pattern.finditer(x.text):
        hits = x._segment_hits(m.end(), m.end() + 40)
        if hits and hits[0][2] not in (VULNERABLE, TOTAL):
            return True
    return False
