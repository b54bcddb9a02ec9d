"""Numbers, percentages, rupiah and dates in the page's language, and the
data that exists only in Indonesian marked as such on English pages."""

import re
from datetime import date
from decimal import Decimal

import pytest

from regions import formatting

pytestmark = pytest.mark.django_db


def text_of(response, own=False) -> str:
    """The page's visible text (no tags, attributes or scripts); ``own``:
    without what is quoted from Indonesian sources (blockquotes, lang="id")."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", response.content.decode(), flags=re.S)
    if own:
        body = re.sub(r'<blockquote lang="id">.*?</blockquote>', " ", body, flags=re.S)
        body = re.sub(r'<span lang="id">.*?</span>', " ", body, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", ("47,38 %", "1.300.000", "Rp16 miliar", "10 Juli 2025", "1.233 %", "–")),
        ("en", ("47.38%", "1,300,000", "Rp16 billion", "10 July 2025", "1,233%", "–")),
    ],
)
def test_the_formats_of_each_language(language, expected):
    assert (
        formatting.percent_id(Decimal("47.38"), language),
        formatting.number_id(1_300_000, language=language),
        formatting.rupiah(16_000_000_000, language),
        formatting.date_id(date(2025, 7, 10), language=language),
        formatting.percent_id(Decimal("1233.00"), language),
        formatting.percent_id(None, language),
    ) == expected


def test_the_region_page_answers_in_its_addresss_formats(client, seeded):
    indonesian = text_of(client.get("/wilayah/73/"))
    response = client.get("/en/wilayah/73/")
    english, own_english = text_of(response), text_of(response, own=True)
    for text in ("47,38 %", "± 1.300.000", "Rp16 miliar", "15 Juli 2025", "+0,23 poin/bulan"):
        assert text in indonesian, text
    for text in ("47.38%", "± 1,300,000", "Rp16 billion", "15 July 2025", "+0.23 points/month"):
        assert text in english, text
    for indonesian_only in ("47,38 %", "1.300.000", "Rp16 miliar", "Juli 2025", "0,23"):
        assert indonesian_only not in own_english, indonesian_only


def test_the_budget_note_states_the_premium_in_the_pages_format(client, seeded):
    assert (
        "minimum BPU contribution of Rp16,800 per worker per month (JKK Rp10,000 + JKM Rp6,800)"
        in (text_of(client.get("/en/wilayah/73/")))
    )
    assert "iuran minimum BPU Rp16.800 per pekerja per bulan (JKK Rp10.000 + JKM Rp6.800)" in (
        text_of(client.get("/wilayah/73/"))
    )


def test_the_region_list_table_follows_the_language(client, seeded):
    english = text_of(client.get("/en/wilayah/?level=province"))
    indonesian = text_of(client.get("/wilayah/?level=province"))
    assert "47.38%" in english
    assert "15 July 2025" in english
    assert "47,38 %" in indonesian
    assert "15 Juli 2025" in indonesian
    assert "47,38 %" not in english


def test_a_published_denominator_is_named_in_english_and_quoted_in_indonesian(client, seeded):
    english = client.get("/en/wilayah/73/").content.decode()
    assert (
        '<small>Potential workers (BPJS universe): <span lang="id">potensi pekerja (2,80 juta)'
        "</span></small>"
    ) in english
    indonesian = client.get("/wilayah/73/").content.decode()
    assert "<small>potensi pekerja (2,80 juta)</small>" in indonesian


def test_curator_notes_and_source_wording_are_marked_indonesian_on_english_pages(client, seeded):
    english = client.get("/en/wilayah/73/").content.decode()
    assert '<strong>Rank 4: <span lang="id">Coverage kepesertaan tertinggi keempat' in english
    assert '<small class="note"><span lang="id">Diserahkan Kepala Kanwil Mintje Wattu' in english
    assert '<td><span lang="id">Pagu anggaran untuk mendukung kepesertaan' in english
    # A quote from a source article is Indonesian whatever the page's language.
    quotes = re.findall(r"<blockquote([^>]*)>", english)
    assert quotes
    assert all(attrs == ' lang="id"' for attrs in quotes)
    indonesian = client.get("/wilayah/73/").content.decode()
    assert '<span lang="id">' not in indonesian  # the page itself is Indonesian


def test_an_articles_own_words_are_marked_indonesian_on_english_pages(client, seeded):
    listing = client.get("/en/sumber/").content.decode()
    href = re.search(r'href="(/en/sumber/\d+/)"><span lang="id">', listing).group(1)
    article = client.get(href).content.decode()
    assert re.search(r'<h1><span lang="id">[^<]+</span></h1>', article)
    assert '<div class="article-text" lang="id">' in article
    quotes = re.findall(r"<q([^>]*)>", article)
    assert quotes
    assert all(attrs == ' lang="id"' for attrs in quotes)
    region = client.get("/en/wilayah/73/").content.decode()
    assert re.search(r'— <cite lang="id">Miris, 1,76 Juta Pekerja', region)


def test_the_inpres_tables_group_shares_follow_the_language():
    from types import SimpleNamespace

    from django.utils import translation

    from meeting.tables import InpresChildTable

    groups = [
        SimpleNamespace(get_group_display=lambda: "BPU", share=Decimal("56.38"), count=None),
        SimpleNamespace(get_group_display=lambda: "PU", share=None, count=38681),
    ]
    table = InpresChildTable([])
    with translation.override("en"):
        assert table.render_groups(groups) == "BPU: 56.38%<br>PU: 38,681"
    with translation.override("id"):
        assert table.render_groups(groups) == "BPU: 56,38 %<br>PU: 38.681"


def test_a_history_warning_states_its_numbers_in_the_language():
    from django.utils import translation

    from regions import quality
    from regions.quality_selectors import describe_unusual

    expected = quality.ExpectedRange(
        low=Decimal("12"), high=Decimal("15.5"), floor=Decimal("8"), ceiling=Decimal("19.25"),
        count=3, first=date(2022, 1, 31), last=date(2025, 1, 31),
    )  # fmt: skip
    unusual = quality.Unusual(
        value=Decimal("40.5"), expected=expected, direction=quality.ABOVE, beyond=Decimal("21.25")
    )
    with translation.override("en"):
        english = describe_unusual(unusual)
    with translation.override("id"):
        indonesian = describe_unusual(unusual)
    assert english.startswith("40.5% ")
    assert "12–15.5%" in english
    assert "19.25%" in english
    assert indonesian.startswith("40,5 % ")
    assert "12–15,5 %" in indonesian
    assert "19,25 %" in indonesian
