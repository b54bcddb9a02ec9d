"""Finding a user and a region from what an operator typed on the shell."""

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from .models import Region


def user_named(username: str):
    user_model = get_user_model()
    try:
        return user_model.objects.get(username=username)
    except user_model.DoesNotExist as error:
        raise CommandError(f"No user named {username!r}.") from error


def region_named(code_or_name: str, *, levels: tuple[str, ...] | None = None) -> Region:
    """The region with this Kemendagri code, else with this alias
    (case-insensitive), optionally limited to some levels."""
    regions = Region.objects.all() if levels is None else Region.objects.filter(level__in=levels)
    region = (
        regions.filter(code=code_or_name).first()
        or regions.filter(aliases__name__iexact=code_or_name).first()
    )
    if region is None:
        kinds = "region" if levels is None else " or ".join(levels)
        raise CommandError(f"No {kinds} with code or name {code_or_name!r}.")
    return region
