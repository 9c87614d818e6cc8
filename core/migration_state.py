"""Lean model-state reloads for ``manage.py migrate`` (issue 14).

While it applies migrations Django keeps one rendered registry of model classes
(``ProjectState.apps``) and, after each operation, re-renders the changed model
*and the models related to it*: a new ``CreateModel`` re-renders every model
reachable from the ones it points at (most models point at ``accounts.User``, so
nearly all of them, again and again), and an ``AddConstraint`` or ``AddIndex``
re-renders the model plus every model that points at the same targets. On a
fresh database that was four fifths of ``migrate``'s time: 2,328 model classes
built for 66 models.

Related models are re-rendered so that their relational fields point at the new
class. That matters only when something they read from it changed: its fields,
its table or its bases. Within ``lean_reloads()`` a reload whose model kept the
very field objects, ``db_table`` and bases it was last rendered from (an index,
a constraint, a trigger, ordering, verbose names, managers: options that no
other model reads), and the first render of a model that is not in the registry
yet (nothing can point at a class that does not exist; lazy references to it
resolve when it registers), re-render only that model and its subclasses.
Everything else (a field added, altered, removed or renamed, a table renamed)
takes Django's own path. The registry is marked delayed, so ``migrate`` renders
every model afresh once before its ``post_migrate`` handlers run, as Django
does after any delayed reload.

Same SQL as Django's path: ``check_schema_drift`` builds its reference database
with Django's stock executor, and ``tests/migrations/test_lean_reloads.py``
compares the two catalogs and the rendered states.
"""

from __future__ import annotations

import contextlib
import weakref

from django.db.migrations.state import AppConfigStub, ModelState, ProjectState, StateApps

# Rendered class -> what it was rendered from: ((field name, field object), ...),
# db_table, bases. Weak keys: a class dropped from every registry goes with it.
_rendered_from: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

_django_find_reload_model = ProjectState._find_reload_model
_django_render = ModelState.render
_django_apps_clone = StateApps.clone


def _signature(model_state: ModelState):
    return (
        tuple(model_state.fields.items()),
        model_state.options.get("db_table"),
        tuple(model_state.bases),
    )


def _same(a, b) -> bool:
    (fields_a, table_a, bases_a), (fields_b, table_b, bases_b) = a, b
    return (
        table_a == table_b
        and bases_a == bases_b
        and len(fields_a) == len(fields_b)
        and all(
            na == nb and fa is fb for (na, fa), (nb, fb) in zip(fields_a, fields_b, strict=True)
        )
    )


def _render(self: ModelState, apps):
    model = _django_render(self, apps)
    _rendered_from[model] = _signature(self)
    return model


def _find_reload_model(self: ProjectState, app_label, model_name, delay=False):
    model_state = self.models[app_label, model_name]
    try:
        old_model = self.apps.get_model(app_label, model_name)
    except LookupError:
        old_model = None
    if old_model is not None:
        rendered_from = _rendered_from.get(old_model)
        if rendered_from is None or not _same(rendered_from, _signature(model_state)):
            return _django_find_reload_model(self, app_label, model_name, delay)
    # Options only, or a model seen for the first time: that model and its subclasses.
    self.is_delayed = True
    keys = {(app_label, model_name)}
    if old_model is not None:
        keys |= {
            (m._meta.app_label, m._meta.model_name)
            for m in self.apps.get_models(include_auto_created=True)
            if m is not old_model and issubclass(m, old_model)
        }
    return keys


def _apps_clone(self: StateApps) -> StateApps:
    """``StateApps.clone`` with a copy of each app's model dict instead of a deepcopy of
    them all: ``deepcopy`` keeps classes as they are, so the result is the same, and
    ``Migration.apply`` clones the registry before every operation."""
    clone = StateApps([], {})
    clone.all_models = type(self.all_models)(dict)
    clone.all_models.update({label: dict(models) for label, models in self.all_models.items()})
    for app_label in self.app_configs:
        app_config = AppConfigStub(app_label)
        app_config.apps = clone
        app_config.import_models()
        clone.app_configs[app_label] = app_config
    clone.real_models = self.real_models
    return clone


_PATCHES = (
    (ProjectState, "_find_reload_model", _find_reload_model, _django_find_reload_model),
    (ModelState, "render", _render, _django_render),
    (StateApps, "clone", _apps_clone, _django_apps_clone),
)
_depth = 0


@contextlib.contextmanager
def lean_reloads():
    """Within the block, reloads that need not touch related models do not (see above).

    Patches ``ProjectState._find_reload_model``, ``ModelState.render`` and
    ``StateApps.clone`` for the block only (``migrate`` is single-threaded); Django's own methods come back after.
    """
    global _depth
    if _depth == 0:
        for cls, name, lean, _django in _PATCHES:
            setattr(cls, name, lean)
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            for cls, name, _lean, django in _PATCHES:
                setattr(cls, name, django)
