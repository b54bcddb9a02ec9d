"""The awards admin: weights that must total 100 %, region scoping (a Kalsel
organiser or panel cannot touch Sulsel's edition), score entry by panel
members, and locking (read-only, forged POSTs refused)."""

from decimal import Decimal

import pytest
from award_builders import fill_scores, make_user

from awards import services
from awards.models import Category, Criterion, Edition, Nominee, Score
from awards.services import edition_lock, scores_save
from regions.models import Region

pytestmark = pytest.mark.django_db

D = Decimal
ADMIN = "/admin/awards/"


@pytest.fixture
def kalsel_organiser(client, kalsel_edition):
    user = make_user("panitia63")
    services.organiser_grant(user=user, province=kalsel_edition.province)
    client.force_login(user)
    return client


@pytest.fixture
def sulsel_organiser(client, edition):
    user = make_user("panitia73")
    services.organiser_grant(user=user, province=edition.province)
    client.force_login(user)
    return client


@pytest.fixture
def superuser_client(client, seeded):
    client.force_login(make_user("nasional", is_superuser=True, is_staff=True))
    return client


def category_post(category, criteria, *, nominees=()):
    """The Category change form as the admin posts it, with the given
    criteria [(pk or None, name, weight, delete)]."""
    data = {
        "edition": category.edition_id,
        "kind": category.kind,
        "name": category.name,
        "sector": category.sector,
        "zone": category.zone,
        "criteria-TOTAL_FORMS": len(criteria),
        "criteria-INITIAL_FORMS": sum(1 for c in criteria if c[0]),
        "criteria-MIN_NUM_FORMS": 0,
        "criteria-MAX_NUM_FORMS": 1000,
        "nominees-TOTAL_FORMS": len(nominees),
        "nominees-INITIAL_FORMS": len(nominees),
        "nominees-MIN_NUM_FORMS": 0,
        "nominees-MAX_NUM_FORMS": 1000,
    }
    for index, (pk, name, weight, delete) in enumerate(criteria):
        prefix = f"criteria-{index}-"
        data |= {prefix + "id": pk or "", prefix + "category": category.pk, prefix + "name": name,
                 prefix + "description": "", prefix + "weight": weight}  # fmt: skip
        if delete:
            data[prefix + "DELETE"] = "on"
    for index, nominee in enumerate(nominees):
        prefix = f"nominees-{index}-"
        data |= {prefix + "id": nominee.pk, prefix + "category": category.pk,
                 prefix + "region": nominee.region_id or "", prefix + "organisation":
                 nominee.organisation, prefix + "sector": nominee.sector, prefix + "size": ""}  # fmt: skip
    return data


def existing_criteria(category, weights):
    return [
        (c.pk, c.name, w, False)
        for c, w in zip(category.criteria.order_by("id"), weights, strict=True)
    ]


# ---- weights -----------------------------------------------------------------------


def test_category_form_refuses_weights_not_totalling_100_naming_the_total(
    sulsel_organiser, category
):
    url = f"{ADMIN}category/{category.pk}/change/"
    data = category_post(category, existing_criteria(category, ["60", "30"]))
    response = sulsel_organiser.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "berjumlah 90 %; jumlahnya harus tepat 100 %" in html
    assert sorted(category.criteria.values_list("weight", flat=True)) == [D(40), D(60)]


def test_category_form_counts_new_and_deleted_criteria(sulsel_organiser, category):
    url = f"{ADMIN}category/{category.pk}/change/"
    criteria = existing_criteria(category, ["50", "30"]) + [(None, "Inovasi", "20,5", False)]
    response = sulsel_organiser.post(url, category_post(category, criteria))
    assert "berjumlah 100,5 %" in response.content.decode()
    criteria = existing_criteria(category, ["50", "30"]) + [(None, "Inovasi", "20", False)]
    assert sulsel_organiser.post(url, category_post(category, criteria)).status_code == 302
    assert sorted(category.criteria.values_list("weight", flat=True)) == [D(20), D(30), D(50)]
    policy, performance, innovation = category.criteria.order_by("id")
    criteria = [(policy.pk, policy.name, "80", False), (performance.pk, performance.name, "30", True),
                (innovation.pk, innovation.name, "20", False)]  # fmt: skip
    assert sulsel_organiser.post(url, category_post(category, criteria)).status_code == 302
    assert sorted(category.criteria.values_list("weight", flat=True)) == [D(20), D(80)]


