from django.core.management.base import BaseCommand

from regions.lookups import region_named, user_named
from regions.services import ROLE_GROUPS, region_grant


class Command(BaseCommand):
    help = (
        "Give a user a role over a region and everything under it "
        "(a province includes its regencies and cities; ID is the whole country)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("code", help="Kemendagri code: 73, 73.01, or ID for the nation")
        parser.add_argument("--role", choices=sorted(ROLE_GROUPS), default="editor")

    def handle(self, *args, username, code, role, **options):
        user = user_named(username)
        region = region_named(code)
        _scope, created = region_grant(user=user, region=region, role=role)
        verb = "Granted" if created else "Already had"
        self.stdout.write(
            self.style.SUCCESS(f"{verb}: {username} is {role} for {region.name} ({region.code}).")
        )
