"""CSV/XLSX downloads of the award tables, written by the site's one export
path (coverage_site.exports): plain values for analysts, as the other
exports give them — dots as decimal points, ISO dates, codes."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from coverage_site import exports

from .pages import CategoryBlock, EditionListPage


@dataclass(frozen=True)
class Sheet:
    """A header, its rows and the title of the XLSX sheet."""

    header: list[str]
    rows: list[list]
    title: str


def _source(citation, base_url: str) -> tuple[str, str]:
    if citation is None:
        return "", ""
    url = citation.url
    if url.startswith("/"):
        url = base_url.rstrip("/") + url
    return citation.outlet or citation.entered_by, url


def ranking_dataset(block: CategoryBlock) -> Sheet:
    criteria = block.criteria
    header = [_("Peringkat"), _("Nomine"), _("Kode wilayah"), _("Sektor"), _("Skala usaha")]
    header += [f"{c.name} ({c.weight} %)" for c in criteria]
    header += [_("Nilai total"), _("Seri"), _("Kriteria dinilai"), _("Jumlah kriteria"),
               _("Cakupan terakhir (%)"), _("Cakupan per"), _("Penerbit cakupan")]  # fmt: skip
    rows = []
    for row in block.rows:
        s, n, f = row.standing, row.nominee, row.coverage
        rows.append(
            [s.rank, str(n), n.region.code if n.region_id else "", n.sector, n.size]
            + [None if m is None else round(m, 2) for m in row.means]
            + [s.total, _("ya") if s.tied else "", s.criteria_scored, s.criteria_total,
               f.percent if f else None, f.as_of if f else None, f.publisher if f else ""]
        )  # fmt: skip
    return Sheet(header, rows, str(block.category.name))


def editions_dataset(page: EditionListPage) -> Sheet:
    header = [_("Edisi"), _("Tahun edisi"), _("Tingkat"), _("Provinsi"), _("Awal penilaian"),
              _("Akhir penilaian"), _("Tanggal penyerahan"), _("Tempat penyerahan"),
              _("Kategori"), _("Nomine"), _("Dikunci")]  # fmt: skip
    rows = []
    for entry in page.editions:
        e = entry.edition
        rows.append(
            [e.label, e.year, e.stage, e.province.code if e.province_id else "",
             e.assessment_start, e.assessment_end, e.ceremony_date, e.ceremony_venue,
             e.category_count, e.nominee_count, _("ya") if e.is_locked else _("tidak")]
        )  # fmt: skip
    return Sheet(header, rows, _("Edisi"))


def outcomes_dataset(page: EditionListPage, *, base_url: str) -> Sheet:
    header = [_("Edisi"), _("Tahun edisi"), _("Kategori"), _("Zona"), _("Wilayah"),
              _("Kode wilayah"), _("Organisasi"), _("Peringkat"), _("Penghargaan"),
              _("Untuk kinerja tahun"), _("Tanggal penyerahan"), _("Tempat"), _("Sumber"),
              _("Alamat sumber"), _("Kutipan")]  # fmt: skip
    rows = []
    for entry in page.editions:
        for o, citation in entry.outcomes:
            outlet, url = _source(citation, base_url)
            rows.append(
                [entry.edition.label, entry.edition.year, o.category.name if o.category_id else "",
                 o.zone, o.region.name if o.region_id else "",
                 o.region.code if o.region_id else "", o.organisation, o.rank, o.title,
                 o.for_year, o.awarded_on, o.venue, outlet, url,
                 citation.quote if citation else ""]
            )  # fmt: skip
    return Sheet(header, rows, _("Hasil"))


def response(sheet: Sheet, *, name: str, fmt: str):
    """The sheet as a CSV or XLSX download (an unknown format is a 404)."""
    return exports.response(sheet.header, sheet.rows, fmt=fmt, name=name, title=sheet.title)
