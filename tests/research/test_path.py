"""The definition tree's materialized path (research 0004; in its own table
research_definitionpath since 0005), proven with raw SQL.

PostgreSQL computes ``path`` (root .. self) on every insert and move, rewrites a
moved subtree, adopts rows inserted before their parent, undoes direct updates of the
path table and refuses direct inserts and deletes, refuses cycles, and checks the
shape (CHECK) and, at commit, rows whose parent another transaction committed meanwhile.
"""

import threading
import uuid

import psycopg
import pytest
from django.db import NotSupportedError, connection, transaction

from core.db.connect import connection_params
from research.models import Definition
from tests.research.factories import DefinitionFactory
from tests.utils import assert_sql_rejected, rejected, run_sql

pytestmark = pytest.mark.django_db

# every definition has exactly one path row, its parent's path || its id
INCONSISTENT = (
    "SELECT d.id FROM research_definition d "
    "FULL JOIN research_definitionpath c ON c.id = d.id "
    "LEFT JOIN research_definitionpath p ON p.id = d.parent_id "
    "WHERE d.id IS NULL OR c.id IS NULL OR c.parent_id IS DISTINCT FROM d.parent_id "
    "OR c.path IS DISTINCT FROM COALESCE(p.path, '{}'::uuid[]) || c.id "
    "OR c.level <> cardinality(c.path) - 1"
)


def insert(id_, parent=None, cur=None):
    sql = (
        "INSERT INTO research_definition (id, name, content, parent_id) "
        "VALUES (%s, 'n', '{}'::jsonb, %s)"
    )
    if cur is not None:
        cur.execute(sql, [id_, parent])
    else:
        run_sql(sql, [id_, parent])


def path_of(id_):
    return run_sql("SELECT path FROM research_definitionpath WHERE id = %s", [id_])[0][0]


def assert_consistent():
    assert run_sql(INCONSISTENT) == []


def test_raw_inserts_moves_and_deletes_keep_every_path_consistent():
    a, b, c, d, e = (uuid.uuid4() for _ in range(5))
    insert(a)
    insert(b, a)
    insert(c, b)
    insert(d, c)
    insert(e)
    assert path_of(d) == [a, b, c, d]
    run_sql("UPDATE research_definition SET parent_id = %s WHERE id = %s", [e, b])  # move
    assert path_of(d) == [e, b, c, d]
    assert_consistent()
    run_sql("UPDATE research_definition SET parent_id = NULL WHERE id = %s", [c])  # to a root
    assert path_of(d) == [c, d]
    run_sql("DELETE FROM research_definition WHERE id = %s", [d])
    run_sql("UPDATE research_definition SET parent_id = %s WHERE id = %s", [a, e])
    assert path_of(b) == [a, e, b]
    assert_consistent()


def test_the_definition_table_has_no_path_and_the_path_table_two_indexes():
    """A move rewrites the narrow rows of research_definitionpath, never the definitions."""
    columns = run_sql(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = 'research_definition' AND column_name IN ('path', 'level')"
    )
    assert columns == []
    indexes = run_sql(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'research_definitionpath' "
        "ORDER BY indexname"
    )
    assert [i for (i,) in indexes] == ["rdefpath_path_gin", "research_definitionpath_pkey"]
    (options,) = run_sql("SELECT reloptions FROM pg_class WHERE relname = 'rdefpath_path_gin'")[0]
    assert options == ["fastupdate=on"]


def test_a_move_writes_the_path_table_only():
    root, child, other = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    insert(root)
    insert(child, root)
    insert(other)
    before = run_sql("SELECT xmin::text FROM research_definition WHERE id = %s", [child])
    run_sql("UPDATE research_definition SET parent_id = %s WHERE id = %s", [other, root])
    assert path_of(child) == [other, root, child]
    # the moved child's definition row is the same row version (not rewritten)
    assert run_sql("SELECT xmin::text FROM research_definition WHERE id = %s", [child]) == before


