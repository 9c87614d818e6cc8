"""The definition tree's path moves to a narrow table of its own (issue 14).

0004 kept ``path`` (uuid[]) and ``level`` on research_definition. A move rewrites the
path of every row of the moved subtree, and there each rewrite was a new version of a
wide row (name, JSON content) written, non-HOT, into all six indexes of the table (two
of them GIN): 10-13 s for a 101k-node subtree. Here the path lives in
research_definitionpath (id = the definition's id, parent_id, path, level), with only
its primary key and the GIN index rdefpath_path_gin (fastupdate on). Measured in a
scratch database on the same 101k rows (see docs/performance.md): the same rewrite
takes 11.2 s on the wide table and 3.3-4.7 s here (the narrow table without any GIN
index, the floor of any per-row rewrite, 3.5 s; fastupdate off 13-15 s; bigint node
numbers in place of uuids 4.2-7.2 s, as they need a third index).

Who keeps it true, for every writer (the rules of 0004, on the new table):

- the AFTER trigger research_definition_path on research_definition writes the path
  row on INSERT (the parent's path || id) and on a move (UPDATE of parent_id or id),
  where it rewrites the moved subtree's paths in one statement (prefix replaced,
  planned when it runs: EXECUTE). It refuses a cycle (the new parent's path holds the
  row: SQLSTATE 23514 naming research_definition_no_cycle) and a move under
  REPEATABLE READ or SERIALIZABLE (0A000 naming research_definition_path). AFTER, not
  BEFORE: the path row is written only for a definition row that was written (an
  INSERT ... ON CONFLICT DO NOTHING that skips writes no path);
- research_definitionpath_guard: a write of the path table by anything other than
  those triggers (or the foreign key's cascade) is undone (UPDATE) or refused (INSERT,
  DELETE: 23514 naming research_definition_path);
- CHECK research_definition_path_shape (now on research_definitionpath): the path ends
  with the row's id, a root's path is just that id, a child's ends with (parent_id,
  id); it holds even with triggers disabled;
- a child may name a parent not inserted yet (deferred foreign key): its path is then
  provisionally (parent_id, id) and the parent's insert adopts it and its subtree; the
  constraint trigger research_definition_path_settled (now on the path table) refuses
  at commit a row whose parent another transaction committed meanwhile;
- the row goes with its definition (ON DELETE CASCADE).

Race-freedom is 0004's: a move locks the roots of its old and new tree (the
definitions' rows, FOR NO KEY UPDATE, in id order) before its subtree statement takes
its snapshot; an insert locks its parent's root FOR SHARE and re-reads the parent's
path. Every read of the trigger is a primary-key read (or the parent index), with
enable_seqscan off: O(depth), no plan that depends on the session's history.
"""

import importlib

import django.contrib.postgres.indexes
import django.db.models.deletion
import django.db.models.expressions
from django.db import migrations, models

import research.models

