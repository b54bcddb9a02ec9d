"""The ordinary slips of an organiser in the awards admin answer with a
form error beside the row, save nothing and never crash: the same kab/kota
nominated twice, a second chair, the same account on two seats, and the
same duplicates inside one submission."""

import pytest
from award_builders import make_user

from awards import services
from awards.models import Nominee, PanelMember
from regions.models import Region

pytestmark = pytest.mark.django_db

ADMIN = "/admin/awards/"


@pytest.fixture
def organiser(client, edition):
    user = make_user("panitia73")
    services.organiser_grant(user=user, province=edition.province)
    client.force_login(user)
    return client


def management(prefix, total, initial):
    return {f"{prefix}-TOTAL_FORMS": total, f"{prefix}-INITIAL_FORMS": initial,
            f"{prefix}-MIN_NUM_FORMS": 0, f"{prefix}-MAX_NUM_FORMS": 1000}  # fmt: skip


def edition_post(edition, new_seats):
    """The Edition change form: its categories and panel unchanged, plus
    ``new_seats`` [(role, seat, user id or "")]."""
    categories = list(edition.categories.order_by("id"))
    panel = list(edition.panel.order_by("id"))
    data = {
        "label": edition.label, "year": edition.year, "stage": edition.stage,
        "province": edition.province_id, "assessment_start": "", "assessment_end": "",
        "ceremony_date": "", "ceremony_venue": "", "note": "",
        **management("categories", len(categories), len(categories)),
        **management("panel", len(panel) + len(new_seats), len(panel)),
    }  # fmt: skip
    for i, c in enumerate(categories):
        data |= {f"categories-{i}-id": c.pk, f"categories-{i}-edition": edition.pk,
                 f"categories-{i}-kind": c.kind, f"categories-{i}-name": c.name,
                 f"categories-{i}-sector": "", f"categories-{i}-zone": ""}  # fmt: skip
    rows = [(m.pk, m.role, m.seat, m.user_id or "") for m in panel]
    rows += [(None, *seat) for seat in new_seats]
    for i, (pk, role, seat, user) in enumerate(rows):
        data |= {f"panel-{i}-id": pk or "", f"panel-{i}-edition": edition.pk,
                 f"panel-{i}-role": role, f"panel-{i}-seat": seat, f"panel-{i}-office": "",
                 f"panel-{i}-person_name": "", f"panel-{i}-user": user}  # fmt: skip
    return data


def category_post(category, new_codes):
    nominees = list(category.nominees.order_by("id"))
    criteria = list(category.criteria.order_by("id"))
    data = {
        "edition": category.edition_id, "kind": category.kind, "name": category.name,
        "sector": "", "zone": "",
        **management("criteria", len(criteria), len(criteria)),
        **management("nominees", len(nominees) + len(new_codes), len(nominees)),
    }  # fmt: skip
    for i, c in enumerate(criteria):
        data |= {f"criteria-{i}-id": c.pk, f"criteria-{i}-category": category.pk,
                 f"criteria-{i}-name": c.name, f"criteria-{i}-description": "",
                 f"criteria-{i}-weight": str(c.weight)}  # fmt: skip
    rows = [(n.pk, n.region_id) for n in nominees]
    rows += [(None, Region.objects.get(code=code).pk) for code in new_codes]
    for i, (pk, region) in enumerate(rows):
        data |= {f"nominees-{i}-id": pk or "", f"nominees-{i}-category": category.pk,
                 f"nominees-{i}-region": region, f"nominees-{i}-organisation": "",
                 f"nominees-{i}-sector": "", f"nominees-{i}-size": ""}  # fmt: skip
    return data


def row_errors(response, prefix):
    """Errors of each inline row, by row index (only rows with errors)."""
    formset = next(f for f in response.context["inline_admin_formsets"]
                   if f.formset.prefix == prefix).formset  # fmt: skip
    return {i: form.errors for i, form in enumerate(formset.forms) if form.errors}


