"""CSV/XLSX downloads of the award tables. Plain values for analysts, as the
other exports give them: dots as decimal points, ISO dates, codes."""

import tablib
from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _

from .pages import CategoryBlock, EditionListPage

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _plain(value):
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _source(citation, base_url: str) -> tuple[str, str]:
    if citation is None:
        return "", ""
    url = citation.url
    if url.startswith("/"):
        url = base_url.rstrip("/") + url
    return citation.outlet or citation.entered_by, url


def ranking_dataset(block: CategoryBlock) -> tablib.Dataset:
    criteria = block.criteria
    headers = [_("Peringkat"), _("Nomine"), _("Kode wilayah"), _("Sektor"), _("Skala usaha")]
    headers += [f"{c.name} ({c.weight} %)" for c in criteria]
    headers += [_("Nilai total"), _("Seri"), _("Kriteria dinilai"), _("Jumlah kriteria"),
                _("Cakupan terakhir (%)"), _("Cakupan per"), _("Penerbit cakupan")]  # fmt: skip
    data = tablib.Dataset(headers=headers, title=str(block.category.name)[:31])
    for row in block.rows:
        s, n, f = row.standing, row.nominee, row.coverage
        data.append(
            [_plain(s.rank), str(n), n.region.code if n.region_id else "", n.sector,
             n.size]
            + [_plain(None if m is None else round(m, 2)) for m in row.means]
            + [_plain(s.total), _("ya") if s.tied else "",
               s.criteria_scored, s.criteria_total,
               _plain(f.percent if f else None), _plain(f.as_of if f else None),
               f.publisher if f else ""]
        )  # fmt: skip
    return data


def editions_dataset(page: EditionListPage) -> tablib.Dataset:
    headers = [_("Edisi"), _("Tahun edisi"), _("Tingkat"), _("Provinsi"), _("Awal penilaian"),
               _("Akhir penilaian"), _("Tanggal penyerahan"), _("Tempat penyerahan"),
               _("Kategori"), _("Nomine"), _("Dikunci")]  # fmt: skip
    data = tablib.Dataset(headers=headers, title=_("Edisi"))
    for entry in page.editions:
        e = entry.edition
        data.append(
            [e.label, e.year, e.stage, e.province.code if e.province_id else "",
             _plain(e.assessment_start), _plain(e.assessment_end), _plain(e.ceremony_date),
             e.ceremony_venue, e.category_count, e.nominee_count,
             _("ya") if e.is_locked else _("tidak")]
        )  # fmt: skip
    return data


def outcomes_dataset(page: EditionListPage, *, base_url: str) -> tablib.Dataset:
    headers = [_("Edisi"), _("Tahun edisi"), _("Kategori"), _("Zona"), _("Wilayah"),
               _("Kode wilayah"), _("Organisasi"), _("Peringkat"), _("Penghargaan"),
               _("Untuk kinerja tahun"), _("Tanggal penyerahan"), _("Tempat"), _("Sumber"),
               _("Alamat sumber"), _("Kutipan")]  # fmt: skip
    data = tablib.Dataset(headers=headers, title=_("Hasil"))
    for entry in page.editions:
        for o, citation in entry.outcomes:
            outlet, url = _source(citation, base_url)
            data.append(
                [entry.edition.label, entry.edition.year, o.category.name if o.category_id else "",
                 o.zone, o.region.name if o.region_id else "",
                 o.region.code if o.region_id else "", o.organisation, _plain(o.rank), o.title,
                 _plain(o.for_year), _plain(o.awarded_on), o.venue, outlet, url,
                 citation.quote if citation else ""]
            )  # fmt: skip
    return data


def response(data: tablib.Dataset, *, name: str, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404(_("Format unduhan tidak dikenal."))
    body = data.export(fmt)
    if fmt == "csv":
        body = "\ufeff" + body  # Excel opens UTF-8 with a BOM correctly
    result = HttpResponse(body, content_type=FORMATS[fmt])
    result["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return result
