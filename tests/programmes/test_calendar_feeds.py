"""The one calendar-feed model: a person's programmes feed and groups feed, made once each,
safely when two requests ask at once, reset one at a time, and moved from groups with their
tokens kept."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections
from django.db.migrations.executor import MigrationExecutor

from programmes import services
from programmes.models import CalendarFeed, CalendarFeedKind
from programmes.services import calendar as calendar_services

KINDS = list(CalendarFeedKind)


@pytest.mark.django_db
def test_each_kind_is_its_own_feed_and_asking_again_gives_the_same(clinician):
    programmes_feed = services.calendar_feed_for(user=clinician, kind=CalendarFeedKind.PROGRAMMES)
    groups_feed = services.calendar_feed_for(user=clinician, kind=CalendarFeedKind.GROUPS)
    assert programmes_feed.pk != groups_feed.pk
    assert programmes_feed.token != groups_feed.token
    again = services.calendar_feed_for(user=clinician, kind=CalendarFeedKind.PROGRAMMES)
    assert again.pk == programmes_feed.pk and again.token == programmes_feed.token
    assert CalendarFeed.objects.filter(user=clinician).count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS)
def test_a_feed_another_request_made_in_between_is_the_one_returned(clinician, monkeypatch, kind):
    """The race's losing side, made to happen on any database: another request inserts the
    feed after this one looked and found none, before it inserts its own."""
    real_new_token = calendar_services._new_token
    theirs: list[CalendarFeed] = []

    def other_request_wins_first() -> str:
        if not theirs:
            theirs.append(
                CalendarFeed.objects.create(user=clinician, kind=kind, token=real_new_token())
            )
        return real_new_token()

    monkeypatch.setattr(calendar_services, "_new_token", other_request_wins_first)
    feed = services.calendar_feed_for(user=clinician, kind=kind)
    assert feed.pk == theirs[0].pk and feed.token == theirs[0].token
    assert CalendarFeed.objects.filter(user=clinician, kind=kind).count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("kind", KINDS)
def test_two_creations_at_once_give_one_feed(clinician, monkeypatch, kind):
    """PostgreSQL: two threads, each with its own connection, both find no feed and then both
    insert (a barrier holds each between its look and its insert), as two browser tabs would.
    SQLite's in-memory test database is one connection, so there the two calls run one after
    the other, which must still give one feed."""
    tokens: list[str] = []
    if connection.vendor == "postgresql":
        barrier = threading.Barrier(2, timeout=10)
        real_new_token = calendar_services._new_token

        def token_after_both_looked() -> str:
            barrier.wait()  # both threads have looked and found no feed
            return real_new_token()

        monkeypatch.setattr(calendar_services, "_new_token", token_after_both_looked)
        errors: list[BaseException] = []

        def ask() -> None:
            try:
                tokens.append(services.calendar_feed_for(user=clinician, kind=kind).token)
            except BaseException as exc:  # reported below, not lost in the thread
                errors.append(exc)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=ask) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert not errors, errors
    else:
        for _ in range(2):
            tokens.append(services.calendar_feed_for(user=clinician, kind=kind).token)
    assert len(tokens) == 2
    assert tokens[0] == tokens[1]
    assert list(
        CalendarFeed.objects.filter(user=clinician, kind=kind).values_list("token", flat=True)
    ) == [tokens[0]]


@pytest.mark.django_db
def test_resetting_one_kind_changes_its_token_and_leaves_the_other(clinician, now):
    programmes_feed = services.calendar_feed_for(user=clinician, kind=CalendarFeedKind.PROGRAMMES)
    groups_feed = services.calendar_feed_for(user=clinician, kind=CalendarFeedKind.GROUPS)
    reset = services.calendar_feed_reset(actor=clinician, kind=CalendarFeedKind.GROUPS, now=now)
    assert reset.pk == groups_feed.pk and reset.token != groups_feed.token
    assert reset.created_at == now
    programmes_feed.refresh_from_db()
    assert (
        programmes_feed.token
        == services.calendar_feed_for(user=clinician, kind=CalendarFeedKind.PROGRAMMES).token
    )
    assert not CalendarFeed.objects.filter(token=groups_feed.token).exists()


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_groups_feeds_with_their_tokens(clinician, participant):
    """groups 0003 copies each groups feed into programmes.CalendarFeed (kind groups) with the
    same token, so an address someone subscribed to keeps working; and back again."""
    before = [
        ("groups", "0002_meetings_venues_polls_directory"),
        ("programmes", "0002_calendar_feed_kind"),
    ]
    after = [("groups", "0003_calendar_feeds_to_programmes")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    OldFeed = apps.get_model("groups", "CalendarFeed")
    Feed = apps.get_model("programmes", "CalendarFeed")
    OldFeed.objects.create(user_id=clinician.pk, token="clinicians-groups-token")
    OldFeed.objects.create(user_id=participant.pk, token="participants-groups-token")
    Feed.objects.create(user_id=clinician.pk, kind="programmes", token="programmes-token")

    executor = MigrationExecutor(connection)
    executor.migrate(after)
    moved = {(feed.user_id, feed.kind, feed.token) for feed in CalendarFeed.objects.all()}
    assert moved == {
        (clinician.pk, "groups", "clinicians-groups-token"),
        (participant.pk, "groups", "participants-groups-token"),
        (clinician.pk, "programmes", "programmes-token"),
    }

    executor = MigrationExecutor(connection)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    assert set(
        apps.get_model("groups", "CalendarFeed").objects.values_list("user_id", "token")
    ) == {
        (clinician.pk, "clinicians-groups-token"),
        (participant.pk, "participants-groups-token"),
    }
    assert list(
        apps.get_model("programmes", "CalendarFeed").objects.values_list("token", flat=True)
    ) == ["programmes-token"]
    # Back to the latest migrations of every app (not only `after`), so the tests that run
    # later find the schema the models describe.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
