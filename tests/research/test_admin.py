import pytest
from django.urls import reverse

from research.models import Definition
from tests.research import factories as f
from tests.utils import changelist_query_counts

pytestmark = pytest.mark.django_db

CHANGELISTS = {
    "definition": lambda: f.DefinitionFactory(parent=f.DefinitionFactory()),
    "run": lambda: f.RunFactory(experiment=f.ExperimentFactory()),
    "transcript": f.TranscriptFactory,
    "scenario": f.ScenarioFactory,
    "experiment": f.ExperimentFactory,
    "runcomparison": f.RunComparisonFactory,
    "analysisresult": f.AnalysisResultFactory,
    "rubric": f.RubricFactory,
}


@pytest.mark.parametrize("model", sorted(CHANGELISTS))
def test_changelist_queries_do_not_grow(admin_client_logged_in, model):
    """Same number of queries for 5 and 50 rows."""
    url = reverse(f"admin:research_{model}_changelist")
    small, large = changelist_query_counts(admin_client_logged_in, url, CHANGELISTS[model])
    assert small == large


@pytest.mark.parametrize("model", sorted(CHANGELISTS))
def test_change_page_renders(admin_client_logged_in, model):
    obj = CHANGELISTS[model]()
    response = admin_client_logged_in.get(reverse(f"admin:research_{model}_change", args=[obj.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize("model", sorted(CHANGELISTS))
def test_changelist_search_with_any_term(admin_client_logged_in, model):
    CHANGELISTS[model]()
    url = reverse(f"admin:research_{model}_changelist")
    assert admin_client_logged_in.get(url, {"q": "not-a-uuid"}).status_code == 200


def test_definition_change_page_shows_ancestry_and_forks(admin_client_logged_in, chain):
    root, child, grandchild = chain
    page = admin_client_logged_in.get(
        reverse("admin:research_definition_change", args=[child.pk])
    ).content.decode()
    assert (
        "Ancestry" in page and reverse("admin:research_definition_change", args=[root.pk]) in page
    )
    assert reverse("admin:research_definition_change", args=[grandchild.pk]) in page
    # the parent is an autocomplete widget, not a select of every definition
    assert "admin-autocomplete" in page


def test_definition_with_forks_cannot_be_deleted_in_admin(admin_client_logged_in, chain):
    root, _, grandchild = chain
    # refused with the reason (issue 15: not "your account doesn't have permission")
    response = admin_client_logged_in.get(
        reverse("admin:research_definition_delete", args=[root.pk]), follow=True
    )
    texts = [str(m) for m in response.context["messages"]]
    assert any("cannot be deleted: it has forks; history is kept" in t for t in texts), texts
    assert Definition.objects.filter(pk=root.pk).exists()
    response = admin_client_logged_in.post(
        reverse("admin:research_definition_changelist"),
        {"action": "delete_selected", "_selected_action": [root.pk], "post": "yes"},
        follow=True,
    )
    assert any("not deleted: it has forks" in str(m) for m in response.context["messages"])
    assert Definition.objects.filter(pk=root.pk).exists()
    assert (
        admin_client_logged_in.get(
            reverse("admin:research_definition_delete", args=[grandchild.pk])
        ).status_code
        == 200
    )


def test_run_change_page_has_collapsed_transcripts(admin_client_logged_in):
    t = f.TranscriptFactory(content={"turns": [{"text": "hello-transcript"}]})
    page = admin_client_logged_in.get(
        reverse("admin:research_run_change", args=[t.run_id])
    ).content.decode()
    assert "hello-transcript" in page
    assert "collapse" in page


def test_analysis_changelist_shows_current_and_superseded(admin_client_logged_in):
    from research import services

    run = f.RunFactory()
    services.analysis_record(run=run, analysis_type="basic_stats", output={}, code_version="1")
    services.analysis_record(run=run, analysis_type="basic_stats", output={}, code_version="2")
    url = reverse("admin:research_analysisresult_changelist")
    page = admin_client_logged_in.get(url).content.decode()
    assert 'alt="True"' in page and 'alt="False"' in page
    only_current = admin_client_logged_in.get(url, {"status__exact": "current"})
    assert only_current.context["cl"].result_count == 1
