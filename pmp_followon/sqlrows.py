"""Whole model rows read by a short SQL statement, built into the same objects the ORM gives.

For the few statements every signed-in request runs (the person's own row, a member's own
membership with its group), building the ORM query costs more CPU than running it (issue
17, runs 7 and 8 of docs/operations/benchmarks.md). Here the column list of a model is made
once per process from its fields (text only: no row is kept), and each row is turned into
the model with the converters the ORM applies (``SQLCompiler.apply_converters``), so the
object is the one a queryset would give, with every field loaded.

    columns(User, "u")                 'u."id", u."password", ...'
    build(User, row[0:width(User)])    a User, as User.objects.get would give
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypeVar

from django.db import connections
from django.db.backends.utils import CursorDebugWrapper
from django.db.models import Model

M = TypeVar("M", bound=Model)


def _converters(model: type[Model], fields: Sequence, alias: str) -> list[tuple]:
    """(index, converters, column) for each of ``fields`` the ORM converts on reading, as
    ``SQLCompiler.apply_converters`` would."""
    connection = connections[alias]
    converters = []
    for index, field in enumerate(fields):
        column = field.get_col(model._meta.db_table)
        found = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if found:
            converters.append((index, tuple(found), column))
    return converters


@lru_cache(maxsize=64)
def _shape(model: type[Model], alias: str) -> tuple[list[str], list[str], list[tuple]]:
    fields = model._meta.concrete_fields
    return (
        [f.column for f in fields],
        [f.attname for f in fields],
        _converters(model, fields, alias),
    )


@lru_cache(maxsize=64)
def _columns(model: type[Model], table: str, alias: str) -> str:
    quote = connections[alias].ops.quote_name
    return ", ".join(f"{table}.{quote(c)}" for c in _shape(model, alias)[0])


def columns(model: type[Model], table: str, alias: str = "default") -> str:
    """Every concrete column of ``model``, as ``table."column"``, in field order."""
    return _columns(model, table, alias)


def width(model: type[Model], alias: str = "default") -> int:
    return len(_shape(model, alias)[0])


def build(model: type[M], values: Sequence, alias: str = "default") -> M:
    """The model instance of one row's values (in ``columns`` order), converted as the ORM
    converts them."""
    _names, attnames, converters = _shape(model, alias)
    return model.from_db(alias, attnames, _converted(list(values), converters, alias))


def _converted(values: list, converters, alias: str) -> list:
    """`values` (a row, in place) with each column's ORM converters applied."""
    if converters:
        connection = connections[alias]
        for index, functions, column in converters:
            value = values[index]
            for convert in functions:
                value = convert(value, column, connection)
            values[index] = value
    return values


@lru_cache(maxsize=128)
def _some(
    model: type[Model], attnames: tuple[str, ...], alias: str
) -> tuple[list[str], list[int], list[tuple]]:
    """The columns in the model's field order (``from_db`` takes them so), where each is in
    the statement's row, and the converters of each."""
    in_order = [f for f in model._meta.concrete_fields if f.attname in attnames]
    if len(in_order) != len(attnames):
        raise ValueError(f"not columns of {model.__name__}: {attnames}")
    positions = [attnames.index(f.attname) for f in in_order]
    return [f.attname for f in in_order], positions, _converters(model, in_order, alias)


def build_some(
    model: type[M], attnames: tuple[str, ...], values: Sequence, alias: str = "default"
) -> M:
    """The model instance of some of its columns (``attnames``, in the statement's order;
    the rest deferred), as ``Model.objects.raw`` gives it: the values converted as the ORM
    converts them."""
    names, positions, converters = _some(model, attnames, alias)
    ordered = [values[i] for i in positions]
    return model.from_db(alias, names, _converted(ordered, converters, alias))


def literals(values: Sequence[str]) -> str:
    """Constant values of the code (statuses, roles: letters and underscores only) written
    into a statement as SQL string literals, ``'a', 'b'``, so that a prepared statement's
    generic plan sees them (below). Never for data."""
    for value in values:
        if not value or not all(ch.isascii() and (ch.isalnum() or ch == "_") for ch in value):
            raise ValueError(f"not a code constant: {value!r}")
    return ", ".join(f"'{value}'" for value in values)


