"""Whether a number with no noun after it counts people: the words around it
must say so (a person word or cue word just before it, "dari" after a count,
"di antaranya", a rate it restates, a whole or a level of a series, the count a
sentence opens with, an item of a list). A mixin of ``CountRules``."""

from __future__ import annotations

import re

from .count_vetoes import _Count
from .cues import (
    _COUNT_THEN_RATE_RE,
    _DARI_TAIL_RE,
    _NUMERATOR_RE,
    _OR_RESTATES_RE,
    _PERSON_TAIL_RE,
)
from .figures import PARTICIPANTS

_EARLIER_PERIOD_TAIL_RE = re.compile(
    r"\b(?:tahun|bulan|periode|triwulan|semester)[ \t]+(?:lalu|sebelumnya|kemarin)\b[^.;\d]{0,30}$",
    re.IGNORECASE,
)
# "343 ribu di antaranya": a part of the number before it
_AMONG_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:orang|pekerja|peserta|tenaga[ \t]+kerja)[ \t]+)?(?:di[ \t]*antaranya|dari"
    r"[ \t]+jumlah[ \t]+(?:itu|tersebut))\b",
    re.IGNORECASE,
)
_COUNT_SUBJECT_RE = re.compile(
    r"\b(?:jumlah|total)[ \t]+(?:peserta|kepesertaan|pekerja|tenaga[ \t]+kerja)\b", re.IGNORECASE
)
_RUN_OF_COUNTS_RE = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:(?:dan|serta)[ \t]+)?\d[\d.,]*)+[ \t]+(?:orang|pekerja|peserta|jiwa)\b",
    re.IGNORECASE,
)
# "jika dibandingkan periode sama tahun lalu yang sejumlah", "naik dibandingkan tahun
# lalu sebanyak"
_COMPARED_TAIL_RE = re.compile(
    # (not "dibanding dengan jumlah peserta saat ini yang tercatat ...": the level now)
    r"\bdibanding(?:kan)?\b(?:(?!saat[ \t]+ini|kini|sekarang)[^.;\d]){0,50}?"
    r"(?:(?:yang|sebanyak|sejumlah|sebesar|tercatat"
    r"|mencapai|hanya|dengan|jumlah)[ \t]+)+$",
    re.IGNORECASE,
)


class CountBareRules:
    def _bare_count_supported(self, k: _Count) -> bool:
        """A number with no noun after it is a count of people only when the
        words around it say so."""
        c, s, prev, nxt, text = k.c, k.s, k.prev, k.nxt, self.text
        p_lo, f_hi = k.p_lo, k.f_hi
        if c.mult is None and (c.value < 100 or 1900 <= c.value <= 2100):
            return False
        part, wf = self.hits["part"], self.hits["wf"]
        return bool(
            _PERSON_TAIL_RE.search(text[max(s.lo, c.start - 60) : c.start])
            or part.any(max(p_lo, c.start - 60), c.start)
            or wf.any(max(p_lo, c.start - 60), c.start)
            or (prev is not None and _DARI_TAIL_RE.search(k.tail))
            # "280.000 di antaranya terdaftar sebagai peserta": a part of the count
            # before it, the word of participation right after
            or (
                prev is not None
                and prev.kind == "count"
                and _AMONG_AFTER_RE.match(text, c.end, f_hi)
                and part.any(c.end, min(f_hi, c.end + 50))
            )
            or (nxt is not None and _NUMERATOR_RE.match(text, c.end, f_hi))
            or self._members_after(c, prev, f_hi)
            # "... jika dibandingkan periode sama tahun lalu yang sejumlah 212.266"
            or (
                "banding" in k.tail[-80:]
                and _COMPARED_TAIL_RE.search(k.tail[-80:])
                and part.any(s.topic_lo, s.hi)
            )
            # "Gorontalo 193.218 atau 49 persen dari 397.894 potensi": the
            # covered count a rate restates
            or (
                nxt is not None
                and nxt.kind == "pct"
                and _COUNT_THEN_RATE_RE.match(text, c.end, nxt.start)
                and (part.any(s.topic_lo, s.hi) or wf.any(s.lo, s.hi))
            )
            or k.whole_of_next
            or k.reached
            or self._level_of_a_yearly_series(k)
            or self._part_of_named_whole(k)
            # "masing-masing sebanyak 12.000, 8.500 dan 9.100 pekerja": the run's noun
            or bool(_RUN_OF_COUNTS_RE.match(text, c.end, s.hi))
            # "Jumlah peserta ... di wilayah Sumbagut (Sumut dan Aceh) mencapai 1,75
            # juta": the count the sentence (or its own clause) opens with
            or (
                c.mult is not None
                and _COUNT_SUBJECT_RE.search(text, s.lo if prev is None else p_lo, c.start)
            )
            # "tercatat baru 25 persen atau sekitar 1,25 juta yang terdaftar"
            or (
                prev is not None
                and prev.kind == "pct"
                and _OR_RESTATES_RE.match(text, prev.end, c.start)
                and part.any(c.end, min(f_hi, c.end + 30))
            )
            # "10 ribu pekerjanya ..., sedangkan 5 ribu ditanggung Pemprov"
            or (
                prev is not None
                and prev.metric == PARTICIPANTS
                and (prev.noun == "person" or c.start - prev.end <= 40)
            )
            # "peserta penerima upah 27,4 juta, bukan penerima upah 9,12 juta, ..."
            or (
                self._segment_hits(max(p_lo, c.start - 40), c.start)
                and part.any(s.topic_lo, c.start)
            )
            # "... tenaga kerja aktif ... 35 juta pekerja. Sementara di akhir tahun lalu
            # terdapat 30,6 juta": the level of a period before, the same kind of count
            or (
                c.mult is not None
                and s.topic_lo < s.lo
                and _EARLIER_PERIOD_TAIL_RE.search(k.tail[-60:])
                and part.any(s.topic_lo, s.lo)
            )
        )
