"""The audit trail and clinical records refuse change in SQL, on every database.

The models' querysets refuse update and delete, but `QuerySet(AuditEvent).update()`, a
shell session's raw SQL or a future bug would get past them; on PostgreSQL the triggers in
migrations 0002 and 0010 stop those, and on SQLite (development, the quick test run) this
wrapper on every Django database connection does. It looks only at statements that start
with UPDATE, DELETE or TRUNCATE, so ordinary queries cost one regular-expression match.

Test databases are emptied between transactional tests with Django's flush (statements that
end in ";", which the ORM never writes); SAFEGUARDING_ALLOW_TEST_FLUSH (test settings only)
lets exactly those through.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.db import DatabaseError

from .models import AppendOnlyError


class ProtectedRecordError(AppendOnlyError, DatabaseError):
    """What the database would say (a DatabaseError, as from the PostgreSQL triggers), and
    what the models say (an AppendOnlyError): callers may catch either."""


APPEND_ONLY_TABLES = (
    "safeguarding_auditevent",
    "safeguarding_contactattempt",
    "safeguarding_alertnote",
)
NEVER_DELETED_TABLES = ("safeguarding_alert", "safeguarding_concern")

_CHANGING = re.compile(r"^\s*(UPDATE|DELETE|TRUNCATE)\b", re.IGNORECASE)
_TARGET_END = re.compile(r"\b(SET|WHERE|RESTART|CONTINUE|CASCADE|RETURNING)\b", re.IGNORECASE)


def _names(tables: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r'(?<![\w$])"?(' + "|".join(tables) + r')"?(?![\w$])', re.IGNORECASE)


_APPEND_ONLY = _names(APPEND_ONLY_TABLES)
_NEVER_DELETED = _names(NEVER_DELETED_TABLES)


def refused_table(sql: str) -> str | None:
    """The protected table this statement would change or empty, else None."""
    match = _CHANGING.match(sql)
    if match is None:
        return None
    verb = match.group(1).upper()
    # Only the statement's target counts (before SET / WHERE): a DELETE elsewhere that
    # mentions an audit table in a sub-query is not a change to it.
    target = _TARGET_END.split(sql[match.end() :], maxsplit=1)[0]
    found = _APPEND_ONLY.search(target)
    if found is None and verb != "UPDATE":
        found = _NEVER_DELETED.search(target)
    return found.group(1) if found else None


def _is_test_flush(sql: str) -> bool:
    return bool(getattr(settings, "SAFEGUARDING_ALLOW_TEST_FLUSH", False)) and (
        sql.rstrip().endswith(";") and " WHERE " not in sql.upper()
    )


def refuse_protected_changes(execute, sql, params, many, context):
    if isinstance(sql, str):
        table = refused_table(sql)
        if table is not None and not _is_test_flush(sql):
            raise ProtectedRecordError(
                f"safeguarding: {table} rows cannot be changed or deleted (append-only record)"
            )
    return execute(sql, params, many, context)


def install(sender, connection, **kwargs) -> None:
    """connection_created receiver (SafeguardingConfig.ready): wrap each connection once."""
    if refuse_protected_changes not in connection.execute_wrappers:
        connection.execute_wrappers.append(refuse_protected_changes)
