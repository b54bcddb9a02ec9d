"""The award pages are stored once for everyone, logged in or not, except
for the visitors holding an award role (panel, organisers, superusers),
whose page is built for them alone and never stored (awards/visitors.py,
regions/cache.py's PRIVATE_VISITOR). Writes commit as they happen here, so
the cache's versions move as in production."""

import pytest
from award_builders import (
    fill_scores,
    make_category,
    make_edition,
    make_nominees,
    make_seat,
    make_user,
)
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import caches
from django.http import HttpResponse
from django.test import Client, RequestFactory

from awards.landing import SESSION_FLAG, PanelLandingMiddleware

SCORES = ["86,68", "Nama Ketua Uji", "sementara"]


@pytest.fixture
def page_cache(settings, tmp_path):
    settings.CAKUPAN_PAGE_CACHE = True
    settings.CAKUPAN_DATA_VERSION_DIR = str(tmp_path / "version")
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def scored_edition(seeded):
    edition = make_edition("73")
    make_nominees(make_category(edition), ["73.01", "73.71"])
    make_seat(edition, make_user("ketua73"), role="chair", seat="sekda")
    make_seat(edition, make_user("anggota73"), role="member", seat="disnaker")
    edition.panel.filter(role="chair").update(person_name="Nama Ketua Uji")
    fill_scores(edition, values={"73.01": "86.68", "73.71": "71.23"})
    return edition


def logged_in(username, **extra) -> Client:
    client = Client()
    client.force_login(make_user(username, **extra))
    return client


def shown(response) -> list[str]:
    html = response.content.decode()
    return [s for s in SCORES if s in html]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("path", ["/paritrana/", "/paritrana/{pk}/"])
def test_an_official_without_an_award_role_gets_and_stores_the_page_for_everyone(
    page_cache, scored_edition, path
):
    url = path.format(pk=scored_edition.pk)
    official = logged_in("pejabat", is_staff=True)
    built = official.get(url)
    assert built.status_code == 200
    assert built.context is not None
    assert shown(built) == []
    # Built for the official, stored for everyone: the next visitors,
    # anonymous or logged in, are answered from the cache.
    anonymous = Client().get(url)
    again = official.get(url)
    assert anonymous.context is None
    assert again.context is None
    assert anonymous.content == built.content == again.content


@pytest.mark.django_db(transaction=True)
def test_a_panel_member_gets_a_page_of_their_own_that_nobody_else_gets(page_cache, scored_edition):
    url = f"/paritrana/{scored_edition.pk}/"
    public = Client().get(url)
    member = Client()
    member.force_login(scored_edition.panel.get(role="member").user)
    own = member.get(url)
    assert own.context is not None
    assert shown(own) == SCORES
    assert "no-store" in own["Cache-Control"]
    assert member.get(url).context is not None  # built again, never from the cache
    after = Client().get(url)
    assert after.context is None
    assert after.content == public.content
    assert shown(after) == []


@pytest.mark.django_db(transaction=True)
def test_a_seat_given_later_shows_the_deliberation_at_once(page_cache, scored_edition):
    url = f"/paritrana/{scored_edition.pk}/"
    user = make_user("anggota-baru")
    client = Client()
    client.force_login(user)
    assert shown(client.get(url)) == []  # no role yet: the public page
    make_seat(scored_edition, user, role="member", seat="apindo")  # a write: new versions
    assert shown(client.get(url)) == SCORES


@pytest.mark.django_db(transaction=True)
def test_an_organiser_and_a_superuser_get_their_own_page(page_cache, scored_edition):
    from awards import services

    url = f"/paritrana/{scored_edition.pk}/"
    Client().get(url)  # the public page, stored
    organiser = make_user("panitia73")
    services.organiser_grant(user=organiser, province=scored_edition.province)
    client = Client()
    client.force_login(organiser)
    assert shown(client.get(url)) == SCORES
    assert shown(logged_in("admin", is_superuser=True).get(url)) == SCORES


@pytest.mark.django_db
def test_the_landing_reads_the_session_only_on_the_admin_index():
    def page(request):
        return HttpResponse("ok")

    middleware = PanelLandingMiddleware(page)
    request = RequestFactory().get("/paritrana/")
    request.session = SessionStore()
    middleware(request)
    assert not request.session.accessed
    request = RequestFactory().get("/admin/")
    request.session = SessionStore()
    request.session[SESSION_FLAG] = True
    request.session.accessed = False
    request.user = make_user("tanpa-kursi")
    middleware(request)
    assert request.session.accessed
    assert SESSION_FLAG not in request.session
