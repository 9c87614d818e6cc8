"""Streaming model rows into PostgreSQL with COPY (demo data, benchmarks).

``CopySink`` takes unsaved model instances one at a time (``add``), keeps at most
``batch_size`` of them, and writes each model's rows with ``COPY ... FROM STDIN``
through psycopg's ``cursor.copy()``. COPY fires every row trigger and checks every
CHECK, NOT NULL and unique constraint like INSERT does; deferred constraints (Django's
foreign keys, constraint triggers) are checked at COMMIT. Nothing is disabled.

- Auto-increment keys are reserved from the table's sequence in blocks, so ``obj.pk``
  is known as soon as ``add`` returns and children can point at it.
- A field left at its ``db_default`` is left out of the COPY column list (the database
  fills it in), exactly as ``bulk_create`` does.
- ``row(model, **values)`` queues a row without building a model instance (the fast
  path: a model's ``__init__`` costs more than the COPY of its row). Values are keyed by
  field name or attname; a foreign key may be given as an object with a ``pk``. Fields
  not given take their Python default, or their ``db_default`` from the database.
- A buffer is written when the sink holds ``batch_size`` rows, all models in the order
  they were first added (parents before children), so memory stays bounded whatever
  the total.
- A field whose default is ``uuid.uuid4`` gets the same random version-4 ids, their bytes
  read from the OS 4,096 ids at a time (uuid4 makes one system call per id).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Iterator

from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.models import NOT_PROVIDED
from django.db.models.expressions import DatabaseDefault
from django.utils import timezone
from psycopg.types.json import Jsonb

# Fields whose Python value psycopg adapts as it is (no get_db_prep_save per value).
_PLAIN = (
    models.CharField,  # includes EmailField, SlugField, ...
    models.TextField,
    models.IntegerField,  # includes the small/big/positive variants
    models.BooleanField,
    models.UUIDField,
    models.DateTimeField,
    models.DateField,
    models.FloatField,
    models.DecimalField,
    models.AutoField,
    models.BigAutoField,
    models.SmallAutoField,
)
ID_BLOCK = 1000  # the first block of keys reserved per table; blocks double up to ID_BLOCK_MAX
ID_BLOCK_MAX = 64_000
_DB_DEFAULT = DatabaseDefault(None)  # "leave this column to the database"


class Row(dict):
    """A queued row: a dict of attname -> value that also reads as attributes (row.pk too)."""

    __slots__ = ()
    __setattr__ = dict.__setitem__

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _converter(field, connection) -> Callable | None:
    """How one field's value becomes a COPY value (None: as it is)."""
    if isinstance(field, models.ForeignKey):
        return _converter(field.target_field, connection)
    if isinstance(field, models.JSONField):
        return lambda v: None if v is None else Jsonb(v)
    if isinstance(field, _PLAIN):
        return None
    try:
        from django.contrib.postgres.fields import ArrayField
    except ImportError:  # pragma: no cover - contrib.postgres is always installed here
        ArrayField = ()
    if isinstance(field, ArrayField) and isinstance(field.base_field, _PLAIN):
        return None
    return lambda v: field.get_db_prep_save(v, connection)


def _uuid4s() -> Iterator[uuid.UUID]:
    """uuid.uuid4() values, their random bytes read 4,096 ids at a time."""
    UUID = uuid.UUID
    while True:
        block = os.urandom(16 * 4096)
        for start in range(0, len(block), 16):
            yield UUID(bytes=block[start : start + 16], version=4)


class _Table:
    def __init__(self, model, connection, uuid4: Callable[[], uuid.UUID]):
        meta = model._meta
        self.model = model
        self.table = meta.db_table
        self.fields = [f for f in meta.concrete_fields if not f.generated]
        self.convert = [_converter(f, connection) for f in self.fields]
        self.auto_now = [
            i
            for i, f in enumerate(self.fields)
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
        ]
        pk = meta.pk
        self.auto_pk = isinstance(
            pk, models.AutoField | models.BigAutoField | models.SmallAutoField
        )
        self.pk_column = pk.column
        self.pk_attname = pk.attname
        self.pk_index = self.fields.index(pk)
        # row(): index of each field by name and attname, and the value of a field not given
        self.index: dict[str, tuple[int, bool]] = {}
        self.missing: list = []
        self.missing_calls: list[tuple[int, Callable]] = []
        for i, f in enumerate(self.fields):
            self.index[f.attname] = (i, False)
            if f.is_relation:
                self.index[f.name] = (i, True)
            if f.has_default():
                if callable(f.default):
                    call = uuid4 if f.default is uuid.uuid4 else f.default
                    self.missing_calls.append((i, call))
                    self.missing.append(None)
                else:
                    self.missing.append(f.get_default())
            elif f.db_default is not NOT_PROVIDED:
                self.missing.append(_DB_DEFAULT)
            else:
                self.missing.append(None)
        self.reserved: list[int] = []
        self.block = ID_BLOCK
        self.rows: list = []
        self.written = 0


