from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "cakupan-demo-2025"


class Command(BaseCommand):
    help = "Create (or reset) the local demo administrator and print its login."

    def handle(self, *args, **options):
        user_model = get_user_model()
        user, _created = user_model.objects.get_or_create(username=DEMO_USERNAME)
        user.is_staff = True
        user.is_superuser = True
        user.set_password(DEMO_PASSWORD)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo login for http://127.0.0.1:8000/admin/ - "
                f"username: {DEMO_USERNAME}  password: {DEMO_PASSWORD}"
            )
        )