def test_same_region_nominated_twice_is_a_row_error(organiser, category):
    response = organiser.post(f"{ADMIN}category/{category.pk}/change/",
                              category_post(category, ["73.01"]))  # fmt: skip
    assert response.status_code == 200
    errors = row_errors(response, "nominees")
    assert list(errors) == [2]
    assert "Kabupaten Kepulauan Selayar sudah dinominasikan" in str(errors[2])
    assert category.nominees.count() == 2


def test_same_region_twice_in_one_submission_is_a_row_error(organiser, category):
    response = organiser.post(f"{ADMIN}category/{category.pk}/change/",
                              category_post(category, ["73.08", "73.08"]))  # fmt: skip
    assert response.status_code == 200
    errors = row_errors(response, "nominees")
    assert list(errors) == [3]
    assert "dua kali" in str(errors[3])
    assert not Nominee.objects.filter(category=category, region__code="73.08").exists()


def test_second_chair_is_a_row_error(organiser, edition):
    response = organiser.post(f"{ADMIN}edition/{edition.pk}/change/",
                              edition_post(edition, [("chair", "employers", "")]))  # fmt: skip
    assert response.status_code == 200
    errors = row_errors(response, "panel")
    assert list(errors) == [3]
    assert "sudah punya ketua" in str(errors[3]["role"])
    assert edition.panel.count() == 3


def test_second_secretary_is_a_row_error(organiser, edition):
    response = organiser.post(f"{ADMIN}edition/{edition.pk}/change/",
                              edition_post(edition, [("secretary", "unions", "")]))  # fmt: skip
    assert "sudah punya sekretaris" in str(row_errors(response, "panel")[3]["role"])
    assert edition.panel.count() == 3


def test_two_chairs_in_one_submission_are_a_row_error(organiser, edition):
    PanelMember.objects.filter(edition=edition, role="chair").update(role="member")
    response = organiser.post(f"{ADMIN}edition/{edition.pk}/change/", edition_post(
        edition, [("chair", "employers", ""), ("chair", "unions", "")]))  # fmt: skip
    assert response.status_code == 200
    errors = row_errors(response, "panel")
    assert list(errors) == [4]
    assert "dua kali" in str(errors[4]["role"])
    assert edition.panel.count() == 3


def test_same_account_on_two_seats_is_a_row_error(organiser, edition, seats):
    user = seats["anggota73"].user
    response = organiser.post(f"{ADMIN}edition/{edition.pk}/change/",
                              edition_post(edition, [("member", "employers", user.pk)]))  # fmt: skip
    assert response.status_code == 200
    errors = row_errors(response, "panel")
    assert list(errors) == [3]
    assert "anggota73" in str(errors[3]["user"])
    assert edition.panel.count() == 3


def test_same_new_account_twice_in_one_submission_is_a_row_error(organiser, edition):
    user = make_user("baru73")
    response = organiser.post(f"{ADMIN}edition/{edition.pk}/change/", edition_post(
        edition, [("member", "employers", user.pk), ("member", "unions", user.pk)]))  # fmt: skip
    errors = row_errors(response, "panel")
    assert list(errors) == [4]
    assert "dua kali" in str(errors[4]["user"])
    assert edition.panel.count() == 3


def test_panel_member_admin_refuses_a_second_chair(organiser, edition):
    response = organiser.post(f"{ADMIN}panelmember/add/", {
        "edition": edition.pk, "role": "chair", "seat": "employers", "office": "",
        "person_name": "", "user": ""})  # fmt: skip
    assert response.status_code == 200
    assert "sudah punya ketua" in str(response.context["adminform"].form.errors["role"])
    assert edition.panel.count() == 3


def test_nominee_admin_refuses_a_region_already_nominated(organiser, category):
    response = organiser.post(f"{ADMIN}nominee/add/", {
        "category": category.pk, "region": Region.objects.get(code="73.01").pk,
        "organisation": "", "sector": "", "size": ""})  # fmt: skip
    assert response.status_code == 200
    assert "sudah dinominasikan" in str(response.context["adminform"].form.errors["region"])
    assert category.nominees.count() == 2
