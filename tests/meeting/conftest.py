from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command


@pytest.fixture
def inpres(seeded):
    """The sourced follow-up rows of meeting/reference/inpres.csv."""
    call_command("seed_inpres", stdout=StringIO())


def _make_user(username, code=None, role="editor"):
    user = get_user_model().objects.create_user(username, password="uji-kata-sandi-9")
    if code:
        call_command("grant_region", username, code, "--role", role, stdout=StringIO())
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def make_user(seeded):
    """A user with a role over a region (grant_region), as editors get one."""
    return _make_user
