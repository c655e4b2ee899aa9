"""The group page's rows in one statement, prepared on PostgreSQL with one generic plan
(issue 17, run 9; ``pmp_followon.sqlrows``)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from groups.models import Meeting
from pmp_followon import sqlrows
from pmp_followon.accounts.models import User


def test_literals_are_for_code_constants_only():
    assert sqlrows.literals(["scheduled", "co_coordinator"]) == "'scheduled', 'co_coordinator'"
    for bad in ["it's", "a b", "", "x;--", "é"]:
        with pytest.raises(ValueError):
            sqlrows.literals([bad])


@pytest.mark.django_db
def test_build_some_gives_the_object_the_orm_gives(member):
    with connection.cursor() as cursor:
        # the statement's order is not the model's: build_some puts each value in its field
        cursor.execute(
            f"SELECT display_name, last_login, id FROM {User._meta.db_table} WHERE id = %s",  # noqa: S608
            [member.pk],
        )
        row = cursor.fetchone()
    built = sqlrows.build_some(User, ("display_name", "last_login", "id"), row)
    orm = User.objects.only("display_name", "last_login").get(pk=member.pk)
    assert (built.pk, built.display_name, built.last_login) == (
        orm.pk,
        orm.display_name,
        orm.last_login,
    )
    assert built.get_deferred_fields() == orm.get_deferred_fields()
    with pytest.raises(ValueError):
        sqlrows.build_some(Meeting, ("id", "no_such_column"), (1, 2))


@pytest.mark.django_db
def test_the_group_page_is_one_statement_of_its_own(client, group, member):
    client.force_login(member)
    url = reverse("groups:detail", args=[group.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    page = [q["sql"] for q in queries.captured_queries if "UNION ALL" in q["sql"]]
    # logged with its parameters written in, prepared or not
    assert len(page) == 1 and "%s" not in page[0], page


@pytest.mark.postgres
@pytest.mark.django_db
def test_hot_statements_are_prepared_and_keep_one_generic_plan(client, group, member):
    client.force_login(member)
    for _ in range(3):
        assert client.get(reverse("groups:detail", args=[group.pk])).status_code == 200
        assert client.get(reverse("home")).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SHOW plan_cache_mode")
        assert cursor.fetchone()[0] == "force_generic_plan"
        cursor.execute(
            "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"
            " WHERE from_sql = false"
        )
        found = cursor.fetchall()
    union = [row for row in found if "UNION ALL" in row[0]]
    assert len(union) == 1, found
    assert union[0][1] == 3 and union[0][2] == 0, union
    # the person's own row (every signed-in request) and the home page's groups
    assert any(User._meta.db_table in row[0] and row[1] >= 6 for row in found), found
    assert any("ms.person_id = $" in row[0] for row in found), found


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_generic_plan_uses_the_indexes(client, group, member):
    client.force_login(member)
    client.get(reverse("groups:detail", args=[group.pk]))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, parameter_types::text[] FROM pg_prepared_statements"
            " WHERE statement LIKE '%%UNION ALL%%'"
        )
        name, types = cursor.fetchone()
        # A test database is tiny, so a sequential scan is always cheaper: ask whether the
        # indexes can serve the statement at all.
        cursor.execute("SET LOCAL enable_seqscan = off")
        args = ", ".join(f"NULL::{t}" for t in types)
        cursor.execute(f"EXPLAIN EXECUTE {name}({args})")
        text = "\n".join(row[0] for row in cursor.fetchall())
    assert "$1" in text or "$2" in text, text  # the generic plan, its parameters unknown
    assert "post_group_threads" in text, text
    assert "Seq Scan" not in text, text
