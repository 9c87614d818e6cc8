"""Changing the login email without an existence oracle.

``PATCH /api/v1/accounts/me/`` with a new ``email`` needs ``current_password``, and
does not change the email: it mails a signed confirmation token to the new address,
and answers exactly the same (200, the account as it stands, email unchanged) whether
that address is free or already another account's. When it is taken, the mail goes to
that address instead and says that someone tried to use it (nothing changes). The
token, posted to ``POST /api/v1/accounts/me/email/``, applies the change; it is bound
to the user and to the email they had when they asked, and expires after
``EMAIL_CHANGE_MAX_AGE_SECONDS``. Whoever can read the new mailbox learns whether it
was free; nobody else does.
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction

logger = logging.getLogger(__name__)
SALT = "accounts.email-change"


def email_taken(email: str, *, other_than) -> bool:
    from accounts.models import User

    return User.objects.filter(email__iexact=email).exclude(pk=other_than.pk).exists()


def email_change_request(*, user, new_email: str) -> None:
    """Mail the confirmation (or, for a taken address, the notice); never raises."""
    if email_taken(new_email, other_than=user):
        subject = "Someone tried to use this address"
        body = (
            "Someone asked to make this address the login email of another account. "
            "Nothing has changed; no action is needed."
        )
    else:
        token = signing.dumps(
            {"user": str(user.pk), "email": new_email, "was": user.email.lower()}, salt=SALT
        )
        subject = "Confirm your new login email"
        body = (
            "To make this address your login email, confirm with this token "
            f'(POST /api/v1/accounts/me/email/ {{"token": ...}}):\n\n{token}\n'
        )
    try:
        send_mail(subject, body, None, [new_email])
    except Exception:  # the answer must not depend on the mail server either
        logger.exception("email change mail to the requested address failed")


def email_change_confirm(*, user, token: str) -> bool:
    """Apply a confirmation token of ``user``; False for any token that does not
    (bad, expired, another user's, stale, or the address was taken since)."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.EMAIL_CHANGE_MAX_AGE_SECONDS)
    except signing.BadSignature:
        return False
    if data.get("user") != str(user.pk) or data.get("was") != user.email.lower():
        return False
    if email_taken(data["email"], other_than=user):
        return False
    user.email = data["email"]
    try:
        with transaction.atomic():
            user.save(update_fields=["email", "updated_at"])
    except IntegrityError:  # taken between the check and the write
        user.refresh_from_db()
        return False
    return True
