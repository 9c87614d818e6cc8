"""Seed 003's edge cases, one test (or a few) each, named after them."""

import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse

from accounts.models import User
from research import services
from research.exceptions import ResearchValidationError
from research.models import Definition, Run, Scenario, Transcript
from tests.accounts.factories import UserFactory
from tests.research import factories as f
from tests.utils import assert_sql_rejected, rejected

pytestmark = pytest.mark.django_db


# Empty parent_id -------------------------------------------------------------------


def test_edge_empty_parent_id_root_definitions_have_null_parent(chain):
    root, child, _ = chain
    assert root.parent_id is None
    assert list(Definition.objects.ancestors(root.pk)) == []
    assert Definition.objects.root_id_of(root.pk) == root.pk
    assert Definition.objects.root_id_of(child.pk) == root.pk
    assert list(Definition.objects.filter(parent__isnull=True)) == [root]
    assert [d.pk for d in Definition.objects.tree(root.pk)][0] == root.pk


def test_edge_empty_parent_id_unknown_definition_has_no_tree():
    assert list(Definition.objects.tree(uuid.uuid4())) == []


# Circular references ----------------------------------------------------------------------


def test_edge_circular_reference_via_orm_save_is_refused_by_the_database(chain):
    root, _, grandchild = chain
    root.parent = grandchild
    with rejected("research_definition_no_cycle"):
        root.save()


def test_edge_circular_reference_via_queryset_update_is_refused(chain):
    root, child, _ = chain
    with rejected("research_definition_no_cycle"):
        Definition.objects.filter(pk=root.pk).update(parent=child)


def test_edge_circular_reference_is_reported_by_the_service_before_the_database(chain):
    root, _, grandchild = chain
    with pytest.raises(ResearchValidationError, match="cycle"):
        services.definition_check_parent(root, grandchild)


# Self-reference -----------------------------------------------------------------------------


def test_edge_self_reference_is_refused():
    d = f.DefinitionFactory()
    d.parent = d
    with pytest.raises(ValidationError, match="cannot be its own parent"):
        d.full_clean()
    with rejected("research_definition_not_own_parent"):
        d.save()
    with pytest.raises(ResearchValidationError, match="own parent"):
        services.definition_check_parent(d, d)


# Missing schema_version ----------------------------------------------------------------------


def test_edge_missing_schema_version_defaults_to_v0():
    with connection.cursor() as cur:  # a legacy row written by another service
        cur.execute(
            "INSERT INTO research_definition (name, content) VALUES ('legacy', '{\"prompt\": \"p\"}') RETURNING id"
        )
        pk = cur.fetchone()[0]
    d = Definition.objects.get(pk=pk)
    assert d.schema_version == 0
    assert d.read_content().content == {"schema_version": 1, "template": "p"}


def test_edge_missing_schema_version_is_stamped_on_write():
    d = services.definition_create(name="new", content={"prompt": "p"})
    assert d.content == {"schema_version": 1, "template": "p"}


# Orphaned transcripts -------------------------------------------------------------------------


def test_edge_orphaned_transcripts_are_cascade_deleted_with_their_run():
    t = f.TranscriptFactory()
    kept = f.TranscriptFactory()
    t.run.delete()
    assert list(Transcript.objects.all()) == [kept]


# Large JSONB content -----------------------------------------------------------------------------


def test_edge_large_jsonb_content_has_no_artificial_limit():
    big = {
        "schema_version": 1,
        "template": "x" * 3_000_000,
        "dimensions": [{"name": f"d{i}", "levels": list(range(50))} for i in range(20_000)],
    }
    d = services.definition_create(name="large", content=big)
    with connection.cursor() as cur:
        cur.execute(
            "SELECT octet_length(content::text) FROM research_definition WHERE id = %s", [d.pk]
        )
        assert cur.fetchone()[0] > 7_000_000  # stored (TOAST-compressed), read back whole
    assert Definition.objects.get(pk=d.pk).content == big


