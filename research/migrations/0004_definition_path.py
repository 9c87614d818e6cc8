"""The definition tree's materialized path (issue 14), maintained and checked by PostgreSQL.

``path`` (uuid[]) holds the ids from the root down to the row itself; ``level`` is
``cardinality(path) - 1`` (a stored generated column). Ancestry reads the target's
path and fetches those ids by primary key; descendants are ``path @> ARRAY[id]``
through the GIN index rdef_path_gin. The embedded PostgreSQL 18 (pgserver) ships no
ltree, so the path is a plain array, which every PostgreSQL has.

Who keeps it true, for every writer:

- CHECK research_definition_path_shape: the path ends with the row's own id, a root's
  path is just that id, and a child's path ends with (parent_id, id);
- the BEFORE trigger research_definition_path computes the path on INSERT and on a
  move (UPDATE of parent_id or id): the parent's path || id, whatever the writer sent;
  an UPDATE that only writes ``path`` gets the stored path back. A move rewrites the
  whole moved subtree in one statement (prefix replaced). It refuses a cycle (the new
  parent's path holds the row: SQLSTATE 23514 naming research_definition_no_cycle, as
  before). Cost: a few primary-key reads, O(depth) for the array, and for a move one
  statement over the subtree: no walk, no plan that depends on the session's history
  (the subtree statement is planned when it runs, EXECUTE);
- foreign keys are deferred, so a child may name a parent not inserted yet: its path
  is then provisionally (parent_id, id); when the parent is inserted (or re-keyed to
  that id) it adopts these rows, re-prefixing their subtrees; the constraint trigger
  research_definition_path_settled checks at commit that every such row's path matches
  its parent's (a parent another transaction committed meanwhile is refused).

Race-freedom: every path change of an existing row comes from a move in its tree, and
a move first locks the roots of the old and the new tree (FOR NO KEY UPDATE, in id
order). An insert locks its parent's root FOR SHARE, then re-reads the parent's path
(READ COMMITTED: a new snapshot). So an insert and a move of the same tree serialize:
the insert that locked first is committed before the move's subtree statement takes
its snapshot (and is rewritten with it), or it waits for the move and then reads the
moved path. Two moves of one tree serialize on its root, so of two half-cycles (A
under B, B under A) the second sees the first's path and is refused, or the two
deadlock and PostgreSQL aborts one. A move under REPEATABLE READ or SERIALIZABLE
would rewrite the subtree from its old snapshot and could miss a child committed
meanwhile, so it is refused (0A000 naming research_definition_path).
"""

import importlib

import django.contrib.postgres.indexes
import django.db.models.expressions
from django.db import migrations, models

import research.models

BACKFILL = r"""
WITH RECURSIVE tree(id, path) AS (
    SELECT d.id, ARRAY[d.id] FROM research_definition AS d WHERE d.parent_id IS NULL
    UNION ALL
    SELECT d.id, tree.path || d.id
    FROM tree JOIN research_definition AS d ON d.parent_id = tree.id
)
UPDATE research_definition AS d SET path = tree.path FROM tree WHERE d.id = tree.id;
"""

