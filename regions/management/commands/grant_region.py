import getpass
import secrets
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from coverage_site.roles import ROLE_GROUPS
from regions.lookups import region_named
from regions.services import region_grant


class Command(BaseCommand):
    help = (
        "Give a user a role over a region and everything under it "
        "(a province includes its regencies and cities; ID is the whole country). "
        "The user must exist, unless --create is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("code", help="Kemendagri code: 73, 73.01, or ID for the nation")
        parser.add_argument("--role", choices=sorted(ROLE_GROUPS), default="editor")
        parser.add_argument(
            "--create",
            action="store_true",
            help=(
                "Create the user when it does not exist: asks for its password on a "
                "terminal (empty answer: a random one), otherwise prints a random one."
            ),
        )
        parser.add_argument("--email", default="", help="E-mail of a user made by --create.")

    def handle(self, *args, username, code, role, create, email, **options):
        region = region_named(code)
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        password = None
        if user is None:
            if not create:
                raise CommandError(
                    f"No user named {username!r}. Create it first (createsuperuser, the "
                    f"admin's Users page) or add --create to make it now."
                )
            password, shown = self._password(user_model(username=username, email=email))
        with transaction.atomic():
            if user is None:
                user = user_model.objects.create_user(
                    username=username, email=email, password=password
                )
            _scope, created = region_grant(user=user, region=region, role=role)
        if password is not None:
            self.stdout.write(f"Created user {username}.")
            if shown:
                self.stdout.write(
                    f"Password for {username}: {shown}  (shown once; change it after the "
                    f"first login)"
                )
        verb = "Granted" if created else "Already had"
        self.stdout.write(
            self.style.SUCCESS(f"{verb}: {username} is {role} for {region.name} ({region.code}).")
        )

    def _password(self, user) -> tuple[str, str]:
        """The new user's password, and what to print of it (empty when the
        operator typed it)."""
        if sys.stdin.isatty():
            try:
                typed = getpass.getpass(f"Password for {user.username} (empty: a random one): ")
                again = getpass.getpass("Again: ") if typed else ""
            except (EOFError, KeyboardInterrupt) as error:
                raise CommandError("No password given; nothing was created.") from error
            if typed:
                if again != typed:
                    raise CommandError("The two passwords differ; nothing was created.")
                try:
                    validate_password(typed, user)
                except ValidationError as error:
                    raise CommandError(
                        "Password refused: " + " ".join(error.messages) + " Nothing was created."
                    ) from error
                return typed, ""
        password = secrets.token_urlsafe(12)
        return password, password
