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
from typing import TypeVar

from django.db import connections
from django.db.models import Model

M = TypeVar("M", bound=Model)


@lru_cache(maxsize=64)
def _shape(model: type[Model], alias: str) -> tuple[list[str], list[str], list[tuple]]:
    connection = connections[alias]
    fields = model._meta.concrete_fields
    converters = []
    for index, field in enumerate(fields):
        column = field.get_col(model._meta.db_table)
        found = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if found:
            converters.append((index, tuple(found), column))
    return [f.column for f in fields], [f.attname for f in fields], converters


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
    values = list(values)
    if converters:
        connection = connections[alias]
        for index, functions, column in converters:
            value = values[index]
            for convert in functions:
                value = convert(value, column, connection)
            values[index] = value
    return model.from_db(alias, attnames, values)
