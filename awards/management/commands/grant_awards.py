from django.core.management.base import BaseCommand

from awards.services import organiser_grant
from regions.lookups import region_named, user_named


class Command(BaseCommand):
    help = (
        "Let a user organise the Paritrana Award of a province in the admin: "
        "an editor scope over the province and the award organiser group. "
        "Use ID for national editions."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("code", help="Kemendagri province code (73) or ID for the nation")

    def handle(self, *args, username, code, **options):
        user = user_named(username)
        region = region_named(code, levels=("province", "nation"))
        organiser_grant(user=user, province=region)
        self.stdout.write(
            self.style.SUCCESS(f"{username} organises the awards of {region.name} ({region.code}).")
        )
