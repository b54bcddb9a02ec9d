import pytest

from articles.documents import locate_quote, parse_article_file
from articles.models import content_hash


def test_header_block_is_split_from_text():
    doc = parse_article_file(
        "URL: https://x.id/a\nTitle: Judul\nOutlet: ANTARA\nDate: 2024-01-27\n\nIsi.\n"
    )
    assert doc.headers == {
        "url": "https://x.id/a",
        "title": "Judul",
        "outlet": "ANTARA",
        "date": "2024-01-27",
    }
    assert doc.text == "Isi.\n"


@pytest.mark.parametrize(
    "raw",
    [
        "MAKASSAR, RAKYATSULBAR.COM – isi",
        "Title: tanpa baris kosong sesudahnya",
        "Judul: kunci yang tidak dikenal\n\nisi",
        "",
    ],
)
def test_text_without_a_header_block_is_kept_whole(raw):
    doc = parse_article_file(raw)
    assert doc.headers == {}
    assert doc.text == raw


def test_locate_quote_inside_context_skips_earlier_mentions():
    text = "Kepala Disnakertrans hadir. Tim 9 terdiri dari Kepala Disnakertrans dan lainnya."
    context = "Tim 9 terdiri dari Kepala Disnakertrans dan lainnya."
    start, end = locate_quote(text, "Kepala Disnakertrans", within=context)
    assert start == text.index(context) + context.index("Kepala")
    assert text[start:end] == "Kepala Disnakertrans"


def test_locate_quote_names_what_is_missing():
    with pytest.raises(ValueError, match="tidak ada"):
        locate_quote("teks", "tidak ada")


def test_content_hash_ignores_line_endings_and_outer_space():
    assert content_hash("a\r\nb  \n") == content_hash("a\nb")
    assert content_hash("a b") != content_hash("a  b")