FORWARD = r"""
DROP TRIGGER research_definition_no_cycle ON research_definition;
DROP FUNCTION research_definition_no_cycle();

ALTER TABLE research_definition ADD CONSTRAINT research_definition_path_shape CHECK (
    cardinality(path) >= 1
    AND path[cardinality(path)] = id
    AND CASE WHEN parent_id IS NULL THEN cardinality(path) = 1
             ELSE cardinality(path) >= 2 AND path[cardinality(path) - 1] = parent_id END
);

CREATE FUNCTION research_definition_path() RETURNS trigger
LANGUAGE plpgsql
SET enable_seqscan = off  -- primary-key and index reads whatever the session's history
AS $$
DECLARE
    parent_path uuid[];
    root uuid;
    moving boolean := TG_OP = 'UPDATE';
    read_committed boolean := current_setting('transaction_isolation') = 'read committed';
BEGIN
    IF moving AND NEW.parent_id IS NOT DISTINCT FROM OLD.parent_id AND NEW.id = OLD.id THEN
        NEW.path := OLD.path;  -- the path is the database's: a write of it alone is undone
        RETURN NEW;
    END IF;
    IF moving AND NOT read_committed THEN
        RAISE EXCEPTION 'definition %: a move (new parent_id or id) runs under READ COMMITTED, '
            'not %', OLD.id, current_setting('transaction_isolation')
            USING ERRCODE = 'feature_not_supported',
                  CONSTRAINT = 'research_definition_path',
                  TABLE = 'research_definition',
                  COLUMN = 'parent_id';
    END IF;
    IF NEW.parent_id IS NULL THEN
        NEW.path := ARRAY[NEW.id];
        IF moving THEN  -- leaving its tree: lock that tree's root
            PERFORM 1 FROM research_definition AS d WHERE d.id = OLD.path[1] FOR NO KEY UPDATE;
        END IF;
    ELSIF NEW.parent_id = NEW.id THEN
        NEW.path := ARRAY[NEW.id, NEW.id];  -- the CHECK not_own_parent refuses it
    ELSE
        LOOP
            SELECT d.path INTO parent_path FROM research_definition AS d WHERE d.id = NEW.parent_id;
            EXIT WHEN NOT FOUND;
            root := parent_path[1];
            IF moving THEN
                PERFORM 1 FROM research_definition AS d
                WHERE d.id IN (root, OLD.path[1]) ORDER BY d.id FOR NO KEY UPDATE;
            ELSE
                PERFORM 1 FROM research_definition AS d WHERE d.id = root FOR SHARE;
            END IF;
            -- the parent's path as committed now (READ COMMITTED: a new snapshot); under
            -- REPEATABLE READ an insert locks the parent, which fails if it moved since
            IF read_committed THEN
                SELECT d.path INTO parent_path FROM research_definition AS d
                WHERE d.id = NEW.parent_id;
            ELSE
                SELECT d.path INTO parent_path FROM research_definition AS d
                WHERE d.id = NEW.parent_id FOR SHARE;
            END IF;
            EXIT WHEN NOT FOUND OR parent_path[1] = root;
            -- the parent changed trees between the two reads: lock the new root
        END LOOP;
        IF parent_path IS NULL THEN
            -- parent not (yet) visible: the deferred foreign key decides; its insert adopts us
            NEW.path := ARRAY[NEW.parent_id, NEW.id];
        ELSIF NEW.id = ANY (parent_path) OR (moving AND OLD.id = ANY (parent_path)) THEN
            RAISE EXCEPTION 'definition % cannot have % as parent: it would be its own ancestor',
                NEW.id, NEW.parent_id
                USING ERRCODE = 'check_violation',
                      CONSTRAINT = 'research_definition_no_cycle',
                      TABLE = 'research_definition',
                      COLUMN = 'parent_id';
        ELSE
            NEW.path := parent_path || NEW.id;
        END IF;
    END IF;
    IF moving AND NEW.path IS DISTINCT FROM OLD.path THEN
        -- the moved subtree, in one statement (planned now, with the real values)
        EXECUTE 'UPDATE research_definition SET path = $1 || path[$2 + 1:] '
                'WHERE path @> ARRAY[$3] AND id <> $3'
        USING NEW.path, cardinality(OLD.path), OLD.id;
    END IF;
    IF NOT moving OR NEW.id <> OLD.id THEN
        -- rows that named this id as parent before it existed: adopt their subtrees
        IF EXISTS (SELECT 1 FROM research_definition AS d
                   WHERE d.parent_id = NEW.id AND d.path[1] = NEW.id) THEN
            EXECUTE 'UPDATE research_definition SET path = $1 || path[2:] '
                    'WHERE path[1] = $2 AND path @> ARRAY[$2] AND id <> $2'
            USING NEW.path, NEW.id;
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER research_definition_path_insert
BEFORE INSERT ON research_definition
FOR EACH ROW EXECUTE FUNCTION research_definition_path();

-- A subtree rewrite (from this trigger: pg_trigger_depth() > 0) writes only path and
-- does not fire it; any other write of path, parent_id or id does.
CREATE TRIGGER research_definition_path
BEFORE UPDATE OF parent_id, id, path ON research_definition
FOR EACH ROW
WHEN (pg_trigger_depth() < 1 OR NEW.parent_id IS DISTINCT FROM OLD.parent_id
      OR NEW.id IS DISTINCT FROM OLD.id)
EXECUTE FUNCTION research_definition_path();

CREATE FUNCTION research_definition_path_settled() RETURNS trigger
LANGUAGE plpgsql
SET enable_seqscan = off
AS $$
DECLARE
    own uuid[];
    parent_path uuid[];
BEGIN
    SELECT d.path INTO own FROM research_definition AS d WHERE d.id = NEW.id;
    IF NOT FOUND OR cardinality(own) <> 2 THEN
        RETURN NULL;  -- deleted, re-keyed or adopted since: its own events check it
    END IF;
    SELECT d.path INTO parent_path FROM research_definition AS d WHERE d.id = own[1];
    IF FOUND AND parent_path <> own[1:1] THEN
        RAISE EXCEPTION 'definition %: its parent % was committed by another transaction '
            'after this one wrote the definition; write it again', NEW.id, own[1]
            USING ERRCODE = 'check_violation',
                  CONSTRAINT = 'research_definition_path',
                  TABLE = 'research_definition',
                  COLUMN = 'path';
    END IF;
    RETURN NULL;
END;
$$;

-- Only a child of a root or a provisional row has a two-element path.
CREATE CONSTRAINT TRIGGER research_definition_path_settled
AFTER INSERT OR UPDATE OF parent_id, id ON research_definition
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW WHEN (cardinality(NEW.path) = 2)
EXECUTE FUNCTION research_definition_path_settled();
"""


