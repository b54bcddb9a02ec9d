"""Private until announced: while an edition is open (and after its lock,
until the publish step) no public page shows a score, a mean, a rank or the
panel's names; the panel and the organisers do see them. Publishing turns
the locked ranking's first three places into outcomes that the award and
region pages show with their source; outcomes reported by sources stay as
they are. With the page cache on, a panel member's page is never served to
the public and the public never gets the provisional page after publish."""

from decimal import Decimal

import pytest
from award_builders import fill_scores, make_user
from django.core.exceptions import ValidationError
from django.test import Client

from awards import services
from awards.models import Edition, Outcome, OutcomeOrigin

D = Decimal
SELAYAR, MAKASSAR = "86.68", "71.23"
SECRETS = ["86,68", "71,23", "86.68", "71.23", "Nama Ketua Uji", "ketua73", "anggota73",
           "peringkat sementara", "Nilai total"]  # fmt: skip
PUBLIC_URLS = [
    "/paritrana/",
    "/paritrana/{pk}/",
    "/wilayah/73.01/",
    "/wilayah/73.71/",
    "/wilayah/73/",
]


def scored(edition):
    edition.panel.filter(role="chair").update(person_name="Nama Ketua Uji")
    fill_scores(edition, values={"73.01": SELAYAR, "73.71": MAKASSAR})
    return edition


def public_html(client, edition) -> str:
    pages = []
    for url in PUBLIC_URLS:
        response = client.get(url.format(pk=edition.pk))
        assert response.status_code == 200, url
        pages.append(response.content.decode())
    return "\n".join(pages)


def leaks(html: str) -> list[str]:
    return [s for s in SECRETS if s in html]


@pytest.mark.django_db
def test_open_edition_shows_the_public_nominees_and_nothing_of_the_deliberation(
    client, edition, seats
):
    scored(edition)
    html = public_html(client, edition)
    assert leaks(html) == []
    assert "Penilaian sedang berlangsung" in html
    assert "Kabupaten Kepulauan Selayar" in html
    assert "Kota Makassar" in html
    category = edition.categories.get()
    assert (
        client.get(f"/paritrana/{edition.pk}/?export=csv&kategori={category.pk}").status_code == 404
    )
    # the panel sees it all, never cached by a browser
    client.force_login(seats["anggota73"].user)
    response = client.get(f"/paritrana/{edition.pk}/")
    html = response.content.decode()
    assert "86,68" in html
    assert "Nama Ketua Uji" in html
    assert "sementara" in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_organisers_see_the_deliberation_an_outsider_does_not(client, edition, kalsel_edition):
    scored(edition)
    organiser = make_user("panitia73")
    services.organiser_grant(user=organiser, province=edition.province)
    client.force_login(organiser)
    assert "86,68" in client.get(f"/paritrana/{edition.pk}/").content.decode()
    client.force_login(kalsel_edition.panel.get().user)  # another province's panel
    assert leaks(public_html(client, edition)) == []


@pytest.mark.django_db
def test_lock_then_publish_announces_three_places_with_their_source(client, edition, seats):
    scored(edition)
    chair = seats["ketua73"].user
    with pytest.raises(ValidationError, match="Kunci penilaian dulu"):
        services.edition_publish(edition=edition, user=chair)
    services.edition_lock(edition=edition, user=chair)
    html = public_html(client, edition)
    assert leaks(html) == []
    assert "hasil belum diumumkan" in html
    news = list(
        Outcome.objects.filter(origin=OutcomeOrigin.SOURCE).values_list("pk", "rank", "title")
    )
    created = services.edition_publish(edition=edition, user=chair)
    assert [(o.rank, o.region.code) for o in created] == [(1, "73.01"), (2, "73.71")]
    edition.refresh_from_db()
    assert edition.is_published
    assert edition.published_by == chair
    # publishing twice changes nothing; news outcomes are as they were
    services.edition_publish(edition=edition, user=chair)
    assert Outcome.objects.filter(origin=OutcomeOrigin.PANEL).count() == 2
    assert list(Outcome.objects.filter(origin=OutcomeOrigin.SOURCE).values_list(
        "pk", "rank", "title")) == news  # fmt: skip
    page = client.get(f"/paritrana/{edition.pk}/").content.decode()
    assert "Juara 1" in page
    assert "hasil penilaian tim penilai yang dikunci" in page
    assert page.index("Kabupaten Kepulauan Selayar") < page.index("Kota Makassar")
    assert "86,68" not in page
    assert "ketua73" not in page
    assert "Nama Ketua Uji" in page  # the panel is named with the results
    selayar = client.get("/wilayah/73.01/").content.decode()
    assert "Peringkat 1" in selayar
    assert "Juara Pemerintah Kabupaten/Kota" in selayar
    assert f"hasil penilaian tim penilai {edition.label}" in selayar
    assert "86,68" not in selayar
    with pytest.raises(ValidationError, match="sudah diumumkan"):
        services.edition_unlock(
            edition=edition, user=make_user("n", is_superuser=True), reason="coba"
        )


