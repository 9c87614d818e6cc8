from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from core import products as p


class Command(BaseCommand):
    help = (
        "Grant (or with --revoke, take back) products to a user: the permissions "
        "core.access_<product>. Staff and superusers hold every product anyway."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The user's email (case-insensitive).")
        parser.add_argument("products", nargs="+", metavar="product", help=", ".join(p.PRODUCTS))
        parser.add_argument("--revoke", action="store_true", help="Take the products back.")

    def handle(self, *args, email, products, revoke, **options):
        unknown = sorted(set(products) - set(p.PRODUCTS))
        if unknown:
            raise CommandError(
                f"Unknown product(s) {', '.join(unknown)}; products are {', '.join(p.PRODUCTS)}."
            )
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No user with email {email!r}.")
        perms = p.permissions(products)
        if len(perms) != len(set(products)):
            raise CommandError("Product permissions are missing: run manage.py migrate first.")
        if revoke:
            user.user_permissions.remove(*perms)
        else:
            user.user_permissions.add(*perms)
        p.forget(user)
        held = ", ".join(sorted(p.user_products(user))) or "none"
        verb = "Revoked" if revoke else "Granted"
        self.stdout.write(
            f"{verb} {', '.join(sorted(set(products)))} for {user.email}; holds: {held}."
        )
        if revoke and (user.is_staff or user.is_superuser):
            self.stderr.write("Note: staff and superusers hold every product regardless.")
