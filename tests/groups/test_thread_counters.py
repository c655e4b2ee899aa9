"""Reply counts and last activity kept on the thread row (issue 17): right after replies,
after hiding one, and the board and group page read them without counting replies. On
PostgreSQL, their "latest threads" queries use the post_group_threads index, in order."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from groups import services
from groups.models import Post
from groups.notice import SCREENING_NOTICE_VERSION

pytestmark = pytest.mark.django_db


def say(person, group, body, *, parent=None, at=None):
    return services.post_create(
        actor=person,
        group=group,
        body=body,
        parent=parent,
        now=at,
        agree_notice_version=SCREENING_NOTICE_VERSION,
    ).post


def true_count(thread: Post) -> int:
    return Post.objects.filter(parent=thread).count()


def test_reply_count_and_last_activity_follow_each_reply(group, member, coordinator):
    start = timezone.now() - datetime.timedelta(hours=2)
    thread = say(member, group, "Anyone tried the pool?", at=start)
    other = say(coordinator, group, "Meeting moved", at=start + datetime.timedelta(minutes=1))
    first = say(
        coordinator,
        group,
        "Yes, warm water",
        parent=thread,
        at=start + datetime.timedelta(minutes=10),
    )
    # A reply to a reply goes on the thread (one level deep).
    say(member, group, "Thanks", parent=first, at=start + datetime.timedelta(minutes=20))
    # A reply stamped earlier than the latest activity does not move it back.
    say(coordinator, group, "Late one", parent=thread, at=start + datetime.timedelta(minutes=15))
    thread.refresh_from_db()
    other.refresh_from_db()
    assert thread.reply_count == true_count(thread) == 3
    assert thread.last_activity_at == start + datetime.timedelta(minutes=20)
    assert other.reply_count == true_count(other) == 0
    first.refresh_from_db()
    assert first.reply_count == 0
    # Hiding a reply (staff, safeguarding) keeps it in the count, as counting did before.
    Post.objects.filter(pk=first.pk).update(hidden_at=timezone.now(), hidden_reason="Method")
    thread.refresh_from_db()
    assert thread.reply_count == true_count(thread) == 3


def test_pages_show_the_count(client, group, member, coordinator):
    thread = say(member, group, "Anyone tried the pool?")
    for n in range(2):
        say(coordinator, group, f"Reply {n}", parent=thread)
    client.force_login(member)
    assert "2 replies" in client.get(reverse("groups:detail", args=[group.pk])).content.decode()
    board = client.get(reverse("groups:board", args=[group.pk])).content.decode()
    assert "Read 2 replies and reply" in board
    # Newest activity first on the board.
    later = say(coordinator, group, "Newer thread")
    board = client.get(reverse("groups:board", args=[group.pk])).content.decode()
    assert board.index(later.body) < board.index(thread.body)


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        # A test database is tiny, so a sequential scan is always cheaper: ask whether the
        # index can serve the query at all, and in the order asked (no Sort node).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.postgres
def test_board_and_group_page_use_the_thread_index(group, member):
    for n in range(5):
        say(member, group, f"Thread {n}")
    board = Post.objects.filter(group=group, parent__isnull=True).order_by(
        "-last_activity_at", "-pk"
    )
    for query in (board[:20], board[20:40], board.order_by()):
        text = plan(query)
        assert "post_group_threads" in text, text
        assert "Sort" not in text, text
