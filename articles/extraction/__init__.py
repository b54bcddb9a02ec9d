"""Propose the employment social-security (BPJS Ketenagakerjaan) coverage
figures found in an Indonesian news article, each with its exact sentence, the
rule that found it and a confidence, for a reviewer to accept or reject. Pure
Python: no Django import.

``extract_figures(text, index, published=..., url=...)`` returns
:class:`Figure` objects: coverage percentages, participants, targets, budgets,
award ranks and workforce counts, with segment, region (from a
:class:`RegionIndex` built from plain :class:`RegionEntry` rows), as-of date,
``pattern`` ("count.participants.restates_rate") and ``confidence`` (0-1).

The reading steps, each in the modules named after what they read (plain
functions or one rule class each; no reading overrides another):

- The text. ``unwrap``: the lines of a hard-wrapped text joined first.
  ``article``: paragraphs (lines) and sentences; "Baca Juga" lines and credits
  skipped; headline, dateline ("MAKASSAR -", "Kabaran Jakarta -", "Outlet –
  Jakarta, 30 Januari 2024 –") and venue ("kata X di Ambon, Senin")
  recognised; regulation numbers, clock times and dates masked (``masks``);
  region mentions with what they are (a dateline, a venue "di Padang Aro,
  Senin", "saat ditemui di ..., Jakarta", a comparison scope, a paying
  government "ditanggung Pemprov Kaltim", "bantuan Pemprov Sumut", an office
  "BPJS Ketenagakerjaan Sultra", "Kantor BPJS Blitar", a bank "BPD Bali", the
  nation as a list item "nasional 58 persen"); the subject region (also from the URL: a slug or a
  government host "banjarmasinkota.go.id"; the nation for a national story
  that names no region); a sentence without topic words borrows the topic of
  the one before ("Untuk 2025 kita pasang target 55 persen", list items).
  ``mention_roles``: what each region mention is besides a place (a venue,
  a paying government or an office, a comparison scope) and the region an
  ambiguous name means. ``regions``: the region register and region names in text. ``tokens``: the
  token table, trie and sorted spans the other steps share.
- Numbers. ``numbers``: "1.300.000", "46,44", "1,3 juta", "673,46 ribu",
  "enam juta", "Rp 3,4 miliar", "12,345 peserta" (English comma where a whole
  count is meant), "229. 405"; ordinals and placements ("peringkat kedua",
  "terbaik pertama", "terbaik zona", "tertinggi di Bali", "posisi kedua"); a
  round "N lebih" restating an exact figure.
- Cues. ``lexicon``: the vocabulary (word lists looked up in a trie);
  ``cues``: the patterns around a number; ``cues_text``: the text step's
  (region masks, datelines, sentence ends, venues, paying governments);
  ``cues_places``: the region step's (national sources, offices' areas,
  placements' winners).
- What a number is. ``metrics``: percents (coverage, above 100 % kept, or a
  target: target word, "ditingkatkan menjadi", a year still to come; not a range
  or one share of a list by country) and the dispatch by kind;
  ``pct_vetoes``: percents that are no coverage rate (the uncovered share,
  growth, a share of the registered or the active, a composition, progress
  against a target); ``percents``: a change,
  a share of the members, a rate naming the workers as its denominator, a
  level aimed at, the level now beside a target; ``hoped``: a level only
  hoped for (a target); ``budgets``: amounts, by the nearest money word (not
  benefits paid, prices per worker, increments or an agency's whole budget; a
  fund paying premiums); ``standings``: ordinals, "posisi nomor 5",
  "terbanyak se-Indonesia", "diikuti oleh A dan disusul B" (one place after
  the one before), "tertinggi" after a rate; not one of several places.
  ``figure_kinds``: a level or count read so far that is no figure after all:
  of units that are not workers (``counted_units``: villages, employers,
  projects), or only aimed at or still pending (``aims``: "harus mencapai",
  "masih dalam proses verifikasi").
  ``tables``: markdown tables by column header ("Kepesertaan Non Aktif" is not
  participants) or, under years, by row label. Each rule names itself.
- Counts of people. ``counts``: participants or workforce from the nearest
  cue and the shape of the sentence: "P persen atau N pekerja", "N pekerja
  atau P persen", "N peserta dari M penduduk bekerja", "Dari M pekerja, baru
  N", "tenaga kerja PU 349 ribu, dan 343 ribu di antaranya", subsidised
  premiums (vulnerable); ``count_bare``: whether a number with no noun
  after it counts people at all; ``count_cues``: the nearest cue word when
  the shape of the sentence has not decided; ``count_vetoes``: not restated ("tersebut"),
  claimant, population, event, agents' or lapsed members' counts;
  ``count_plans``: not planned ("ditargetkan", "untuk tahun depan"), hoped,
  grown ("penambahan"), attendance or uncovered counts;
  ``count_workforce``: the people who work, a rate's or a target's whole,
  those who ought to be covered, the vulnerable workers a place has;
  ``count_others``: counts that are no region's (per unit, added, claims
  paid, still out, aimed at, units, a sub-district's, a sub-breakdown's
  parts, one office's or level's share, a bulleted list's items beside its
  stated sum, people only "terdata"); ``count_wholes``: a whole named
  after its part, the whole and part around "dari total"; ``count_places``:
  the workers a place has, a list's sum; ``count_series``: a year-by-year
  series of bare counts; ``count_sectors``: a breakdown by economic field
  (named after the number or before it); ``breakdowns``: a breakdown's
  items take their whole's metric and group; ``protected``:
  workers a government or its budget protects (vulnerable), or a verb of
  protection is said of; ``payers``: who pays, said away from the count, and
  the frame's budget payers; ``items``: list items that are not a whole and
  its part, an office covering several regions; ``groups``: a whole's group
  for its part, rates each after their group, counts that only split a whole.
- ``frame``: each sentence read once into its clauses, the groups it names,
  who pays and which counts that governs (a government that itself registers
  or protects workers, a fund: CSR, Baznas, dana desa, the regional budget),
  its places with their roles (a place named in passing: where a report was
  given, the province another lies in) and its lists (places then as many
  numbers or standings, or numbers then as many places: the k-th number the
  k-th place; a count spread over a run of places has none); segment and
  region read from it.
- Groups (segments). ``segments``: the segment words attached after the
  number, else the nearest joined group before it (not a contrast named
  earlier, not "di luar ASN"), else the group of the figure before it in the
  sentence until another group or a total word is named; carried from the
  figure a number restates or completes, along a series of a group, or from
  an article all about migrant workers; ``segment_named``: a list of groups
  after a count (everyone's), workers counted by village, the group a count
  comes from ("berasal dari"), farmers and fishers given protection
  (vulnerable); ``segment_carried``: a group carried from elsewhere when the
  figure's words name none (the whole it is part of, what it restates, the
  group named before it or opening its sentence, a series, the sentence
  before); ``programmes``: a regency's programme read as one story
  (the groups its whole consists of, a count of "this programme", residents
  counted in a story of a government's vulnerable workers, a count said
  again elsewhere with a group).
- Regions. ``placing``: the region (the nearest placing mention in the
  clause, the winner after a placement, the topic sentence's, the
  paragraph's (its regency, not the province placing it), the nation after a
  national source ("Data Kemnaker", "secara nasional"; not "data BPS" in a
  story about one region) with no region before, the subject; none for a
  branch covering several regions or a Kanwil's whole area, "Sumbagut (Sumut
  dan Aceh)", unless the Kanwil is only the speaker's title); an
  exact figure restated keeps the region of its first statement;
  ``placing_lists``: a figure among a list of places ("A dan B
  masing-masing 42 persen", "A, B dan C berturut-turut 40, 31 dan 22
  persen", an item naming a pair of places); ``placing_nation``: the
  nation after a national source; ``placing_asides``: places
  beside a figure that are not its own (an example, an award's level, a
  national benchmark, a joint payer, the province a regency lies in or an
  award's scope); ``places``: which place a
  standing names as its scope and which as its holder, read once before the
  sentences; ``branches``: a branch office's seat is not its area.
- Dates. ``asof``: the figure's own date: a date in its clause or sentence (a
  target's deadline after it), a table column's year, the last status date
  before it ("per 31 Maret 2025", "hingga Agustus 2021"), the award edition,
  the APBD year of a budget, else the event date (the day the story was
  told, "Kamis (9/2/2023)": ``storyday`` skips a page stamp with a clock time,
  a meeting a few days before and the day another outlet relayed it; else the
  publication date, else the date in the URL, else the
  first date the text names); a standing by coverage dated as a rate; the date
  a next sentence gives the data it points back to. ``asof_words``: its word
  patterns (a quarter or semester before a year, a statistics survey before a
  date, "sepanjang tahun") and how a figure was dated (by a date of its own
  sentence, or only by "saat ini" or the story's day).
- Assembling claims. ``assemble``: candidates of each sentence through these
  steps, with the pattern name and confidence of each figure;
  ``extract_figures``. ``dedupe``: one figure per metric/segment/value/region
  (per year for placements), the mention its own sentence dates preferred,
  else a dated one, restatements,
  rounded twins ("satu juta" beside 1.010.000) and a round count of workers
  said again as the covered ("terdapat 70 ribu pekerja rentan", then
  "melindungi 70 ribu pekerja rentan") dropped. ``figures``: the
  metrics, segments and the Figure record.

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
