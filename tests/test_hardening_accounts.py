"""Issue 14, accounts: the login lockout cannot be aimed at another user
through a trusted proxy or a forged header; the demo superuser never exists
in production; grant_region can create its user; an unsafe ?next= lands on
the admin; a reviewer holds no permission the admin then refuses; every
response carries a Permissions-Policy."""

import doctest
import re
from io import StringIO

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client

import coverage_site.clientip
from coverage_site.clientip import parse_networks
from regions.models import RegionScope

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "uji-kata-sandi-9"
PROXY = "10.0.0.5"
VICTIM = "203.0.113.20"
ATTACKER = "198.51.100.66"


def test_clientip_examples():
    result = doctest.testmod(coverage_site.clientip)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.fixture
def lupa(seeded, settings):
    settings.AXES_FAILURE_LIMIT = 3
    return get_user_model().objects.create_user("lupa", password=PASSWORD, is_staff=True)


def attempt(remote_addr, password, forwarded_for=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return Client().post(LOGIN, {"username": "lupa", "password": password}, **headers)


def test_behind_a_trusted_proxy_wrong_passwords_from_one_client_do_not_lock_out_another(
    lupa, settings
):
    settings.TRUSTED_PROXY_NETWORKS = parse_networks([PROXY])
    for _ in range(4):
        assert attempt(PROXY, "salah", forwarded_for=ATTACKER).status_code != 302

    # The attacker is locked out; the real user, through the same proxy, is not.
    assert attempt(PROXY, PASSWORD, forwarded_for=ATTACKER).status_code == 429
    response = attempt(PROXY, PASSWORD, forwarded_for=VICTIM)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


def test_a_forged_forwarded_for_sent_through_the_proxy_cannot_aim_the_lockout(lupa, settings):
    """The attacker writes the victim's address into X-Forwarded-For; the
    proxy appends the address it really saw, and that is the one counted."""
    settings.TRUSTED_PROXY_NETWORKS = parse_networks(["10.0.0.0/24"])
    for _ in range(4):
        attempt(PROXY, "salah", forwarded_for=f"{VICTIM}, {ATTACKER}")
    response = attempt(PROXY, PASSWORD, forwarded_for=VICTIM)
    assert response.status_code == 302
    assert attempt(PROXY, PASSWORD, forwarded_for=f"{VICTIM}, {ATTACKER}").status_code == 429


def test_without_trusted_proxies_the_header_is_ignored(lupa, settings):
    """A client talking to the app directly cannot pick its address either:
    with no trusted proxy (the default) X-Forwarded-For counts for nothing."""
    assert settings.TRUSTED_PROXY_NETWORKS == ()
    for _ in range(4):
        attempt(ATTACKER, "salah", forwarded_for=VICTIM)
    assert attempt(VICTIM, PASSWORD).status_code == 302
    assert attempt(ATTACKER, PASSWORD, forwarded_for=VICTIM).status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


def test_a_header_from_an_untrusted_peer_is_ignored(lupa, settings):
    settings.TRUSTED_PROXY_NETWORKS = parse_networks([PROXY])
    for _ in range(4):
        attempt(ATTACKER, "salah", forwarded_for="192.0.2.1")
    assert attempt(VICTIM, PASSWORD, forwarded_for="192.0.2.1").status_code == 302


def test_lockout_never_keys_on_the_username_alone(settings):
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AXES_CLIENT_IP_CALLABLE == "coverage_site.middleware.request_client_address"


# -- ensure_demo_user ---------------------------------------------------------


def test_ensure_demo_user_refuses_in_production(seeded, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="development only"):
        call_command("ensure_demo_user", stdout=StringIO())
    assert not get_user_model().objects.filter(username="demo").exists()
    assert not get_user_model().objects.filter(is_superuser=True).exists()


def test_ensure_demo_user_prints_a_new_random_password_each_run(seeded, settings):
    settings.DEBUG = True
    passwords = []
    for _ in range(2):
        out = StringIO()
        call_command("ensure_demo_user", stdout=out)
        passwords.append(re.search(r"password: (\S+)", out.getvalue()).group(1))
    assert passwords[0] != passwords[1]
    assert len(passwords[0]) >= 16
    assert "cakupan-demo-2025" not in passwords
    demo = get_user_model().objects.get(username="demo")
    assert demo.is_superuser
    assert demo.check_password(passwords[1])
    assert not demo.check_password("cakupan-demo-2025")


# -- grant_region --create -------------------------------------------------------


def test_grant_region_on_a_missing_user_says_how_to_create_it(seeded):
    with pytest.raises(CommandError, match="--create"):
        call_command("grant_region", "baru", "73", stdout=StringIO())
    assert not get_user_model().objects.filter(username="baru").exists()


def test_grant_region_create_makes_the_user_and_prints_its_password_once(seeded, client):
    out = StringIO()
    call_command("grant_region", "baru", "73", "--create", "--role", "viewer", stdout=out)
    password = re.search(r"Password for baru: (\S+)", out.getvalue()).group(1)
    user = get_user_model().objects.get(username="baru")
    assert user.is_staff
    assert not user.is_superuser
    assert user.check_password(password)
    assert RegionScope.objects.filter(user=user, region__code="73", role="viewer").exists()
    response = client.post(LOGIN, {"username": "baru", "password": password})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"

    again = StringIO()
    call_command("grant_region", "baru", "73.01", "--create", stdout=again)
    assert "Password" not in again.getvalue()  # an existing user is left as it is
    assert get_user_model().objects.get(username="baru").check_password(password)


def test_grant_region_create_with_an_unknown_region_creates_nobody(seeded):
    with pytest.raises(CommandError, match="No region"):
        call_command("grant_region", "baru", "99.99", "--create", stdout=StringIO())
    assert not get_user_model().objects.filter(username="baru").exists()


# -- login redirect, reviewer, Permissions-Policy ---------------------------------


def test_admin_login_with_an_unsafe_next_lands_on_the_admin(lupa, client):
    response = client.post(
        "/admin/login/?next=https://evil.example/steal",
        {"username": "lupa", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get(response["Location"]).status_code == 200


def test_reviewer_holds_no_add_permission_it_cannot_use(seeded, client):
    user = get_user_model().objects.create_user("peninjau", password=PASSWORD)
    call_command("grant_region", "peninjau", "73", "--role", "reviewer", stdout=StringIO())
    user = get_user_model().objects.get(pk=user.pk)
    client.force_login(user)
    for model in ("coveragefigure", "coveragetarget", "budgetallocation"):
        assert not user.has_perm(f"regions.add_{model}")
        assert not user.has_perm(f"regions.change_{model}")
        assert user.has_perm(f"regions.view_{model}")
        assert client.get(f"/admin/regions/{model}/").status_code == 200
        assert client.get(f"/admin/regions/{model}/add/").status_code == 403
    assert user.has_perm("articles.change_claim")


@pytest.mark.parametrize("path", ["/", "/wilayah/", "/admin/login/", "/tidak-ada/"])
def test_every_response_carries_a_permissions_policy(seeded, client, path):
    policy = client.get(path)["Permissions-Policy"]
    assert "camera=()" in policy
    assert "geolocation=()" in policy
    assert "microphone=()" in policy
