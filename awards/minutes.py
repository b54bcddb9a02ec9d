"""The minutes (berita acara) of an assessment as files: a printable PDF
(WeasyPrint, DejaVu fonts, A4) and an XLSX workbook with the summary and
one sheet per member's raw scores. Built from pages.minutes()."""

import io

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .pages import Minutes
from .templatetags.awards_extras import zoned


def pdf(data: Minutes, *, base_url: str) -> bytes:
    from weasyprint import HTML

    html = render_to_string("awards/minutes.html", {"m": data, "edition": data.edition})
    return HTML(string=html, base_url=base_url).write_pdf()


def _sheet_title(text: str, used: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in text)[:28]
    title, number = clean, 2
    while title in used:
        title = f"{clean[:25]} ({number})"
        number += 1
    used.add(title)
    return title


def xlsx(data: Minutes) -> bytes:
    edition = data.edition
    book = Workbook()
    summary = book.active
    summary.title = _("Ringkasan")[:31]
    used = {summary.title}
    bold = Font(bold=True)
    summary.append([_("Berita acara penilaian"), edition.label])
    summary.append([_("Status"), _("DRAF — belum dikunci") if data.is_draft else _("Dikunci")])
    if edition.is_locked:
        summary.append([_("Dikunci pada"), zoned(edition.locked_at, edition)])
        summary.append(
            [_("Dikunci oleh"), edition.locked_by.get_username() if edition.locked_by else ""]
        )
    if edition.decree_number:
        summary.append(
            [
                _("SK tim penilai"),
                edition.decree_number,
                edition.decree_date.isoformat() if edition.decree_date else "",
            ]
        )
    summary.append([])
    for item in data.categories:
        block = item.block
        summary.append([block.category.name])
        summary.cell(row=summary.max_row, column=1).font = bold
        summary.append(
            [_("Peringkat"), _("Nomine")]
            + [f"{c.name} ({c.weight} %)" for c in block.criteria]
            + [_("Nilai total"), _("Seri")]
        )
        for row in block.rows:
            s = row.standing
            summary.append(
                [s.rank, str(row.nominee)]
                + [float(m) if m is not None else None for m in row.means]
                + [float(s.total) if s.total is not None else None, _("ya") if s.tied else ""]
            )
        summary.append([])
    for seat in data.panel:
        sheet = book.create_sheet(_sheet_title(str(seat.person_name or seat), used))
        sheet.append([_("Anggota"), str(seat), seat.person_name])
        for item in data.categories:
            mine = next(s for s in item.sheets if s.seat.pk == seat.pk)
            sheet.append([])
            sheet.append([item.block.category.name])
            sheet.cell(row=sheet.max_row, column=1).font = bold
            sheet.append([_("Nomine")] + [c.name for c in item.block.criteria] + [_("Catatan")])
            for nominee, values, abstained in mine.rows:
                sheet.append(
                    [str(nominee)]
                    + [float(v) if v is not None else None for v in values]
                    + [_("abstain") if abstained else ""]
                )
    if data.abstentions:
        sheet = book.create_sheet(_sheet_title(_("Abstain"), used))
        sheet.append([_("Anggota"), _("Nomine"), _("Alasan")])
        for a in data.abstentions:
            sheet.append([str(a.panel_member), str(a.nominee), a.reason])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
