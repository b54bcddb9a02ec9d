"""The builders of tests/factories.py make rows the models accept as they
stand (full_clean, the database constraints) and that count as published."""

from datetime import date

import pytest

from regions.choices import RecordStatus
from tests import factories as make

pytestmark = pytest.mark.django_db


def test_records_are_valid_published_and_keyword_overridable(seeded):
    rows = [
        make.figure("73.01", "51.5", as_of=date(2031, 1, 31)),
        make.figure("73.01", None, covered=1200, as_of=date(2031, 2, 28)),
        make.target("73.01", "70", target_date=date(2032, 12, 31), issuer="Bupati uji"),
        make.budget("73.01", 2_500_000_000, year=2031),
    ]
    for row in rows:
        row.full_clean()
        assert row.pk
        assert row.status == RecordStatus.PUBLISHED
        assert row.is_sourced
    assert rows[0].percent == 51.5
    assert rows[1].covered == 1200


def test_unsaved_when_asked():
    row = make.figure("73", save=False)
    assert row.pk is None


def test_a_new_region_sits_under_its_province(seeded):
    made = make.region("73.99", name="Kabupaten Uji")
    assert made.parent.code == "73"
    assert made.level == "regency"
    assert make.region("73").name == "Sulawesi Selatan"  # the register's own


def test_article_claim_and_award_rows(seeded):
    text = "Kepesertaan di Kepulauan Selayar mencapai 64 persen."
    news = make.article(text)
    quoted = make.claim(news, "64 persen", region="73.01", value=64)
    assert news.text[quoted.start : quoted.end] == "64 persen"
    assert quoted.region.code == "73.01"
    edition = make.edition("73", year=2031)
    group = make.category(edition)
    assert sum(c.weight for c in group.criteria.all()) == 100
    make.nominee(group, "73.01").full_clean()


def test_a_user_with_a_role_holds_its_scope(seeded):
    editor = make.user_with_role("editor_uji", role="editor", where="73")
    assert editor.is_staff
    assert editor.check_password(make.PASSWORD)
    assert editor.region_scopes.get().region.code == "73"
    assert editor.has_perm("regions.add_coveragefigure")