# Unicode in content ---------------------------------------------------------------------------------

UNICODE_SAMPLES = {
    "latin": "Ünïcödé café naïve",
    "cjk": "日本語の文章 中文 한국어",
    "rtl": "العربية עברית",
    "emoji": "🚃🙂👩🏽‍🔬🏳️‍🌈",  # plane 1 and ZWJ sequences
    "math": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ∑∞",
    "plane2": "𠀀𪜀",
    "plane14": "\U000e0041\U000e0001",
    "private_planes": "\U000f0000\U0010fffd\U0010ffff",
    "controls": "tab\tnew\nline\u0001\u001f\u2028",
    "bom_and_nonchar": "\ufeff\ufffe\uffff",
}


def test_edge_unicode_of_every_plane_round_trips():
    content = {
        "schema_version": 1,
        **UNICODE_SAMPLES,
        "keys": {v: k for k, v in UNICODE_SAMPLES.items()},
    }
    d = services.definition_create(name="Unicode 🚃 𠀀", content=content)
    d = Definition.objects.get(pk=d.pk)
    assert d.content == content
    assert d.name == "Unicode 🚃 𠀀"
    assert Definition.objects.filter(content__plane2="𠀀𪜀").exists()


def test_edge_unicode_nul_is_refused_with_a_clear_error():
    """jsonb cannot store U+0000: refused with a message, not a database error."""
    with pytest.raises(ResearchValidationError, match="U\\+0000 at \\$.template"):
        services.definition_create(name="nul", content={"template": "a\x00b"})


def test_edge_unicode_nul_through_the_api_is_a_400(api_client):
    response = api_client.post(
        reverse("api:research-definition-list"),
        {"name": "nul", "content": {"template": "a\u0000b"}},
        format="json",
    )
    assert response.status_code == 400
    assert "U+0000" in response.json()["content"][0]


# Null vs empty ----------------------------------------------------------------------------------------


def test_edge_null_and_empty_content_are_distinguished():
    expired = f.TranscriptFactory(content=None)
    empty = f.TranscriptFactory(content={})
    assert Transcript.objects.filter(content__isnull=True).get() == expired
    assert Transcript.objects.filter(content={}).get() == empty
    with connection.cursor() as cur:
        cur.execute(
            "SELECT id, content IS NULL, content = '{}'::jsonb FROM research_transcript ORDER BY content IS NULL"
        )
        rows = cur.fetchall()
    assert rows == [(empty.pk, False, True), (expired.pk, True, None)]
    assert expired.is_expired and not empty.is_expired


def test_edge_null_vs_empty_expiring_sets_null_and_keeps_metrics():
    t = f.TranscriptFactory(content={"turns": []}, token_count=42)
    services.transcript_expire(transcript=t)
    t.refresh_from_db()
    assert t.content is None and t.token_count == 42


# Duplicate email ----------------------------------------------------------------------------------------


def test_edge_duplicate_email_is_rejected_with_a_clear_error():
    UserFactory(email="dup@research.example.com")
    with pytest.raises(ValidationError, match="A user with this email already exists"):
        User.objects.create_user("DUP@research.example.com", "another-pass-phrase")
    assert_sql_rejected(
        "accounts_user_email_ci_unique",
        "INSERT INTO accounts_user (password, email) VALUES ('!', 'Dup@Research.example.com')",
    )


# Invalid foreign keys ------------------------------------------------------------------------------------


def test_edge_invalid_parent_fails_gracefully():
    with pytest.raises(ResearchValidationError, match="Parent definition .* does not exist") as exc:
        services.definition_create(name="x", content={}, parent_id=uuid.uuid4())
    assert exc.value.field == "parent"
    assert not Definition.objects.exists()


def test_edge_invalid_definition_for_run_fails_gracefully():
    with pytest.raises(ResearchValidationError, match="Definition .* does not exist"):
        services.run_create(definition_id=uuid.uuid4())
    with pytest.raises(ResearchValidationError, match="Definition .* does not exist"):
        services.run_create(definition_id="not-a-uuid")


