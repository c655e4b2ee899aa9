"""Rows straight into PostgreSQL with COPY, in the models' own column order.

Each model's row starts from its field defaults (callables called once: `timezone.now`
becomes the seed's own "now"), so a generator names only the fields it means. Ids are
given here, from each table's current maximum, so rows can point at each other before
they are written; the sequences are moved past them at the end.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable

from django.db import connection, models
from django.utils import timezone

FLUSH_EVERY = 20_000


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


class ModelSpec:
    def __init__(self, model: type[models.Model], now) -> None:
        self.model = model
        self.table = model._meta.db_table
        self.fields = list(model._meta.concrete_fields)
        self.columns = [f.column for f in self.fields]
        self.index = {}
        for position, field in enumerate(self.fields):
            self.index[field.name] = position
            self.index[field.attname] = position
        self.defaults = [self._default(f, now) for f in self.fields]
        self.json = {i for i, f in enumerate(self.fields) if isinstance(f, models.JSONField)}

    @staticmethod
    def _default(field: models.Field, now):
        if field.has_default() and field.default is timezone.now:
            value = now
        else:
            value = field.get_default()  # "" for a blank text field, None for a null one
        if isinstance(field, models.JSONField):
            return dump(value)
        return value


class CopyWriter:
    """Buffered COPY per table. Call `add` for each row and `close` at the end."""

    def __init__(self, *, now, progress: Callable[[str], None]) -> None:
        self.now = now
        self.progress = progress
        self.specs: dict[type, ModelSpec] = {}
        self.buffers: dict[type, list[tuple]] = defaultdict(list)
        self.next_id: dict[type, int] = {}
        self.written: dict[str, int] = defaultdict(int)

    def spec(self, model) -> ModelSpec:
        spec = self.specs.get(model)
        if spec is None:
            spec = self.specs[model] = ModelSpec(model, self.now)
            with connection.cursor() as cursor:
                cursor.execute(f'SELECT COALESCE(MAX(id), 0) FROM "{spec.table}"')
                self.next_id[model] = cursor.fetchone()[0] + 1
        return spec

    def reserve(self, model) -> int:
        """An id for a row added later with `add(model, id=...)`."""
        self.spec(model)
        self.next_id[model] += 1
        return self.next_id[model] - 1

    def add(self, model, **values) -> int:
        spec = self.spec(model)
        row = list(spec.defaults)
        if "id" not in values:
            values["id"] = self.next_id[model]
            self.next_id[model] += 1
        for name, value in values.items():
            position = spec.index[name]
            if position in spec.json and not isinstance(value, str):
                value = dump(value)
            row[position] = value
        buffer = self.buffers[model]
        buffer.append(tuple(row))
        if len(buffer) >= FLUSH_EVERY:
            self.flush(model)
        return values["id"]

    def flush(self, model=None) -> None:
        models_to_flush = [model] if model is not None else list(self.buffers)
        with connection.cursor() as cursor:
            raw = cursor.cursor
            for each in models_to_flush:
                rows = self.buffers.get(each)
                if not rows:
                    continue
                spec = self.specs[each]
                columns = ", ".join(f'"{c}"' for c in spec.columns)
                with raw.copy(f'COPY "{spec.table}" ({columns}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
                self.written[spec.table] += len(rows)
                rows.clear()

    def close(self) -> None:
        self.flush()
        with connection.cursor() as cursor:
            for spec in self.specs.values():
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{spec.table}\"', 'id'), "
                    f'(SELECT GREATEST(MAX(id), 1) FROM "{spec.table}"))'
                )


class ForeignKeysSetAside:
    """Drop the foreign keys while loading and add them back after, so PostgreSQL checks
    every row once, in one join per key, instead of once per row inserted. Adding a key
    back validates the whole table: a row pointing nowhere fails the seed there."""

    def __init__(self, progress: Callable[[str], None]) -> None:
        self.progress = progress
        self.keys: list[tuple[str, str, str]] = []

    def __enter__(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
                "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                "WHERE c.contype = 'f' AND n.nspname = current_schema()"
            )
            self.keys = cursor.fetchall()
            for table, name, _ in self.keys:
                cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        self.progress(f"{len(self.keys)} foreign keys set aside while loading")
        return self

    def __exit__(self, *exc) -> None:
        self.progress(f"adding back and checking {len(self.keys)} foreign keys")
        with connection.cursor() as cursor:
            for table, name, definition in self.keys:
                cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
