from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accounts.models import ApiKey, User
from core.products import PRODUCTS


class Command(BaseCommand):
    help = "Create an API key for a user and print it once (only its hash is stored)."

    def add_arguments(self, parser):
        parser.add_argument("email", help="The user's email (case-insensitive).")
        parser.add_argument("--name", default="cli", help="A name for the key.")
        parser.add_argument("--expires-in-days", type=int, default=None)
        parser.add_argument(
            "--product",
            action="append",
            choices=PRODUCTS,
            dest="products",
            default=[],
            help="Narrow the key to this product (repeatable); default: all the user's.",
        )
        parser.add_argument("--read-only", action="store_true", help="GET/HEAD/OPTIONS only.")

    def handle(self, *args, email, name, expires_in_days, products, read_only, **options):
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No user with email {email!r}.")
        expires_at = None
        if expires_in_days is not None:
            if expires_in_days <= 0:
                raise CommandError("--expires-in-days must be positive.")
            expires_at = timezone.now() + timedelta(days=expires_in_days)
        api_key, key = ApiKey.issue(
            user=user, name=name, expires_at=expires_at, products=products, read_only=read_only
        )
        self.stderr.write(
            f"Created API key {api_key.prefix} for {user}. It is shown only now; store it safely:"
        )
        self.stdout.write(key)