def test_a_direct_update_of_the_path_table_is_undone():
    root = DefinitionFactory()
    child = DefinitionFactory(parent=root)
    run_sql("UPDATE research_definitionpath SET path = %s WHERE id = %s", [[child.pk], child.pk])
    run_sql("UPDATE research_definitionpath SET parent_id = NULL WHERE id = %s", [child.pk])
    assert path_of(child.pk) == [root.pk, child.pk]
    assert_consistent()


def test_a_direct_insert_or_delete_in_the_path_table_is_refused():
    root = DefinitionFactory()
    assert_sql_rejected(
        "research_definition_path",
        "DELETE FROM research_definitionpath WHERE id = %s",
        [root.pk],
    )
    assert_sql_rejected(
        "research_definition_path",
        "INSERT INTO research_definitionpath (id, parent_id, path) VALUES (%s, NULL, %s)",
        [new := uuid.uuid4(), [new]],
    )
    # deleting the definition deletes its path row (ON DELETE CASCADE)
    run_sql("DELETE FROM research_definition WHERE id = %s", [root.pk])
    assert run_sql("SELECT 1 FROM research_definitionpath WHERE id = %s", [root.pk]) == []


def test_a_skipped_insert_writes_no_path_row():
    root = DefinitionFactory()
    run_sql(
        "INSERT INTO research_definition (id, name, content, parent_id) "
        "VALUES (%s, 'again', '{}'::jsonb, NULL) ON CONFLICT (id) DO NOTHING",
        [root.pk],
    )
    assert path_of(root.pk) == [root.pk]
    assert_consistent()


def test_the_shape_check_holds_when_triggers_are_off():
    """With the triggers disabled (replication role), the CHECK still refuses a bad path."""
    root = DefinitionFactory()
    run_sql("SET LOCAL session_replication_role = replica")
    for parent, path in ((root.pk, "self"), (None, "two"), (root.pk, "other")):
        new = uuid.uuid4()
        bad = {"self": [new], "two": [root.pk, new], "other": [uuid.uuid4(), new]}[path]
        assert_sql_rejected(
            "research_definition_path_shape",
            "INSERT INTO research_definitionpath (id, parent_id, path) VALUES (%s, %s, %s)",
            [new, parent, bad],
        )


def test_a_child_inserted_before_its_parent_is_adopted():
    root, parent, child, grandchild = (uuid.uuid4() for _ in range(4))
    insert(root)
    insert(child, parent)  # the key is deferred: parent comes later
    insert(grandchild, child)
    assert path_of(grandchild) == [parent, child, grandchild]
    insert(parent, root)
    assert path_of(grandchild) == [root, parent, child, grandchild]
    run_sql("SET CONSTRAINTS ALL IMMEDIATE")
    assert_consistent()


@pytest.mark.django_db(transaction=True)
def test_a_move_under_repeatable_read_is_refused():
    """Its subtree rewrite would read an old snapshot; inserts are fine."""
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with _session() as setup:
        insert(a, cur=setup.cursor())
        insert(b, cur=setup.cursor())
        setup.commit()
    with _session() as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        insert(c, a, cur=conn.cursor())
        with pytest.raises(psycopg.errors.FeatureNotSupported) as excinfo:
            conn.execute("UPDATE research_definition SET parent_id = %s WHERE id = %s", [a, b])
    assert excinfo.value.diag.constraint_name == "research_definition_path"
    # the same through the toolkit (autocommit here: its block is the transaction)
    with rejected("research_definition_path", error=NotSupportedError):
        run_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        run_sql("UPDATE research_definition SET parent_id = %s WHERE id = %s", [a, b])


def test_a_long_cycle_by_raw_sql_is_refused_and_the_moved_subtree_is_rewritten():
    ids = [uuid.uuid4() for _ in range(200)]
    for parent, child in zip([None, *ids], ids, strict=False):
        insert(child, parent)
    assert_sql_rejected(
        "research_definition_no_cycle",
        "UPDATE research_definition SET parent_id = %s WHERE id = %s",
        [ids[-1], ids[0]],
    )
    other = uuid.uuid4()
    insert(other)
    run_sql("UPDATE research_definition SET parent_id = %s WHERE id = %s", [other, ids[0]])
    assert path_of(ids[-1]) == [other, *ids]
    assert Definition.objects.ancestors(ids[-1]).count() == 200
    assert_consistent()