FORWARD = r"""
INSERT INTO research_definitionpath (id, parent_id, path)
SELECT d.id, d.parent_id, d.path FROM research_definition AS d;

DROP TRIGGER research_definition_path_settled ON research_definition;
DROP FUNCTION research_definition_path_settled();
DROP TRIGGER research_definition_path ON research_definition;
DROP TRIGGER research_definition_path_insert ON research_definition;
DROP FUNCTION research_definition_path();
ALTER TABLE research_definition DROP CONSTRAINT research_definition_path_shape;

-- SHAPE --

CREATE FUNCTION research_definition_path() RETURNS trigger
LANGUAGE plpgsql
SET enable_seqscan = off  -- primary-key and index reads whatever the session's history
AS $$
DECLARE
    old_path uuid[];
    new_path uuid[];
    parent_path uuid[];
    root uuid;
    moving boolean := TG_OP = 'UPDATE';
    read_committed boolean := current_setting('transaction_isolation') = 'read committed';
BEGIN
    IF moving THEN
        IF NEW.parent_id IS NOT DISTINCT FROM OLD.parent_id AND NEW.id = OLD.id THEN
            RETURN NULL;
        END IF;
        IF NOT read_committed THEN
            RAISE EXCEPTION 'definition %: a move (new parent_id or id) runs under READ '
                'COMMITTED, not %', OLD.id, current_setting('transaction_isolation')
                USING ERRCODE = 'feature_not_supported',
                      CONSTRAINT = 'research_definition_path',
                      TABLE = 'research_definition',
                      COLUMN = 'parent_id';
        END IF;
        SELECT p.path INTO old_path FROM research_definitionpath AS p WHERE p.id = OLD.id;
    END IF;
    IF NEW.parent_id IS NULL THEN
        new_path := ARRAY[NEW.id];
        IF moving THEN  -- leaving its tree: lock that tree's root
            PERFORM 1 FROM research_definition AS d
            WHERE d.id = COALESCE(old_path[1], OLD.id) FOR NO KEY UPDATE;
        END IF;
    ELSIF NEW.parent_id = NEW.id THEN
        RETURN NULL;  -- the CHECK not_own_parent has refused it already
    ELSE
        LOOP
            SELECT p.path INTO parent_path FROM research_definitionpath AS p
            WHERE p.id = NEW.parent_id;
            EXIT WHEN NOT FOUND;
            root := parent_path[1];
            IF moving THEN
                PERFORM 1 FROM research_definition AS d
                WHERE d.id IN (root, COALESCE(old_path[1], OLD.id)) ORDER BY d.id
                FOR NO KEY UPDATE;
            ELSE
                PERFORM 1 FROM research_definition AS d WHERE d.id = root FOR SHARE;
            END IF;
            -- the parent's path as committed now (READ COMMITTED: a new snapshot); under
            -- REPEATABLE READ an insert locks the parent, which fails if it moved since
            IF read_committed THEN
                SELECT p.path INTO parent_path FROM research_definitionpath AS p
                WHERE p.id = NEW.parent_id;
            ELSE
                SELECT p.path INTO parent_path FROM research_definitionpath AS p
                WHERE p.id = NEW.parent_id FOR SHARE;
            END IF;
            EXIT WHEN NOT FOUND OR parent_path[1] = root;
            -- the parent changed trees between the two reads: lock the new root
        END LOOP;
        IF parent_path IS NULL THEN
            -- parent not (yet) visible: the deferred foreign key decides; its insert adopts us
            new_path := ARRAY[NEW.parent_id, NEW.id];
        ELSIF NEW.id = ANY (parent_path) OR (moving AND OLD.id = ANY (parent_path)) THEN
            RAISE EXCEPTION 'definition % cannot have % as parent: it would be its own ancestor',
                NEW.id, NEW.parent_id
                USING ERRCODE = 'check_violation',
                      CONSTRAINT = 'research_definition_no_cycle',
                      TABLE = 'research_definition',
                      COLUMN = 'parent_id';
        ELSE
            new_path := parent_path || NEW.id;
        END IF;
    END IF;
    IF old_path IS NULL THEN  -- an insert (or a row written with triggers off)
        INSERT INTO research_definitionpath (id, parent_id, path)
        VALUES (NEW.id, NEW.parent_id, new_path);
    ELSE
        IF new_path IS DISTINCT FROM old_path THEN
            -- the moved subtree, in one statement (planned now, with the real values)
            EXECUTE 'UPDATE research_definitionpath SET path = $1 || path[$2 + 1:] '
                    'WHERE path @> ARRAY[$3] AND id <> $3'
            USING new_path, cardinality(old_path), OLD.id;
        END IF;
        UPDATE research_definitionpath
        SET id = NEW.id, parent_id = NEW.parent_id, path = new_path
        WHERE id = OLD.id;
    END IF;
    IF NOT moving OR NEW.id <> OLD.id THEN
        -- rows that named this id as parent before it existed: adopt their subtrees
        -- (the children by the parent index, each one's path by primary key: a fixed
        -- plan, never a join the planner could cost from an empty table's statistics)
        IF EXISTS (SELECT 1 FROM research_definition AS d
                   WHERE d.parent_id = NEW.id
                     AND (SELECT p.path[1] FROM research_definitionpath AS p
                          WHERE p.id = d.id) = NEW.id) THEN
            EXECUTE 'UPDATE research_definitionpath SET path = $1 || path[2:] '
                    'WHERE path[1] = $2 AND path @> ARRAY[$2] AND id <> $2'
            USING new_path, NEW.id;
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER research_definition_path
AFTER INSERT OR UPDATE OF parent_id, id ON research_definition
FOR EACH ROW EXECUTE FUNCTION research_definition_path();

CREATE FUNCTION research_definitionpath_guard() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RETURN OLD;  -- the path is the database's: a direct write of it is undone
    END IF;
    RAISE EXCEPTION 'research_definitionpath is written by the triggers of '
        'research_definition: % the definition instead', lower(TG_OP)
        USING ERRCODE = 'check_violation',
              CONSTRAINT = 'research_definition_path',
              TABLE = 'research_definitionpath';
END;
$$;

-- Statements run by a trigger (depth >= 1: the path trigger, the foreign key's
-- cascade) pass; any other write is undone or refused.
CREATE TRIGGER research_definitionpath_guard
BEFORE INSERT OR UPDATE OR DELETE ON research_definitionpath
FOR EACH ROW WHEN (pg_trigger_depth() < 1)
EXECUTE FUNCTION research_definitionpath_guard();

-- SETTLED --

-- Only a child of a root or a provisional row has a two-element path; a subtree
-- rewrite writes only path and does not fire it.
CREATE CONSTRAINT TRIGGER research_definition_path_settled
AFTER INSERT OR UPDATE OF parent_id, id ON research_definitionpath
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW WHEN (cardinality(NEW.path) = 2)
EXECUTE FUNCTION research_definition_path_settled();
"""