# ---- scoping -----------------------------------------------------------------------


def test_organiser_sees_only_own_provinces_editions(kalsel_organiser, edition, kalsel_edition):
    response = kalsel_organiser.get(f"{ADMIN}edition/")
    assert response.status_code == 200
    shown = {e.pk for e in response.context["cl"].result_list}
    assert kalsel_edition.pk in shown
    assert edition.pk not in shown
    assert not Edition.objects.filter(pk__in=shown, province__isnull=True).exists()  # national


@pytest.mark.parametrize(
    "path",
    ["edition/{edition}/change/", "category/{category}/change/", "nominee/{nominee}/change/",
     "panelmember/{seat}/change/"],
)  # fmt: skip
def test_kalsel_organiser_gets_403_on_sulsel_objects(kalsel_organiser, edition, category, path):
    url = ADMIN + path.format(
        edition=edition.pk,
        category=category.pk,
        nominee=category.nominees.first().pk,
        seat=edition.panel.first().pk,
    )
    assert kalsel_organiser.get(url).status_code == 403
    assert kalsel_organiser.post(url, {"name": "dibajak"}).status_code == 403
    assert Category.objects.get(pk=category.pk).name == "Pemerintah Kabupaten/Kota"


def test_kalsel_organiser_cannot_add_a_category_to_sulsels_edition(kalsel_organiser, edition):
    response = kalsel_organiser.post(
        f"{ADMIN}category/add/",
        {"edition": edition.pk, "kind": "village", "name": "Desa dibajak", **{
            f"{p}-{k}": v for p in ("criteria", "nominees")
            for k, v in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0), ("MIN_NUM_FORMS", 0),
                         ("MAX_NUM_FORMS", 1000))}},
    )  # fmt: skip
    assert response.status_code == 200
    assert "edition" in response.context["adminform"].form.errors
    assert not Category.objects.filter(name="Desa dibajak").exists()


def test_edition_form_offers_only_the_organisers_province(kalsel_organiser):
    response = kalsel_organiser.get(f"{ADMIN}edition/add/")
    offered = response.context["adminform"].form.fields["province"].queryset
    assert list(offered.values_list("code", flat=True)) == ["63"]


def test_national_edition_is_for_national_administrators(kalsel_organiser):
    national = Edition.objects.get(stage="national")
    assert kalsel_organiser.get(f"{ADMIN}edition/{national.pk}/change/").status_code == 403


def test_superuser_sees_every_edition(superuser_client, edition, kalsel_edition):
    shown = {e.pk for e in superuser_client.get(f"{ADMIN}edition/").context["cl"].result_list}
    assert {edition.pk, kalsel_edition.pk} <= shown
    assert Edition.objects.get(stage="national").pk in shown


def test_nominee_region_must_lie_in_the_editions_province(sulsel_organiser, category):
    response = sulsel_organiser.post(
        f"{ADMIN}nominee/add/",
        {"category": category.pk, "region": Region.objects.get(code="63.71").pk,
         "organisation": "", "sector": "", "size": ""},
    )  # fmt: skip
    assert response.status_code == 200
    assert "region" in response.context["adminform"].form.errors
    assert not Nominee.objects.filter(region__code="63.71", category=category).exists()


# ---- score entry ---------------------------------------------------------------------


def scores_url(edition):
    return f"{ADMIN}edition/{edition.pk}/nilai/"


def grid_post(category, table, seat=None):
    """table: {region code: [value per criterion]}"""
    criteria = list(category.criteria.order_by("id"))
    data = {"penilai": seat.pk} if seat else {}
    for nominee in category.nominees.select_related("region"):
        for criterion, value in zip(criteria, table[nominee.region.code], strict=True):
            data[f"n{nominee.pk}-c{criterion.pk}"] = value
    return data


def login_member(client, seat):
    services.panel_seat_users_enable([seat])
    seat.user.refresh_from_db()
    client.force_login(seat.user)
    return client


