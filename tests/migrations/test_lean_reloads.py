"""Lean model-state reloads (core/migration_state.py, issue 14).

The project's migrations are applied to an in-memory project state twice, with
Django's reloads and with the lean ones: every rendered model ends the same
(fields, options, relations, reverse relations), after the registry is brought up
to date no relation points at a class that is not the registered one, and the lean
run renders a fraction of the model classes. Django's methods are back after the
block. That the SQL is the same is ``test_squashed_migrations``'
``test_fresh_database_has_no_drift``: the test database is migrated by our
``migrate`` (lean), and ``check_schema_drift`` builds its reference with Django's
stock executor.
"""

import contextlib

import pytest
from django.apps import apps as global_apps
from django.core import checks
from django.core.checks import Tags
from django.core.checks.registry import registry
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db.migrations.autodetector import MigrationAutodetector
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.state import ModelState, ProjectState, StateApps

from core import migration_state
from core.migration_state import lean_reloads


def apply_all(lean: bool):
    """The state after every project migration, rendered as ``migrate`` keeps it."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    plan = []
    for leaf in loader.graph.leaf_nodes():
        for key in loader.graph.forwards_plan(leaf):
            if key not in plan:
                plan.append(key)
    renders = [0]
    original = StateApps.register_model

    def counting(self, app_label, model):
        renders[0] += 1
        return original(self, app_label, model)

    StateApps.register_model = counting
    try:
        with lean_reloads() if lean else contextlib.nullcontext():
            state = ProjectState(real_apps=loader.unmigrated_apps)
            _ = state.apps  # rendered once, then reloaded as operations change it
            for key in plan:
                state = loader.graph.nodes[key].mutate_state(state, preserve=False)
            state.clear_delayed_apps_cache()
            apps = state.apps
    finally:
        StateApps.register_model = original
    return apps, renders[0]


def key(model):
    return model._meta.app_label, model._meta.model_name


def describe(apps):
    """Per model: where its relations point, and what points at it."""
    out = {}
    for model in apps.get_models(include_auto_created=True):
        relations = sorted(
            (f.name, f.remote_field.model._meta.label)
            for f in (*model._meta.local_fields, *model._meta.local_many_to_many)
            if f.remote_field is not None
        )
        reverse = sorted(
            (r.related_model._meta.label, r.field.name) for r in model._meta.related_objects
        )
        out[key(model)] = (relations, reverse)
    return out


@pytest.fixture(scope="module")
def both():
    return apply_all(lean=False), apply_all(lean=True)


def test_lean_reloads_end_in_the_same_models_as_djangos(both):
    (django_apps, _), (lean_apps, _) = both
    # What makemigrations compares: fields, options (constraints, indexes, triggers).
    changes = MigrationAutodetector(
        ProjectState.from_apps(django_apps), ProjectState.from_apps(lean_apps)
    ).changes(graph=MigrationLoader(None, ignore_no_migrations=True).graph)
    assert changes == {}
    assert (
        MigrationAutodetector(
            ProjectState.from_apps(django_apps), ProjectState.from_apps(global_apps)
        ).changes(graph=MigrationLoader(None, ignore_no_migrations=True).graph)
        == {}
    )
    expected, got = describe(django_apps), describe(lean_apps)
    assert got.keys() == expected.keys()
    assert len(got) > 60
    assert got == expected


def test_every_relation_points_at_the_registered_class_after_the_update(both):
    _django, (lean_apps, _) = both
    stale = [
        (key(model), field.name)
        for model in lean_apps.get_models(include_auto_created=True)
        for field in (*model._meta.local_fields, *model._meta.local_many_to_many)
        if field.remote_field is not None
        and lean_apps.get_model(*key(field.remote_field.model)) is not field.remote_field.model
    ]
    assert stale == []
    assert all(m._meta.apps is lean_apps for m in lean_apps.get_models(include_auto_created=True))


def test_the_registry_keeps_djangos_order(both):
    """post_migrate walks the registry: content types and permissions get their ids in
    this order, so it must not depend on the run (nor differ from Django's)."""
    (django_apps, _), (lean_apps, _) = both

    def order(apps):
        return {
            label: [m._meta.model_name for m in apps.get_app_config(label).get_models(True)]
            for label, models in apps.all_models.items()
            if models
        }

    assert order(lean_apps) == order(django_apps)
    assert order(lean_apps)["accounts"][:3] == ["user_groups", "user_user_permissions", "user"]


def test_lean_reloads_render_a_fraction_of_the_models(both):
    (_apps, django_renders), (_lean, lean_renders) = both
    # Django re-renders every related model after each operation; lean, the model only.
    assert lean_renders * 3 < django_renders, (lean_renders, django_renders)


def test_djangos_methods_are_back_after_the_block():
    before = (
        ProjectState._find_reload_model,
        ModelState.render,
        StateApps.clone,
    )
    with lean_reloads():
        with lean_reloads():  # nested: still patched inside
            pass
        assert ProjectState._find_reload_model is migration_state._find_reload_model
    after = (
        ProjectState._find_reload_model,
        ModelState.render,
        StateApps.clone,
    )
    assert after == before
    assert ProjectState._find_reload_model is migration_state._django_find_reload_model


@pytest.mark.django_db
def test_migrate_runs_the_model_and_database_checks_only():
    def failing(message, code):
        def check(**kwargs):
            return [checks.Error(message, id=f"test.E{code}")]

        return check

    skipped = {
        Tags.urls: failing("url check ran", 901),
        Tags.admin: failing("admin check ran", 903),
        Tags.templates: failing("template check ran", 904),
        Tags.security: failing("security check ran", 905),
    }
    untagged = failing("untagged check ran", 906)
    run = {
        Tags.models: failing("models check ran", 902),
        Tags.database: failing("database check ran", 907),
    }
    try:
        for tag, check in skipped.items():
            registry.register(check, tag)
        registry.register(untagged)
        call_command("migrate", verbosity=0, skip_checks=False)  # all of them are left out
        for tag, check in run.items():
            registry.register(check, tag)
            with pytest.raises(SystemCheckError, match=f"{tag} check ran"):
                call_command("migrate", verbosity=0, skip_checks=False)
            registry.registered_checks.discard(check)
        # manage.py check still runs the ones migrate leaves out
        with pytest.raises(SystemCheckError, match="url check ran"):
            call_command("check")
    finally:
        for check in [*skipped.values(), untagged, *run.values()]:
            registry.registered_checks.discard(check)
    assert not set(skipped.values()) & registry.registered_checks
