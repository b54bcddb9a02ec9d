"""Propose the employment social-security (BPJS Ketenagakerjaan) coverage
figures found in an Indonesian news article, each with its exact sentence, the
rule that found it and a confidence, for a reviewer to accept or reject. Pure
Python: no Django import.

``extract_figures(text, index, published=..., url=...)`` returns
:class:`Figure` objects: coverage percentages, participants, targets, budgets,
award ranks and workforce counts, with segment, region (from a
:class:`RegionIndex` built from plain :class:`RegionEntry` rows), as-of date,
``pattern`` ("count.participants.restates_rate") and ``confidence`` (0-1).

The reading steps, one module each:

- ``article``: paragraphs (lines) and sentences; "Baca Juga" lines and credits
  skipped; headline, dateline ("MAKASSAR -", "Kabaran Jakarta -", "Outlet –
  Jakarta, 30 Januari 2024 –") and venue
  ("kata X di Ambon, Senin") recognised; regulation numbers, clock times and
  dates masked (``masks``); region mentions with what they are (a dateline, a venue, a
  comparison scope, a paying government "ditanggung Pemprov Kaltim", an office
  "BPJS Ketenagakerjaan Sultra"); the subject region (also from the URL: a slug
  or a government host "banjarmasinkota.go.id"; the nation for a national story
  that names no region); a sentence without topic words borrows the topic of
  the one before ("Untuk 2025 kita pasang target 55 persen", list items).
- ``numbers``: "1.300.000", "46,44", "1,3 juta", "673,46 ribu", "enam juta",
  "Rp 3,4 miliar", "12,345 peserta" (English comma where a whole count is
  meant), "229. 405"; ordinals and placements ("peringkat kedua", "terbaik
  pertama", "terbaik zona", "tertinggi di Bali", "posisi kedua").
- ``lexicon``: the vocabulary (word lists looked up in a trie); ``cues``: the
  patterns around a number.
- ``metrics``: what a number is. Percents: coverage (above 100 % kept), or a
  target (target word, "ditingkatkan menjadi", a year still to come); not the
  uncovered share, a growth rate, a range, a share of the registered or one
  share of a list by country. Amounts: budgets by the nearest money word (not
  benefits paid). Standings (``standings``): ordinals, "posisi nomor 5", "terbanyak
  se-Indonesia", "diikuti oleh A dan disusul B" (one place after the one
  before). Each rule names itself.
- ``counts``: counts of people, participants or workforce, from the nearest
  cue and the shape of the sentence: "P persen atau N pekerja", "N pekerja
  atau P persen", "N peserta dari M penduduk bekerja", "Dari M pekerja, baru
  N", "tenaga kerja PU 349 ribu, dan 343 ribu di antaranya", subsidised
  premiums (vulnerable); not planned ("ditargetkan", "untuk tahun depan"),
  hoped, grown ("penambahan"), restated ("tersebut"), uncovered, claimant,
  population, event or attendance counts.
- ``tables``: markdown tables (with or without the leading pipe) by column
  header ("Kepesertaan Non Aktif" is not participants) or, under years, by
  row label.
- ``frame``: each sentence read once into its clauses, the groups it names,
  who pays and which counts that governs (a government that itself registers
  or protects workers, a fund: CSR, Baznas, dana desa), its places with their
  roles (a place named in passing: where a report was given, the province
  another lies in) and its lists (places then as many numbers or standings,
  or numbers then as many places: the k-th number the k-th place; a count
  spread over a run of places has none); segment and region read from it.
- readings added by the rounds tuned on fresh sets, one mixin module each:
  ``payers`` (a payer named away from the count), ``protected`` (workers a
  government or its budget protects: vulnerable), ``groups`` (a whole's group
  for its part, rates each after their group, counts that only split a
  whole), ``items`` (list items that are not a whole and its part, an office
  covering several regions), ``branches`` (a branch office's seat is not its
  area), ``placing_asides`` (places beside a figure that are not its own),
  ``count_series`` (a year-by-year series of bare counts) and
  ``count_wholes`` (a whole named after its part), ``count_places`` (the
  workers a place has, a list's sum), ``count_sectors`` (a breakdown by
  economic field), ``hoped`` (a level only hoped for: a target) and
  ``breakdowns`` (a breakdown's items take their whole's metric and group); ``unwrap``
  joins the lines of a hard-wrapped text before anything is read.
- readings added by the pooled rounds (each fixes a kind of sentence whose
  errors recur in at least three real-news sets), one mixin module each,
  named after its round: ``poolseg_*`` and ``poolseg2_*`` (a figure's group
  or place: a sentence going on about the one before, workers counted by
  village, money paying for the workers' membership, a count followed by the
  groups it covers, places in another role), ``poolmiss_*`` (figures found
  nowhere before: the whole and part around "dari total", workers a verb of
  protection is said of, a rate that names its denominator), ``precpct_*``
  (percents and amounts that are no rate or budget: changes, shares of the
  members, prices per worker, benefits paid; levels aimed at as targets),
  ``poolreg_places`` (a province named beside its regency is where the
  regency lies or an award's scope, not the figure's place) and
  ``pooldate_dates`` (the as-of date of a story with no day of its own, of a
  ranking, of a quote dated only by the day it was told, and a status date
  the next sentence gives); and those of the evening rounds: ``spur_*`` (a
  standing that names no single place, a round "N lebih" beside the exact
  figure it restates), ``vuln_*`` (farmers and fishers given protection are
  vulnerable; the vulnerable workers a place has are its workforce),
  ``wf_counts`` (the people of a place who work, a rate's whole called its
  target, a count whose share follows it), ``seg_after`` (a count's group
  named after it past "berasal dari"), ``ajtune_potential`` (workers who
  ought to be covered are the workforce), ``probe_standings`` ("tertinggi"
  right after a coverage rate is first place), ``probe2_funds`` (an amount
  right after a fund that pays premiums, DBHCHT, zakat, CSR, is a budget),
  ``probe2_levels`` (the level a target rises from is the coverage reached)
  and ``subdistricts`` (counts of a kecamatan, which no region row holds, are
  no region's figure).
- ``segments``: the segment words attached after the number, else the nearest
  joined group before it (not a contrast named earlier, not "di luar ASN"),
  else the group of the figure before it in the sentence until another group
  or a total word is named;
  carried from the figure a number restates or completes, along a series of
  a group, or from an article all about migrant workers.
- ``placing``: the region (the nearest placing mention in the clause, the
  winner after a placement, the topic sentence's, the paragraph's, the nation
  after a national source ("Data Kemnaker", "secara nasional") with no region
  before, the subject; none for a branch covering several regions or a
  Kanwil's whole area, "Sumbagut (Sumut dan Aceh)"); an exact figure restated
  keeps the region of its first statement.
- ``dedupe``: one figure per metric/segment/value/region (per year for
  placements), the dated mention preferred, restatements and rounded twins
  ("satu juta" beside 1.010.000) dropped.
- ``assemble``: candidates of each sentence through these steps, with the
  pattern name and confidence of each figure; ``extract_figures``.
- ``asof``: the figure's own date: a date in its clause or sentence (a
  target's deadline after it), a table column's year, the last status date
  before it ("per 31 Maret 2025", "hingga Agustus 2021"), the award edition,
  the APBD year of a budget, else the event date (the first "Kamis
  (9/2/2023)", else the publication date, else the date in the URL).

Speed: every pattern is linear (bounded whitespace, possessive runs), the long
alternations are only tried where a cheap trigger matched (a word from the
text's token table, built once, which answers a set of words by set
intersections), slower tail patterns only where a substring check finds their
words, words are looked up in a trie, what a whole text holds (the APBD and
award years) is found once rather than rescanned per figure, and the cyclic
garbage collector waits until the article is read (``bench/extraction_speed.py``).
Accuracy on real news: ``make eval`` (``bench/eval_extraction.py``).
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
