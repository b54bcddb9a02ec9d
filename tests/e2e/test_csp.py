"""The Content-Security-Policy in a real browser: every response carries it,
and neither the public pages nor the admin pages a data-entry clerk uses
break it. The ``problems`` fixture turns each violation into a console error
(conftest.py's CSP_LISTENER), so ``assert_none`` fails on any of them."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from regions.models import CoverageFigure

PASSWORD = "uji-kata-sandi-csp-4"
PUBLIC_PAGES = ["/", "/wilayah/", "/wilayah/73/", "/wilayah/73.01/", "/sumber/", "/paritrana/"]
FIGURES = "/admin/regions/coveragefigure/"


def log_in_as_superuser(page, site):
    get_user_model().objects.create_superuser("csp_admin", "csp@example.id", PASSWORD)
    page.goto(f"{site}/admin/login/", wait_until="load")
    page.locator("#id_username").fill("csp_admin")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation(wait_until="load"):
        page.locator("#login-form [type=submit]").click()
    expect(page.locator("#user-tools")).to_be_visible()


def assert_security_headers(response, path):
    headers = response.headers
    assert headers.get("content-security-policy") == settings.CSP_POLICY, path
    assert "'unsafe-inline'" not in headers["content-security-policy"]
    assert headers.get("referrer-policy") == "same-origin", path
    assert headers.get("x-content-type-options") == "nosniff", path


@pytest.mark.parametrize("path", ["/", "/wilayah/73/", "/admin/login/"])
def test_every_page_carries_the_policy(page, site, path):
    response = page.goto(site + path, wait_until="domcontentloaded")

    assert response.status == 200
    assert_security_headers(response, path)


def test_admin_change_list_carries_the_policy(page, site):
    log_in_as_superuser(page, site)

    response = page.goto(site + FIGURES, wait_until="domcontentloaded")
    assert response.status == 200
    assert_security_headers(response, FIGURES)


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_break_no_rule_of_the_policy(visit, page, problems, path):
    response = visit.open(path)

    assert response.status == 200
    problems.assert_none(path)


def test_admin_login_breaks_no_rule_of_the_policy(page, problems, site):
    response = page.goto(f"{site}/admin/login/", wait_until="load")

    assert response.status == 200
    expect(page.locator("#login-form")).to_be_visible()
    problems.assert_none("/admin/login/")


def test_admin_data_entry_pages_break_no_rule_of_the_policy(page, problems, site):
    log_in_as_superuser(page, site)
    figure = CoverageFigure.objects.order_by("pk").first()
    history = f"{FIGURES}{figure.pk}/history/"
    # The change list (with its filters and actions), the add form (with
    # its autocomplete and calendar widgets), a change form, its history
    # (django-simple-history's template styles its paginator inline;
    # templates/simple_history/object_history.html takes that out) and the
    # delete confirmation.
    for path in [
        "/admin/",
        FIGURES,
        f"{FIGURES}add/",
        f"{FIGURES}{figure.pk}/change/",
        history,
        f"{FIGURES}{figure.pk}/delete/",
    ]:
        response = page.goto(site + path, wait_until="load")
        assert response.status == 200, path
        if path == history:
            expect(page.locator("#change-history + .paginator")).to_be_visible()
            expect(page.locator("#change-history + .paginator")).not_to_have_attribute(
                "style", "border-top: 0"
            )
    problems.assert_none("the coverage-figure admin")
