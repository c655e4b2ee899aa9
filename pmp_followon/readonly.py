"""Pages that only read: no request transaction, and no write allowed.

Every view runs in a transaction (``ATOMIC_REQUESTS``): ``BEGIN`` before its first
statement and ``COMMIT`` after its response, two round trips to PostgreSQL. A view that
only reads gains nothing from them: at PostgreSQL's READ COMMITTED each statement sees its
own snapshot inside a transaction as well as outside, so its rows are the same. On the
member's home and group page, the most visited pages, they were two of seven round trips
(with the session, the person's row and the connection check), and each round trip costs
the worker a wait for the database and a turn for a core (issue 17, run 11).

``reads_only`` takes such a view out of the request transaction (Django's
``non_atomic_requests``, as ``healthz`` does) and makes sure it stays a reader: while it
runs, a statement that could change data (anything but ``SELECT``, ``WITH`` without a
change inside, ``SHOW`` or ``SET``) raises ``WriteInReadOnlyView`` instead of running outside
a transaction. So a write added to one of these pages later fails its tests rather than
losing the all-or-nothing that ``ATOMIC_REQUESTS`` gives writes. What the middleware does
after the view (the session's idle clock, written at most once a minute) is not in the view
and is as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from django.db import connections, transaction

# The first word of a statement that only reads. WITH is a reader unless one of its parts
# changes rows (a data-changing CTE), which _CHANGING_WORD finds.
_READING = re.compile(r"\s*(?:SELECT|WITH|SHOW|SET)\b", re.IGNORECASE)
_CHANGING_WORD = re.compile(
    r"\b(?:INSERT|UPDATE|DELETE|MERGE|TRUNCATE|CREATE|ALTER|DROP|GRANT|LOCK)\b", re.IGNORECASE
)


class WriteInReadOnlyView(RuntimeError):
    """A view marked ``reads_only`` ran a statement that could change data."""


def is_reading(sql: str) -> bool:
    if not _READING.match(sql):
        return False
    if sql.lstrip()[:4].upper() == "WITH":
        return _CHANGING_WORD.search(sql) is None
    # A SELECT ... FOR UPDATE takes locks that would end with the statement: no use here.
    upper = sql.upper()
    return " FOR UPDATE" not in upper and " FOR SHARE" not in upper


def _refuse_writes(execute: Callable, sql: Any, params: Any, many: bool, context: Any) -> Any:
    if not isinstance(sql, str) or not is_reading(sql):
        raise WriteInReadOnlyView(f"a page that only reads ran: {str(sql)[:80]!r}")
    return execute(sql, params, many, context)


def reads_only(view: Callable) -> Callable:
    """Run ``view`` outside the request transaction, refusing any statement that writes."""

    @functools.wraps(view)
    def reader(*args: Any, **kwargs: Any) -> Any:
        with connections["default"].execute_wrapper(_refuse_writes):
            return view(*args, **kwargs)

    return transaction.non_atomic_requests(reader)
