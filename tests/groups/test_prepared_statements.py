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


def _plans() -> dict[str, tuple[int, int]]:
    """Each statement prepared on this connection, with its generic and custom plans so far
    (the connection, and what it prepared, outlives each test)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"
            " WHERE from_sql = false"
        )
        return {statement: (generic, custom) for statement, generic, custom in cursor.fetchall()}


@pytest.mark.postgres
@pytest.mark.django_db
def test_hot_statements_are_prepared_and_keep_one_generic_plan(client, group, member):
    client.force_login(member)
    page, home = reverse("groups:detail", args=[group.pk]), reverse("home")
    client.get(page), client.get(home)  # each prepared, if not yet on this connection
    before = _plans()
    for _ in range(3):
        assert client.get(page).status_code == 200
        assert client.get(home).status_code == 200
    after = _plans()
    with connection.cursor() as cursor:
        cursor.execute("SHOW plan_cache_mode")
        assert cursor.fetchone()[0] == "force_generic_plan"
    runs = {
        statement: (
            after[statement][0] - before[statement][0],
            after[statement][1] - before[statement][1],
        )
        for statement in after
        if statement in before
    }
    union = [n for statement, n in runs.items() if "UNION ALL" in statement]
    assert union == [(3, 0)], runs
    # the person's own row (every signed-in request) and the home page's groups
    assert any(User._meta.db_table in s and n == (6, 0) for s, n in runs.items()), runs
    assert any("ms.person_id = $" in s and n == (3, 0) for s, n in runs.items()), runs


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_generic_plan_uses_the_indexes(client, group, member):
    client.force_login(member)
    with connection.cursor() as cursor:
        # A test database is tiny, so a sequential scan is always cheaper: ask whether the
        # indexes can serve the statement at all. The plan is made at the statement's next
        # run (DISCARD PLANS: the connection may have planned it already, in another test).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("DISCARD PLANS")
    try:
        client.get(reverse("groups:detail", args=[group.pk]))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name, parameter_types::text[] FROM pg_prepared_statements"
                " WHERE statement LIKE '%%UNION ALL%%'"
            )
            name, types = cursor.fetchone()
            args = ", ".join(f"NULL::{t}" for t in types)
            cursor.execute(f"EXPLAIN EXECUTE {name}({args})")
            text = "\n".join(row[0] for row in cursor.fetchall())
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DISCARD PLANS")  # no plan made without sequential scans stays
    assert "$1" in text or "$2" in text, text  # the generic plan, its parameters unknown
    assert "post_group_threads" in text, text
    assert "Seq Scan" not in text, text
