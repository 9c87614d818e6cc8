import hashlib
import uuid

import pytest
from django.urls import reverse

from research.choices import AnalysisStatus
from research.models import AnalysisResult, Definition, Run, Transcript
from tests.research import factories as f

pytestmark = pytest.mark.django_db

LIST_FACTORIES = {
    "research-definition": f.DefinitionFactory,
    "research-experiment": f.ExperimentFactory,
    "research-run": f.RunFactory,
    "research-scenario": f.ScenarioFactory,
    "research-transcript": f.TranscriptFactory,
    "research-comparison": f.RunComparisonFactory,
    "research-analysisresult": f.AnalysisResultFactory,
    "research-rubric": f.RubricFactory,
}


def url(name, *args):
    return reverse(f"api:{name}", args=args)


@pytest.mark.parametrize("rows", [5, 50])
@pytest.mark.parametrize("basename", sorted(LIST_FACTORIES))
def test_list_queries_do_not_grow(api_client, basename, rows, django_assert_num_queries):
    LIST_FACTORIES[basename].create_batch(rows)
    with django_assert_num_queries(3):  # products, count, page
        response = api_client.get(url(f"{basename}-list"))
    assert response.status_code == 200
    assert response.json()["count"] == rows


@pytest.mark.parametrize("rows", [5, 50])
def test_tree_actions_queries_do_not_grow(api_client, rows, django_assert_num_queries):
    root = f.DefinitionFactory()
    parent = root
    for _ in range(rows):
        parent = f.DefinitionFactory(parent=parent)
        f.RunFactory(definition=parent)
    with django_assert_num_queries(4):  # products (then cached), exists, count, page
        assert (
            api_client.get(url("research-definition-descendants", root.pk)).json()["count"] == rows
        )
    with django_assert_num_queries(2):  # exists, chain
        assert len(api_client.get(url("research-definition-ancestors", parent.pk)).json()) == rows
    with django_assert_num_queries(3):  # exists, count, page (the tree's root: a subquery)
        assert api_client.get(url("research-definition-runs", root.pk)).json()["count"] == rows


