"""The index-naming scheme for new indexes (docs/development.md, "Constraints and indexes").

``<app code>_<model code>_<fields>_<kind>``, at most 30 characters (Django's E034):
app codes below, a model code of the app's choosing (``reply``, ``agres``), the fields
in index order without ``-``, and the kind (``idx`` for B-tree, ``gin``, ``gist``,
``trgm``). Existing indexes keep their names (renaming one is a migration that rebuilds
nothing but still churns); only new indexes follow this.
"""

from django.contrib.postgres.indexes import GinIndex, GistIndex, OpClass
from django.db import models
from django.db.models.functions import Upper

APP_CODES = {
    "accounts": "acc",
    "conversations": "conv",
    "core": "core",
    "engagement": "eng",
    "ideas": "idea",
    "portfolio": "pf",
    "research": "res",
}
MAX_LENGTH = 30
KINDS = {"idx": models.Index, "gin": GinIndex, "gist": GistIndex}


def index_name(app_label: str, model_code: str, *fields: str, kind: str = "idx") -> str:
    """``index_name("engagement", "reply", "-posted_at")`` -> ``eng_reply_posted_at_idx``."""
    parts = [APP_CODES[app_label], model_code, *(f.lstrip("-") for f in fields), kind]
    name = "_".join(parts)
    if len(name) > MAX_LENGTH:
        raise ValueError(
            f"Index name {name!r} has {len(name)} characters (at most {MAX_LENGTH}): "
            "shorten the model code or name the fields' purpose instead."
        )
    return name


def index(app_label: str, model_code: str, *fields: str, kind: str = "idx", **kwargs):
    """A named index on ``fields``: ``index("engagement", "reply", "status", "-created_at")``."""
    return KINDS[kind](
        fields=list(fields), name=index_name(app_label, model_code, *fields, kind=kind), **kwargs
    )


def trigram(app_label: str, model_code: str, field: str) -> GinIndex:
    """A GIN trigram index for ``field__icontains`` searches (the admin's search box).

    Django compiles ``col__icontains=x`` to ``UPPER(col) LIKE UPPER('%x%')``, so the
    index is on ``UPPER(col)`` with ``gin_trgm_ops`` and serves exactly that
    expression. The ``pg_trgm`` extension comes from ``core.0001_initial`` (it replaces core 0003_trigram_search)."""
    return GinIndex(
        OpClass(Upper(field), name="gin_trgm_ops"),
        name=index_name(app_label, model_code, field, kind="trgm"),
    )