def _run_sql(migration: str, needle: str) -> str:
    module = importlib.import_module(f"research.migrations.{migration}")
    return next(
        op.sql
        for op in module.Migration.operations
        if isinstance(op, migrations.RunSQL) and needle in op.sql
    )


def _backward() -> str:
    # What the path replaces, read from the (squashed) migrations that created it:
    # the set-based cycle check (0002) and its trigger (0001).
    function = _run_sql(
        "0002_squashed_changes", "CREATE OR REPLACE FUNCTION research_definition_no_cycle"
    )
    trigger = _run_sql("0001_initial_squashed", "CREATE TRIGGER research_definition_no_cycle")
    create_trigger = "CREATE TRIGGER" + trigger.split("CREATE TRIGGER", 1)[1]
    return (
        "DROP TRIGGER research_definition_path_settled ON research_definition;\n"
        "DROP FUNCTION research_definition_path_settled();\n"
        "DROP TRIGGER research_definition_path ON research_definition;\n"
        "DROP TRIGGER research_definition_path_insert ON research_definition;\n"
        "DROP FUNCTION research_definition_path();\n"
        "ALTER TABLE research_definition DROP CONSTRAINT research_definition_path_shape;\n"
        + function.replace("CREATE OR REPLACE FUNCTION", "CREATE FUNCTION", 1)
        + create_trigger
    )


class Migration(migrations.Migration):
    safety_reviewed = {
        "not-null-without-db-default": (
            "path and level are written by this migration's trigger on every INSERT, "
            "whatever the writer sends (old code included): the BEFORE trigger fills path "
            "before the NOT NULL check, and level is generated from it."
        ),
        "index-without-concurrently": (
            "research_definition is a tree of hand-made definitions (thousands of rows); "
            "the GIN build and the backfill hold the write lock for one short pass. "
            "Follow-up: CREATE INDEX CONCURRENTLY in its own migration for a large table."
        ),
        "constraint-without-not-valid": (
            "the shape CHECK is added right after the backfill in the same transaction, "
            "over the same small table; a NOT VALID form would leave the backfilled rows "
            "unchecked."
        ),
    }

    dependencies = [
        ("research", "0003_trigram_search"),
    ]

    operations = [
        migrations.AddField(
            model_name="definition",
            name="path",
            field=research.models.TreePathField(
                base_field=models.UUIDField(),
                default=list,
                editable=False,
                help_text="Ids from the root down to this definition; maintained by PostgreSQL.",
            ),
        ),
        migrations.RunSQL(BACKFILL, reverse_sql=migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name="definition",
            index=django.contrib.postgres.indexes.GinIndex(fields=["path"], name="rdef_path_gin"),
        ),
        migrations.AddField(
            model_name="definition",
            name="level",
            field=models.GeneratedField(
                db_persist=True,
                expression=django.db.models.expressions.CombinedExpression(
                    models.Func(models.F("path"), function="cardinality"), "-", models.Value(1)
                ),
                editable=False,
                help_text="Depth in the tree (0 for a root): cardinality(path) - 1.",
                output_field=models.IntegerField(),
            ),
        ),
        migrations.RunSQL(FORWARD, reverse_sql=_backward()),
    ]
