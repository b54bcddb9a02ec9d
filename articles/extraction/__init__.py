"""Propose the employment social-security (BPJS Ketenagakerjaan) coverage
figures found in an Indonesian news article, each with its exact sentence, for
a reviewer to accept or reject. Pure Python: no Django import.

``extract_figures(text, index, published=...)`` returns :class:`Figure` objects:
coverage percentages, participants, targets, budgets, award ranks and
workforce counts, with segment, region (from a :class:`RegionIndex` built from
plain :class:`RegionEntry` rows) and as-of date.

How a number becomes a figure, in order:

1. The text is cut into paragraphs (lines) and sentences; "Baca Juga" link
   lines and credits are skipped, a headline and a dateline ("MAKASSAR –",
   "Makassar (ANTARA) -") are recognised.
2. Regulation numbers ("Inpres Nomor 2 Tahun 2021"), "Tim 9", clock times,
   dates and years are masked; they are never figures.
3. Each remaining number is read with its unit (persen, ribu/juta/miliar,
   Rp) and the noun after it, then classified from the words around it:
   health-insurance context (JKN, UHC), economic indicators, thresholds
   ("belum mencapai 50 persen"), changes ("naik 5 persen") and payouts
   (santunan, iuran) are dropped.
4. Metric: a percent is a target when a target word ("ditargetkan",
   "target") or "ditingkatkan menjadi" comes after the last "baru"/"saat
   ini" before it, else a coverage rate; a count of people is participants
   when a participation word ("peserta", "tercover", "terlindungi") is the
   nearest, workforce when "penduduk bekerja", "potensi", "angkatan kerja"
   or "dari <number>" is; an amount is a budget when "anggaran", "APBD",
   "dialokasikan" is the nearest money word; a placement ("tertinggi
   keempat", "juara 1", "terbaik di zona") is an award rank.
5. Segment: segment words right after the number ("46,44 persen untuk
   pekerja formal", "24.874 Orang Pekerja Formal") belong to it; otherwise
   the unclaimed ones before it in its clause; formal and informal together
   mean the total; groups such as non-ASN staff or village officials are
   "other" (their own rate, not the region's).
6. Region: the nearest region named before the number in its clause, else in
   its sentence, else in its paragraph, else the article's subject (the most
   named region; a dateline city and comparison scopes such as "tertinggi di
   Sulawesi Selatan" do not count). National figures go to the nation row
   ("secara nasional", "kepesertaan nasional").
7. As-of: the date named nearest before the number in its sentence (else
   after it; "tahun ini", "saat ini" are read against the event date), else
   the event date (the first "Kamis (9/2/2023)"-style date, else the
   publication date). Budgets and awards are by year; a target takes a year
   or month named in its sentence (its deadline), else the event date.
8. The same metric/segment/value/region is proposed once per article (the
   first mention; a headline figure only when the body does not repeat it).

Speed: every pattern is linear (bounded whitespace, possessive runs), the
long alternations are only tried where a cheap trigger matched, and words
are looked up in a trie, so 1 MB of text takes under a second.

The steps live in their own modules: ``numbers`` (reading a number),
``tokens`` (words and phrase lookup), ``regions`` (the register and region
names), ``cues`` (the vocabulary around a number), ``article`` (paragraphs,
sentences, mentions, event date), ``metrics``, ``segments``, ``asof`` and
``assemble`` (classifying each candidate and building the claims).
"""

from .assemble import extract_figures
from .figures import (
    AWARD_RANK,
    BUDGET_IDR,
    COVERAGE_PCT,
    METRICS,
    PARTICIPANTS,
    SEGMENTS,
    TARGET_PCT,
    WORKFORCE,
    Figure,
)
from .numbers import parse_indonesian_number, parse_ordinal
from .regions import RegionEntry, RegionIndex, RegionMention, region_index_from_fixture

__all__ = [
    "AWARD_RANK",
    "BUDGET_IDR",
    "COVERAGE_PCT",
    "METRICS",
    "PARTICIPANTS",
    "SEGMENTS",
    "TARGET_PCT",
    "WORKFORCE",
    "Figure",
    "RegionEntry",
    "RegionIndex",
    "RegionMention",
    "extract_figures",
    "parse_indonesian_number",
    "parse_ordinal",
    "region_index_from_fixture",
]
