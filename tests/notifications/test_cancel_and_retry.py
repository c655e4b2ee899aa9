"""Cancelling by topic (a cancelled meeting) and the staff retry."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from pmp_followon.notifications import services
from pmp_followon.notifications.errors import PermanentError
from pmp_followon.notifications.models import Notification, SMSMessage, Status

pytestmark = pytest.mark.django_db

REMINDER = "notifications.reminder"
CONTEXT = {"title": "Coffee", "when": "Tuesday"}


def _remind(person, key, *, topic, due_in_hours=24):
    return services.notification_create(
        recipient=person,
        kind=REMINDER,
        context=CONTEXT,
        idempotency_key=key,
        topic=topic,
        due_at=timezone.now() + datetime.timedelta(hours=due_in_hours),
    )


def test_cancelling_a_meeting_cancels_only_its_unsent_reminders(
    reminded_person, clinician, service_admin
):
    day_before = _remind(reminded_person, "m42:day", topic="groups.meeting:42")
    hour_before = _remind(reminded_person, "m42:hour", topic="groups.meeting:42")
    other = _remind(reminded_person, "m43:day", topic="groups.meeting:43")
    already = _remind(reminded_person, "m42:invite", topic="groups.meeting:42", due_in_hours=-1)
    for row in already:
        services.notification_deliver(notification_id=row.pk)

    count = services.notifications_cancel(
        topic="groups.meeting:42", actor=service_admin, reason="Meeting cancelled"
    )

    assert count == len(day_before) + len(hour_before) == 4
    for row in day_before + hour_before:
        row.refresh_from_db()
        assert row.status == Status.CANCELLED
        assert row.cancelled_by == service_admin
        assert row.cancel_reason == "Meeting cancelled"
    assert {r.status for r in Notification.objects.filter(topic="groups.meeting:43")} == {
        Status.QUEUED
    }
    assert len(other) == 2
    assert {
        r.status for r in Notification.objects.filter(idempotency_key__startswith="m42:inv")
    } == {Status.SENT}
    # A cancelled row can never be claimed.
    assert (
        services.notification_claim(
            notification_id=day_before[0].pk, now=timezone.now() + datetime.timedelta(days=2)
        )
        is None
    )
    # Run twice: nothing more to cancel.
    assert services.notifications_cancel(topic="groups.meeting:42") == 0


def test_cancel_needs_a_topic():
    with pytest.raises(ValueError):
        services.notifications_cancel(topic="")


def test_retry_a_failed_row_sends_it_with_a_fresh_allowance(
    texted_person, service_admin, deliver_on_commit, settings
):
    settings.SMS_BACKEND = "tests.notifications.test_cancel_and_retry.RefusingBackend"
    (row,) = services.notification_create(
        recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key="r"
    )
    services.notification_deliver(notification_id=row.pk)
    row.refresh_from_db()
    assert row.status == Status.FAILED

    settings.SMS_BACKEND = "pmp_followon.notifications.sms.DatabaseSMSBackend"
    with deliver_on_commit():
        services.notification_retry(notification=row, actor=service_admin)
    row.refresh_from_db()
    assert row.status == Status.SENT
    assert row.retried_by == service_admin
    assert row.attempts == 2
    assert SMSMessage.objects.count() == 1


def test_a_sent_or_waiting_row_cannot_be_retried(texted_person, service_admin):
    (row,) = services.notification_create(
        recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key="r"
    )
    with pytest.raises(ValidationError):
        services.notification_retry(notification=row, actor=service_admin)
    services.notification_deliver(notification_id=row.pk)
    with pytest.raises(ValidationError):
        services.notification_retry(notification=row, actor=service_admin)


def test_retrying_a_row_stuck_in_sending_checks_before_resending(
    texted_person, service_admin, settings
):
    now = timezone.now()
    (row,) = services.notification_create(
        recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key="r", now=now
    )
    claimed = services.notification_claim(notification_id=row.pk, now=now)
    SMSMessage.objects.create(to="+447700900982", body="x", reference=claimed.idempotency_key)
    later = now + datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS + 5)
    with pytest.raises(ValidationError):
        # Still within its lease: a worker may be sending it right now.
        services.notification_retry(notification=row, actor=service_admin, now=now)
    services.notification_retry(notification=row, actor=service_admin, now=later)
    assert services.notification_deliver(notification_id=row.pk, now=later) == "already sent"
    assert SMSMessage.objects.count() == 1


class RefusingBackend:
    supports_lookup = False

    def send(self, *, to, body, reference):
        raise PermanentError("400 phone_number invalid", problem="Wrong number.")

    def lookup(self, *, reference):
        return None