@pytest.mark.django_db
def test_a_tie_in_the_places_is_not_published_without_the_plenarys_decision(edition, seats):
    fill_scores(edition, 75)
    services.edition_lock(edition=edition, user=seats["ketua73"].user)
    with pytest.raises(ValidationError, match="seri di peringkat 1"):
        services.edition_publish(edition=edition, user=seats["ketua73"].user)
    assert not Outcome.objects.filter(origin=OutcomeOrigin.PANEL).exists()


@pytest.mark.django_db
def test_only_the_panels_chair_secretary_or_organisers_publish(client, edition, seats):
    scored(edition)
    services.edition_lock(edition=edition, user=seats["ketua73"].user)
    services.panel_seat_users_enable(edition.panel.select_related("user"))
    client.force_login(seats["anggota73"].user)
    url = f"/admin/awards/edition/{edition.pk}/umumkan/"
    assert client.post(url).status_code == 403
    client.force_login(seats["sekretaris73"].user)
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0].endswith(f"/edition/{edition.pk}/kelengkapan/")
    assert "diumumkan" in str(list(response.context["messages"])[0])
    assert Edition.objects.get(pk=edition.pk).is_published


@pytest.mark.django_db(transaction=True)
def test_page_cache_never_serves_the_panels_view_or_stale_provisional_pages(
    settings, tmp_path, seeded
):
    """Writes commit as they happen here, so the cache's versions move as in
    production."""
    from award_builders import make_category, make_edition, make_nominees, make_seat
    from django.core.cache import caches

    settings.CAKUPAN_PAGE_CACHE = True
    settings.CAKUPAN_DATA_VERSION_DIR = str(tmp_path / "version")
    caches["default"].clear()
    edition = make_edition("73")
    make_nominees(make_category(edition), ["73.01", "73.71"])
    chair = make_seat(edition, make_user("ketua73"), role="chair", seat="sekda")
    member = make_seat(edition, make_user("anggota73"), role="member", seat="disnaker")
    scored(edition)

    public = Client()
    first = {url: public.get(url.format(pk=edition.pk)) for url in PUBLIC_URLS}
    again = {url: public.get(url.format(pk=edition.pk)) for url in PUBLIC_URLS}
    # served from the page cache
    assert [url for url, r in again.items() if r.context is not None] == []
    panel = Client()
    panel.force_login(member.user)
    assert "86,68" in panel.get(f"/paritrana/{edition.pk}/").content.decode()
    for url in PUBLIC_URLS:
        response = public.get(url.format(pk=edition.pk))
        assert response.content == first[url].content
        assert leaks(response.content.decode()) == [], url

    services.edition_lock(edition=edition, user=chair.user)
    services.edition_publish(edition=edition, user=chair.user)
    # The page cache may answer the first request after a write with the
    # page built before it (rebuilding behind it): that page is the public
    # one, with nothing provisional on it; the next one has the winners.
    first_after = public.get(f"/paritrana/{edition.pk}/").content.decode()
    assert leaks(first_after) == []
    html = public.get(f"/paritrana/{edition.pk}/").content.decode()
    assert "Juara 1" in html
    assert "Penilaian sedang berlangsung" not in html
    public.get("/wilayah/73.01/")
    assert "Juara Pemerintah Kabupaten/Kota" in public.get("/wilayah/73.01/").content.decode()
    assert leaks(public_html(public, edition)) == ["Nama Ketua Uji"]  # named with the results
    caches["default"].clear()
