"""generate_demo_data: row counts per app, and the same --seed gives the same rows."""

import io
import json
from collections import Counter

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models.functions import Now

from accounts.demo import USERS_PER_SCALE
from accounts.models import ApiKey, User
from core.management.commands.generate_demo_data import demo_app_labels
from core.management.commands.load_fixtures import fixture_files


def fixture_rows() -> Counter:
    """{app.Model: rows} in fixtures/*.json."""
    rows = Counter()
    for path in fixture_files():
        for obj in json.loads(path.read_text()):
            model = apps.get_model(obj["model"])
            rows[f"{model._meta.app_label}.{model.__name__}"] += 1
    return rows


FIXTURE_ROWS = fixture_rows()


def generated_timestamp(field) -> bool:
    """Columns set to "now" on insert or save: by Django (auto_now / auto_now_add) or by
    PostgreSQL (db_default=Now()) where a demo leaves the insertion time to the database."""
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return True
    return isinstance(getattr(field, "db_default", None), Now)


def fingerprints() -> dict[str, tuple[int, str]]:
    """{table: (rows, md5 of all rows sorted)} for every app that has demo.py, plus accounts."""
    result = {}
    labels = sorted(set(demo_app_labels()) | {"accounts"})
    with connection.cursor() as cursor:
        for label in labels:
            for model in apps.get_app_config(label).get_models(include_auto_created=True):
                if model._meta.proxy:
                    continue
                columns = [
                    connection.ops.quote_name(f.column)
                    for f in model._meta.local_concrete_fields
                    if not generated_timestamp(f)
                ]
                table = connection.ops.quote_name(model._meta.db_table)
                cursor.execute(
                    f"SELECT count(*), coalesce(md5(string_agg(r, E'\\n' ORDER BY r)), '') "
                    f"FROM (SELECT ROW({', '.join(columns)})::text AS r FROM {table}) t"
                )
                result[model._meta.db_table] = cursor.fetchone()
    return result


def generate(**options) -> str:
    out = io.StringIO()
    call_command(
        "generate_demo_data", flush=True, interactive=False, no_progress=True, stdout=out, **options
    )
    return out.getvalue()


def reported_counts(output: str) -> dict[str, int]:
    """{model label: rows} from the command's table ("  <app>  <app.Model>  <rows>")."""
    counts = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 3 and "." in parts[1] and parts[2].replace(",", "").isdigit():
            counts[parts[1]] = int(parts[2].replace(",", ""))
    return counts


@pytest.mark.django_db(transaction=True)
def test_same_seed_gives_the_same_rows_and_counts_are_reported_per_app():
    output = generate(scale=1, seed=42)
    first = fingerprints()

    # the printed rows per model are the rows in the database, for every app with demo.py
    counts = reported_counts(output)
    assert counts["accounts.User"] == USERS_PER_SCALE
    assert {label.split(".")[0] for label in counts} == set(demo_app_labels()) | {"accounts"}
    # --flush starts from the fixtures: the database holds those rows plus the reported ones
    for label, rows in counts.items():
        assert apps.get_model(label).objects.count() == rows + FIXTURE_ROWS[label], label
        assert rows > 0, label
    assert "rows/s" in output

    generate(scale=1, seed=42)
    assert fingerprints() == first

    generate(scale=1, seed=43, apps=["accounts"])
    assert fingerprints()["accounts_user"] != first["accounts_user"]


@pytest.mark.django_db(transaction=True)
def test_same_seed_twice_without_flush_is_refused_and_writes_nothing():
    generate(scale=1, seed=5, apps=["accounts"])
    users, keys = User.objects.count(), ApiKey.objects.count()
    with pytest.raises(CommandError, match="--flush"):
        call_command(
            "generate_demo_data",
            scale=1,
            seed=5,
            apps=["accounts"],
            no_progress=True,
            stdout=io.StringIO(),
        )
    assert (User.objects.count(), ApiKey.objects.count()) == (users, keys)


def test_scale_must_be_positive():
    with pytest.raises(CommandError, match="--scale"):
        call_command("generate_demo_data", scale=0, no_progress=True)