FORWARD_0004 = importlib.import_module("research.migrations.0004_definition_path").FORWARD


def _from_0004(start: str, end: str, old: str, new: str) -> str:
    """The statement of 0004 from ``start`` to ``end``, moved to the path table."""
    begin = FORWARD_0004.index(start)
    return FORWARD_0004[begin : FORWARD_0004.index(end, begin) + len(end)].replace(old, new)


def _forward() -> str:
    # the same CHECK on the new table, and the same commit-time check reading it
    shape = _from_0004(
        "ALTER TABLE research_definition ADD CONSTRAINT research_definition_path_shape",
        "\n);",
        "ALTER TABLE research_definition ",
        "ALTER TABLE research_definitionpath ",
    )
    settled = _from_0004(
        "CREATE FUNCTION research_definition_path_settled()",
        "$$;",
        "FROM research_definition AS d",
        "FROM research_definitionpath AS d",
    )
    return FORWARD.replace("-- SHAPE --", shape).replace("-- SETTLED --", settled)


def _backward() -> str:
    # 0004's trigger, functions and CHECK, after the paths are copied back
    forward_0004 = FORWARD_0004
    restore = forward_0004.split("DROP FUNCTION research_definition_no_cycle();", 1)[1]
    return (
        "DROP TRIGGER research_definition_path_settled ON research_definitionpath;\n"
        "DROP FUNCTION research_definition_path_settled();\n"
        "DROP TRIGGER research_definitionpath_guard ON research_definitionpath;\n"
        "DROP FUNCTION research_definitionpath_guard();\n"
        "DROP TRIGGER research_definition_path ON research_definition;\n"
        "DROP FUNCTION research_definition_path();\n"
        "UPDATE research_definition AS d SET path = p.path\n"
        "FROM research_definitionpath AS p WHERE p.id = d.id;\n"
        # re-adding the generated level rewrote the table, so that UPDATE queued the
        # deferred foreign-key checks of every row: run them before ALTER TABLE
        "SET CONSTRAINTS ALL IMMEDIATE;\n" + restore + "SET CONSTRAINTS ALL DEFERRED;\n"
    )


class Migration(migrations.Migration):
    safety_reviewed = {
        "drop-column": (
            "research_definition.path and level are replaced by research_definitionpath in "
            "the same deploy; the code that read them (research.models' tree queries) "
            "reads the new table, and old code would read paths no longer maintained."
        ),
        "index-without-concurrently": (
            "rdefpath_path_gin is built on the new table, filled in this migration from "
            "research_definition (a tree of hand-made definitions: thousands of rows)."
        ),
    }

    dependencies = [
        ("research", "0004_definition_path"),
    ]

    operations = [
        migrations.CreateModel(
            name="DefinitionPath",
            fields=[
                (
                    "definition",
                    models.OneToOneField(
                        db_column="id",
                        editable=False,
                        on_delete=django.db.models.deletion.DB_CASCADE,
                        primary_key=True,
                        related_name="tree_path",
                        serialize=False,
                        to="research.definition",
                    ),
                ),
                (
                    "parent_id",
                    models.UUIDField(
                        editable=False,
                        help_text="The definition's parent_id (copied by the trigger).",
                        null=True,
                    ),
                ),
                (
                    "path",
                    research.models.TreePathField(
                        base_field=models.UUIDField(),
                        editable=False,
                        help_text="Ids from the root down to this definition; maintained by PostgreSQL.",
                    ),
                ),
                (
                    "level",
                    models.GeneratedField(
                        db_persist=True,
                        expression=django.db.models.expressions.CombinedExpression(
                            models.Func(models.F("path"), function="cardinality"),
                            "-",
                            models.Value(1),
                        ),
                        help_text="Depth in the tree (0 for a root): cardinality(path) - 1.",
                        output_field=models.IntegerField(),
                    ),
                ),
            ],
            options={
                "verbose_name": "definition path",
            },
        ),
        migrations.AddIndex(
            model_name="definitionpath",
            index=django.contrib.postgres.indexes.GinIndex(
                fastupdate=True, fields=["path"], name="rdefpath_path_gin"
            ),
        ),
        migrations.RunSQL(_forward(), reverse_sql=_backward()),
        migrations.RemoveIndex(
            model_name="definition",
            name="rdef_path_gin",
        ),
        migrations.RemoveField(
            model_name="definition",
            name="level",
        ),
        migrations.RemoveField(
            model_name="definition",
            name="path",
        ),
    ]
