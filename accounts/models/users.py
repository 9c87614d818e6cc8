"""The one User model every seed's users table maps to (AUTH_USER_MODEL).

Seed mapping: 000 User (clerkId, email?, firstName, lastName), 001 User
(email, password_hash, name -> first/last name), 003 users (email,
password_hash), 004 User (email, wallet address, UserStatus).
"""

import uuid

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower, Now

from accounts.choices import UserStatus
from core.db import constraints as rules
from core.db.indexes import trigram
from core.models import GenRandomUUID, choice_field

WALLET_ADDRESS_REGEX = r"^0x[0-9a-fA-F]{40}$"
EMAIL_REGEX = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        email = self.normalize_email(email or "")
        user = self.model(email=email, **extra_fields)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.full_clean(exclude=["password"], validate_unique=False)
        user.save(using=self._db)
        return user

    def create_user(self, email="", password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff=True and is_superuser=True.")
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    id = models.UUIDField(
        primary_key=True, default=uuid.uuid4, db_default=GenRandomUUID(), editable=False
    )
    email = models.EmailField(
        max_length=254,
        blank=True,
        default="",
        db_default="",
        help_text="Unique, case-insensitively. May be empty only for a Clerk-linked user.",
    )
    first_name = models.CharField(max_length=150, blank=True, default="", db_default="")
    last_name = models.CharField(max_length=150, blank=True, default="", db_default="")
    clerk_id = models.CharField(
        "Clerk id",
        max_length=64,
        null=True,
        blank=True,
        help_text="The Clerk user id (seed 000 clerkId); unique when present.",
    )
    wallet_address = models.CharField(
        max_length=42,
        null=True,
        blank=True,
        help_text="EVM wallet address, 0x followed by 40 hex digits; unique when present.",
    )
    status = choice_field(UserStatus, UserStatus.ACTIVE, max_length=24)
    is_active = models.BooleanField(default=True, db_default=True)
    is_staff = models.BooleanField(default=False, db_default=False)
    is_superuser = models.BooleanField(default=False, db_default=False)
    created_at = models.DateTimeField(db_default=Now(), editable=False)
    updated_at = models.DateTimeField(db_default=Now(), auto_now=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="accounts_user_email_ci_unique",
                violation_error_message="A user with this email already exists.",
            ),
            rules.check(
                "email_or_clerk",
                ~models.Q(email="") | models.Q(clerk_id__isnull=False),
                "An email is required unless the user is linked to Clerk.",
            ),
            rules.check(
                "email_format",
                models.Q(email="") | models.Q(email__regex=EMAIL_REGEX),
                "Enter a valid email address.",
            ),
            models.UniqueConstraint(
                fields=["clerk_id"],
                name="accounts_user_clerk_id_unique",
                violation_error_message="A user with this Clerk id already exists.",
            ),
            rules.check(
                "clerk_id_not_blank",
                models.Q(clerk_id__isnull=True) | ~models.Q(clerk_id=""),
                "Clerk id cannot be blank.",
            ),
            models.UniqueConstraint(
                Lower("wallet_address"),
                name="accounts_user_wallet_ci_unique",
                violation_error_message="A user with this wallet address already exists.",
            ),
            rules.matches(
                "wallet_address",
                WALLET_ADDRESS_REGEX,
                nullable=True,
                null_first=True,
                rule="wallet_format",
                message="A wallet address is 0x followed by 40 hexadecimal digits.",
            ),
            rules.valid_choice("status", UserStatus),
        ]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="user_status_created_idx"),
            models.Index(fields=["-created_at"], name="user_created_idx"),
            trigram("accounts", "user", "email"),  # the admins' searches by a user's email
        ]

    def __str__(self):
        return self.email or self.clerk_id or str(self.pk)

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email or "")
        if self.clerk_id == "":
            self.clerk_id = None
        if self.wallet_address == "":
            self.wallet_address = None

    @property
    def name(self) -> str:
        """Seed 001's single ``name`` column."""
        return self.get_full_name()

    def get_full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def get_short_name(self):
        return self.first_name or self.email
