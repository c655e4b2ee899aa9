"""The sign-in backends: Django's and allauth's, with a cheaper way to load the signed-in
person on each request.

Every signed-in request loads its user's row (``get_user``). Django's backends do it with
``User.objects.get(pk=...)``, and building that ORM query (a clone, a filter, a compile)
costs about three times as much CPU as running it (issue 17, run 8 of
docs/operations/benchmarks.md). Here the statement is written once per process from the
model's columns (text only: no row and no person is kept), and each request runs it and
builds the user with the same database converters the ORM applies, so the object is the one
``get`` would give. Authentication itself (passwords, allauth's codes) is unchanged.

The session names the backend that signed a person in (``_auth_user_backend``), so these
classes have their own paths; sessions made under Django's or allauth's path before the
change end once, at the deploy that brings it (decision 0018).
"""

from __future__ import annotations

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.db import connections, router

from pmp_followon import sqlrows


def load_user(user_id):
    """The user with this id, or None: the row ``User.objects.get(pk=user_id)`` reads, built
    into the same object, without building an ORM query."""
    model = get_user_model()
    alias = router.db_for_read(model)
    connection = connections[alias]
    quote = connection.ops.quote_name
    sql = (
        f"SELECT {sqlrows.columns(model, 'u', alias)} FROM {quote(model._meta.db_table)} u "  # noqa: S608
        f"WHERE u.{quote(model._meta.pk.column)} = %s"
    )
    with sqlrows.prepared_cursor(alias) as cursor:  # prepared on PostgreSQL (run 9)
        cursor.execute(sql, [user_id])
        row = cursor.fetchone()
    return None if row is None else sqlrows.build(model, row, alias)


class _CheapGetUser:
    def get_user(self, user_id):
        user = load_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(_CheapGetUser, DjangoModelBackend):
    """Django's ModelBackend (passwords, permissions) with the cheaper ``get_user``."""


class AuthenticationBackend(_CheapGetUser, AllauthBackend):
    """allauth's backend (email codes, staff passwords) with the cheaper ``get_user``."""
