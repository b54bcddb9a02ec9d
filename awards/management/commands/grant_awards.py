from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from awards.services import organiser_grant
from regions.models import Region


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
        user_model = get_user_model()
        try:
            user = user_model.objects.get(username=username)
        except user_model.DoesNotExist as error:
            raise CommandError(f"No user named {username!r}.") from error
        region = (
            Region.objects.filter(code=code, level__in=["province", "nation"]).first()
            or Region.objects.filter(
                aliases__name__iexact=code, level__in=["province", "nation"]
            ).first()
        )
        if region is None:
            raise CommandError(f"No province (or ID) with code or name {code!r}.")
        organiser_grant(user=user, province=region)
        self.stdout.write(
            self.style.SUCCESS(f"{username} organises the awards of {region.name} ({region.code}).")
        )
