"""Region-scoped data entry in the admin: what each role may see and write,
and that forged requests are refused and change nothing."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from regions.models import CoverageFigure, Region, RegionScope

pytestmark = pytest.mark.django_db

FIGURES = "/admin/regions/coveragefigure/"


def make_user(username, code=None, role="editor"):
    user = get_user_model().objects.create_user(username, password="uji-kata-sandi-9")
    if code:
        call_command("grant_region", username, code, "--role", role, stdout=StringIO())
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def sulsel_editor(seeded, client):
    user = make_user("editor73", "73")
    client.force_login(user)
    return client


def figure_post(region_code, **overrides):
    data = {
        "region": Region.objects.get(code=region_code).pk,
        "segment": "total",
        "as_of": "2025-06-30",
        "as_of_precision": "day",
        "percent": "46,44",
        "covered": "",
        "eligible": "",
        "publisher": "Uji Kanwil",
        "publisher_kind": "bpjs_kanwil",
        "denominator_kind": "",
        "denominator_label": "",
        "participant_kind": "",
        "status": "published",
        "source_outlet": "",
        "source_date": "",
        "source_title": "",
        "source_url": "",
        "note": "",
    }
    data.update(overrides)
    return data


def test_grant_region_gives_staff_login_group_and_scope(seeded):
    user = make_user("petugas", "73.01", role="reviewer")
    assert user.is_staff
    assert user.groups.filter(name="Peninjau klaim").exists()
    assert RegionScope.objects.filter(user=user, region__code="73.01", role="reviewer").exists()


def test_grant_region_accepts_an_alias_and_refuses_unknown_names(seeded):
    make_user("petugas2", "Sulsel")
    assert RegionScope.objects.filter(user__username="petugas2", region__code="73").exists()
    with pytest.raises(CommandError, match="No region"):
        call_command("grant_region", "petugas2", "Atlantis", stdout=StringIO())
    with pytest.raises(CommandError, match="No user"):
        call_command("grant_region", "nobody", "73", stdout=StringIO())


def test_changelist_shows_only_in_scope_rows(sulsel_editor):
    response = sulsel_editor.get(FIGURES)
    assert response.status_code == 200
    regions = {f.region.code for f in response.context["cl"].result_list}
    assert "73" in regions
    assert "73.01" in regions
    assert "63" not in regions
    assert "ID" not in regions


def test_add_form_offers_only_in_scope_regions(sulsel_editor):
    response = sulsel_editor.get(FIGURES + "add/")
    offered = response.context["adminform"].form.fields["region"].queryset
    codes = set(offered.values_list("code", flat=True))
    assert "73" in codes
    assert "73.71" in codes
    assert "63" not in codes
    assert len(codes) == 25


def test_region_autocomplete_offers_only_in_scope_regions(sulsel_editor):
    response = sulsel_editor.get(
        "/admin/autocomplete/",
        {"app_label": "regions", "model_name": "coveragefigure", "field_name": "region",
         "term": "Kalimantan"},
    )  # fmt: skip
    assert response.status_code == 200
    assert response.json()["results"] == []


def test_forged_post_for_an_out_of_scope_region_is_refused(sulsel_editor):
    before = CoverageFigure.objects.count()
    response = sulsel_editor.post(FIGURES + "add/", figure_post("63"))
    assert response.status_code == 200
    assert "region" in response.context["adminform"].form.errors
    assert CoverageFigure.objects.count() == before


def test_in_scope_post_is_saved_with_the_editor_as_author(sulsel_editor):
    response = sulsel_editor.post(FIGURES + "add/", figure_post("73.01"))
    assert response.status_code == 302
    figure = CoverageFigure.objects.get(publisher="Uji Kanwil")
    assert figure.percent == Decimal("46.44")  # typed as 46,44
    assert figure.entered_by.username == "editor73"


def test_forged_change_of_an_out_of_scope_object_is_403_and_changes_nothing(sulsel_editor):
    kalsel = CoverageFigure.objects.filter(region__code="63").first()
    url = f"{FIGURES}{kalsel.pk}/change/"
    assert sulsel_editor.get(url).status_code == 403
    response = sulsel_editor.post(url, figure_post("63", percent="99"))
    assert response.status_code == 403
    kalsel.refresh_from_db()
    assert kalsel.percent != Decimal("99")


def test_moving_an_in_scope_object_out_of_scope_is_refused(sulsel_editor):
    own = CoverageFigure.objects.filter(region__code="73.01").first()
    response = sulsel_editor.post(f"{FIGURES}{own.pk}/change/", figure_post("63"))
    assert response.status_code == 200
    assert "region" in response.context["adminform"].form.errors
    own.refresh_from_db()
    assert own.region.code == "73.01"


def test_delete_of_an_out_of_scope_object_is_403(sulsel_editor):
    kalsel = CoverageFigure.objects.filter(region__code="63").first()
    response = sulsel_editor.post(f"{FIGURES}{kalsel.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert CoverageFigure.objects.filter(pk=kalsel.pk).exists()


def test_history_of_an_out_of_scope_object_is_403(sulsel_editor):
    kalsel = CoverageFigure.objects.filter(region__code="63").first()
    assert sulsel_editor.get(f"{FIGURES}{kalsel.pk}/history/").status_code == 403


def test_viewer_sees_in_scope_rows_but_cannot_add_or_change(seeded, client):
    client.force_login(make_user("pemantau", "63", role="viewer"))
    response = client.get(FIGURES)
    codes = {f.region.code for f in response.context["cl"].result_list}
    assert "63" in codes
    assert all(code.startswith("63") for code in codes)
    assert client.get(FIGURES + "add/").status_code == 403
    figure = CoverageFigure.objects.filter(region__code="63").first()
    response = client.post(f"{FIGURES}{figure.pk}/change/", figure_post("63", percent="1"))
    assert response.status_code == 403
    figure.refresh_from_db()
    assert figure.percent != Decimal("1")


def test_national_administrator_sees_everything(seeded, client):
    client.force_login(make_user("nasional", "ID"))
    response = client.get(FIGURES + "?all=")
    assert response.context["cl"].result_count == CoverageFigure.objects.count()


def test_user_without_scope_cannot_add(seeded, client):
    user = make_user("tanpa_cakupan", "73")
    RegionScope.objects.filter(user=user).delete()
    client.force_login(get_user_model().objects.get(pk=user.pk))
    assert client.get(FIGURES + "add/").status_code == 403
    assert client.get(FIGURES).context["cl"].result_count == 0


def test_login_is_throttled_after_repeated_failures(seeded, client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("lupa")
    for _attempt in range(3):
        client.post("/admin/login/", {"username": "lupa", "password": "salah"})
    response = client.post("/admin/login/", {"username": "lupa", "password": "uji-kata-sandi-9"})
    assert response.status_code == 429
    assert "Terlalu banyak percobaan masuk" in response.content.decode()


def test_password_validators_are_on(seeded):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("12345678")


def test_scope_dates(seeded):
    user = make_user("x", "73")
    assert RegionScope.objects.get(user=user).granted_at.date() <= date.today()
