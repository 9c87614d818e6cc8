"""Seed 002's reply rules held by PostgreSQL: the signature and the prohibited claims are
CHECKs, the same rule (and message) the API and the admin apply."""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from engagement import validation as v
from engagement.models import Reply
from tests.engagement import factories as f
from tests.utils import assert_sql_rejected, copy_row_sql, run_sql

pytestmark = pytest.mark.django_db

# sentence -> is it a prohibited claim (the documented, word-boundary rule)
CLAIMS = {
    "This will cure your hangover": True,
    "CURES everything": True,
    "it cured me": True,
    "curing is easy": True,
    "helps prevent a headache": True,
    "prevention matters": True,
    "a treatment for you": True,
    "treats the symptoms": True,
    "Clinically   proven formula": True,
    "clinically proven": True,
    "secure some water": False,
    "retreat to bed": False,
    "a curious result": False,
    "the curator said": False,
    "procure snacks": False,
    "clinically tested": False,
    "drink water and rest": False,
}


@pytest.mark.parametrize("text,claim", sorted(CLAIMS.items()))
def test_python_and_postgresql_spell_the_same_claims_rule(text, claim):
    [(in_sql,)] = run_sql("SELECT %s ~* %s", [text, v.PROHIBITED_CLAIMS_SQL_REGEX])
    assert in_sql is claim
    assert bool(v.PROHIBITED_CLAIMS_REGEX.search(text)) is claim


def test_an_unsigned_reply_is_refused_by_postgresql():
    reply = f.ReplyFactory()
    sql, params = copy_row_sql("engagement_reply", reply.pk, content="'Drink some water and rest.'")
    assert_sql_rejected("engagement_reply_content_signed", sql, params)
    assert_sql_rejected(
        "engagement_reply_content_signed",
        "UPDATE engagement_reply SET content = 'Drink some water, please.' WHERE id = %s",
        [reply.pk],
    )


def test_a_banned_claim_is_refused_by_postgresql():
    reply = f.ReplyFactory()
    content = f"This will cure your hangover {settings.ENGAGEMENT_REPLY_SIGNATURE}"
    sql, params = copy_row_sql("engagement_reply", reply.pk, content="%s")
    assert_sql_rejected("engagement_reply_content_no_prohibited_claims", sql, [content, *params])
    assert_sql_rejected(
        "engagement_reply_content_no_prohibited_claims",
        "UPDATE engagement_reply SET content = %s WHERE id = %s",
        [f"Clinically proven relief {settings.ENGAGEMENT_REPLY_SIGNATURE}", reply.pk],
    )


def test_secure_and_retreat_pass_postgresql_too():
    reply = f.ReplyFactory()
    run_sql(
        "UPDATE engagement_reply SET content = %s WHERE id = %s",
        [f.signed("Retreat to bed and secure some water."), reply.pk],
    )


def test_the_constraint_messages_are_the_validators_messages():
    constraints = {c.name: c for c in Reply._meta.constraints}
    signed = constraints["engagement_reply_content_signed"].violation_error_message
    claims = constraints["engagement_reply_content_no_prohibited_claims"].violation_error_message
    for validator, text, message in [
        (v.validate_reply_signature, "Drink some water.", signed),
        (v.validate_no_prohibited_claims, "It will cure you", claims),
    ]:
        with pytest.raises(ValidationError) as info:
            validator(text)
        assert info.value.messages[0].startswith(message)


def test_api_and_admin_refuse_a_claim_with_the_same_message(staff_client, client, staff_user):
    decision = f.DecisionFactory()
    payload = {
        "decision": str(decision.pk),
        "content": f.signed("This will cure your hangover."),
        "archetype": "CHECKLIST",
        "platform": "TWITTER",
        "utm_code": "tw-check-1",
    }
    response = staff_client.post(reverse("api:engagement-reply-list"), payload, format="json")
    assert response.status_code == 400
    assert response.json()["content"] == ['Reply contains prohibited medical claims ("cure")']

    staff_user.is_superuser = True
    staff_user.save()
    client.force_login(staff_user)
    form = {**payload, "help_count": 0, "reply_type": "STANDARD", "metrics_json": "{}"}
    response = client.post(reverse("admin:engagement_reply_add"), form)
    assert response.status_code == 200  # the form again, with the error
    assert (
        "Reply contains prohibited medical claims (&quot;cure&quot;)" in response.content.decode()
    )
    assert not Reply.objects.exists()