class CopySink:
    """Buffer unsaved instances of any models and COPY them in batches (see module doc)."""

    def __init__(
        self,
        *,
        using: str = DEFAULT_DB_ALIAS,
        batch_size: int = 5000,
        progress: Callable[[int], object] | None = None,
    ):
        self.connection = connections[using]
        self.batch_size = batch_size
        self.progress = progress
        self.tables: dict[type, _Table] = {}  # insertion order: parents first
        self.buffered = 0
        self.peak_buffered = 0  # the most rows held at once (tests check it stays bounded)
        self._uuid4 = _uuid4s().__next__

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.flush()

    def _table(self, model) -> _Table:
        table = self.tables.get(model)
        if table is None:
            table = self.tables[model] = _Table(model, self.connection, self._uuid4)
        return table

    def reserve_pk(self, table: _Table) -> int:
        if not table.reserved:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [table.table, table.pk_column, table.block],
                )
                table.reserved = [row[0] for row in cursor.fetchall()][::-1]
            table.block = min(table.block * 2, ID_BLOCK_MAX)  # fewer round trips on big tables
        return table.reserved.pop()

    def add(self, obj):
        """Queue one unsaved instance (its auto key is set now); return it."""
        table = self._table(type(obj))
        if table.auto_pk and obj.pk is None:
            obj.pk = self.reserve_pk(table)
        self._queue(table, obj)
        return obj

    def row(self, model, **values) -> Row:
        """Queue one row of ``model`` from field values (see module doc); return it as a Row."""
        table = self._table(model)
        data = table.missing.copy()
        for i, call in table.missing_calls:
            data[i] = call()
        index = table.index
        row = Row()
        for name, value in values.items():
            i, by_object = index[name]
            if by_object and value is not None:
                value = value.pk
            data[i] = value
            row[table.fields[i].attname] = value
        if table.auto_pk and data[table.pk_index] is None:
            data[table.pk_index] = self.reserve_pk(table)
        row[table.pk_attname] = row["pk"] = data[table.pk_index]
        self._queue(table, data)
        return row

    def _queue(self, table: _Table, item) -> None:
        table.rows.append(item)
        self.buffered += 1
        self.peak_buffered = max(self.peak_buffered, self.buffered)
        if self.buffered >= self.batch_size:
            self.flush()

    def extend(self, objs: Iterable) -> None:
        for obj in objs:
            self.add(obj)

    def count(self, model) -> int:
        """Rows of ``model`` written or queued so far."""
        table = self.tables.get(model)
        return table.written + len(table.rows) if table else 0

    def counts(self) -> dict[str, int]:
        return {model._meta.label: self.count(model) for model in self.tables}

    def flush(self) -> None:
        for table in self.tables.values():
            if table.rows:
                self._write(table)
        self.buffered = 0

    def _write(self, table: _Table) -> None:
        rows, table.rows = table.rows, []
        # Rows that leave different fields to the database go in separate COPYs.
        groups: dict[tuple[int, ...], list[tuple]] = {}
        now = timezone.now()
        for obj in rows:
            if type(obj) is list:  # from row()
                values = obj
                for i in table.auto_now:
                    values[i] = now
            else:
                obj._prepare_related_fields_for_save(operation_name="copy")
                values = [getattr(obj, f.attname) for f in table.fields]
                for i in table.auto_now:
                    values[i] = table.fields[i].pre_save(obj, add=True)
                obj._state.adding = False
                obj._state.db = self.connection.alias
            skipped = tuple(i for i, v in enumerate(values) if isinstance(v, DatabaseDefault))
            for i, convert in enumerate(table.convert):
                if convert is not None and i not in skipped:
                    values[i] = convert(values[i])
            groups.setdefault(skipped, []).append(values)
        quote = self.connection.ops.quote_name
        for skipped, values in groups.items():
            keep = [i for i in range(len(table.fields)) if i not in skipped]
            columns = ", ".join(quote(table.fields[i].column) for i in keep)
            sql = f"COPY {quote(table.table)} ({columns}) FROM STDIN"
            with self.connection.cursor() as cursor, self.connection.wrap_database_errors:
                with cursor.cursor.copy(sql) as copy:
                    if skipped:
                        for row in values:
                            copy.write_row([row[i] for i in keep])
                    else:
                        for row in values:
                            copy.write_row(row)
        table.written += len(rows)
        if self.progress:
            self.progress(len(rows))


def copy_rows(model, objs: Iterable, *, using: str = DEFAULT_DB_ALIAS, batch_size=5000) -> int:
    """COPY an iterable of unsaved ``model`` instances in batches; return how many."""
    with CopySink(using=using, batch_size=batch_size) as sink:
        sink.extend(objs)
    return sink.count(model)