# --- prepared statements for the few statements every member request runs ---------------
# PostgreSQL spends more CPU planning these short statements than running them (issue 17,
# run 8: the group page's meetings statement plans in 0.18 ms and runs in 0.04). Django
# binds parameters on the client and prepares nothing, so each is planned on every request.
# ``prepared_cursor`` gives a cursor (the same Django wrapper, so query counts and logging
# see it) that binds on the server and prepares the statement on the connection the first
# time it runs: each later run reuses the plan. Only for statements written with their
# constant values (statuses, roles) as literals in the SQL, so that a generic plan may use
# a partial index; the data are parameters. Run 6 turned prepared statements down for every
# query (``DATABASE_PREPARED_STATEMENTS``) because a generic plan cannot use a partial
# index whose condition is a parameter: these statements have no such condition.
# Off with the database setting ``PREPARE_HOT_STATEMENTS`` false (behind PgBouncer before
# 1.21, or without ``max_prepared_statements``): the same statements then run as before.


@lru_cache(maxsize=1)
def _prepared_cursor_class() -> type:
    from django.db.backends.postgresql.base import ServerBindingCursor

    class PreparedCursor(ServerBindingCursor):  # type: ignore[misc, valid-type]
        """psycopg's server-binding cursor, every statement prepared."""

        def execute(self, query, params=None, *, prepare=None, binary=None):  # type: ignore[no-untyped-def]
            return super().execute(query, params, prepare=True, binary=binary)

    return PreparedCursor


def prepared_cursor(alias: str = "default") -> Any:
    """A cursor of ``alias`` whose statements are prepared on PostgreSQL (see above); on any
    other database, or with ``PREPARE_HOT_STATEMENTS`` off, ``connection.cursor()``."""
    connection = connections[alias]
    if connection.vendor != "postgresql" or not connection.settings_dict.get(
        "PREPARE_HOT_STATEMENTS"
    ):
        return connection.cursor()
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        database = connection.connection
        if database.prepare_threshold is None:
            # Django sets None (nothing prepared) on its connections; its own cursors bind
            # on the client and never prepare whatever the threshold, so only statements
            # run through this cursor (``prepare=True``) are prepared.
            database.prepare_threshold = _NEVER_BY_COUNT
        raw = _prepared_cursor_class()(database)
        _same_timezone(connection, raw)
        connection.validate_thread_sharing()
        if connection.queries_logged:
            return _PreparedDebugCursor(raw, connection)
        return connection.make_cursor(raw)


_NEVER_BY_COUNT = 2**31 - 1


class _PreparedDebugCursor(CursorDebugWrapper):
    """Django's logging cursor (``DEBUG``, ``CaptureQueriesContext``), with each statement
    logged as its text with the parameters written in: Django reads it back from psycopg,
    which keeps no text for a prepared statement."""

    def debug_sql(self, sql=None, params=None, use_last_executed_query=False, many=False):  # type: ignore[no-untyped-def]
        if use_last_executed_query and not many and sql is not None:
            sql = self.db.ops.compose_sql(sql, params)
        return super().debug_sql(sql, params, False, many)


def _same_timezone(connection: Any, cursor: Any) -> None:
    """What Django's ``create_cursor`` does for each cursor: timestamps read in the
    connection's time zone when the connection's loader disagrees."""
    from django.db.backends.postgresql.base import TIMESTAMPTZ_OID
    from django.db.backends.postgresql.psycopg_any import register_tzloader
    from psycopg.pq import Format

    loader = connection.connection.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
    if connection.timezone != loader.timezone:
        register_tzloader(connection.timezone, cursor)


def generic_plans_for_prepared(sender: Any, connection: Any, **kwargs: Any) -> None:
    """On each new PostgreSQL connection (``connection_created``): prepared statements use
    their generic plan from the first run, so they are never planned again.

    Left to itself PostgreSQL plans a prepared statement afresh ("custom plan") whenever
    the generic plan's estimate is worse than the custom ones': for the group page's
    latest threads and meetings it was always (a large group makes the custom estimate
    look cheaper), so preparing them saved nothing. Their generic plans are the same index
    scans (``EXPLAIN EXECUTE`` under ``force_generic_plan``: the ``post_group_threads``
    index and the meetings' group index), as the tests check. The setting concerns prepared
    statements only, and only the hot statements are prepared: not when every statement
    is (``DATABASE_PREPARED_STATEMENTS``), where a generic plan could not use the outbox's
    partial indexes (run 6)."""
    if connection.vendor != "postgresql" or not connection.settings_dict.get(
        "PREPARE_HOT_STATEMENTS"
    ):
        return
    if connection.settings_dict.get("OPTIONS", {}).get("server_side_binding"):
        return
    with connection.cursor() as cursor:
        cursor.execute("SET plan_cache_mode = force_generic_plan")
