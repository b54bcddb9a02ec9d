"""The local demo administrator for `make run`: development only.

A superuser with a published password would open the admin of any
database the command ran against, so it refuses to run with
``DJANGO_DEBUG=0`` and gives the login a fresh random password on every
run, printed once."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "demo"


def new_password() -> str:
    return secrets.token_urlsafe(12)


class Command(BaseCommand):
    help = (
        "Development only (refused when DJANGO_DEBUG=0): create or reset the local demo "
        "administrator with a new random password, and print the login once."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensure_demo_user is for development only and DJANGO_DEBUG is off: "
                "no demo administrator was created. In production create named "
                "accounts with createsuperuser or grant_region --create."
            )
        password = new_password()
        user_model = get_user_model()
        user, _created = user_model.objects.get_or_create(username=DEMO_USERNAME)
        user.is_staff = True
        user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo login for http://127.0.0.1:8000/admin/ - "
                f"username: {DEMO_USERNAME}  password: {password}  "
                f"(new on every run; not shown again)"
            )
        )