def test_member_enters_scores_with_a_decimal_comma(client, edition, category, seats):
    seat = seats["anggota73"]
    login_member(client, seat)
    response = client.get(scores_url(edition))
    assert response.status_code == 200
    score_boxes = [n for n in response.context["form"].fields if n != "confirm_clear"]
    assert len(score_boxes) == 4  # 2 nominees x 2 criteria
    data = grid_post(category, {"73.01": ["82,5", "70"], "73.71": ["", "90.25"]})
    response = client.post(scores_url(edition), data)
    assert response.status_code == 302
    values = sorted(Score.objects.filter(panel_member=seat).values_list("value", flat=True))
    assert values == [D("70"), D("82.5"), D("90.25")]
    assert Score.history.filter(history_user=seat.user).count() == 3


def test_member_sees_errors_summarised_and_nothing_is_saved(client, edition, category, seats):
    login_member(client, seats["anggota73"])
    data = grid_post(category, {"73.01": ["101", "abc"], "73.71": ["50", "50"]})
    response = client.post(scores_url(edition), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert "Ada 2 masalah" in html
    assert "antara 0 dan 100" in html
    assert "misalnya 82,5" in html
    assert not Score.objects.exists()


def test_member_of_another_province_cannot_open_or_post(client, edition, category, kalsel_edition):
    outsider = kalsel_edition.panel.get()
    login_member(client, outsider)
    assert client.get(scores_url(edition)).status_code == 403
    data = grid_post(category, {"73.01": ["1", "1"], "73.71": ["1", "1"]})
    assert client.post(scores_url(edition), data).status_code == 403
    assert not Score.objects.exists()


def test_member_cannot_post_for_another_seat(client, edition, category, seats):
    login_member(client, seats["anggota73"])
    data = grid_post(category, {"73.01": ["5", "5"], "73.71": ["5", "5"]}, seat=seats["ketua73"])
    # a forged seat is refused outright, not quietly swapped for the member's own
    assert client.post(scores_url(edition), data).status_code == 403
    assert client.get(scores_url(edition) + f"?penilai={seats['ketua73'].pk}").status_code == 403
    assert client.get(scores_url(edition) + "?penilai=1e2").status_code == 400
    assert not Score.objects.exists()


def test_staff_without_a_seat_gets_403_and_anonymous_is_sent_to_login(client, edition):
    assert client.get(scores_url(edition)).status_code == 302
    client.force_login(make_user("staf", is_staff=True))
    assert client.get(scores_url(edition)).status_code == 403


def test_superuser_enters_on_behalf_of_a_chosen_seat(superuser_client, edition, category, seats):
    chair = seats["ketua73"]
    response = superuser_client.get(scores_url(edition) + f"?penilai={chair.pk}")
    assert response.context["seat"] == chair
    data = grid_post(category, {"73.01": ["60", "60"], "73.71": ["", ""]}, seat=chair)
    assert superuser_client.post(scores_url(edition), data).status_code == 302
    assert set(Score.objects.values_list("panel_member", flat=True)) == {chair.pk}


def test_scores_are_read_only_after_locking_and_a_forged_post_is_403(
    client, edition, category, seats
):
    seat = seats["anggota73"]
    scores_save(
        seat=seat,
        values={(category.nominees.first().pk, category.criteria.first().pk): D(60)},
        user=seat.user,
    )
    fill_scores(edition, values={"73.71": 70})
    edition_lock(edition=edition, user=seats["ketua73"].user)
    login_member(client, seat)
    response = client.get(scores_url(edition))
    assert response.status_code == 200
    assert all(field.disabled for field in response.context["form"].fields.values())
    assert "Penilaian sudah dikunci" in response.content.decode()
    assert 'value="Simpan nilai"' not in response.content.decode()
    data = grid_post(category, {"73.01": ["99", "99"], "73.71": ["99", "99"]})
    assert client.post(scores_url(edition), data).status_code == 403
    assert set(Score.objects.values_list("value", flat=True)) == {D(60), D(70)}


def test_locked_editions_categories_and_criteria_are_read_only(sulsel_organiser, edition, category):
    fill_scores(edition)
    edition_lock(edition=edition, user=make_user("x", is_superuser=True))
    url = f"{ADMIN}category/{category.pk}/change/"
    response = sulsel_organiser.get(url)
    assert response.status_code == 200
    assert not response.context["has_change_permission"]
    data = category_post(category, existing_criteria(category, ["10", "90"]))
    assert sulsel_organiser.post(url, data).status_code == 403
    assert sorted(Criterion.objects.filter(category=category).values_list("weight", flat=True)) == [
        D(40), D(60)
    ]  # fmt: skip
    assert sulsel_organiser.post(f"{ADMIN}nominee/{category.nominees.first().pk}/delete/",
                                 {"post": "yes"}).status_code == 403  # fmt: skip
    # a locked edition is no longer offered for new categories
    response = sulsel_organiser.get(f"{ADMIN}category/add/")
    assert edition not in response.context["adminform"].form.fields["edition"].queryset


def test_score_admin_is_read_only_even_for_superusers(superuser_client, edition, category, seats):
    seat = seats["anggota73"]
    scores_save(
        seat=seat,
        values={(category.nominees.first().pk, category.criteria.first().pk): D(60)},
        user=seat.user,
    )
    score = Score.objects.get()
    assert superuser_client.get(f"{ADMIN}score/").status_code == 200
    response = superuser_client.post(f"{ADMIN}score/{score.pk}/change/", {"value": "1"})
    assert response.status_code == 403
    assert superuser_client.get(f"{ADMIN}score/{score.pk}/history/").status_code == 200
    assert Score.objects.get().value == D(60)


# ---- lock and unlock pages ------------------------------------------------------------


def test_chair_locks_from_the_lock_page(client, edition, seats):
    login_member(client, seats["ketua73"])
    url = f"{ADMIN}edition/{edition.pk}/kunci/"
    response = client.get(url)
    assert response.status_code == 200
    assert "0 dari 2 nomine dinilai lengkap" in response.content.decode()
    assert "12 nilai belum diisi" in response.content.decode()  # 3 members x 2 x 2
    response = client.post(url)  # incomplete: refused, with the count, on the lock page
    assert response.status_code == 200
    assert "12 nilai belum diisi" in response.content.decode()
    assert not Edition.objects.get(pk=edition.pk).is_locked
    fill_scores(edition)
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == f"{ADMIN}edition/{edition.pk}/kelengkapan/"
    assert "dikunci" in str(list(response.context["messages"])[0])
    assert Edition.objects.get(pk=edition.pk).is_locked


def test_member_cannot_lock(client, edition, seats):
    login_member(client, seats["anggota73"])
    assert client.post(f"{ADMIN}edition/{edition.pk}/kunci/").status_code == 403
    assert not Edition.objects.get(pk=edition.pk).is_locked


def test_unlock_needs_a_superuser_and_a_reason(client, superuser_client, edition, seats):
    fill_scores(edition)
    edition_lock(edition=edition, user=seats["ketua73"].user)
    url = f"{ADMIN}edition/{edition.pk}/buka-kunci/"
    response = superuser_client.post(url, {"reason": ""})
    assert response.status_code == 200
    assert Edition.objects.get(pk=edition.pk).is_locked
    assert superuser_client.post(url, {"reason": "Salah ketik nilai"}).status_code == 302
    assert not Edition.objects.get(pk=edition.pk).is_locked
    edition_lock(edition=edition, user=seats["ketua73"].user)
    client.logout()
    login_member(client, seats["ketua73"])
    assert client.post(url, {"reason": "coba"}).status_code == 403
    assert Edition.objects.get(pk=edition.pk).is_locked


def test_edition_change_page_links_scores_lock_and_history(superuser_client, edition):
    html = superuser_client.get(f"{ADMIN}edition/{edition.pk}/change/").content.decode()
    assert f"/admin/awards/edition/{edition.pk}/nilai/" in html
    assert f"/admin/awards/edition/{edition.pk}/kunci/" in html
    assert "/admin/r/" in html  # "view on site": the public edition page


def test_linking_an_account_to_a_seat_gives_it_a_staff_login(superuser_client, edition):
    user = make_user("anggotabaru")
    response = superuser_client.post(
        f"{ADMIN}panelmember/add/",
        {"edition": edition.pk, "role": "member", "seat": "unions", "office": "",
         "person_name": "Uji", "user": user.pk},
    )  # fmt: skip
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.is_staff
