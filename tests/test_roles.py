"""Site roles (coverage_site/roles.py): granting one, from the command, the
admin or a service, brings the same login, group and permissions; the
regions app names no other app's permissions."""

from pathlib import Path

import pytest

from coverage_site.roles import ROLE_GROUPS, ROLE_PERMISSIONS
from regions.models import Region, RegionScope, ScopeRole
from tests import factories as make

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[1]


def test_regions_names_no_other_apps_permissions():
    for module in ("regions/services.py", "regions/admin.py"):
        text = (ROOT / module).read_text()
        assert '"articles"' not in text, module
        assert '"meeting"' not in text, module


def test_every_scope_role_has_a_group_and_permissions():
    assert set(ROLE_GROUPS) == set(ScopeRole) == set(ROLE_PERMISSIONS)


def test_a_scope_added_in_the_admin_grants_the_role_like_the_command(seeded, client):
    admin = make.user("kepala", is_staff=True, is_superuser=True)
    clerk = make.user("juru")
    client.force_login(admin)
    region = Region.objects.get(code="73.01")
    response = client.post(
        "/admin/regions/regionscope/add/",
        {"user": clerk.pk, "region": region.pk, "role": ScopeRole.EDITOR},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    clerk.refresh_from_db()
    assert clerk.is_staff
    assert RegionScope.objects.filter(user=clerk, region=region, role="editor").count() == 1
    assert clerk.groups.filter(name=ROLE_GROUPS[ScopeRole.EDITOR]).exists()
    # the permissions of the role span the apps, the follow-up rows included
    assert clerk.has_perm("regions.change_coveragefigure")
    assert clerk.has_perm("articles.change_claim")
    assert clerk.has_perm("meeting.add_inpresitem")
    assert not clerk.has_perm("awards.change_score")


def test_a_viewer_looks_at_the_follow_up_rows_and_writes_none(seeded):
    viewer = make.user_with_role("pemantau", role=ScopeRole.VIEWER, where="73")
    assert viewer.has_perm("meeting.view_inpresitem")
    assert not viewer.has_perm("meeting.change_inpresitem")
