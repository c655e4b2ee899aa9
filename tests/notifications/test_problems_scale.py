"""The delivery problems page at any size (issue 17): one page of PROBLEMS_PAGE_SIZE rows in
the same queries whatever the number of problems; each arm of the filter on its own index."""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pmp_followon.notifications import selectors
from pmp_followon.notifications.models import Notification, Status
from tests.factories import UserFactory

from .test_views import PROBLEMS

pytestmark = pytest.mark.django_db
RETRY = re.compile(r'action="/[^"]*?/(\d+)/retry/"')


def add_problems(recipient, count, *, start=0, priority="default"):
    """`count` problems of the three kinds in turn: failed, stuck (due an hour ago and
    still queued) and retried four times; due one minute apart, the latest last."""
    now = timezone.now()
    rows = []
    for n in range(start, start + count):
        kind = n % 3
        rows.append(
            Notification(
                recipient=recipient,
                channel="sms",
                kind="notifications.reminder",
                template="notifications.reminder",
                priority=priority,
                idempotency_key=f"problem-{priority}-{n}",
                status=(Status.FAILED, Status.QUEUED, Status.RETRYING)[kind],
                due_at=now - datetime.timedelta(hours=2) + datetime.timedelta(minutes=n),
                attempts=(1, 0, 4)[kind],
                failed_at=now if kind == 0 else None,
                problem="The mobile number was not accepted." if kind == 0 else "",
            )
        )
    return Notification.objects.bulk_create(rows)


def shown(response) -> list[int]:
    assert response.status_code == 200
    return [int(pk) for pk in RETRY.findall(response.content.decode())]


def test_a_bounded_page_in_the_same_queries(staff_client, service_admin, participant, monkeypatch):
    monkeypatch.setattr("pmp_followon.notifications.selectors.PROBLEMS_PAGE_SIZE", 4)
    client = staff_client(service_admin)
    add_problems(participant, 3)
    client.get(PROBLEMS)
    with CaptureQueriesContext(connection) as small:
        assert len(shown(client.get(PROBLEMS))) == 3
    add_problems(participant, 12, start=3)
    with CaptureQueriesContext(connection) as big:
        page = client.get(PROBLEMS)
    assert len(shown(page)) == 4
    assert len(big) == len(small)
    assert "15 messages need attention." in page.content.decode()
    assert 'class="nhsuk-pagination"' in page.content.decode()


def test_the_pages_hold_every_problem_crisis_first_then_newest(
    staff_client, service_admin, participant, monkeypatch
):
    monkeypatch.setattr("pmp_followon.notifications.selectors.PROBLEMS_PAGE_SIZE", 4)
    rows = add_problems(participant, 9)
    crisis = add_problems(participant, 1, priority="crisis")
    # Not problems: sent, queued for later, retried only once; and another service's.
    fine = UserFactory(service=participant.service)
    Notification.objects.bulk_create(
        Notification(
            recipient=fine,
            channel="email",
            kind="notifications.reminder",
            template="notifications.reminder",
            idempotency_key=f"fine-{n}",
            status=status,
            due_at=timezone.now() + datetime.timedelta(minutes=5),
            attempts=attempts,
        )
        for n, (status, attempts) in enumerate(
            [(Status.SENT, 1), (Status.QUEUED, 0), (Status.RETRYING, 1)]
        )
    )
    add_problems(UserFactory(), 3, start=100)  # someone in another service
    client = staff_client(service_admin)
    seen = [pk for n in (1, 2, 3) for pk in shown(client.get(PROBLEMS, {"page": n}))]
    newest_first = [r.pk for r in sorted(rows, key=lambda r: r.due_at, reverse=True)]
    assert seen == [crisis[0].pk, *newest_first]
    assert shown(client.get(PROBLEMS, {"page": "nonsense"}))[0] == crisis[0].pk


@pytest.mark.postgres
def test_each_kind_of_problem_is_found_through_its_own_index(participant):
    """The problem filter itself (every service's, as a superuser sees it), on an outbox
    where sent and waiting messages far outnumber problems, as they do."""
    add_problems(participant, 30)
    now = timezone.now()
    Notification.objects.bulk_create(
        Notification(
            recipient=participant,
            channel="email",
            kind="notifications.reminder",
            template="notifications.reminder",
            idempotency_key=f"fine-{n}",
            status=(Status.SENT, Status.QUEUED)[n % 2],
            due_at=now + datetime.timedelta(days=1) - datetime.timedelta(days=(n % 2) * 30),
            attempts=1,
        )
        for n in range(3000)
    )
    query = Notification.objects.filter(selectors._problem_filter(now))
    sql, params = query.order_by("priority", "-due_at", "-pk")[:50].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE notifications_notification")
        # Ask which indexes can serve the filter at all: no sequential scan.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        text = "\n".join(row[0] for row in cursor.fetchall())
    for index in (
        "notification_failed_idx",
        "notification_sending_idx",
        "notification_claimable_idx",
        "notification_retrying_idx",
    ):
        assert index in text, text
