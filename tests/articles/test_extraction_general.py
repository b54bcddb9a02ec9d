"""Round two of issue 13: kinds of sentences that real articles from other
provinces and outlets use and that the first rules misread (national totals
put on a region named later, long region lists, standings worded as order,
segments carried across clauses, workforce phrasings, prior-year clauses,
distractors, subsidised workers, paragraph status dates). Each text is
written for this test; full region register from fixtures/, no database."""

import datetime as dt
from pathlib import Path

import pytest

from articles.extraction import extract_figures, region_index_from_fixture

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PUBLISHED = dt.date(2025, 3, 10)


@pytest.fixture(scope="module")
def register():
    return region_index_from_fixture(FIXTURES / "regions.json", FIXTURES / "region_aliases.json")


def read(text, register):
    """(metric, segment, value as str, region name, as_of) of every figure."""
    return {
        (f.metric, f.segment, str(f.value), f.region_name, f.as_of)
        for f in extract_figures(text, register, published=PUBLISHED)
    }


# -- 1. national aggregates ---------------------------------------------------


def test_a_national_source_is_the_nation_not_a_province_named_later(register):
    text = (
        "Data Kemnaker menunjukkan terdapat 41 juta pekerja terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan. Jumlah ini terdiri dari peserta aktif penerima upah (PU) 26 juta "
        "orang; bukan penerima upah (BPU) 9 juta orang; dan jasa konstruksi 5 juta orang. "
        "Berdasarkan wilayah, DKI Jakarta menjadi provinsi dengan peserta terbanyak."
    )
    assert {(m, seg, v, r) for m, seg, v, r, _ in read(text, register)} == {
        ("participants", "total", "41000000", "Indonesia"),
        ("participants", "formal", "26000000", "Indonesia"),
        ("participants", "informal", "9000000", "Indonesia"),
        ("participants", "construction", "5000000", "Indonesia"),
    }
