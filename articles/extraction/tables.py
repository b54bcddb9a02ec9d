"""Markdown tables ("| Kabupaten/Kota | Peserta | Potensi | UCJ |"): each
number cell is read by its column header ("Peserta" -> participants,
"Potensi" -> workforce, "UCJ"/"%" -> coverage) or, under a header of years,
by its row label ("| 2 | Pekerja | 82.001 | 65.144 |" -> participants per
year). The region is the one the row names, else the article's."""

from __future__ import annotations

import re

from .article import _Cand, _Sentence
from .figures import COVERAGE_PCT, PARTICIPANTS, TARGET_PCT, WORKFORCE

_SEPARATOR_RE = re.compile(r"\|?[\s:|-]+\|?")
_YEAR_CELL_RE = re.compile(r"(?:19|20)\d{2}")
_PERIOD_RE = re.compile(r"\b(?:tahun|periode|bulan|semester|triwulan)\b", re.I)
_HEADER_METRICS = (
    (re.compile(r"\btarget\b", re.I), TARGET_PCT),
    (
        re.compile(r"%|\bpersen|\bucj\b|\bcakupan|\bcoverage|\bcapaian|\bpersentase", re.I),
        COVERAGE_PCT,
    ),
    (
        re.compile(
            r"\bpotensi|\bangkatan[ \t]+kerja|\bpenduduk[ \t]+bekerja|\bsemesta"
            r"|\bjumlah[ \t]+pekerja",
            re.I,
        ),
        WORKFORCE,
    ),
    (
        re.compile(r"\bpeserta|\bkepesertaan|\bterdaftar|\btercover|\bterlindungi|\baktif", re.I),
        PARTICIPANTS,
    ),
)
_NOT_PEOPLE_RE = re.compile(
    r"\b(?:no|nomor|perusahaan|pemberi[ \t]+kerja|badan[ \t]+usaha|klaim|iuran|kasus|rp)\b", re.I
)
_PEOPLE_LABEL_RE = re.compile(r"\b(?:pekerja|tenaga[ \t]+kerja|peserta|karyawan|buruh)\b", re.I)


_TOTAL_LABEL_RE = re.compile(r"[ \t]*(?:grand[ \t]+)?(?:jumlah|total)[ \t]*:?[ \t]*", re.I)
_REGION_COLUMN_RE = re.compile(
    r"\b(?:provinsi|kabupaten|kota|kab/kota|wilayah|daerah|cabang|kanwil)\b", re.I
)
_INACTIVE_RE = re.compile(r"\b(?:non|tidak)[ \t-]?aktif|\bnonaktif", re.I)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def is_table_line(line: str) -> bool:
    """A markdown table row: "| a | b |", or the same without its leading
    pipe ("1 | Aceh | 583.638 | 117.947 |", "No. | Provinsi | Aktif")."""
    line = line.strip()
    if line.startswith("|"):
        return True
    pipes = line.count("|")
    return pipes >= 3 or pipes == 2 and line.endswith("|")


def table_row_span(text: str, pos: int) -> tuple[int, int] | None:
    """The start and end of the table row holding ``pos``, else None."""
    line_lo = text.rfind("\n", 0, pos) + 1
    line_hi = text.find("\n", pos)
    line_hi = len(text) if line_hi < 0 else line_hi
    if text.find("|", line_lo, line_hi) < 0:
        return None  # (every table line has a pipe)
    return (line_lo, line_hi) if is_table_line(text[line_lo:line_hi]) else None


def cell_column(text: str, line_lo: int, pos: int) -> int:
    """The index, among a row's cells, of the cell holding ``pos``."""
    lead = 1 if text[line_lo:pos].lstrip().startswith("|") else 0
    return text.count("|", line_lo, pos) - lead


class TableRules:
    def _table_lines(self, s: _Sentence) -> tuple[list[str], str] | None:
        """The header cells of the table the row ``s`` belongs to, and the row."""
        text = self.text
        span = table_row_span(text, s.lo)
        if span is None:
            return None
        line_lo, line_hi = span
        row = text[line_lo:line_hi].strip()
        if _SEPARATOR_RE.fullmatch(row):
            return None
        header = row
        lo = line_lo
        for _step in range(60):  # walk up to the first row of the table
            if lo == 0:
                break
            prev_lo = text.rfind("\n", 0, lo - 1) + 1
            prev = text[prev_lo : lo - 1].strip()
            if not is_table_line(prev):
                break
            header, lo = prev, prev_lo
        if header == row:
            return None
        return _cells(header), row

    def _table_metric(self, c: _Cand, s: _Sentence) -> str | None:
        """The metric of a number in a table row, from its column or its row
        (and the rule that decided), or None when it is not a table cell."""
        if c.kind == "rank":
            return None  # "| Juara 1 | Kabupaten Sragen |": a placement, read as in a sentence
        found = self._table_lines(s)
        if found is None:
            return None
        header, row = found
        cells = _cells(row)
        line_lo = self.text.rfind("\n", 0, c.start) + 1
        column = cell_column(self.text, line_lo, c.start)
        if column < 0 or column >= len(cells) or column == 0 and len(cells) > 2:
            return ""  # a row number, not a figure
        label = " ".join(cell for cell in cells[:column] if not re.fullmatch(r"[\d.,\s-]*", cell))
        if not label:
            return ""  # an unlabelled row (a sum of mixed columns): nothing to say what it counts
        if _TOTAL_LABEL_RE.fullmatch(label) and any(_REGION_COLUMN_RE.search(h) for h in header):
            # the sum row of a table by region: the regions listed, not one of them
            # (nor surely the nation: the table may list only some)
            return ""
        name = header[column] if column < len(header) else ""
        if _NOT_PEOPLE_RE.search(name) and not _PEOPLE_LABEL_RE.search(name):
            return ""
        if _INACTIVE_RE.search(name):
            return ""  # lapsed members ("Kepesertaan Non Aktif") are not participants
        for pattern, metric in _HEADER_METRICS:
            if name and pattern.search(name):
                if metric in (COVERAGE_PCT, TARGET_PCT) and c.kind == "count":
                    c.kind = "pct"
                if metric not in (COVERAGE_PCT, TARGET_PCT) and c.kind == "pct":
                    return ""
                c.rule, c.conf = "column_header", 0.7
                return metric
        # a header of years: the row label says what is counted
        if (
            (_YEAR_CELL_RE.fullmatch(name) or not name.strip() or _PERIOD_RE.search(name))
            and c.kind == "count"
            and _PEOPLE_LABEL_RE.search(label)
            and self._table_about_coverage(s)
        ):
            c.rule, c.conf = "row_label", 0.65
            return PARTICIPANTS
        return ""

    def _table_about_coverage(self, s: _Sentence) -> bool:
        """The table or the line before it is about BPJS Ketenagakerjaan."""
        lo = max(0, s.lo - 1500)
        return any(self.hits[cat].any(lo, s.hi) for cat in ("cov", "part", "emp"))
