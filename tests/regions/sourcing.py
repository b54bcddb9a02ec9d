"""A document source for records the tests write directly: published
records need one (regions.models.has_source)."""

from datetime import date

DOCUMENT = {
    "source_outlet": "Dokumen uji",
    "source_title": "Laporan bulanan uji",
    "source_url": "https://contoh.id/laporan-uji",
    "source_date": date(2025, 7, 1),
}
