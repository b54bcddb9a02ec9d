"""Stages as the provincial round runs them: document scoring, the
plenary's shortlist, interview scores for the shortlisted only, winners;
the plenary's tie-break recorded with its reason; a provincial winner
carried into the national edition's nominees."""

from decimal import Decimal

import pytest
from award_builders import fill_scores, make_category, make_edition, make_nominees, make_user
from django.core.exceptions import ValidationError

from awards import services
from awards.models import Nominee, Outcome, Score, TieBreak

pytestmark = pytest.mark.django_db

D = Decimal
ADMIN = "/admin/awards/"


@pytest.fixture
def staged(edition, seats):
    """Sulsel's edition with a second category: documents 60 %, interview
    40 %, three nominees."""
    category = make_category(edition, name="Kab/Kota bertahap",
                             weights=(("Dokumen", 60), ("Wawancara", 40)))  # fmt: skip
    category.criteria.filter(name="Wawancara").update(phase="interview")
    make_nominees(category, ["73.02", "73.06", "73.08"])
    return category


def staff(client, seat):
    services.panel_seat_users_enable([seat])
    seat.user.refresh_from_db()
    client.force_login(seat.user)
    return client


def test_interviews_only_for_the_shortlist_then_winners(client, edition, seats, staged):
    fill_scores(edition, 70, values={"73.01": 80})  # documents and the other category complete
    interview = staged.criteria.get(name="Wawancara")
    Score.objects.filter(criterion=interview).delete()
    bulukumba, gowa, bone = staged.nominees.order_by("id")
    member = seats["anggota73"]
    with pytest.raises(ValidationError, match="daftar pendek"):
        services.scores_save(seat=member, values={(gowa.pk, interview.pk): D(90)},
                             user=member.user)  # fmt: skip
    with pytest.raises(ValidationError, match="belum menetapkan"):
        services.edition_lock(edition=edition, user=seats["ketua73"].user)
    # the chair records the plenary's shortlist on the completion page
    staff(client, seats["ketua73"])
    url = f"{ADMIN}edition/{edition.pk}/kelengkapan/"
    response = client.post(url, {"action": "shortlist", "category": staged.pk,
                                 f"s{staged.pk}-nominees": [gowa.pk, bone.pk]})  # fmt: skip
    assert response.status_code == 302
    assert set(staged.nominees.filter(shortlisted=True)) == {gowa, bone}
    # the sheet offers interview boxes to the shortlisted only
    staff(client, member)
    form = client.get(f"{ADMIN}edition/{edition.pk}/nilai/").context["form"]
    assert f"n{gowa.pk}-c{interview.pk}" in form.fields
    assert f"n{bulukumba.pk}-c{interview.pk}" not in form.fields
    # interview scores still missing for the shortlisted: 3 members x 2
    with pytest.raises(ValidationError, match="6 nilai belum diisi"):
        services.edition_lock(edition=edition, user=seats["ketua73"].user)
    for seat in edition.panel.all():
        services.scores_save(seat=seat, values={(gowa.pk, interview.pk): D(90),
                             (bone.pk, interview.pk): D(80)}, user=make_user(f"s{seat.pk}",
                             is_superuser=True))  # fmt: skip
    services.edition_lock(edition=edition, user=seats["ketua73"].user)
    services.edition_publish(edition=edition, user=seats["ketua73"].user)
    places = Outcome.objects.filter(category=staged).order_by("rank")
    assert [(o.rank, o.region.code) for o in places] == [(1, "73.06"), (2, "73.08")]


def test_a_tie_is_settled_by_the_plenary_with_its_reason(client, edition, seats):
    fill_scores(edition, 75)  # Selayar and Makassar tie at 75,00
    services.edition_lock(edition=edition, user=seats["ketua73"].user)
    staff(client, seats["sekretaris73"])
    url = f"{ADMIN}edition/{edition.pk}/umumkan/"
    response = client.get(url)
    assert "Seri di peringkat 1" in response.content.decode()
    category = edition.categories.get()
    selayar, makassar = category.nominees.order_by("id")
    response = client.post(url, {"action": "tiebreak", "category": category.pk,
                                 f"pos-{selayar.pk}": 2, f"pos-{makassar.pk}": 1,
                                 "reason": ""})  # fmt: skip
    assert response.status_code == 200
    assert "alasan keputusan" in response.content.decode()
    assert not TieBreak.objects.exists()
    reason = "Rapat pleno 14 Juli: inovasi Makassar menjangkau lebih banyak pekerja rentan."
    response = client.post(url, {"action": "tiebreak", "category": category.pk,
                                 f"pos-{selayar.pk}": 2, f"pos-{makassar.pk}": 1,
                                 "reason": reason})  # fmt: skip
    assert response.status_code == 302
    decision = TieBreak.objects.get(nominee=makassar)
    assert decision.position == 1
    assert decision.reason == reason
    assert decision.decided_by == seats["sekretaris73"].user
    services.edition_publish(edition=edition, user=seats["sekretaris73"].user)
    assert [(o.rank, o.region.code) for o in Outcome.objects.filter(category=category)
            .order_by("rank")] == [(1, "73.71"), (2, "73.01")]  # fmt: skip


def test_a_tie_break_must_order_exactly_a_tied_group(edition, seats):
    fill_scores(edition, values={"73.01": 80, "73.71": 70})
    services.edition_lock(edition=edition, user=seats["ketua73"].user)
    category = edition.categories.get()
    with pytest.raises(ValidationError, match="tepat nomine yang seri"):
        services.tie_break_record(category=category, order=list(category.nominees.all()),
                                  reason="tidak seri", user=seats["ketua73"].user)  # fmt: skip


def test_a_provincial_winner_is_carried_into_the_national_edition(edition, seats):
    fill_scores(edition, values={"73.01": 80, "73.71": 70})
    services.edition_lock(edition=edition, user=seats["ketua73"].user)
    first, second = services.edition_publish(edition=edition, user=seats["ketua73"].user)
    national = make_edition(None, stage="national", year=2025)
    category = make_category(national)
    admin = make_user("nasional", is_superuser=True)
    nominee = services.carry_to_national(outcome=first, category=category, user=admin)
    assert nominee.region.code == "73.01"
    assert nominee.carried_from == first
    with pytest.raises(ValidationError):  # already nominated there
        services.carry_to_national(outcome=first, category=category, user=admin)
    with pytest.raises(ValidationError, match="Hanya juara 1"):
        services.carry_to_national(outcome=second, category=category, user=admin)
    assert Nominee.objects.filter(category=category).count() == 1


def test_organiser_carries_provincial_winners_from_the_national_categorys_page(
    client, edition, seats
):
    fill_scores(edition, values={"73.01": 80, "73.71": 70})
    services.edition_lock(edition=edition, user=seats["ketua73"].user)
    first, _second = services.edition_publish(edition=edition, user=seats["ketua73"].user)
    category = make_category(make_edition(None, stage="national", year=2025))
    client.force_login(make_user("nasional", is_superuser=True, is_staff=True))
    url = f"{ADMIN}category/{category.pk}/dari-provinsi/"
    assert (
        "Tambah juara provinsi"
        in client.get(f"{ADMIN}category/{category.pk}/change/").content.decode()
    )
    html = client.get(url).content.decode()
    assert "Kabupaten Kepulauan Selayar" in html
    assert "Kota Makassar" not in html
    response = client.post(url, {"outcome": [first.pk]})
    assert response.status_code == 302
    assert Nominee.objects.get(category=category).carried_from == first
    assert "Kabupaten Kepulauan Selayar" not in client.get(url).content.decode()