def _session():
    params = connection_params(dbname=connection.settings_dict["NAME"])
    return psycopg.connect(**params)


@pytest.mark.django_db(transaction=True)
def test_a_parent_committed_by_another_transaction_meanwhile_is_refused_at_commit():
    root, parent, child = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with _session() as setup:
        insert(root, cur=setup.cursor())
        setup.commit()
    with _session() as other, _session() as mine:
        insert(parent, root, cur=other.cursor())  # not committed yet
        insert(child, parent, cur=mine.cursor())  # parent invisible: provisional path
        other.commit()
        with pytest.raises(psycopg.errors.CheckViolation) as excinfo:
            mine.commit()
    assert excinfo.value.diag.constraint_name == "research_definition_path"
    assert_consistent()


@pytest.mark.django_db(transaction=True)
def test_an_insert_under_a_subtree_being_moved_gets_the_moved_path():
    """T1 inserts x under a deep node and holds; T2 moves the subtree's top meanwhile."""
    top, mid, deep, new_root, x = (uuid.uuid4() for _ in range(5))
    with _session() as setup:
        cur = setup.cursor()
        for id_, parent in ((top, None), (mid, top), (deep, mid), (new_root, None)):
            insert(id_, parent, cur=cur)
        setup.commit()
    moved = threading.Event()
    errors = []

    def move():
        try:
            with _session() as conn:
                conn.execute("SET lock_timeout = '10s'")
                conn.execute(
                    "UPDATE research_definition SET parent_id = %s WHERE id = %s", [new_root, top]
                )
                conn.commit()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            moved.set()

    with _session() as inserter:
        insert(x, deep, cur=inserter.cursor())
        thread = threading.Thread(target=move)
        thread.start()
        assert not moved.wait(0.5)  # the move waits for the insert (the tree's root lock)
        inserter.commit()
    thread.join(10)
    assert errors == []
    assert path_of(x) == [new_root, top, mid, deep, x]
    assert_consistent()


@pytest.mark.django_db(transaction=True)
def test_concurrent_half_cycles_deep_in_two_trees_cannot_both_commit():
    """a2 (under a1) goes under b2 while b2 (under b1) goes under a2, at once."""
    a1, a2, b1, b2 = (uuid.uuid4() for _ in range(4))
    with _session() as setup:
        cur = setup.cursor()
        for id_, parent in ((a1, None), (a2, a1), (b1, None), (b2, b1)):
            insert(id_, parent, cur=cur)
        setup.commit()
    barrier = threading.Barrier(2, timeout=10)
    outcomes = {}

    def reparent(name, child, parent):
        try:
            with _session() as conn:
                conn.execute("SET lock_timeout = '10s'")
                barrier.wait()
                conn.execute(
                    "UPDATE research_definition SET parent_id = %s WHERE id = %s", [parent, child]
                )
                conn.commit()
            outcomes[name] = "committed"
        except psycopg.Error as exc:
            outcomes[name] = type(exc).__name__

    threads = [
        threading.Thread(target=reparent, args=("a2->b2", a2, b2)),
        threading.Thread(target=reparent, args=("b2->a2", b2, a2)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes.values()).count("committed") == 1, outcomes
    assert set(outcomes.values()) - {"committed"} <= {"CheckViolation", "DeadlockDetected"}
    assert_consistent()


def test_service_reparent_refuses_a_descendant_with_one_lookup(django_assert_max_num_queries):
    from research import services
    from research.exceptions import ResearchValidationError

    root = DefinitionFactory()
    child = DefinitionFactory(parent=root)
    grandchild = DefinitionFactory(parent=child)
    with transaction.atomic(), pytest.raises(ResearchValidationError):
        services.definition_update(definition_id=root.pk, parent_id=grandchild.pk)
    services.definition_update(definition_id=grandchild.pk, parent_id=None)
    assert path_of(grandchild.pk) == [grandchild.pk]
