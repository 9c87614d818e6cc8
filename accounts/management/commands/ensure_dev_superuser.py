from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User

DEV_EMAIL = "admin@example.com"
DEV_PASSWORD = "admin-dev-password"


class Command(BaseCommand):
    help = "Create (or reset) the development superuser and print its credentials. DEBUG only."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_superuser runs only with DEBUG=1 (never in production).")
        user = User.objects.filter(email__iexact=DEV_EMAIL).first()
        if user is None:
            user = User.objects.create_superuser(
                DEV_EMAIL, DEV_PASSWORD, first_name="Dev", last_name="Admin"
            )
        else:
            user.set_password(DEV_PASSWORD)
            user.is_staff = user.is_superuser = user.is_active = True
            user.save()
        self.stdout.write(
            self.style.SUCCESS(f"Development superuser: email {DEV_EMAIL}  password {DEV_PASSWORD}")
        )
