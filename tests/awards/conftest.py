"""Fixtures for award tests: a Sulsel edition with a scored category's
setup and a three-member panel with accounts; a Kalsel edition beside it."""

import pytest
from award_builders import make_category, make_edition, make_nominees, make_seat, make_user


@pytest.fixture
def edition(seeded):
    """Sulsel 2025: one regency/city category (60/40) with Selayar and
    Kota Makassar, and a panel of three with accounts."""
    edition = make_edition("73")
    category = make_category(edition)
    make_nominees(category, ["73.01", "73.71"])
    make_seat(edition, make_user("ketua73"), role="chair", seat="sekda")
    make_seat(edition, make_user("sekretaris73"), role="secretary", seat="bpjs")
    make_seat(edition, make_user("anggota73"), role="member", seat="disnaker")
    return edition


@pytest.fixture
def category(edition):
    return edition.categories.get()


@pytest.fixture
def seats(edition):
    return {m.user.username: m for m in edition.panel.select_related("user")}


@pytest.fixture
def kalsel_edition(seeded):
    edition = make_edition("63", label="Paritrana Award 2025 uji Kalsel")
    category = make_category(edition)
    make_nominees(category, ["63.71"])
    make_seat(edition, make_user("anggota63"), role="member", seat="disnaker")
    return edition