def test_edge_invalid_scenario_for_transcript_fails_gracefully():
    d = f.DefinitionFactory()
    with pytest.raises(ResearchValidationError, match="Scenario .* does not exist"):
        services.run_create(
            definition_id=d.pk, transcripts=[{"target_model": "m", "scenario": uuid.uuid4()}]
        )
    assert not Run.objects.exists()


@pytest.mark.parametrize(
    ("route", "payload"),
    [
        ("api:research-definition-list", {"name": "x", "content": {}, "parent": str(uuid.uuid4())}),
        ("api:research-run-list", {"definition": str(uuid.uuid4())}),
        ("api:research-scenario-list", {"definition": str(uuid.uuid4()), "content": {}}),
        ("api:research-transcript-list", {"run": str(uuid.uuid4()), "target_model": "m"}),
    ],
)
def test_edge_invalid_foreign_keys_through_the_api_are_400(api_client, route, payload):
    response = api_client.post(reverse(route), payload, format="json")
    assert response.status_code == 400
    field = next(k for k in payload if k in ("parent", "definition", "run"))
    assert "does not exist" in response.json()[field][0]


# Empty required fields ------------------------------------------------------------------------------------


def test_edge_definition_without_content_is_rejected():
    with rejected(match="content"):
        Definition.objects.create(name="x", content=None)
    with pytest.raises(ResearchValidationError, match="content must be a JSON object"):
        services.definition_create(name="x", content=None)


def test_edge_definition_without_content_through_the_api_is_400(api_client):
    url = reverse("api:research-definition-list")
    assert api_client.post(url, {"name": "x"}, format="json").json()["content"]
    response = api_client.post(url, {"name": "x", "content": None}, format="json")
    assert response.status_code == 400
    assert not Definition.objects.exists()


def test_edge_run_without_definition_is_rejected(api_client):
    with rejected(match="definition_id"):
        Run.objects.create(definition=None)
    response = api_client.post(reverse("api:research-run-list"), {}, format="json")
    assert response.status_code == 400
    assert "definition" in response.json()


def test_edge_blank_name_and_target_model_are_rejected():
    with pytest.raises(ValidationError, match="name"):
        services.definition_create(name="", content={})
    d = f.DefinitionFactory()
    with pytest.raises(ValidationError, match="transcripts\\[0\\]"):
        services.run_create(definition_id=d.pk, transcripts=[{"target_model": ""}])


# Transaction rollback ------------------------------------------------------------------------------------------


def test_edge_transaction_rollback_run_with_transcripts_is_all_or_nothing():
    d = f.DefinitionFactory()
    good = {"target_model": "gpt-4o", "content": {}, "turn_count": 1}
    bad = {"target_model": "gpt-4o", "turn_count": -1}
    with pytest.raises(ValidationError):
        services.run_create(definition_id=d.pk, transcripts=[good, good, bad])
    assert not Run.objects.exists()
    assert not Transcript.objects.exists()
    run = services.run_create(definition_id=d.pk, transcripts=[good, good])
    assert run.transcripts.count() == 2


def test_edge_transaction_rollback_fork_leaves_nothing_when_a_step_fails(monkeypatch):
    parent = f.DefinitionFactory()
    f.ScenarioFactory(definition=parent)

    def fail(**kwargs):
        raise RuntimeError("scenario copy failed")

    monkeypatch.setattr(services, "_copy_scenarios", fail)
    with pytest.raises(RuntimeError):
        services.definition_fork(parent=parent, copy_scenarios=True)
    assert list(Definition.objects.all()) == [parent]


def test_edge_transaction_rollback_fork_copies_scenarios_in_the_same_transaction():
    parent = f.DefinitionFactory()
    f.ScenarioFactory.create_batch(2, definition=parent)
    fork = services.definition_fork(parent=parent, copy_scenarios=True)
    assert Scenario.objects.filter(definition=fork).count() == 2
