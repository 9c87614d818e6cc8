"""API keys (seed 003 api_keys): only a hash of the secret is stored."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models.functions import Now
from django.utils import timezone
from rest_framework_api_key.crypto import KeyGenerator

from core.db import constraints as rules
from core.models import UUIDModel
from core.products import PRODUCTS

key_generator = KeyGenerator(prefix_length=8, secret_key_length=40)


class ApiKeyQuerySet(models.QuerySet):
    def usable(self):
        now = timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class ApiKey(UUIDModel):
    """A key ``<prefix>.<secret>``: the prefix finds the row, the hash checks the secret."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.DB_CASCADE, related_name="api_keys"
    )
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, editable=False)
    key_hash = models.CharField(max_length=200, editable=False)
    created_at = models.DateTimeField(db_default=Now(), editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    products = ArrayField(
        models.CharField(max_length=32, choices=[(p, p) for p in PRODUCTS]),
        default=list,
        db_default=[],
        blank=True,
        help_text="Narrows the key to these products; empty: all of its user's products.",
    )
    read_only = models.BooleanField(
        default=False, db_default=False, help_text="GET/HEAD/OPTIONS only."
    )

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        verbose_name = "API key"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["prefix"], name="accounts_apikey_prefix_unique"),
            rules.matches(
                "prefix",
                r"^[A-Za-z0-9]{8,16}$",
                message="A key prefix is 8 to 16 letters or digits.",
            ),
            *rules.each(rules.not_blank, "key_hash", "name"),
            rules.check(
                "products_valid",
                models.Q(products__contained_by=list(PRODUCTS)),
                "Unknown product; products are " + ", ".join(PRODUCTS) + ".",
            ),
        ]
        indexes = [models.Index(fields=["user", "-created_at"], name="apikey_user_created_idx")]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(
        cls, *, user, name: str, expires_at=None, products=(), read_only=False
    ) -> tuple["ApiKey", str]:
        """Create a key; return the row and the full key, which is never stored."""
        key, prefix, hashed = key_generator.generate()
        api_key = cls.objects.create(
            user=user,
            name=name,
            prefix=prefix,
            key_hash=hashed,
            expires_at=expires_at,
            products=sorted(set(products)),
            read_only=read_only,
        )
        return api_key, key

    def assign_new_key(self) -> str:
        """Fill prefix and hash on an unsaved row; return the full key (admin add form)."""
        key, self.prefix, self.key_hash = key_generator.generate()
        return key

    def verify(self, key: str) -> bool:
        return key_generator.verify(key, self.key_hash)

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def is_usable(self) -> bool:
        return not self.is_revoked and not self.is_expired

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