def test_descendants_cursor_pages_walk_the_subtree_breadth_first_without_count(api_client):
    """Keyset pages on (level, created_at, id): every row once, in the tree order, no
    COUNT, and a deep page issues the same queries as the first."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    root = f.DefinitionFactory()
    children = [f.DefinitionFactory(parent=root) for _ in range(3)]
    for child in children:
        f.DefinitionFactory.create_batch(2, parent=child)
    expected = [str(d.pk) for d in Definition.objects.descendants(root.pk)]
    assert len(expected) == 9
    link = url("research-definition-descendants", root.pk) + "?cursor=&page_size=2"
    api_client.get(link)  # warms the per-user caches (products)
    seen, depths, counts = [], [], []
    while link:
        with CaptureQueriesContext(connection) as queries:
            response = api_client.get(link)
        assert response.status_code == 200
        body = response.json()
        assert "count" not in body and body["previous"] is None
        assert not [q for q in queries if "COUNT(" in q["sql"].upper()]
        counts.append(len(queries))
        seen += [row["id"] for row in body["results"]]
        depths += [row["depth"] for row in body["results"]]
        link = body["next"]
    assert seen == expected
    assert depths == [1, 1, 1, 2, 2, 2, 2, 2, 2]
    assert len(counts) == 5 and len(set(counts)) == 1, counts  # deep pages cost page 1's


@pytest.mark.parametrize("cursor", ["not-base64!", "WzFd", "WyJ4IiwgInkiLCAieiJd"])
def test_descendants_bad_cursor_is_404_json(api_client, cursor):
    root = f.DefinitionFactory()
    f.DefinitionFactory(parent=root)
    response = api_client.get(url("research-definition-descendants", root.pk), {"cursor": cursor})
    assert response.status_code == 404
    assert response.json()["detail"] == "Invalid cursor"


@pytest.mark.parametrize("basename", sorted(LIST_FACTORIES))
def test_unknown_id_is_404(api_client, basename):
    response = api_client.get(url(f"{basename}-detail", uuid.uuid4()))
    assert response.status_code == 404


@pytest.mark.parametrize("action", ["ancestors", "descendants", "runs"])
def test_tree_actions_unknown_id_is_404(api_client, action):
    assert api_client.get(url(f"research-definition-{action}", uuid.uuid4())).status_code == 404


def test_anonymous_is_refused(anon_client):
    assert anon_client.get(url("research-definition-list")).status_code in (401, 403)


def test_api_key_gives_access(anon_client, api_key):
    anon_client.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key.key}")
    assert anon_client.get(url("research-definition-list")).status_code == 200


# --- definitions ---------------------------------------------------------------------


def test_create_definition_stamps_current_schema_version(api_client):
    response = api_client.post(
        url("research-definition-list"), {"name": "d", "content": {"prompt": "p"}}, format="json"
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["content"] == {"schema_version": 1, "template": "p"}
    assert body["stored_schema_version"] == 1
    assert Definition.objects.get(pk=body["id"]).content["schema_version"] == 1


def test_create_definition_with_unknown_schema_version_is_400(api_client):
    response = api_client.post(
        url("research-definition-list"),
        {"name": "d", "content": {"schema_version": 7}},
        format="json",
    )
    assert response.status_code == 400
    assert "newer than this code" in response.json()["content"][0]


def test_read_legacy_definition_is_migrated_in_the_response(api_client):
    d = f.DefinitionFactory(content={"prompt": "p", "dimensions": ["a"]})
    body = api_client.get(url("research-definition-detail", d.pk)).json()
    assert body["stored_schema_version"] == 0
    assert body["content"]["schema_version"] == 1
    assert body["content"]["dimensions"] == [{"name": "a", "levels": []}]
    assert body["content_error"] is None


def test_read_future_definition_reports_the_error(api_client):
    d = f.DefinitionFactory(content={"schema_version": 5, "x": 1})
    body = api_client.get(url("research-definition-detail", d.pk)).json()
    assert body["content"] == {"schema_version": 5, "x": 1}
    assert "newer than this code" in body["content_error"]


def test_ancestors_descendants_and_runs_actions(api_client, chain):
    root, child, grandchild = chain
    run = f.RunFactory(definition=child)
    ancestors = api_client.get(url("research-definition-ancestors", grandchild.pk)).json()
    assert [(a["id"], a["depth"]) for a in ancestors] == [(str(child.pk), 1), (str(root.pk), 2)]
    descendants = api_client.get(url("research-definition-descendants", root.pk)).json()
    assert [d["id"] for d in descendants["results"]] == [str(child.pk), str(grandchild.pk)]
    runs = api_client.get(url("research-definition-runs", grandchild.pk)).json()
    assert [r["id"] for r in runs["results"]] == [str(run.pk)]


def test_fork_action_creates_a_linked_child(api_client):
    parent = f.DefinitionFactory(content={"prompt": "p"})
    f.ScenarioFactory(definition=parent)
    response = api_client.post(
        url("research-definition-fork", parent.pk), {"copy_scenarios": True}, format="json"
    )
    assert response.status_code == 201, response.json()
    child = Definition.objects.get(pk=response.json()["id"])
    assert child.parent_id == parent.pk
    assert child.content == {"schema_version": 1, "template": "p"}
    assert child.name == f"{parent.name} (fork)"
    assert child.scenarios.count() == 1


def test_fork_unknown_definition_is_404(api_client):
    assert api_client.post(url("research-definition-fork", uuid.uuid4()), {}).status_code == 404


def test_reparenting_into_a_cycle_is_400(api_client, chain):
    root, _, grandchild = chain
    response = api_client.patch(
        url("research-definition-detail", root.pk), {"parent": str(grandchild.pk)}, format="json"
    )
    assert response.status_code == 400
    assert "cycle" in response.json()["parent"][0]


def test_self_parent_is_400(api_client):
    d = f.DefinitionFactory()
    response = api_client.patch(
        url("research-definition-detail", d.pk), {"parent": str(d.pk)}, format="json"
    )
    assert response.status_code == 400
    assert "own parent" in response.json()["parent"][0]


def test_deleting_a_definition_with_forks_or_runs_is_409(api_client, chain):
    root, _, grandchild = chain
    f.RunFactory(definition=grandchild)
    assert api_client.delete(url("research-definition-detail", root.pk)).status_code == 409
    assert api_client.delete(url("research-definition-detail", grandchild.pk)).status_code == 409
    leaf = f.DefinitionFactory(parent=root)
    assert api_client.delete(url("research-definition-detail", leaf.pk)).status_code == 204


def test_filter_definitions_by_parent_and_root(api_client, chain):
    root, child, _ = chain
    body = api_client.get(url("research-definition-list"), {"parent": root.pk}).json()
    assert [d["id"] for d in body["results"]] == [str(child.pk)]
    body = api_client.get(url("research-definition-list"), {"is_root": "true"}).json()
    assert [d["id"] for d in body["results"]] == [str(root.pk)]


# --- runs and transcripts ------------------------------------------------------------------


def test_create_run_with_transcripts_in_one_request(api_client):
    d = f.DefinitionFactory()
    scenario = f.ScenarioFactory(definition=d)
    payload = {
        "definition": str(d.pk),
        "status": "completed",
        "progress": {"total": 2, "completed": 2},
        "started_at": "2026-01-01T10:00:00Z",
        "completed_at": "2026-01-01T10:05:00Z",
        "transcripts": [
            {
                "target_model": "gpt-4o",
                "scenario": str(scenario.pk),
                "content": {"turns": []},
                "turn_count": 2,
                "token_count": 50,
                "duration_ms": 1000,
            },
            {"target_model": "claude", "content": None},
        ],
    }
    response = api_client.post(url("research-run-list"), payload, format="json")
    assert response.status_code == 201, response.json()
    run = Run.objects.get(pk=response.json()["id"])
    assert run.status == "completed" and run.completed_at is not None
    assert run.transcripts.count() == 2
    assert run.transcripts.filter(content__isnull=True).count() == 1


def test_create_run_with_an_invalid_transcript_writes_nothing(api_client):
    d = f.DefinitionFactory()
    payload = {
        "definition": str(d.pk),
        "transcripts": [{"target_model": "gpt-4o"}, {"target_model": "", "turn_count": -1}],
    }
    response = api_client.post(url("research-run-list"), payload, format="json")
    assert response.status_code == 400
    assert "transcripts" in response.json()
    assert not Run.objects.exists() and not Transcript.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            {"started_at": "2026-01-02T00:00:00Z", "completed_at": "2026-01-01T00:00:00Z"},
            "completed_at",
        ),
        ({"status": "bogus"}, "status"),
        ({"progress": [1]}, "progress"),  # an object
    ],
    ids=["completed-before-start", "invalid-status", "progress-not-an-object"],
)
def test_bad_run_change_is_400_naming_the_field(api_client, change, field):
    run = f.RunFactory()
    response = api_client.patch(url("research-run-detail", run.pk), change, format="json")
    assert response.status_code == 400
    assert field in response.json()


def test_transcript_expire_action(api_client):
    t = f.TranscriptFactory()
    response = api_client.post(url("research-transcript-expire", t.pk))
    assert response.status_code == 200
    assert response.json()["content"] is None and response.json()["is_expired"] is True


def test_filter_transcripts_by_run(api_client):
    t = f.TranscriptFactory()
    f.TranscriptFactory()
    body = api_client.get(url("research-transcript-list"), {"run": t.run_id}).json()
    assert [r["id"] for r in body["results"]] == [str(t.pk)]


# --- comparisons ------------------------------------------------------------------------------


def test_comparing_a_run_with_itself_is_400(api_client):
    run = f.RunFactory()
    response = api_client.post(
        url("research-comparison-list"),
        {"baseline_run": str(run.pk), "comparison_run": str(run.pk)},
        format="json",
    )
    assert response.status_code == 400
    assert "itself" in response.json()["comparison_run"][0]


def test_create_comparison(api_client):
    a, b = f.RunFactory(), f.RunFactory()
    response = api_client.post(
        url("research-comparison-list"),
        {
            "baseline_run": str(a.pk),
            "comparison_run": str(b.pk),
            "delta_data": {"d": 1},
            "statistical_tests": {"t": {"p": 0.2}},
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    again = api_client.post(
        url("research-comparison-list"),
        {"baseline_run": str(a.pk), "comparison_run": str(b.pk)},
        format="json",
    )
    assert again.status_code == 409
    assert again.json()["constraint"] == "research_runcomparison_pair_unique"


# --- analysis results ---------------------------------------------------------------------------


def test_analysis_create_and_reanalyze_version_the_results(api_client):
    run = f.RunFactory()
    f.TranscriptFactory(run=run)
    first = api_client.post(
        url("research-analysisresult-list"),
        {
            "run": str(run.pk),
            "analysis_type": "basic_stats",
            "code_version": "1.0",
            "output": {"mean": 1},
        },
        format="json",
    )
    assert first.status_code == 201, first.json()
    assert first.json()["version"] == 1 and first.json()["status"] == "current"
    assert first.json()["output"] == {"schema_version": 1, "metrics": {"mean": 1}}
    second = api_client.post(
        url("research-analysisresult-reanalyze", first.json()["id"]),
        {
            "code_version": "1.1",
            "output": {"schema_version": 1, "metrics": {"mean": 2}},
            "input_hash": hashlib.sha256(b"x").hexdigest(),
        },
        format="json",
    )
    assert second.status_code == 201, second.json()
    assert second.json()["version"] == 2
    statuses = dict(AnalysisResult.objects.values_list("version", "status"))
    assert statuses == {1: AnalysisStatus.SUPERSEDED, 2: AnalysisStatus.CURRENT}
    current = api_client.get(
        url("research-analysisresult-list"), {"run": run.pk, "status": "current"}
    ).json()
    assert [r["version"] for r in current["results"]] == [2]


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({"output": {"schema_version": 3}}, "output"),  # a future output version
        ({"output": {}, "input_hash": "nope"}, "input_hash"),
    ],
    ids=["future-output-version", "bad-input-hash"],
)
def test_bad_analysis_is_400_naming_the_field(api_client, bad, field):
    run = f.RunFactory()
    body = {"run": str(run.pk), "analysis_type": "t", "code_version": "1", **bad}
    response = api_client.post(url("research-analysisresult-list"), body, format="json")
    assert response.status_code == 400
    assert field in response.json()


def test_analysis_results_are_immutable(api_client):
    result = f.AnalysisResultFactory()
    assert api_client.patch(url("research-analysisresult-detail", result.pk), {}).status_code == 405
    assert api_client.delete(url("research-analysisresult-detail", result.pk)).status_code == 405


# --- rubrics, experiments, scenarios ----------------------------------------------------------------


def test_rubric_duplicate_version_is_400(api_client):
    f.RubricFactory(version=3)
    response = api_client.post(
        url("research-rubric-list"), {"version": 3, "content": {}}, format="json"
    )
    assert response.status_code == 400
    assert "version" in response.json()


def test_experiment_and_scenario_create(api_client):
    e = api_client.post(
        url("research-experiment-list"),
        {"name": "e", "hypothesis": "h", "analysis_plan": {"alpha": 0.05}},
        format="json",
    )
    assert e.status_code == 201, e.json()
    d = f.DefinitionFactory()
    s = api_client.post(
        url("research-scenario-list"), {"definition": str(d.pk), "content": {"a": 1}}, format="json"
    )
    assert s.status_code == 201, s.json()
    bad = api_client.post(
        url("research-scenario-list"), {"definition": str(d.pk), "content": [1]}, format="json"
    )
    assert bad.status_code == 400
