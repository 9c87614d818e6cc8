"""The cycle trigger at scale (issue 14): O(depth) in three statements, one plan.

0002's trigger walked up one row per PL/pgSQL statement (1,000 statements for a
1000-deep definition), and PL/pgSQL cached that statement's plan for the session:
a session that started while the table was small kept a sequential-scan plan, so a
1000-deep chain took 4.7-22 s. This version:

- collects the ancestry in one recursive query that walks up from NEW.parent_id by
  primary key only (``SET enable_seqscan = off`` on the function: whatever the
  session's history, its plans never scan the table);
- refuses the row if NEW.id is among them (or the ancestry is deeper than 1,000,000,
  i.e. already cyclic);
- locks the ancestors FOR SHARE in one statement (id order) that also reads their
  current parents, and walks again if one moved in between, so the
  race-freedom argument of 0002 is unchanged: a concurrent writer that moves one of
  these ancestors either blocks on our lock and then sees our row, or committed
  before our second read, which then sees its move (REPEATABLE READ/SERIALIZABLE:
  the lock of a changed row is a serialization failure).

Same name, same trigger, same SQLSTATE 23514 naming research_definition_no_cycle.
"""

import importlib

from django.db import migrations

FORWARD = r"""
CREATE OR REPLACE FUNCTION research_definition_no_cycle() RETURNS trigger
LANGUAGE plpgsql
SET enable_seqscan = off
AS $$
DECLARE
    ancestors uuid[];
    parents uuid[];
    closes boolean;
    unchanged integer;
BEGIN
    -- NULL parent: a root. parent = id: left to the CHECK constraint.
    IF NEW.parent_id IS NULL OR NEW.parent_id = NEW.id THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.parent_id IS NOT DISTINCT FROM OLD.parent_id
       AND NEW.id = OLD.id THEN
        RETURN NEW;
    END IF;
    LOOP
        WITH RECURSIVE up(id, parent_id, depth) AS (
            SELECT d.id, d.parent_id, 1
            FROM research_definition AS d
            WHERE d.id = NEW.parent_id
            UNION ALL
            SELECT d.id, d.parent_id, up.depth + 1
            FROM up JOIN research_definition AS d ON d.id = up.parent_id
            WHERE up.parent_id <> NEW.id AND up.depth <= 1000000
        )
        SELECT array_agg(up.id ORDER BY up.depth), array_agg(up.parent_id ORDER BY up.depth),
               bool_or(up.parent_id = NEW.id)
        INTO ancestors, parents, closes FROM up;
        IF ancestors IS NULL THEN
            RETURN NEW;  -- parent not (yet) visible: the foreign key decides
        END IF;
        IF closes THEN  -- an ancestor's parent is NEW itself
            RAISE EXCEPTION 'definition % cannot have % as parent: it would be its own ancestor',
                NEW.id, NEW.parent_id
                USING ERRCODE = 'check_violation',
                      CONSTRAINT = 'research_definition_no_cycle',
                      TABLE = 'research_definition',
                      COLUMN = 'parent_id';
        END IF;
        IF cardinality(ancestors) > 1000000 THEN
            RAISE EXCEPTION 'definition ancestry of % is deeper than 1000000 levels or already cyclic',
                NEW.id
                USING ERRCODE = 'check_violation',
                      CONSTRAINT = 'research_definition_no_cycle',
                      TABLE = 'research_definition',
                      COLUMN = 'parent_id';
        END IF;
        -- lock the ancestors; a locked row read FOR SHARE is its latest version, so
        -- if each still has the parent we walked, the ancestry is locked as checked
        SELECT count(*) INTO unchanged
        FROM (
            SELECT d.id, d.parent_id FROM research_definition AS d
            WHERE d.id = ANY (ancestors)
            ORDER BY d.id
            FOR SHARE
        ) AS now_
        JOIN unnest(ancestors, parents) AS walked(id, parent_id)
          ON walked.id = now_.id AND walked.parent_id IS NOT DISTINCT FROM now_.parent_id;
        IF unchanged = cardinality(ancestors) THEN
            RETURN NEW;
        END IF;
        -- an ancestor moved between the walk and the lock: walk again
    END LOOP;
END;
$$;
"""


def _old_function() -> str:
    old = importlib.import_module("research.migrations.0002_definition_no_cycle_trigger")
    body = old.FORWARD.split("CREATE TRIGGER")[0]
    return body.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)


class Migration(migrations.Migration):
    dependencies = [("research", "0004_trigram_search")]

    operations = [migrations.RunSQL(FORWARD, reverse_sql=_old_function())]
