"""The administrators' audit view: recent changes, who and when, filterable
by user and region, and closed to everyone else."""

from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from regions.models import CoverageFigure

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(seeded):
    return get_user_model().objects.create_superuser("audit", "a@contoh.id", "uji-kata-sandi-9")


def change_figure(code, user, percent):
    figure = CoverageFigure.objects.filter(region__code=code, percent__isnull=False).first()
    figure._history_user = user
    figure.percent = Decimal(percent)
    figure.save()
    return figure


def test_lists_who_changed_what_filtered_by_user_and_region(client, admin_user):
    editor = get_user_model().objects.create_user("pengubah", password="uji-kata-sandi-9")
    sulsel = change_figure("73", editor, "48")
    kalsel = change_figure("63", admin_user, "47")
    client.force_login(admin_user)

    everything = client.get("/admin/audit/").context["changes"]
    assert [(c.object_id, c.user) for c in everything[:2]] == [
        (kalsel.pk, admin_user),
        (sulsel.pk, editor),
    ]
    by_user = client.get("/admin/audit/", {"user": editor.pk}).context["changes"]
    assert {c.user for c in by_user} == {editor}
    by_region = client.get("/admin/audit/", {"region": "63"}).context["changes"]
    assert by_region
    assert all(c.region.code.startswith("63") for c in by_region)
    assert kalsel.pk in [c.object_id for c in by_region if c.kind == "~"]
    assert "pengubah" in client.get("/admin/audit/").content.decode()


def test_unknown_region_is_reported(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/audit/", {"region": "99.99"})
    assert "Tidak ada wilayah dengan kode 99.99." in response.content.decode()


def test_regional_editors_may_not_audit(client, seeded):
    get_user_model().objects.create_user("editor63", password="uji-kata-sandi-9")
    call_command("grant_region", "editor63", "63", stdout=StringIO())
    client.force_login(get_user_model().objects.get(username="editor63"))
    assert client.get("/admin/audit/").status_code == 403


def test_national_administrator_may_audit(client, seeded):
    get_user_model().objects.create_user("nasional", password="uji-kata-sandi-9")
    call_command("grant_region", "nasional", "ID", stdout=StringIO())
    client.force_login(get_user_model().objects.get(username="nasional"))
    assert client.get("/admin/audit/").status_code == 200


def test_anonymous_is_sent_to_login(client, seeded):
    response = client.get("/admin/audit/")
    assert response.status_code == 302
    assert "/admin/login/" in response.url
