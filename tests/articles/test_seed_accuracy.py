"""On the five seed articles the extractor proposes exactly the numeric
figures curated in fixtures/seed/records.json: every one, and nothing else."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from articles.choices import NUMERIC_METRICS
from articles.dates import infer_year
from articles.documents import parse_article_file
from articles.extraction import extract_figures
from regions.periods import parse_partial_date

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ARTICLES = sorted((FIXTURES / "seed" / "articles").glob("*.txt"))
CURATED = json.loads((FIXTURES / "seed" / "records.json").read_text(encoding="utf-8"))


def curated_for(stem: str) -> set[tuple]:
    found = set()
    for record in CURATED["records"]:
        claim = record["claim"]
        if record["article"] == stem and claim["metric"] in {str(m) for m in NUMERIC_METRICS}:
            found.add(
                (
                    claim["metric"],
                    claim["segment"],
                    Decimal(str(claim["value"])),
                    claim["region"],
                    claim["as_of"],
                )
            )
    return found


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:3])
def test_extractor_finds_exactly_the_curated_figures(path, register):
    document = parse_article_file(path.read_text(encoding="utf-8"))
    published = parse_partial_date(document.header("date"))[0]
    proposed = {
        (f.metric, f.segment, f.value, f.region_code, f.as_of)
        for f in extract_figures(document.text, register, published=published)
    }
    assert proposed == curated_for(path.stem)


def test_every_quote_the_extractor_gives_is_an_exact_span(register):
    for path in ARTICLES:
        text = parse_article_file(path.read_text(encoding="utf-8")).text
        for figure in extract_figures(text, register):
            assert text[figure.start : figure.end] == figure.quote


@pytest.mark.parametrize(
    ("stem", "day", "month", "weekday"),
    [
        ("003", 29, 9, "Jumat"),  # "Jumat (29/9)", no year in the text
        ("000", 27, 1, "Sabtu"),  # "Sabtu", the day after Friday 26 January 2024
    ],
)
def test_seed_dates_without_a_year_are_inferred_from_the_weekday(stem, day, month, weekday):
    path = next(p for p in ARTICLES if p.stem.startswith(stem))
    recorded = parse_partial_date(parse_article_file(path.read_text()).header("date"))[0]
    assert infer_year(day, month, weekday, earliest=2021, latest=2026) == [recorded.year]
    assert (recorded.month, recorded.day) == (month, day)
