"""The local demo administrator for `make run`: development only.

A superuser with a published password would open the admin of any
database the command ran against, so it refuses to run with
``DJANGO_DEBUG=0`` and gives the login a fresh random password on every
run, printed once, with the address the development server answers on
(``make run HOST=0.0.0.0:8104`` passes ``--address 0.0.0.0:8104``)."""

import ipaddress
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "demo"
DEFAULT_ADDRESS = "127.0.0.1:8000"  # runserver's own default, and make run's


def admin_url(address: str) -> str:
    """The admin's URL on the server that listens on ``address``, given as
    ``runserver`` takes it (``8104``, ``host:port``, ``[::1]:port``). A
    server bound to every interface is reached on this machine at the
    loopback address.

    >>> admin_url("127.0.0.1:8000"), admin_url("8104"), admin_url("0.0.0.0:8104")
    ('http://127.0.0.1:8000/admin/', 'http://127.0.0.1:8104/admin/', 'http://127.0.0.1:8104/admin/')
    >>> admin_url("localhost:9000"), admin_url("[::]:8001"), admin_url("[::1]:8001")
    ('http://localhost:9000/admin/', 'http://[::1]:8001/admin/', 'http://[::1]:8001/admin/')
    """
    host, _colon, port = address.rpartition(":")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"not a host:port or port: {address!r}")
    host = host or "127.0.0.1"
    bare = host.strip("[]")
    try:
        ip = ipaddress.ip_address(bare)
    except ValueError:
        return f"http://{host}:{port}/admin/"  # a name
    if ip.is_unspecified:
        ip = ipaddress.ip_address("::1" if ip.version == 6 else "127.0.0.1")
    shown = f"[{ip}]" if ip.version == 6 else str(ip)
    return f"http://{shown}:{port}/admin/"


def new_password() -> str:
    return secrets.token_urlsafe(12)


class Command(BaseCommand):
    help = (
        "Development only (refused when DJANGO_DEBUG=0): create or reset the local demo "
        "administrator with a new random password, and print the login once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            default=DEFAULT_ADDRESS,
            help=(
                "The address the development server listens on, as runserver takes it "
                f"(port or host:port; default {DEFAULT_ADDRESS}): printed in the login message."
            ),
        )

    def handle(self, *args, **options):
        try:
            url = admin_url(options["address"])
        except ValueError as error:
            raise CommandError(f"--address: {error}") from error
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
                f"Demo login for {url} - "
                f"username: {DEMO_USERNAME}  password: {password}  "
                f"(new on every run; not shown again)"
            )
        )
