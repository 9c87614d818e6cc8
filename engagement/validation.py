"""The seed's Zod rules (Dev Notes, architecture 5.4) as Django validators.

Field validators run in ModelForms (admin) and ModelSerializers (API), so both report
the same messages; the CHECK constraints in the models hold the same rules in PostgreSQL,
the signature and the prohibited claims included (``Reply.Meta.constraints``), with the
same messages.
"""

import re

from django.conf import settings
from django.contrib.postgres.validators import ArrayMaxLengthValidator, ArrayMinLengthValidator
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinLengthValidator,
    MinValueValidator,
    RegexValidator,
)

POST_ID_REGEX = r"^[a-zA-Z0-9_-]+\Z"
HANDLE_REGEX = r"^[a-zA-Z0-9_]+\Z"
UTM_CODE_REGEX = r"^[a-z0-9_-]+\Z"
# Same four claims as the seed's /(cure|prevent|treat|clinically proven)/i, matched at the
# start of a word so "cures", "prevention", "treatment" are caught but "secure" and
# "retreat" are not (a deliberate choice, docs/apps/engagement.md). Two spellings of one
# rule: Python's for the validators, PostgreSQL's (ARE, ``~*``; ``\m`` / ``\M`` are the
# start / end of a word) for the CHECK; tests/oversight/test_reply_rules.py proves they
# agree sentence by sentence.
PROHIBITED_CLAIMS_REGEX = re.compile(
    r"\b(cur(?:e|es|ed|ing)\b|prevent|treat|clinically\s+proven)", re.I
)
PROHIBITED_CLAIMS_SQL_REGEX = r"\m(cur(e|es|ed|ing)\M|prevent|treat|clinically\s+proven)"
SIGNATURE_MESSAGE = "Reply must include signature %(signature)s"
PROHIBITED_CLAIMS_MESSAGE = "Reply contains prohibited medical claims"

validate_post_id = RegexValidator(POST_ID_REGEX, "Invalid post ID format")
validate_handle = RegexValidator(HANDLE_REGEX, "Invalid handle format")
validate_utm_code = RegexValidator(UTM_CODE_REGEX, "Invalid UTM code")
post_content_min = MinLengthValidator(1, "Post content cannot be empty")
post_content_max = MaxLengthValidator(5000, "Post content exceeds maximum length")
reply_content_min = MinLengthValidator(10, "Reply too short")
reply_content_max = MaxLengthValidator(1000, "Reply exceeds maximum length")
keyword_matches_min = ArrayMinLengthValidator(1, "Must match at least one keyword")
keyword_matches_max = ArrayMaxLengthValidator(50, "Too many keyword matches")
score_min = MinValueValidator(0.0, "Scores range from 0.0 to 1.0")
score_max = MaxValueValidator(1.0, "Scores range from 0.0 to 1.0")
SCORE_VALIDATORS = [score_min, score_max]
non_negative = MinValueValidator(0, "Must not be negative")


def reply_signature() -> str:
    return settings.ENGAGEMENT_REPLY_SIGNATURE


def validate_reply_signature(value: str) -> None:
    signature = reply_signature()
    if signature and signature not in (value or ""):
        raise ValidationError(
            SIGNATURE_MESSAGE,
            code="signature_missing",
            params={"signature": signature},
        )


def validate_no_prohibited_claims(value: str) -> None:
    match = PROHIBITED_CLAIMS_REGEX.search(value or "")
    if match:
        raise ValidationError(
            PROHIBITED_CLAIMS_MESSAGE + ' ("%(claim)s")',
            code="prohibited_claim",
            params={"claim": match.group(0)},
        )
