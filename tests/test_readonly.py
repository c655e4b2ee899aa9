"""Pages that only read run outside the request transaction and may not write
(pmp_followon/readonly.py; issue 17, run 11)."""

import pytest
from django.core.handlers.base import BaseHandler
from django.db import transaction
from django.urls import resolve, reverse

from pmp_followon.accounts.models import User
from pmp_followon.readonly import WriteInReadOnlyView, is_reading, reads_only


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1",
        "  select id FROM accounts_user WHERE id = %s",
        "WITH t AS (SELECT 1) SELECT * FROM t",
        "SET plan_cache_mode = force_generic_plan",
        "SHOW TIME ZONE",
    ],
)
def test_statements_that_read(sql):
    assert is_reading(sql)


@pytest.mark.parametrize(
    "sql",
    [
        'INSERT INTO "groups_post" ("body") VALUES (%s)',
        'UPDATE "accounts_user" SET "display_name" = %s',
        'DELETE FROM "groups_rsvp" WHERE "id" = %s',
        "WITH gone AS (DELETE FROM groups_rsvp RETURNING id) SELECT count(*) FROM gone",
        'SELECT * FROM "groups_membership" WHERE "id" = %s FOR UPDATE',
        "TRUNCATE groups_post",
        "BEGIN",
    ],
)
def test_statements_that_could_change_data(sql):
    assert not is_reading(sql)


@pytest.mark.parametrize("name, args", [("home", ()), ("groups:detail", (1,))])
def test_the_member_pages_run_outside_the_request_transaction(name, args, settings):
    assert settings.DATABASES["default"]["ATOMIC_REQUESTS"]
    view = resolve(reverse(name, args=args)).func
    assert BaseHandler().make_view_atomic(view) is view
    # Any other page is still made atomic.
    other = resolve(reverse("groups:members", args=(1,))).func
    assert BaseHandler().make_view_atomic(other) is not other


@pytest.mark.django_db
def test_a_read_only_view_that_writes_fails_and_changes_nothing(participant):
    @reads_only
    def reader(request):
        return User.objects.filter(pk=participant.pk).values_list("display_name", flat=True)[0]

    @reads_only
    def writer(request):
        User.objects.filter(pk=participant.pk).update(display_name="Changed")

    assert reader(None) == participant.display_name
    with pytest.raises(WriteInReadOnlyView), transaction.atomic():  # the test's savepoint
        writer(None)
    participant.refresh_from_db()
    assert participant.display_name != "Changed"
    # Outside such a view, writing is as before.
    User.objects.filter(pk=participant.pk).update(display_name="Changed")
    participant.refresh_from_db()
    assert participant.display_name == "Changed"
