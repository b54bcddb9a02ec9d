from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from regions.models import Region
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
        user_model = get_user_model()
        try:
            user = user_model.objects.get(username=username)
        except user_model.DoesNotExist as error:
            raise CommandError(f"No user named {username!r}.") from error
        region = (
            Region.objects.filter(code=code).first()
            or Region.objects.filter(aliases__name__iexact=code).first()
        )
        if region is None:
            raise CommandError(f"No region with code or name {code!r}.")
        _scope, created = region_grant(user=user, region=region, role=role)
        verb = "Granted" if created else "Already had"
        self.stdout.write(
            self.style.SUCCESS(f"{verb}: {username} is {role} for {region.name} ({region.code}).")
        )
