"""A trigger that refuses a cycle in the definition tree, whoever writes the row.

The CHECK research_definition_not_own_parent refuses parent = id; this trigger
refuses the longer cycles (A -> B -> A, ...), on INSERT and on UPDATE of
parent_id or id. It walks up from the new parent one row at a time and takes
FOR SHARE on each ancestor, so two transactions that each write half of a
cycle cannot both pass: the second blocks on the first's row lock, then (READ
COMMITTED) sees its committed parent and raises, or the two deadlock and
PostgreSQL aborts one; under REPEATABLE READ / SERIALIZABLE the lock on a row
changed since the snapshot is a serialization failure. The error is SQLSTATE
23514 (check_violation) naming the constraint research_definition_no_cycle, so
Django raises IntegrityError and the API answers 400.
"""

from django.db import migrations

FORWARD = r"""
CREATE FUNCTION research_definition_no_cycle() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    cursor_id uuid := NEW.parent_id;
    steps integer := 0;
BEGIN
    -- NULL parent: a root. parent = id: left to the CHECK constraint.
    IF NEW.parent_id IS NULL OR NEW.parent_id = NEW.id THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.parent_id IS NOT DISTINCT FROM OLD.parent_id
       AND NEW.id = OLD.id THEN
        RETURN NEW;
    END IF;
    WHILE cursor_id IS NOT NULL LOOP
        IF cursor_id = NEW.id THEN
            RAISE EXCEPTION 'definition % cannot have % as parent: it would be its own ancestor',
                NEW.id, NEW.parent_id
                USING ERRCODE = 'check_violation',
                      CONSTRAINT = 'research_definition_no_cycle',
                      TABLE = 'research_definition',
                      COLUMN = 'parent_id';
        END IF;
        steps := steps + 1;
        IF steps > 1000000 THEN
            RAISE EXCEPTION 'definition ancestry of % is deeper than 1000000 levels or already cyclic',
                NEW.id
                USING ERRCODE = 'check_violation',
                      CONSTRAINT = 'research_definition_no_cycle',
                      TABLE = 'research_definition',
                      COLUMN = 'parent_id';
        END IF;
        SELECT d.parent_id INTO cursor_id
        FROM research_definition AS d
        WHERE d.id = cursor_id
        FOR SHARE;
        IF NOT FOUND THEN
            cursor_id := NULL;  -- parent not (yet) visible: the foreign key decides
        END IF;
    END LOOP;
    RETURN NEW;
END;
$$;

CREATE TRIGGER research_definition_no_cycle
BEFORE INSERT OR UPDATE OF parent_id, id ON research_definition
FOR EACH ROW EXECUTE FUNCTION research_definition_no_cycle();
"""

BACKWARD = r"""
DROP TRIGGER IF EXISTS research_definition_no_cycle ON research_definition;
DROP FUNCTION IF EXISTS research_definition_no_cycle();
"""


class Migration(migrations.Migration):
    dependencies = [("research", "0001_initial")]

    operations = [migrations.RunSQL(FORWARD, reverse_sql=BACKWARD)]
